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
