using System.Text.Json.Nodes;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Feeds;

/// <summary>
/// A site whose <c>url</c> has a path (<c>https://example.org/buurtkracht/</c>): every address in a feed, the text
/// included, must keep that path, or the images and links in a Mailchimp e-mail point at another site's pages.
/// </summary>
public sealed class SubPathFeedTests : IDisposable
{
    private const string Root = "https://example.org/buurtkracht/";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private readonly FixtureSite _site = new();
    private readonly Pipeline.BuildResult _result;

    public SubPathFeedTests()
    {
        _site.Write("statiq.config", "name: Buurtkracht\nurl: https://example.org/buurtkracht/\n");
        _site.Write("input/pages/home.md", "---\ntitle: Welkom\n---\nWelkom.\n");
        _site.Write("input/team/anouk.md", "---\nname: Anouk Visser\nrole: Coördinator\n---\nAnouk.\n");
        _site.Write("input/stories/verhaal.md", """
            ---
            title: Verhaal
            date: 2026-11-10
            author: anouk
            summary: Samenvatting.
            ---
            Lees [meer](/verhalen/) of kijk naar ![plaatje](/assets/img/verhaal.png) en [elders](https://example.com/x).
            """);
        _site.Write("input/vacancies/vrijwilliger.md", """
            ---
            title: Vrijwilliger
            date: 2026-11-05
            closing_date: 2027-03-01
            kind: volunteer
            location: Zeist
            contact: { name: Anouk, phone: 030 123 45 68 }
            apply_email: werk@example.org
            ---
            Lees eerst [onze verhalen](/verhalen/).
            """);
        _site.WriteBytes("input/assets/img/verhaal.png", FeedTestSupport.Png(800, 450));
        _result = _site.Build();
        _result.AssertSucceeded();
    }

    private List<string> AddressesInText(string html)
    {
        var doc = new HtmlParser().ParseDocument(html);
        return doc.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
            .Concat(doc.QuerySelectorAll("img[src]").Select(i => i.GetAttribute("src")!))
            .Concat(doc.QuerySelectorAll("[srcset]").SelectMany(s => s.GetAttribute("srcset")!.Split(',').Select(c => c.Trim().Split(' ')[0])))
            .ToList();
    }

    [Fact]
    public void LinksAndImagesInAFeedItemsTextKeepTheSitesPath()
    {
        var item = XDocument.Parse(_result.Text("verhalen/feed.xml")).Descendants("item").Single();
        Assert.Equal(Root + "verhalen/verhaal/", item.Element("link")!.Value);
        var addresses = AddressesInText(item.Element(Content + "encoded")!.Value);
        Assert.Contains(Root + "verhalen/", addresses);
        Assert.Contains("https://example.com/x", addresses);
        var own = addresses.Where(a => a.StartsWith("https://example.org/", StringComparison.Ordinal)).ToList();
        Assert.True(own.Count >= 2, string.Join(", ", addresses)); // the link and the photo (one <img> for mail programs)
        foreach (var address in own)
        {
            Assert.StartsWith(Root, address);
            var path = address[Root.Length..];
            Assert.True(_result.Has(path.EndsWith('/') ? path + "index.html" : path), $"{address} is not built");
        }
    }

    [Fact]
    public void AVacancysJobPostingTextKeepsTheSitesPath()
    {
        var data = new HtmlParser().ParseDocument(_result.Text("vacatures/vrijwilliger/index.html"))
            .QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonNode.Parse(s.TextContent)!)
            .Single(j => (string?)j["@type"] == "JobPosting");
        Assert.Equal([Root + "verhalen/"], AddressesInText((string)data["description"]!));
    }

    public void Dispose() => _site.Dispose();
}
