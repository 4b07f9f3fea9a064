using Thuisbasis.Content;
using Thuisbasis.Model;

namespace Thuisbasis.Feeds;

/// <summary>
/// The agenda feed's notices that something is called off. Whoever had the activity from the feed hears of it only by a
/// new item: Mailchimp's RSS campaigns send items dated after the last send, Buffer and Hootsuite items whose guid is new.
/// So each cancelled date that is still to come is an item of its own (guid: the page with <c>#gaat-niet-door-&lt;date&gt;</c>),
/// and an activity called off as a whole is one notice in place of its item. A notice is dated by <c>cancelled_on</c>, the
/// day the writer called it off (not before that day); without it by the date it is about, as an activity without
/// <c>date</c> is dated by its first date. Everything comes from the file and the build day, so every build says the same.
/// </summary>
internal static class CancellationNotices
{
    private const string Anchor = "gaat-niet-door";

    /// <summary>How many dates after a cancelled one are looked at for the next one that goes ahead.</summary>
    private const int LookAhead = 8;

    /// <summary><c>cancelled: true</c>, or the one date of an activity that does not repeat.</summary>
    public static bool WhollyOff(Activity a) => a.CancelledAll || a.Repeat is null && a.CancelledDates.Count > 0;

    /// <param name="announced">The date of the activity's own item: what a notice for all of it is dated by without <c>cancelled_on</c>.</param>
    /// <param name="item">The activity's own item, whose link, author, tags and image a notice shares.</param>
    public static IEnumerable<FeedItem> For(Site site, ActivityView a, DateTimeOffset announced, FeedItem item, bool fullText)
    {
        var source = a.Source;
        if (source.CancelledOn is { } on && DateOnly.FromDateTime(on.DateTime) > site.Today) yield break;
        if (WhollyOff(source))
        {
            var sentence = a.RepeatText is { } often
                ? $"{a.Title} gaat niet door: {char.ToLowerInvariant(often[0])}{often[1..]}, {Times(a)}, {a.Place.Text}."
                : $"{a.Title} gaat op {Dates.ToDutchWithDay(source.FirstDate)} niet door.";
            yield return Notice(item, $"{item.Id}#{Anchor}", $"Gaat niet door: {a.Title}", source.CancelledOn ?? announced, sentence, fullText);
            yield break;
        }
        var zone = site.Settings.TimeZone;
        foreach (var date in source.CancelledDates.Distinct().Order())
        {
            var start = date.ToDateTime(TimeOnly.FromDateTime(source.Start));
            // A date whose end has passed is no news any more.
            if (DateOnly.FromDateTime((start + source.Duration).AddTicks(-1)) < site.Today) continue;
            var day = Dates.ToDutchWithDay(date);
            var sentence = $"{a.Title} gaat op {day} niet door.";
            var after = ActivitySchedule.From(source, zone, date.AddDays(1), LookAhead)
                .FirstOrDefault(o => o.Date > date && !o.Cancelled);
            if (after is not null)
            {
                var o = OccurrenceView.Of(source, after, "");
                sentence += $" Daarna is het weer op {o.DateText}, {o.TimeText}, {a.Place.Text}.";
            }
            yield return Notice(item, $"{item.Id}#{Anchor}-{date:yyyy-MM-dd}", $"Gaat niet door: {a.Title} op {day}",
                source.CancelledOn ?? ActivitySchedule.Moment(start, zone), sentence, fullText);
        }
    }

    /// <summary>The times of a repeating activity as its item gives them: "10:00 tot 12:00", or "hele dag".</summary>
    public static string Times(ActivityView a)
    {
        if (a.AllDay || a.Next is not { } next) return "hele dag";
        return $"{next.Start:HH:mm} tot {next.End:HH:mm}{(next.End.Date > next.Start.Date ? " de volgende dag" : "")}";
    }

    private static FeedItem Notice(FeedItem item, string id, string title, DateTimeOffset published, string sentence, bool fullText) =>
        FeedText.Clean(item with
        {
            Id = id, Title = title, Published = published, Summary = sentence,
            ContentHtml = fullText ? $"<p>{Html.Escape(sentence)}</p>" : null,
        });
}
