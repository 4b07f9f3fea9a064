using Thuisbasis.Tests.Support;
using Thuisbasis.Pipeline;

namespace Thuisbasis.Tests.Activities;

/// <summary>
/// What a calendar app shows of something called off. Not every app shows <c>STATUS:CANCELLED</c>, so a cancelled
/// event says it in its title as well, whether one date is off, a
/// one-off activity, or a repeating one as a whole. Read back with a reader of its own (unfolding and unescaping as RFC
/// 5545 says), not with Ical.Net, which wrote the file.
/// </summary>
public sealed class CancelledCalendarTests
{
    [Fact]
    public void EveryCancelledEventSaysSoInItsTitle()
    {
        using var site = new FixtureSite();
        site.Write("input/activities/koor.md",
            "---\ntitle: Koor; \"zingen\"\nstart: 2026-12-08 19:00\nend: \"21:00\"\nrepeat: { every: week }\ncancelled: true\nlocation: Kerk\n---\nTekst.\n");
        site.Write("input/activities/lezing.md",
            "---\ntitle: Lezing\nstart: 2026-12-10 20:00\ncancelled: true\nlocation: Bibliotheek\n---\nTekst.\n");
        site.Write("input/activities/markt.md",
            "---\ntitle: Markt\nstart: 2026-12-12\ncancelled: [2026-12-12]\nlocation: Plein\n---\nTekst.\n");
        site.Write("input/activities/taal.md",
            "---\ntitle: Taal\nstart: 2026-12-01 10:00\nrepeat: { every: week }\ncancelled: [2026-12-15]\nlocation: Buurthuis\n---\nTekst.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());

        var titles = new Dictionary<string, string> { ["koor"] = "Koor; \"zingen\"", ["lezing"] = "Lezing", ["markt"] = "Markt", ["taal"] = "Taal" };
        foreach (var path in titles.Keys.Select(slug => $"activiteiten/{slug}/agenda.ics").Append("activiteiten/agenda.ics"))
        {
            var cancelled = IcsText.Events(result.Text(path)).Where(e => e.GetValueOrDefault("STATUS") == "CANCELLED").ToList();
            Assert.NotEmpty(cancelled);
            Assert.All(cancelled, e => Assert.Equal($"Gaat niet door: {titles[e["UID"].Split('@')[0]]}", e["SUMMARY"]));
            // A higher SEQUENCE than the event had, so an app that imported it takes the cancellation over (RFC 5545 3.8.7.4).
            var day = (FixtureSite.Today.DayNumber - new DateOnly(2026, 1, 1).DayNumber) * 2;
            Assert.All(cancelled, e => Assert.Equal((day + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), e.GetValueOrDefault("SEQUENCE")));
            Assert.All(IcsText.Events(result.Text(path)).Where(e => e.GetValueOrDefault("STATUS") != "CANCELLED"),
                e => Assert.Equal(day.ToString(System.Globalization.CultureInfo.InvariantCulture), e.GetValueOrDefault("SEQUENCE", "0")));
        }
        Assert.Equal(4, IcsText.Events(result.Text("activiteiten/agenda.ics")).Count(e => e.GetValueOrDefault("STATUS") == "CANCELLED"));
    }
}

/// <summary>
/// An activity called off and then taken back: the calendar app that imported the cancellation must take the event
/// back too, so its SEQUENCE is higher than the cancellation's (it was 0 against 1, and the event stayed called off).
/// The same for an event changed after an app imported it on an earlier day.
/// </summary>
public sealed class ReinstatedCalendarTests
{
    private static int Sequence(BuildResult result, string path) =>
        int.Parse(IcsText.Events(result.Text(path)).Single()["SEQUENCE"], System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void AnActivityTakenBackAfterItWasCalledOffGetsAHigherSequenceThanItsCancellation()
    {
        using var site = new FixtureSite();
        const string Lezing = "---\ntitle: Lezing\nstart: 2026-12-10 20:00\nlocation: Bibliotheek\n{0}---\nTekst.\n";
        site.Write("input/activities/lezing.md", string.Format(System.Globalization.CultureInfo.InvariantCulture, Lezing, ""));
        var imported = site.Build(date: new DateOnly(2026, 12, 1));
        site.Write("input/activities/lezing.md", string.Format(System.Globalization.CultureInfo.InvariantCulture, Lezing, "cancelled: true\n"));
        var calledOff = site.Build(date: new DateOnly(2026, 12, 1));
        site.Write("input/activities/lezing.md", string.Format(System.Globalization.CultureInfo.InvariantCulture, Lezing, ""));
        var takenBack = site.Build(date: new DateOnly(2026, 12, 2));
        var changed = site.Build(date: new DateOnly(2026, 12, 3));

        foreach (var path in new[] { "activiteiten/lezing/agenda.ics", "activiteiten/agenda.ics" })
        {
            Assert.True(Sequence(calledOff, path) > Sequence(imported, path), path);
            Assert.True(Sequence(takenBack, path) > Sequence(calledOff, path), path);
            Assert.True(Sequence(changed, path) > Sequence(takenBack, path), path);
            Assert.Equal("CONFIRMED", IcsText.Events(takenBack.Text(path)).Single()["STATUS"]);
        }
    }
}

/// <summary>
/// A reader of iCalendar text as RFC 5545 (3.1, 3.3.11) describes it, small on purpose: lines unfolded, each VEVENT's
/// properties by name (the first of a name, parameters dropped), TEXT values unescaped.
/// </summary>
internal static class IcsText
{
    public static List<Dictionary<string, string>> Events(string ics)
    {
        var unfolded = ics.Replace("\r\n ", "").Replace("\r\n\t", "");
        var events = new List<Dictionary<string, string>>();
        Dictionary<string, string>? current = null;
        foreach (var line in unfolded.Split("\r\n"))
        {
            if (line == "BEGIN:VEVENT") current = [];
            else if (line == "END:VEVENT" && current is not null) { events.Add(current); current = null; }
            else if (current is not null && line.IndexOf(':') is var colon and > 0)
            {
                var name = line[..colon].Split(';')[0];
                current.TryAdd(name, Unescape(line[(colon + 1)..]));
            }
        }
        return events;
    }

    private static string Unescape(string value)
    {
        var s = new System.Text.StringBuilder();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                var next = value[++i];
                s.Append(next is 'n' or 'N' ? '\n' : next);
            }
            else s.Append(value[i]);
        }
        return s.ToString();
    }
}
