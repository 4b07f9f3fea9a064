using System.Globalization;

namespace Thuisbasis.Feeds;

/// <summary>The two date formats feeds use, both keeping the site's own UTC offset so readers show the local time.</summary>
public static class FeedDates
{
    /// <summary>RFC 822 as RSS 2.0 asks (with a four-digit year): <c>Mon, 23 Nov 2026 09:30:00 +0100</c>.</summary>
    public static string Rfc822(DateTimeOffset d)
    {
        var offset = d.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        offset = offset.Duration();
        return d.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture) + sign + offset.Hours.ToString("00", CultureInfo.InvariantCulture) +
               offset.Minutes.ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>RFC 3339 as Atom and JSON Feed ask: <c>2026-11-23T09:30:00+01:00</c>.</summary>
    public static string Rfc3339(DateTimeOffset d) => d.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>
    /// The date a feed last changed: its newest item, so an unchanged feed keeps the same bytes from build to build. An
    /// item dated after the build day (an activity announced as of its first date) has not changed the feed yet.
    /// </summary>
    public static DateTimeOffset Updated(Feed feed, DateTimeOffset buildDay) =>
        feed.Items.Where(i => i.Published < buildDay.AddDays(1)).Select(i => (DateTimeOffset?)i.Published).Max() ?? buildDay;
}
