using AngleSharp.Html.Parser;

using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Feeds;

public sealed class FeedLinkTests(FeedSite site) : IClassFixture<FeedSite>
{
    private const string Base = "https://www.delinde.example/";

    private List<string> FeedHrefs(string page) =>
        new HtmlParser().ParseDocument(site.Result.Text(page)).QuerySelectorAll("link[rel='alternate']")
            .Select(l => l.GetAttribute("href")!).ToList();

    [Fact]
    public void EveryPageLinksTheWholeSiteFeedsAndEveryLinkedFeedExists()
    {
        var pages = site.Result.Files.Where(f => f.Path.EndsWith(".html")).Select(f => f.Path).ToList();
        Assert.True(pages.Count > 10);
        foreach (var page in pages)
        {
            var hrefs = FeedHrefs(page);
            Assert.Equal([Base + "feed.xml", Base + "atom.xml", Base + "feed.json"], hrefs.Take(3));
            foreach (var href in hrefs) Assert.True(site.Result.Has(href[Base.Length..]), $"{page} links {href}, which is not built");
        }
    }

    [Theory]
    [InlineData("verhalen/verhaal-1/index.html", "verhalen/feed.xml")]
    [InlineData("verhalen/index.html", "verhalen/atom.xml")]
    [InlineData("vacatures/sociaal-werker/index.html", "vacatures/feed.json")]
    [InlineData("vacatures/index.html", "vacatures/feed.xml")]
    [InlineData("onderwerp/taal/index.html", "onderwerp/taal/feed.xml")]
    [InlineData("auteur/anouk/index.html", "auteur/anouk/feed.xml")]
    public void PagesAlsoLinkTheFeedOfWhatTheyShow(string page, string feed) =>
        Assert.Contains(Base + feed, FeedHrefs(page));

    [Fact]
    public void HomePageLinksOnlyTheWholeSiteFeeds() =>
        Assert.Equal(3, FeedHrefs("index.html").Count);

    [Fact]
    public void FeedLinksNameTheirFormat()
    {
        var link = new HtmlParser().ParseDocument(site.Result.Text("index.html")).QuerySelector("link[type='application/feed+json']")!;
        Assert.Equal("Buurthuis De Linde (JSON Feed)", link.GetAttribute("title"));
    }
}
