using Thuisbasis.Tests.Support;

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
            Assert.All(cancelled, e => Assert.Equal("1", e.GetValueOrDefault("SEQUENCE")));
            Assert.All(IcsText.Events(result.Text(path)).Where(e => e.GetValueOrDefault("STATUS") != "CANCELLED"),
                e => Assert.Equal("0", e.GetValueOrDefault("SEQUENCE", "0")));
        }
        Assert.Equal(4, IcsText.Events(result.Text("activiteiten/agenda.ics")).Count(e => e.GetValueOrDefault("STATUS") == "CANCELLED"));
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
