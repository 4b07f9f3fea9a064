using System.Text.Json;
using System.Xml.Linq;
using Ical.Net;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Activities;

/// <summary>Whatever a writer types in an activity stays text in the page, its JSON-LD, its feed and its calendar.</summary>
public sealed class AgendaEscapingTests
{
    private const string Hostile = "Koffie & </script><script>alert(1)</script> \"ja\", <b>nee</b>; klaar";

    [Fact]
    public void HostileTextStaysTextInPageJsonLdFeedAndCalendar()
    {
        using var site = new FixtureSite();
        var yaml = Hostile.Replace("\\", "\\\\").Replace("\"", "\\\"");
        site.Write("input/activities/x.md", $"---\ntitle: \"{yaml}\"\nstart: 2026-12-08 10:00\nlocation: \"{yaml}\"\nprice: \"{yaml}\"\nsummary: \"{yaml}\"\n---\nTekst.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());

        var page = result.Html("activiteiten/x/index.html");
        Assert.Equal(Hostile, page.QuerySelector("main h1")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main b"));
        Assert.DoesNotContain(page.QuerySelectorAll("script"), s => s.TextContent.Trim() == "alert(1)");
        var ld = page.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement)
            .Single(j => j.GetProperty("@type").GetString() == "Event");
        Assert.Equal(Hostile, ld.GetProperty("name").GetString());
        Assert.Equal(Hostile, ld.GetProperty("offers").GetProperty("description").GetString());

        var item = XDocument.Parse(result.Text("activiteiten/feed.xml")).Descendants("item").Single();
        Assert.Equal(Hostile, item.Element("title")!.Value);

        var calendar = Calendar.Load(result.Text("activiteiten/x/agenda.ics"))!;
        var e = Assert.Single(calendar.Events);
        Assert.Equal(Hostile, e.Summary);
        Assert.Equal(Hostile, e.Location);
        Assert.Equal("x@www.test.example", e.Uid);
    }

    /// <summary>
    /// Every payload of the XSS suite in every free-text field of an activity (the agenda is not in <see cref="HostileSite"/>):
    /// its page has no script or handler of its own, its JSON-LD holds the exact text, and its feed and calendars parse.
    /// </summary>
    [Fact]
    public void EveryPayloadInEveryActivityFieldStaysText()
    {
        using var site = new FixtureSite();
        var payloads = HostileSite.Payloads;
        // Each comes back as text, trimmed, with a character reference read as the character it stands for.
        var read = payloads.Select(p => System.Net.WebUtility.HtmlDecode(p).Trim()).ToArray();
        string P(int k, int f) => HostileSite.Q(payloads[(k + f) % payloads.Length]);
        for (var k = 0; k < payloads.Length; k++)
            site.Write($"input/activities/a-{k:00}.md", $$"""
                ---
                title: {{P(k, 0)}}
                start: 2026-12-{{1 + k % 21:00}} 10:00
                repeat: { every: week, until: 2027-02-01 }
                cancelled: [2026-12-{{8 + k % 21:00}}]
                location: { name: {{P(k, 1)}}, street: {{P(k, 2)}}, postal_code: {{P(k, 3)}}, city: {{P(k, 4)}} }
                price: {{P(k, 5)}}
                registration: { required: true, email: a@test.example, places: 5 }
                summary: {{P(k, 6)}}
                tags: [{{P(k, 7)}}]
                ---
                Tekst.
                """);
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        for (var k = 0; k < payloads.Length; k++)
        {
            var page = result.Html($"activiteiten/a-{k:00}/index.html");
            Assert.Equal(read[k], page.QuerySelector("main h1")!.TextContent);
            Assert.All(page.Scripts, s => Assert.True(s.Type == "application/ld+json" || s.Source?.StartsWith("/assets/", StringComparison.Ordinal) == true, s.OuterHtml));
            Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
            var events = page.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement)
                .Where(j => j.GetProperty("@type").GetString() == "Event").ToList();
            Assert.NotEmpty(events);
            Assert.All(events, e => Assert.Equal(read[k], e.GetProperty("name").GetString()));
            Assert.All(events, e => Assert.Equal(read[(k + 1) % payloads.Length], e.GetProperty("location").GetProperty("name").GetString()));
            var calendar = Calendar.Load(result.Text($"activiteiten/a-{k:00}/agenda.ics"))!;
            Assert.Equal(read[k], calendar.Events.First().Summary);
        }
        Assert.Equal(payloads.Length, Calendar.Load(result.Text("activiteiten/agenda.ics"))!.Events.Select(e => e.Uid).Distinct().Count());
        XDocument.Parse(result.Text("activiteiten/feed.xml"));
    }

    [Fact]
    public void ALongTitleWithAccentsIsFoldedAt75OctetsWithoutSplittingACharacter()
    {
        using var site = new FixtureSite();
        var title = string.Concat(Enumerable.Repeat("Café für één € ", 20)).Trim();
        site.Write("input/activities/lang.md", $"---\ntitle: \"{title}\"\nstart: 2026-12-08 10:00\nlocation: Buurthuis\n---\nTekst.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var bytes = result.Files.Single(f => f.Path == "activiteiten/lang/agenda.ics").Bytes!;
        var strict = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true);
        var lines = SplitCrLf(bytes);
        Assert.All(lines, line => Assert.InRange(line.Length, 0, 75));
        Assert.All(lines, line => strict.GetString(line)); // a line cut inside a character would throw
        Assert.Equal(bytes.Count(b => b == (byte)'\n'), lines.Count); // every line ends in CRLF, the last one too
        Assert.Equal(title, Assert.Single(Calendar.Load(strict.GetString(bytes))!.Events).Summary);
    }

    /// <summary>
    /// Found by running Mozilla's ical.js over the calendars: Ical.Net folded between the two halves of an emoji, which
    /// UTF-8 cannot write, so every calendar app showed 🎄 as two question marks in a box.
    /// </summary>
    [Fact]
    public void AnEmojiIsNotCutInTwoWhereALineIsFolded()
    {
        using var site = new FixtureSite();
        var title = "Kerstmarkt " + string.Concat(Enumerable.Repeat("🎄", 40)) + " één";
        site.Write("input/activities/kerst.md", $"---\ntitle: \"{title}\"\nstart: 2026-12-08 10:00\nlocation: Buurthuis\nsummary: \"{title}\"\n---\nTekst.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        foreach (var path in new[] { "activiteiten/kerst/agenda.ics", "activiteiten/agenda.ics" })
        {
            var bytes = result.Files.Single(f => f.Path == path).Bytes!;
            var strict = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true);
            var lines = SplitCrLf(bytes);
            Assert.All(lines, line => Assert.InRange(line.Length, 0, 75));
            Assert.All(lines, line => strict.GetString(line)); // a line cut inside a character would throw
            var text = strict.GetString(bytes);
            Assert.DoesNotContain('\uFFFD', text);
            var e = Assert.Single(Calendar.Load(text)!.Events);
            Assert.Equal(title, e.Summary);
            Assert.StartsWith(title, e.Description);
        }
    }

    /// <summary>
    /// Found by running node-ical (under many calendar widgets) over the calendars: it takes U+2028, the line separator
    /// pasted from some editors, for the end of the line, and lost the title and place of the activity with it.
    /// </summary>
    [Fact]
    public void ALineSeparatorInATextIsALineBreakInTheCalendar()
    {
        using var site = new FixtureSite();
        site.Write("input/activities/x.md", $"---\ntitle: {HostileSite.Q("Koffie\u2028en thee")}\nstart: 2026-12-08 10:00\nlocation: {HostileSite.Q("Buurthuis\u2029Zaal 2")}\n---\nTekst.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var text = result.Text("activiteiten/x/agenda.ics");
        Assert.DoesNotContain('\u2028', text);
        Assert.DoesNotContain('\u2029', text);
        var e = Assert.Single(Calendar.Load(text)!.Events);
        Assert.Equal("Koffie\nen thee", e.Summary);
        Assert.Equal("Buurthuis\nZaal 2", e.Location);
    }

    private static List<byte[]> SplitCrLf(byte[] bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i + 1 < bytes.Length; i++)
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') { lines.Add(bytes[start..i]); start = i + 2; }
        if (start < bytes.Length) lines.Add(bytes[start..]);
        return lines;
    }
}
