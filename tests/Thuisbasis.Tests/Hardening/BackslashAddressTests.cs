using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Thuisbasis.Diagnostics;
using Thuisbasis.Feeds;
using Thuisbasis.Tests.Support;
using BrowserUrl = AngleSharp.Dom.Url;

namespace Thuisbasis.Tests.Hardening;

/// <summary>
/// A browser reads <c>/\evil.example/x.png</c>, <c>\\evil.example</c>, <c> //evil.example</c> and <c>/&#9;/evil.example</c>
/// as <c>//evil.example/…</c>: another site (WHATWG URL: a backslash is a slash in a web address, spaces and control
/// characters around it are dropped, a tab or newline inside it too). The engine must read them the same way everywhere:
/// the sanitizer, the image check, the feeds and <c>check</c>. <c>/%5Cevil.example</c> is a path on the site itself.
/// AngleSharp's <see cref="BrowserUrl"/> parses as a browser does, so it says where each address leads.
/// </summary>
public sealed class BackslashAddressTests
{
    private const string PageUrl = "https://www.test.example/verhalen/adres/";

    /// <summary>The variants as written in an HTML attribute (so <c>&amp;#9;</c> is a tab in the value).</summary>
    public static TheoryData<string> OtherSite => new()
    {
        "/\\evil.example/x.png", "\\\\evil.example/x.png", "\\/evil.example/x.png", "/\\/evil.example/x.png",
        " //evil.example/x.png", "&#9;//evil.example/x.png", "/&#9;/evil.example/x.png", "/&#10;/evil.example/x.png",
    };

    private static string Host(string href) => new BrowserUrl(new BrowserUrl(PageUrl), href).Host;

    private static Pipeline.BuildResult Build(FixtureSite site, string body)
    {
        site.Write("input/stories/adres.md", "---\ntitle: Adres\ndate: 2026-01-05\nauthor: anouk-visser\n---\nTekst.\n\n" + body + "\n");
        return site.Build();
    }

    [Theory]
    [MemberData(nameof(OtherSite))]
    public void APastedImageThatABrowserFetchesFromAnotherSiteGetsOnlyTheOutsideImageMessage(string src)
    {
        using var site = new FixtureSite();
        var result = Build(site, $"<img src=\"{src}\" alt=\"Kaart van de wijk\">");

        var mine = result.Diagnostics.Where(d => d.Path == "input/stories/adres.md").ToList();
        var warning = Assert.Single(mine);
        Assert.Equal("TB0240", warning.Code);
        Assert.Equal(8, warning.Line);
        Assert.Contains("staat op een andere website", warning.Message);
        var main = result.Html("verhalen/adres/index.html").QuerySelector("main")!;
        Assert.DoesNotContain(main.QuerySelectorAll("img[src]"), img => Host(img.GetAttribute("src")!) == "evil.example");
        var link = Assert.Single(main.QuerySelectorAll("a[href]"), a => a.TextContent == "Kaart van de wijk");
        Assert.Equal("evil.example", Host(link.GetAttribute("href")!));
    }

    /// <summary>Markdig writes a backslash in a Markdown address as <c>%5C</c>, so there too the browser asks this site.</summary>
    [Theory]
    [InlineData("<img src=\"/%5Cevil.example/x.png\" alt=\"Kaart van de wijk\">")]
    [InlineData("![Kaart van de wijk](/\\evil.example/x.png)")]
    public void AnEncodedBackslashIsAPathOnTheSiteSoAMissingImageIsAMissingFile(string body)
    {
        using var site = new FixtureSite();
        var result = Build(site, body);

        var error = Assert.Single(result.Diagnostics, d => d.Path == "input/stories/adres.md");
        Assert.Equal("TB0107", error.Code);
        Assert.Equal(8, error.Line);
    }

    [Fact]
    public void ASrcsetVersionFromAnotherSiteWrittenWithABackslashIsLeftOut()
    {
        using var site = new FixtureSite();
        site.WriteBytes("input/assets/img/foto.png", Feeds.FeedTestSupport.Png(800, 600));
        var result = Build(site, "<img src=\"/assets/img/foto.png\" srcset=\"/\\cdn.example/foto-2x.png 2x\" alt=\"Buurthuis\">");

        var warning = Assert.Single(result.Diagnostics, d => d.Path == "input/stories/adres.md");
        Assert.Equal("TB0240", warning.Code);
        Assert.EndsWith("Het plaatje van uw eigen site blijft staan.", warning.Message);
        var img = Assert.Single(result.Html("verhalen/adres/index.html").QuerySelector("main")!.QuerySelectorAll("img"));
        var addresses = (img.GetAttribute("srcset") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(c => c.Trim().Split(' ')[0])
            .Append(img.GetAttribute("src")!);
        Assert.All(addresses, a => Assert.Equal("www.test.example", Host(a)));
    }

    [Theory]
    [MemberData(nameof(OtherSite))]
    public void APastedLinkToAnotherSiteIsOneOnThePageInTheFeedAndForCheck(string written)
    {
        var href = written.Replace(".png", "/", StringComparison.Ordinal);
        using var site = new FixtureSite();
        var result = Build(site, $"Lees <a href=\"{href}\">het plan</a>.");
        Assert.True(result.Succeeded, result.Describe());

        var page = result.Html("verhalen/adres/index.html").QuerySelector("main")!;
        var onPage = Assert.Single(page.QuerySelectorAll("a"), a => a.TextContent == "het plan").GetAttribute("href")!;
        Assert.Equal("evil.example", Host(onPage));
        // What the page says is what the browser does: no address that looks like a path on the site.
        Assert.StartsWith("//evil.example/", onPage);

        var item = XDocument.Parse(result.Text("verhalen/feed.xml")).Descendants("item").Single(i => i.Element("title")!.Value == "Adres");
        var feedHtml = new HtmlParser().ParseDocument(item.Elements().Single(e => e.Name.LocalName == "encoded").Value);
        Assert.Equal("https://evil.example/x/", Assert.Single(feedHtml.QuerySelectorAll("a"), a => a.TextContent == "het plan").GetAttribute("href"));

        var found = new DiagnosticBag();
        new Checks.LinkChecker(site.Root).Check(result, found);
        Assert.DoesNotContain(found.All(), d => d.Code is "TB0500" or "TB0501");
    }

    [Fact]
    public void WithRawHtmlAllowedCheckAndTheFeedStillReadTheAddressAsABrowserDoes()
    {
        using var site = new FixtureSite();
        site.Write("statiq.config", "name: Test\nurl: https://www.test.example\nsecurity: { raw_html: true }\ncontact:\n  email: info@test.example\n");
        var result = Build(site, "Lees <a href=\"/\\evil.example/x/\">het plan</a> en <a href=\"/%5Cevil.example/x/\">het andere plan</a>.");
        Assert.True(result.Succeeded, result.Describe());

        // The second is a path on this site that is not there: the build says so at the link (and check adds no TB0500).
        Assert.Contains("`/%5Cevil.example/x/`", Assert.Single(result.Diagnostics, d => d.Code == "TB0129").Message);
        var found = new DiagnosticBag();
        new Checks.LinkChecker(site.Root).Check(result, found);
        Assert.DoesNotContain(found.All(), d => d.Code == "TB0500");
        var item = XDocument.Parse(result.Text("verhalen/feed.xml")).Descendants("item").Single(i => i.Element("title")!.Value == "Adres");
        var links = new HtmlParser().ParseDocument(item.Elements().Single(e => e.Name.LocalName == "encoded").Value)
            .QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["https://evil.example/x/", "https://www.test.example/%5Cevil.example/x/"], links);
    }

    [Theory]
    [InlineData("/\\evil.example/x", "https://evil.example/x")]
    [InlineData("\\\\evil.example/x", "https://evil.example/x")]
    [InlineData("\\/evil.example/x", "https://evil.example/x")]
    [InlineData("/\\/evil.example/x", "https://evil.example/x")]
    [InlineData(" //evil.example/x", "https://evil.example/x")]
    [InlineData("\t//evil.example/x", "https://evil.example/x")]
    [InlineData("/\t/evil.example/x", "https://evil.example/x")]
    [InlineData("/%5Cevil.example/x", "https://a.example/buurt/%5Cevil.example/x")]
    [InlineData("/over\\ons/", "https://a.example/buurt/over/ons/")]
    public void TheFeedsResolveAnAddressAsABrowserDoes(string written, string expected) =>
        Assert.Equal(expected, AbsoluteLinks.Resolve(new Uri("https://a.example/buurt/verhalen/x/"), written, "/buurt/"));
}
