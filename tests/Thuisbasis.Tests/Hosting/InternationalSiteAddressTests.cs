using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Thuisbasis.Content;
using Thuisbasis.Content.Settings;
using Thuisbasis.Diagnostics;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Hosting;

/// <summary>
/// A site whose <c>url</c> has letters outside ASCII (<c>https://welzijn-éénhoorn.nl</c>): feeds, the sitemap, calendars
/// and robots.txt need URIs (RFC 3986), not IRIs, so every address of the site in every output has its host in punycode
/// and its path percent-encoded as UTF-8, the form browsers and Google use for such a domain.
/// </summary>
public sealed class InternationalSiteAddressTests
{
    private static readonly string Host = new IdnMapping().GetAscii("welzijn-éénhoorn.nl");

    private static Pipeline.BuildResult Build(string url)
    {
        using var site = new FixtureSite();
        site.Write("statiq.config", $"name: Welzijn Eénhoorn\nurl: {url}\ncontact:\n  phone: 020 123 45 67\n  email: info@test.example\n");
        site.Write("input/stories/verhaal.md",
            "---\ntitle: Verhaal\ndate: 2026-11-10\nauthor: anouk-visser\nsummary: Samenvatting.\n---\nLees [meer verhalen](/verhalen/) of [de diensten](../../diensten/).\n");
        site.Write("input/vacancies/vrijwilliger.md",
            "---\ntitle: Vrijwilliger\ndate: 2026-11-05\nclosing_date: 2027-03-01\nkind: volunteer\nlocation: Zeist\n" +
            "contact: { name: Anouk, phone: 030 123 45 68 }\napply_email: werk@test.example\n---\nKom helpen.\n");
        site.Write("input/activities/taalcafe.md", "---\ntitle: Taalcafé\nstart: 2026-12-10 10:00\nlocation: Buurthuis\n---\nWelkom.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        return result;
    }

    /// <summary>Every value that is an address on the site itself, however its host is written.</summary>
    private static IEnumerable<string> OwnAddresses(IEnumerable<string?> values) =>
        values.OfType<string>().Select(v => v.Trim())
            .Where(v => Uri.TryCreate(v, UriKind.Absolute, out var u) && u.Scheme is "https" && u.IdnHost == Host);

    private static IEnumerable<string> InXml(string xml)
    {
        var doc = XDocument.Parse(xml);
        var values = doc.Descendants().SelectMany(e => e.Attributes().Select(a => a.Value))
            .Concat(doc.Descendants().Where(e => !e.HasElements).Select(e => e.Value)).ToList();
        // The text of an item is HTML in the feed: its links are addresses too.
        var html = doc.Descendants().Where(e => !e.HasElements && e.Value.Contains('<')).Select(e => e.Value);
        return OwnAddresses(values).Concat(html.SelectMany(InHtml));
    }

    private static IEnumerable<string> InHtml(string html)
    {
        var doc = new HtmlParser().ParseDocument(html);
        var attributes = doc.All.SelectMany(e => e.Attributes).Select(a => a.Value);
        var jsonLd = doc.QuerySelectorAll("script[type='application/ld+json']").SelectMany(s => Strings(JsonDocument.Parse(s.TextContent).RootElement));
        return OwnAddresses(attributes).Concat(OwnAddresses(jsonLd));
    }

    /// <summary>Every string in a JSON value, however deep.</summary>
    internal static IEnumerable<string> Strings(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => [e.GetString()!],
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    private static void AllAscii(IEnumerable<string> addresses, string root, string file)
    {
        foreach (var address in addresses)
        {
            Assert.True(Ascii.IsValid(address), $"{file}: `{address}` is not ASCII.");
            Assert.True(Uri.IsWellFormedUriString(address, UriKind.Absolute), $"{file}: `{address}` is not a well-formed URI.");
            Assert.StartsWith(root, address);
        }
    }

    [Theory]
    [InlineData("https://welzijn-éénhoorn.nl", "")]
    [InlineData("https://Welzijn-Éénhoorn.nl/", "")]
    public void EveryAddressOfTheSiteInFeedsAndTheSitemapIsAnAsciiUri(string url, string path)
    {
        var result = Build(url);
        var root = $"https://{Host}{path}/";
        var xml = result.Files.Where(f => f.Path.EndsWith(".xml", StringComparison.Ordinal)).Select(f => f.Path).ToList();
        Assert.Contains("sitemap.xml", xml);
        Assert.Contains("feed.xml", xml);
        Assert.Contains("atom.xml", xml);
        foreach (var file in xml) AllAscii(InXml(result.Text(file)), root, file);
        foreach (var file in result.Files.Select(f => f.Path).Where(p => p.EndsWith("feed.json", StringComparison.Ordinal)))
        {
            var feed = JsonDocument.Parse(result.Text(file)).RootElement;
            AllAscii(OwnAddresses(Strings(feed)).Concat(feed.GetProperty("items").EnumerateArray()
                .Where(i => i.TryGetProperty("content_html", out _)).SelectMany(i => InHtml(i.GetProperty("content_html").GetString()!))), root, file);
            Assert.Equal(root + file, feed.GetProperty("feed_url").GetString());
        }

        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = XDocument.Parse(result.Text("sitemap.xml")).Descendants(sitemap + "loc").Select(l => l.Value).ToList();
        Assert.Contains(root + "verhalen/verhaal/", locs);
        Assert.Contains(root + "vacatures/vrijwilliger/", locs);
        var rss = XDocument.Parse(result.Text("feed.xml")).Root!.Element("channel")!;
        Assert.Equal(root, rss.Element("link")!.Value);
        Assert.Equal([root + "vacatures/vrijwilliger/", root + "verhalen/verhaal/"], rss.Elements("item").Select(i => i.Element("guid")!.Value).Order());
        var story = rss.Elements("item").Single(i => i.Element("title")!.Value == "Verhaal");
        var links = new HtmlParser().ParseDocument(story.Element(XName.Get("encoded", "http://purl.org/rss/1.0/modules/content/"))!.Value)
            .QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([root + "verhalen/", root + "diensten/"], links);
    }

    [Theory]
    [InlineData("https://welzijn-éénhoorn.nl", "")]
    public void PagesCalendarsAndRobotsGiveTheAsciiAddressToo(string url, string path)
    {
        var result = Build(url);
        var root = $"https://{Host}{path}/";
        foreach (var file in result.Files.Select(f => f.Path).Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
            AllAscii(InHtml(result.Text(file)), root, file);
        var page = result.Html("verhalen/verhaal/index.html");
        Assert.Equal(root + "verhalen/verhaal/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(root + "verhalen/verhaal/", page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
        var org = result.Html("index.html").QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement).Single(d => d.GetProperty("@type").GetString() == "Organization");
        Assert.Equal(root, org.GetProperty("url").GetString());

        foreach (var ics in result.Files.Select(f => f.Path).Where(p => p.EndsWith(".ics", StringComparison.Ordinal)))
        {
            var events = Ical.Net.Calendar.Load(result.Text(ics))!.Events.ToList();
            Assert.NotEmpty(events);
            AllAscii(events.Select(e => e.Url!.OriginalString), root, ics);
            Assert.All(events, e => Assert.Equal(root + "activiteiten/taalcafe/", e.Url!.OriginalString));
            Assert.All(events, e => Assert.True(Ascii.IsValid(e.Uid!), $"{ics}: UID `{e.Uid}` is not ASCII."));
        }

        var sitemapLine = Assert.Single(result.Text("robots.txt").Split('\n'), l => l.StartsWith("Sitemap:", StringComparison.Ordinal));
        Assert.Equal(root + "sitemap.xml", sitemapLine["Sitemap:".Length..].Trim());
    }

    [Fact]
    public void AFullLinkToTheSiteItselfIsCheckedAsALinkWithinTheSite()
    {
        using var site = new FixtureSite();
        site.Write("statiq.config", "name: Welzijn Eénhoorn\nurl: https://welzijn-éénhoorn.nl\ncontact:\n  email: info@test.example\n");
        site.Write("input/stories/verhaal.md", "---\ntitle: Verhaal\ndate: 2026-11-10\nauthor: anouk-visser\n---\n" +
            "Zie [onze diensten](https://welzijn-éénhoorn.nl/diensten/) en [de taalles](https://welzijn-éénhoorn.nl/taalles/).\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        // The build itself names the dead one, as it does a link written from the root (see OwnSiteAddressTests).
        var broken = Assert.Single(result.Diagnostics, d => d.Code == Pipeline.DeadTextLinks.Code);
        Assert.Contains("/taalles/", broken.Message);
        var found = new DiagnosticBag();
        new Checks.LinkChecker(site.Root).Check(result, found);
        Assert.DoesNotContain(found.All(), d => d.Code == "TB0500" && d.Message.Contains("/diensten/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://welzijn-éénhoorn.nl/solliciteren/")]
    [InlineData("https://xn--welzijn-nhoorn-ikba.nl/solliciteren/")]
    public void ApplyingOnTheSiteItselfIsDirectApplyHoweverItsDomainIsWritten(string applyUrl)
    {
        using var site = new FixtureSite();
        site.Write("statiq.config", "name: Welzijn Eénhoorn\nurl: https://welzijn-éénhoorn.nl\ncontact:\n  email: info@test.example\n");
        site.Write("input/vacancies/vrijwilliger.md", "---\ntitle: Vrijwilliger\ndate: 2026-11-05\nclosing_date: 2027-03-01\nkind: volunteer\n" +
            $"location: Zeist\ncontact: {{ name: Anouk, phone: 030 123 45 68 }}\napply_url: {applyUrl}\n---\nKom helpen.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var job = result.Html("vacatures/vrijwilliger/index.html").QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement).Single(j => j.GetProperty("@type").GetString() == "JobPosting");
        Assert.True(job.GetProperty("directApply").GetBoolean());
    }

    [Theory]
    [InlineData("https://welzijn-éénhoorn.nl", "https://xn--welzijn-nhoorn-ikba.nl")]
    [InlineData("https://welzijn-éénhoorn.nl/wijk-één/", "https://xn--welzijn-nhoorn-ikba.nl/wijk-%C3%A9%C3%A9n")]
    [InlineData("https://www.test.example/", "https://www.test.example")]
    [InlineData("https://example.org/buurtkracht/", "https://example.org/buurtkracht")]
    [InlineData("http://localhost:5080", "http://localhost:5080")]
    public void TheSiteAddressIsReadOnceAsAnAsciiUri(string written, string url)
    {
        var bag = new DiagnosticBag();
        var settings = SettingsReader.Parse(SourceFile.FromText("statiq.config", $"name: Test\nurl: {written}\n"), bag);
        Assert.Equal(url, settings.Url);
        Assert.DoesNotContain(bag.All(), d => d.Code == "TB0302");
    }

    [Fact]
    public void AnAddressWithoutHttpsIsAnErrorThatGivesTheLineToWrite()
    {
        var bag = new DiagnosticBag();
        SettingsReader.Parse(SourceFile.FromText("statiq.config", "name: Test\nurl: welzijn-éénhoorn.nl\n"), bag);
        var d = Assert.Single(bag.All(), d => d.Code == "TB0302");
        Assert.Equal((2, 6), (d.Line, d.Column));
        Assert.Contains("`url: https://welzijn-éénhoorn.nl`", d.Help);
    }

    [Fact]
    public void AnAddressWithAFolderNamesTheFolderAsWritten()
    {
        var bag = new DiagnosticBag();
        SettingsReader.Parse(SourceFile.FromText("statiq.config", "name: Test\nurl: https://welzijn-éénhoorn.nl/wijk-één/\n"), bag);
        var d = Assert.Single(bag.All(), d => d.Code == "TB0305");
        Assert.Contains("`/wijk-één/`", d.Message);
    }
}
