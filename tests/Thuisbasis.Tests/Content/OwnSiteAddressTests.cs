using System.Xml.Linq;
using Thuisbasis.Content;
using Thuisbasis.Pipeline;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Content;

/// <summary>
/// Texts moved over from the old site (WordPress) link to and show images at full addresses of the site's own domain
/// (<c>https://www.test.example/diensten/</c>, often <c>http://</c> or without <c>www.</c>). Those are links and images of
/// this site: checked like one (a dead link is TB0129, a missing image TB0107, not "another website"), and written from the
/// root on the page, so the preview and a deploy preview show them, while feeds give the full address again.
/// </summary>
public sealed class OwnSiteAddressTests
{
    private static string Story(string title, string body) =>
        $"---\ntitle: {title}\ndate: 2026-01-05\nauthor: anouk-visser\n---\n{body}\n";

    [Theory]
    [InlineData("https://www.test.example/diensten/", "/diensten/")]
    [InlineData("http://test.example/diensten/?a=1#kop", "/diensten/?a=1#kop")]
    [InlineData("HTTPS://WWW.TEST.EXAMPLE", "/")]
    [InlineData("https://www.test.example#kop", "/#kop")]
    [InlineData("https://www.test.example\\verhalen\\ria/", "/verhalen/ria/")]
    [InlineData("https://www.test.example/a/../verhalen/", "/verhalen/")]
    public void AFullAddressOnTheSitesDomainIsTheSitePathABrowserReaches(string href, string path) =>
        Assert.Equal(path, BrowserAddress.OwnPath(href, "https://www.test.example"));

    [Theory]
    [InlineData("https://test.example.evil.nl/diensten/")]
    [InlineData("https://www.test.example@evil.nl/")]
    [InlineData("https://evil.nl\\@www.test.example/")]
    [InlineData("https://www.test.example:8443/diensten/")]
    [InlineData("https://www.test.example//evil.nl/x.png")]
    [InlineData("ftp://www.test.example/x")]
    [InlineData("/diensten/")]
    [InlineData("//www.test.example/diensten/")]
    [InlineData("mailto:info@test.example")]
    public void AnyOtherAddressIsNotOneOfTheSite(string href) =>
        Assert.Null(BrowserAddress.OwnPath(href, "https://www.test.example"));

    [Fact]
    public void LinksAndImagesAtTheSitesOwnAddressAreCheckedAndShownAsTheSitesOwn()
    {
        using var site = new FixtureSite();
        site.WriteBytes("input/assets/img/bankje.png", Feeds.FeedTestSupport.Png(800, 600));
        site.Write("input/stories/ria.md", Story("Ria", "Tekst."));
        const string line = "Zie [Ria](https://www.test.example/verhalen/ria/), [oud](http://test.example/2019/05/oud-bericht/) en https://www.test.example/verhalen/ria/.";
        site.Write("input/stories/auto.md", Story("Auto", "Kijk op <https://www.test.example/ook-weg/> en <https://www.test.example/verhalen/ria/>."));
        site.Write("input/stories/verhuisd.md", Story("Verhuisd", line +
            "\n\n![Twee buren op een bankje](https://www.test.example/assets/img/bankje.png)" +
            "\n\n![Markt](http://test.example/wp-content/uploads/2023/05/markt.jpg)"));

        var result = site.Build();

        // The dead link and the missing image are named at their place, as the site's own; the image is no other website's.
        var dead = Assert.Single(result.Diagnostics, d => d.Code == DeadTextLinks.Code && d.Path == "input/stories/verhuisd.md");
        Assert.Equal(("input/stories/verhuisd.md", 6, line.IndexOf("http://test.example/2019", StringComparison.Ordinal) + 1), (dead.Path, dead.Line, dead.Column));
        // An address between < and > keeps its text and address, and is checked as the site's all the same.
        var auto = Assert.Single(result.Diagnostics, d => d.Code == DeadTextLinks.Code && d.Path == "input/stories/auto.md");
        Assert.Contains("`/ook-weg/`", auto.Message);
        Assert.Contains("`/2019/05/oud-bericht/`", dead.Message);
        var missing = Assert.Single(result.Diagnostics, d => d.Code == "TB0107");
        Assert.Equal(("input/stories/verhuisd.md", 10), (missing.Path, missing.Line));
        Assert.Contains("/wp-content/uploads/2023/05/markt.jpg", missing.Message);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "TB0240");

        site.Write("input/stories/verhuisd.md", Story("Verhuisd",
            "Zie [Ria](https://www.test.example/verhalen/ria/) en http://test.example/verhalen/ria/.\n\n![Twee buren op een bankje](https://www.test.example/assets/img/bankje.png)"));
        File.Delete(Path.Combine(site.Root, "input/stories/auto.md"));
        result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "TB0240" or "TB0107" || d.Code == DeadTextLinks.Code);

        var main = result.Html("verhalen/verhuisd/index.html").QuerySelector("main")!;
        Assert.Equal(["/verhalen/ria/", "/verhalen/ria/"], main.QuerySelectorAll("p:not(.meta) a").Select(a => a.GetAttribute("href")!));
        Assert.Equal("http://test.example/verhalen/ria/", main.QuerySelectorAll("p:not(.meta) a")[1].TextContent); // the text as written
        var img = Assert.Single(main.QuerySelectorAll("img"));
        Assert.StartsWith("/assets/img/bankje", img.GetAttribute("src"));
        Assert.NotNull(img.ParentElement!.QuerySelector("source[type='image/webp']")!.GetAttribute("srcset")); // the responsive form of the site's own images

        // The feed has full addresses, on the site's url.
        var feed = XDocument.Parse(result.Text("verhalen/feed.xml"));
        var item = feed.Descendants("item").Single(i => i.Element("title")!.Value == "Verhuisd");
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(item.Elements().Single(e => e.Name.LocalName == "encoded").Value);
        Assert.All(html.QuerySelectorAll("a"), a => Assert.Equal("https://www.test.example/verhalen/ria/", a.GetAttribute("href")));
        Assert.StartsWith("https://www.test.example/assets/img/bankje", html.QuerySelector("img")!.GetAttribute("src"));
    }

    [Fact]
    public void InThePreviewAndADeployPreviewTheSitesOwnAddressIsStillTheSites()
    {
        using var site = new FixtureSite();
        site.WriteBytes("input/assets/img/bankje.png", Feeds.FeedTestSupport.Png(800, 600));
        site.Write("input/stories/ria.md", Story("Ria", "Tekst."));
        site.Write("input/stories/verhuisd.md", Story("Verhuisd",
            "Zie [Ria](https://www.test.example/verhalen/ria/) en [weg](https://www.test.example/bestaat-niet/).\n\n![Twee buren op een bankje](https://www.test.example/assets/img/bankje.png)"));
        // The preview's and a Netlify deploy preview's own address replaces `url` for the pages, not for what is the site's.
        var result = new SiteEngine(site.Options(drafts: true) with { BaseUrl = "https://deploy-preview-1--buurt.netlify.app" }).Build();
        var dead = Assert.Single(result.Diagnostics, d => d.Code == DeadTextLinks.Code);
        Assert.Contains("`/bestaat-niet/`", dead.Message);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "TB0240");
        var main = result.Html("verhalen/verhuisd/index.html").QuerySelector("main")!;
        Assert.Equal("/verhalen/ria/", main.QuerySelector("p:not(.meta) a")!.GetAttribute("href"));
        Assert.StartsWith("/assets/img/bankje", main.QuerySelector("img")!.GetAttribute("src"));
    }

    [Fact]
    public void ACoverAtTheSitesOwnAddressIsTheSitesImage()
    {
        using var site = new FixtureSite();
        site.WriteBytes("input/assets/img/bankje.png", Feeds.FeedTestSupport.Png(1200, 800));
        site.Write("input/stories/verhuisd.md", "---\ntitle: Verhuisd\ndate: 2026-01-05\nauthor: anouk-visser\n" +
            "image: http://test.example/assets/img/bankje.png\nimage_alt: Twee buren op een bankje\n---\nTekst.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "TB0107");
        Assert.StartsWith("/assets/img/bankje", result.Html("verhalen/verhuisd/index.html").QuerySelector("figure.cover img")!.GetAttribute("src"));
    }

    /// <summary>HTML pasted from the old site (<c>&lt;a href&gt;</c>, <c>&lt;img src&gt;</c> with the full address) is the site's too.</summary>
    [Fact]
    public void PastedHtmlAtTheSitesOwnAddressIsCheckedAndShownAsTheSitesOwn()
    {
        using var site = new FixtureSite();
        site.WriteBytes("input/assets/img/bankje.png", Feeds.FeedTestSupport.Png(800, 600));
        site.Write("input/stories/ria.md", Story("Ria", "Tekst."));
        const string link = "<p>Lees <a href=\"http://test.example/2019/05/oud-bericht/\">het oude bericht</a> of <a href=\"https://www.test.example/verhalen/ria/\">Ria</a>.</p>";
        site.Write("input/stories/geplakt.md", Story("Geplakt", link +
            "\n\n<p><img src=\"https://www.test.example/wp-content/uploads/2023/05/markt.jpg\" alt=\"De markt\"></p>"));

        var result = site.Build();
        var dead = Assert.Single(result.Diagnostics, d => d.Code == DeadTextLinks.Code);
        Assert.Equal(("input/stories/geplakt.md", 6, link.IndexOf("http://test.example/2019", StringComparison.Ordinal) + 1), (dead.Path, dead.Line, dead.Column));
        Assert.Contains("`/2019/05/oud-bericht/`", dead.Message);
        var missing = Assert.Single(result.Diagnostics, d => d.Code == "TB0107");
        Assert.Equal(("input/stories/geplakt.md", 8), (missing.Path, missing.Line));
        Assert.Contains("/wp-content/uploads/2023/05/markt.jpg", missing.Message);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "TB0240");

        site.Write("input/stories/geplakt.md", Story("Geplakt",
            "<p>Lees over <a href=\"https://www.test.example/verhalen/ria/\">Ria</a>.</p>\n\n<p><img src=\"http://test.example/assets/img/bankje.png\" alt=\"Twee buren op een bankje\"></p>"));
        result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "TB0240" or "TB0107" || d.Code == DeadTextLinks.Code);
        var main = result.Html("verhalen/geplakt/index.html").QuerySelector("main")!;
        Assert.Equal("/verhalen/ria/", main.QuerySelector("p:not(.meta) a")!.GetAttribute("href"));
        Assert.StartsWith("/assets/img/bankje", Assert.Single(main.QuerySelectorAll("img")).GetAttribute("src"));
    }

    [Fact]
    public void ALogoAndShareImageAtTheSitesOwnAddressAreTheSitesFiles()
    {
        using var site = new FixtureSite();
        site.WriteBytes("input/assets/img/bankje.png", Feeds.FeedTestSupport.Png(1200, 630));
        site.Write("statiq.config", File.ReadAllText(Path.Combine(site.Root, "statiq.config")) +
            "\nlogo: https://www.test.example/assets/img/bankje.png\nlogo_alt: De Linde\nshare_image: http://test.example/assets/img/bankje.png\nshare_image_alt: Twee buren op een bankje\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var page = result.Html("index.html");
        Assert.StartsWith("/assets/img/bankje", page.QuerySelector("header img")!.GetAttribute("src"));
        Assert.DoesNotContain("test.example", page.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content"));

        site.Write("statiq.config", File.ReadAllText(Path.Combine(site.Root, "statiq.config")).Replace("assets/img/bankje.png\nlogo_alt", "assets/img/weg.png\nlogo_alt"));
        Assert.Contains(site.Build().Diagnostics, d => d.Path == "statiq.config" && d.Message.Contains("/assets/img/weg.png", StringComparison.Ordinal));
    }

    [Fact]
    public void ThePreviewRendersTheTextAgainWhenTheSitesUrlChanges()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/ria.md", Story("Ria", "Tekst."));
        site.Write("input/stories/verhuisd.md", Story("Verhuisd", "Zie [Ria](https://www.nieuw.example/verhalen/ria/)."));
        var engine = new SiteEngine(site.Options(drafts: true));
        string Href(BuildResult r) => r.Html("verhalen/verhuisd/index.html").QuerySelector("main p:not(.meta) a")!.GetAttribute("href")!;
        Assert.Equal("https://www.nieuw.example/verhalen/ria/", Href(engine.Build()));

        site.Write("statiq.config", File.ReadAllText(Path.Combine(site.Root, "statiq.config")).Replace("https://www.test.example", "https://www.nieuw.example"));
        Assert.Equal("/verhalen/ria/", Href(engine.Build(["statiq.config"])));
    }
}
