using AngleSharp.Html.Parser;
using Thuisbasis.Social;
using Thuisbasis.Tests.Feeds;

using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Social;

public sealed class ShareLinkTests(FeedSite site) : IClassFixture<FeedSite>
{
    [Theory]
    [InlineData("verhalen/verhaal-1/index.html")]
    [InlineData("vacatures/sociaal-werker/index.html")]
    public void StoriesAndOpenVacanciesHavePlainShareLinksMarkedForTracking(string path)
    {
        var doc = new HtmlParser().ParseDocument(site.Result.Text(path));
        var links = doc.QuerySelectorAll("a[data-track='share']").ToList();
        Assert.Equal(["facebook", "linkedin", "whatsapp", "x", "email"], links.Select(a => a.GetAttribute("data-network")));
        Assert.All(links, a => Assert.Contains(Uri.EscapeDataString("https://www.delinde.example/" + path.Replace("index.html", "")), a.GetAttribute("href")));
        Assert.All(links, a => Assert.Contains("Delen via", a.TextContent));
    }

    [Theory]
    [InlineData("verhalen/verhaal-1/index.html")]
    [InlineData("vacatures/sociaal-werker/index.html")]
    [InlineData("index.html")]
    public void NothingIsLoadedFromAnotherSite(string path)
    {
        var doc = new HtmlParser().ParseDocument(site.Result.Text(path));
        Assert.Empty(doc.QuerySelectorAll("script[src], iframe, img[src^='http'], link[rel='stylesheet'][href^='http']"));
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("contact/index.html")]
    [InlineData("vacatures/gesloten/index.html")]
    public void OtherPagesAndClosedVacanciesHaveNoShareLinks(string path) =>
        Assert.Empty(new HtmlParser().ParseDocument(site.Result.Text(path)).QuerySelectorAll("[data-track='share']"));

    [Fact]
    public void ShareAddressesEncodeTitleAndUrl()
    {
        var links = ShareLinks.For("https://a.example/x/?q=1", "Tom & Jerry");
        Assert.Equal("https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fa.example%2Fx%2F%3Fq%3D1", links[0].Url);
        Assert.Equal("mailto:?subject=Tom%20%26%20Jerry&body=https%3A%2F%2Fa.example%2Fx%2F%3Fq%3D1", links[^1].Url);
    }
}
