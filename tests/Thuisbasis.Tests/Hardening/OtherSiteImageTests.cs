using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Hardening;

/// <summary>
/// An image from another website in a text (Markdown or pasted HTML) would be fetched from there by every visitor's
/// browser, which tells that site who reads ours. No page or feed asks another site for anything unless the settings
/// say so: such an image becomes a link to it, with a warning that says how to put it on the site instead.
/// </summary>
public sealed class OtherSiteImageTests
{
    private const string Body = """
        Tekst.

        ![Markt in de zon](https://beelden.example/markt.jpg)

        <img src="//cdn.example/plein.png" alt="Het plein">

        <img src="/assets/img/foto.png" srcset="https://cdn.example/foto-2x.png 2x" alt="Buurthuis">

        <picture><source srcset="https://cdn.example/foto.webp" type="image/webp"><img src="/assets/img/foto.png" alt="Buurthuis van voren"></picture>
        """;

    [Fact]
    public void AnImageFromAnotherSiteBecomesALinkToItOnThePageAndInTheFeedWithAWarningAtItsLine()
    {
        using var site = new FixtureSite();
        site.WriteBytes("input/assets/img/foto.png", Feeds.FeedTestSupport.Png(800, 600));
        site.Write("input/stories/beelden.md", "---\ntitle: Beelden\ndate: 2026-01-05\nauthor: anouk-visser\n---\n" + Body + "\n");

        var result = site.Build();

        Assert.True(result.Succeeded, result.Describe());
        var page = result.Html("verhalen/beelden/index.html").QuerySelector("main")!;
        var feed = XDocument.Parse(result.Text("verhalen/feed.xml"));
        var item = feed.Descendants("item").Single(i => i.Element("title")!.Value == "Beelden");
        var inFeed = new HtmlParser().ParseDocument(item.Elements().Single(e => e.Name.LocalName == "encoded").Value).Body!;
        foreach (var html in new[] { page, inFeed })
        {
            var addresses = html.QuerySelectorAll("img, source")
                .SelectMany(e => new[] { e.GetAttribute("src") }.Concat((e.GetAttribute("srcset") ?? "").Split(',').Select(c => c.Trim().Split(' ')[0])))
                .Where(a => !string.IsNullOrEmpty(a)).ToList();
            Assert.NotEmpty(addresses);
            Assert.All(addresses, a => Assert.DoesNotMatch(@"(beelden|cdn)\.example", a));
            var links = html.QuerySelectorAll("a[href*='beelden.example'], a[href*='cdn.example']").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
            Assert.Contains(("https://beelden.example/markt.jpg", "Markt in de zon"), links);
            // Protocol-relative on the page; a feed makes every address absolute.
            Assert.Contains(links, l => l.Item1 is "//cdn.example/plein.png" or "https://cdn.example/plein.png" && l.TextContent == "Het plein");
            Assert.Equal(2, html.QuerySelectorAll("img[alt^='Buurthuis']").Length);
        }
        var warnings = result.Diagnostics.Where(d => d.Path == "input/stories/beelden.md").ToList();
        Assert.All(warnings, w => Assert.Equal("TB0240", w.Code));
        Assert.Equal([8, 10, 12, 14], warnings.Select(w => w.Line));
        Assert.StartsWith("Het plaatje `https://beelden.example/markt.jpg` is weggelaten: het staat op een andere website", warnings[0].Message);
        Assert.EndsWith("Bezoekers zien op die plek een link naar het plaatje.", warnings[0].Message);
        Assert.EndsWith("Het plaatje van uw eigen site blijft staan.", warnings[2].Message);
    }

    [Fact]
    public void AnImageFromAnotherSiteThatIsALinkAlreadyBecomesThatLinksTextNotALinkInALink()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/partner.md", "---\ntitle: Partner\ndate: 2026-01-05\nauthor: anouk-visser\n---\nTekst.\n\n" +
            "[![Logo van de bibliotheek](https://beelden.example/logo.png)](https://www.bibliotheek.example/)\n");

        var result = site.Build();

        var main = result.Html("verhalen/partner/index.html").QuerySelector("main")!;
        Assert.Empty(main.QuerySelectorAll("img[src*='beelden.example'], a a"));
        var link = Assert.Single(main.QuerySelectorAll("a[href='https://www.bibliotheek.example/']"));
        Assert.Equal("Logo van de bibliotheek", link.TextContent);
        Assert.Equal("TB0240", Assert.Single(result.Diagnostics, d => d.Path == "input/stories/partner.md").Code);
    }

    [Fact]
    public void AnImageOfTheSiteItselfAndALinkToAnotherSiteStayAsTheyAre()
    {
        using var site = new FixtureSite();
        site.WriteBytes("input/assets/img/foto.png", Feeds.FeedTestSupport.Png(800, 600));
        site.Write("input/stories/gewoon.md", "---\ntitle: Gewoon\ndate: 2026-01-05\nauthor: anouk-visser\n---\n" +
            "Tekst met [de gemeente](https://www.amsterdam.nl/).\n\n![Het buurthuis](/assets/img/foto.png)\n");

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Path == "input/stories/gewoon.md");
        var main = result.Html("verhalen/gewoon/index.html").QuerySelector("main")!;
        Assert.Equal("https://www.amsterdam.nl/", main.QuerySelector("a[href*='amsterdam']")!.GetAttribute("href"));
        Assert.StartsWith("/assets/img/foto", main.QuerySelector("img[alt='Het buurthuis']")!.GetAttribute("src"));
    }
}
