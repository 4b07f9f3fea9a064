using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Ical.Net;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Hardening;

/// <summary>
/// Characters that come with pasted text (Word's line break U+000B, a NUL or an escape from an old document, the
/// byte-swapped byte-order mark U+FFFE) in settings, tags and activities: every output is still written and still
/// parses. The feeds' own items were already cleaned (<see cref="Feeds.PastedCharacterTests"/>); these are the values
/// that went round that: the site's name, a tag's address and the calendars.
/// </summary>
public sealed class PastedCharacterSiteTests
{
    private const string Controls = "\u0000\u0001\u0008\u000B\u000C\u001B\u007F";

    [Fact]
    public void ControlCharactersInTheSiteNameLeaveEveryFeedParsable()
    {
        using var site = new FixtureSite();
        site.Write("statiq.config", $"name: {HostileSite.Q("Buurt" + Controls + "kracht")}\nurl: https://www.test.example\nfeeds:\n  formats: [rss, atom, json]\n");
        site.Write("input/stories/a.md", "---\ntitle: Koffie\ndate: 2026-11-11\nauthor: anouk-visser\n---\nTekst.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());

        var atom = XDocument.Parse(result.Text("atom.xml"));
        XNamespace a = "http://www.w3.org/2005/Atom";
        Assert.Equal("Buurt  kracht", atom.Root!.Element(a + "author")!.Element(a + "name")!.Value);
        XDocument.Parse(result.Text("feed.xml"));
        using var json = JsonDocument.Parse(result.Text("feed.json"));
        XDocument.Parse(result.Text("sitemap.xml"));
    }

    [Fact]
    public void ControlCharactersInATitleAndABodyAreTakenOutOfEveryPage()
    {
        // They reached <title>, og:title, the heading, breadcrumbs and listings; NUL makes a page invalid HTML.
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", $"---\ntitle: {HostileSite.Q("Koffie" + Controls + "ochtend")}\ndate: 2026-11-11\nauthor: anouk-visser\n---\n" +
            "Een\u0007tekst met een bel\u001b en een\u000Bregel.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        foreach (var page in result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
            Assert.DoesNotContain(result.Text(page.Path), c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'));
        var doc = result.Html("verhalen/a/index.html");
        Assert.Equal("Koffie  ochtend", doc.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("Koffie  ochtend", doc.QuerySelector("title")!.TextContent);
        Assert.Contains("Eentekst met een bel en een regel.", doc.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public void ControlCharactersInAnActivityLeaveItsCalendarsParsable()
    {
        using var site = new FixtureSite();
        var text = "Koffie" + Controls + "ochtend";
        site.Write("input/activities/x.md", $"---\ntitle: {HostileSite.Q(text)}\nstart: 2026-12-08 10:00\nlocation: {HostileSite.Q(text)}\n" +
            $"price: {HostileSite.Q(text)}\nsummary: {HostileSite.Q(text)}\n---\nTekst.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());

        foreach (var path in new[] { "activiteiten/x/agenda.ics", "activiteiten/agenda.ics" })
        {
            var ics = result.Text(path);
            // RFC 5545 allows no control character in a value but the tab; lines end in CRLF.
            Assert.DoesNotContain(ics.Replace("\r\n", ""), c => char.IsControl(c) && c != '\t');
            var e = Assert.Single(Calendar.Load(ics)!.Events);
            Assert.Equal("Koffie  ochtend", e.Summary);
            Assert.Equal("Koffie  ochtend", e.Location);
            Assert.StartsWith("Koffie  ochtend", e.Description);
        }
        XDocument.Parse(result.Text("activiteiten/feed.xml"));
    }

    /// <summary>
    /// U+FFFE is no character at all (a byte-order mark read the wrong way round); .NET's Unicode normalisation throws on
    /// it, and the tag's address is made by normalising the tag, so one such tag stopped the build with an exception.
    /// </summary>
    [Fact]
    public void ANonCharacterInATagOrTitleIsNoException()
    {
        using var site = new FixtureSite();
        site.Write("statiq.config", $"name: {HostileSite.Q("Buurt\uFFFEkracht")}\nurl: https://www.test.example\n");
        site.Write("input/stories/a.md", $"---\ntitle: {HostileSite.Q("Koffie\uFFFE in de wijk")}\ndate: 2026-11-11\nauthor: anouk-visser\n" +
            $"tags: [{HostileSite.Q("buurt\uFFFEhuis")}]\n---\nTekst.\n");
        site.Write("input/activities/x.md", $"---\ntitle: {HostileSite.Q("Wandelen\uFFFE")}\nstart: 2026-12-08 10:00\nlocation: Buurthuis\n" +
            $"tags: [{HostileSite.Q("buurt\uFFFEhuis")}]\n---\nTekst.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.Contains(result.Files, f => f.Path.StartsWith("onderwerp/buurt", StringComparison.Ordinal) && f.Path.EndsWith("/index.html", StringComparison.Ordinal));
        foreach (var xml in result.Files.Where(f => f.Path.EndsWith(".xml", StringComparison.Ordinal) && f.Bytes is not null)) XDocument.Parse(Encoding.UTF8.GetString(xml.Bytes!));
        Calendar.Load(result.Text("activiteiten/x/agenda.ics"));
    }

    /// <summary>
    /// A message quotes the value it is about, and is printed in a terminal or a CI log: an escape character from a
    /// pasted text could recolour or clear the screen there, and a line break or U+2028 could start a line that looks
    /// like a message of its own. Such characters are shown by their number, so a message stays one plain line.
    /// </summary>
    [Fact]
    public void AMessageQuotingAPastedValueStaysOnePlainLine()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", "---\ntitle: Koffie\ndate: 2026-11-11\nauthor: anouk-visser\n" +
            $"tags: [{HostileSite.Q("rood \u001B[31m\u001B[2J\u0007 x\u2028input/b.md(1,1): error TB0000: nep\u202Eklaar")}]\n---\nTekst.\n");
        var result = site.Build();
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "TB0121");
        var line = warning.ToString();
        Assert.DoesNotContain(line, c => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u202E');
        Assert.Contains("\\u001B[31m", line);
        Assert.Contains("\\u2028input/b.md", line);
    }
}
