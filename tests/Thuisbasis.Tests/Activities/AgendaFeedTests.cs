using System.Globalization;
using System.Xml.Linq;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Activities;

/// <summary>
/// The agenda feed as a newsletter tool reads it. Mailchimp's RSS campaigns send every item whose pubDate is newer than
/// the last send, Buffer and Hootsuite every new guid: a weekly taalcafé must be announced once, not every week, so its
/// guid and pubDate stay the same from week to week. A writer who wants it announced again says so with <c>date</c>.
/// </summary>
public sealed class AgendaFeedTests
{
    private static List<(string Guid, DateTimeOffset Published, string Description)> Items(Thuisbasis.Pipeline.BuildResult result)
    {
        Assert.True(result.Succeeded, result.Describe());
        return XDocument.Parse(result.Text("activiteiten/feed.xml")).Descendants("item")
            .Select(i => (i.Element("guid")!.Value,
                DateTimeOffset.Parse(i.Element("pubDate")!.Value, CultureInfo.InvariantCulture),
                i.Element("description")!.Value))
            .ToList();
    }

    private static (string Guid, DateTimeOffset Published, string Description) Taalcafe(Thuisbasis.Pipeline.BuildResult result) =>
        Items(result).Single(i => i.Guid.EndsWith("/activiteiten/taalcafe/", StringComparison.Ordinal));

    /// <summary>
    /// More activities come sooner than the feed holds (<c>feeds.items</c>, 20 by default): an announcement of something
    /// months away (<c>date:</c> today) is in the feed all the same, after the soonest, so a newsletter sends it. One
    /// announced long ago that never made the soonest stays out: it is news to no one.
    /// </summary>
    [Fact]
    public void AnAnnouncementOfSomethingFarAwayIsInTheFeedWhenManyComeSooner()
    {
        using var site = new FixtureSite();
        var today = FixtureSite.Today;
        for (var i = 1; i <= 25; i++)
            site.Write($"input/activities/koffie-{i}.md",
                $"---\ntitle: Koffie {i}\nstart: {today.AddDays(40 + i):yyyy-MM-dd} 10:00\nlocation: Buurthuis\n---\nKoffie.\n");
        // Each with a WebP photo: a feed gives it as a JPEG made for the purpose, and only for an item it holds.
        var webp = Images.TestImages.Encode(Images.TestImages.TwoHalves(1000, 600, SkiaSharp.SKColors.Red, SkiaSharp.SKColors.Blue), SkiaSharp.SKEncodedImageFormat.Webp);
        site.WriteBytes("input/assets/img/buren.webp", webp);
        site.WriteBytes("input/assets/img/zomer.webp", webp.Append((byte)0).ToArray());
        site.Write("input/activities/burendag.md",
            $"---\ntitle: Burendag\ndate: {today:yyyy-MM-dd}\nstart: {today.AddDays(200):yyyy-MM-dd}\nlocation: Plein\nimage: /assets/img/buren.webp\nimage_alt: Buren aan tafel.\n---\nFeest.\n");
        site.Write("input/activities/zomerfeest.md",
            $"---\ntitle: Zomerfeest\ndate: {today.AddDays(-40):yyyy-MM-dd}\nstart: {today.AddDays(210):yyyy-MM-dd}\nlocation: Plein\nimage: /assets/img/zomer.webp\nimage_alt: Een zomerfeest.\n---\nFeest.\n");

        var result = site.Build();
        var guids = Items(result).Select(i => i.Guid).ToList();
        Assert.True(result.Has("assets/img/buren-1000.jpg"));
        Assert.False(result.Has("assets/img/zomer-1000.jpg")); // made and published for no feed

        Assert.Equal(21, guids.Count);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"koffie-{i}/"), guids.Take(20).Select(g => g[(g.LastIndexOf("/activiteiten/", StringComparison.Ordinal) + 14)..]));
        Assert.EndsWith("/activiteiten/burendag/", guids[20]);
        // A month later it is no longer news: the feed is the soonest again.
        Assert.DoesNotContain(Items(site.Build(date: today.AddDays(32))), i => i.Guid.EndsWith("/burendag/", StringComparison.Ordinal));
    }

    [Fact]
    public void AWeeklyActivityKeepsItsGuidPubDateAndTextFromWeekToWeek()
    {
        using var site = AgendaSite.Create();
        var weeks = new[] { 0, 7, 14, 21 }.Select(d => Taalcafe(site.Build(date: FixtureSite.Today.AddDays(d)))).ToList();
        Assert.Single(weeks.Distinct());
        // Announced as of its first date, written as `start`; the text says how often, not one date that is gone next week.
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(1)), weeks[0].Published);
        Assert.StartsWith("Elke week op dinsdag", weeks[0].Description);
    }

    [Fact]
    public void DateIsWhenItIsAnnouncedAndALaterDateAnnouncesItAgain()
    {
        using var site = AgendaSite.Create();
        var text = File.ReadAllText(Path.Combine(site.Root, "input/activities/taalcafe.md"));
        site.Write("input/activities/taalcafe.md", text.Replace("title: Taalcafé\n", "title: Taalcafé\ndate: 2026-11-10\n"));
        Assert.Equal(new DateTimeOffset(2026, 11, 10, 0, 0, 0, TimeSpan.FromHours(1)), Taalcafe(site.Build()).Published);

        site.Write("input/activities/taalcafe.md", text.Replace("title: Taalcafé\n", "title: Taalcafé\ndate: 2027-01-04\n"));
        Assert.DoesNotContain(Items(site.Build()), i => i.Guid.EndsWith("/taalcafe/", StringComparison.Ordinal));
        var announcedAgain = Taalcafe(site.Build(date: new DateOnly(2027, 1, 4)));
        Assert.Equal(new DateTimeOffset(2027, 1, 4, 0, 0, 0, TimeSpan.FromHours(1)), announcedAgain.Published);
    }

    [Fact]
    public void AFirstDateInTheHourThatHappensTwiceIsAnnouncedAtTheFirstOfThemAndANightSaysItEndsTheNextDay()
    {
        using var site = AgendaSite.Create();
        site.Write("input/activities/nachtcafe.md",
            "---\ntitle: Nachtcafé\nstart: 2027-10-31 02:30\nend: 2027-10-31 03:15\nlocation: Buurthuis\n---\nTekst.\n");
        site.Write("input/activities/nachtwandeling.md",
            "---\ntitle: Nachtwandeling\nstart: 2026-12-05 23:00\nend: 2026-12-06 01:00\nrepeat: { every: week }\nlocation: Park\n---\nTekst.\n");
        var items = Items(site.Build());
        // As in the calendar and the page data: 02:30 summer time, 00:30 UTC.
        Assert.Equal(new DateTimeOffset(2027, 10, 31, 0, 30, 0, TimeSpan.Zero), items.Single(i => i.Guid.EndsWith("/nachtcafe/", StringComparison.Ordinal)).Published);
        Assert.Equal(TimeSpan.FromHours(2), items.Single(i => i.Guid.EndsWith("/nachtcafe/", StringComparison.Ordinal)).Published.Offset);
        Assert.StartsWith("Elke week op zaterdag, 23:00 tot 01:00 de volgende dag, Park.",
            items.Single(i => i.Guid.EndsWith("/nachtwandeling/", StringComparison.Ordinal)).Description);
    }

    [Fact]
    public void ARepeatingActivityThatIsCalledOffSaysSoInItsItem()
    {
        using var site = AgendaSite.Create();
        var text = File.ReadAllText(Path.Combine(site.Root, "input/activities/taalcafe.md"));
        // Until the day it is called off (`cancelled_on`) its own item stays and says so; from then on a notice replaces it.
        site.Write("input/activities/taalcafe.md", text.Replace("cancelled: [2026-12-01]", "cancelled: true\ncancelled_on: 2026-11-30"));
        Assert.StartsWith("Elke week op dinsdag, tot en met 29 juni 2027, 10:00 tot 12:00 (gaat niet door), ", Taalcafe(site.Build()).Description);
    }

    [Fact]
    public void TheFeedWasNotLastBuiltInTheFuture()
    {
        using var site = AgendaSite.Create();
        var result = site.Build();
        var channel = XDocument.Parse(result.Text("activiteiten/feed.xml")).Root!.Element("channel")!;
        var built = DateTimeOffset.Parse(channel.Element("lastBuildDate")!.Value, CultureInfo.InvariantCulture);
        Assert.True(built < new DateTimeOffset(FixtureSite.Today.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(1)), built.ToString());
    }

    [Fact]
    public void FeedsUtmTagsAgendaItemLinksButNotTheirGuidsOrTheCalendars()
    {
        using var site = AgendaSite.Create();
        File.AppendAllText(Path.Combine(site.Root, "statiq.config"), "\nfeeds: { utm: true }\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var items = XDocument.Parse(result.Text("activiteiten/feed.xml")).Descendants("item").ToList();
        Assert.Equal(5, items.Count); // four activities and the notice of the taalcafé's cancelled date
        foreach (var item in items)
        {
            var guid = (string)item.Element("guid")!;
            Assert.DoesNotContain("utm_", guid);
            var slug = new Uri(guid).AbsolutePath.TrimEnd('/').Split('/')[^1];
            Assert.Equal($"{new Uri(guid).GetLeftPart(UriPartial.Path)}?utm_source=rss&utm_medium=feed&utm_campaign={slug}", (string)item.Element("link")!);
        }
        // The setting promises tagged links in feeds; a calendar app is no feed, and its visits would be counted as rss.
        foreach (var path in new[] { "activiteiten/agenda.ics", "activiteiten/taalcafe/agenda.ics" })
            Assert.All(Ical.Net.Calendar.Load(result.Text(path))!.Events, e => Assert.Empty(e.Url!.Query));
    }
}
