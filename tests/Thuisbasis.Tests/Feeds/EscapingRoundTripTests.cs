using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;

using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Feeds;

/// <summary>A title with &lt;script&gt;, &amp;, both quotes and an emoji must come out of every format as exactly that text.</summary>
public sealed class EscapingRoundTripTests(FeedSite site) : IClassFixture<FeedSite>
{
    private const string Title = FeedSite.TrickyTitle;
    private const string Url = "https://www.delinde.example/verhalen/lastig/";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public void TrickyTitleRoundTripsThroughTheHtmlPage()
    {
        var doc = new HtmlParser().ParseDocument(site.Result.Text("verhalen/lastig/index.html"));
        Assert.Equal(Title, doc.QuerySelector("h1")!.TextContent);
        Assert.Equal(Title, doc.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal(Title, doc.QuerySelector("meta[name='twitter:title']")!.GetAttribute("content"));
        // The only script elements are the JSON-LD ones: the title did not open or close any.
        Assert.All(doc.QuerySelectorAll("script"), s => Assert.Equal("application/ld+json", s.GetAttribute("type")));
    }

    [Fact]
    public void TrickyTitleRoundTripsThroughJsonLd()
    {
        var doc = new HtmlParser().ParseDocument(site.Result.Text("verhalen/lastig/index.html"));
        var data = doc.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement).ToList();
        var post = data.Single(d => d.GetProperty("@type").GetString() == "BlogPosting");
        Assert.Equal(Title, post.GetProperty("headline").GetString());
        // The summary is the same text: as in the social preview, its tags are not words (TB0290), the rest is exactly as written.
        Assert.Equal("Koffie & alert(\"x\") 'n \"borrel\" 🎉", post.GetProperty("description").GetString());
        Assert.Equal(post.GetProperty("description").GetString(), doc.QuerySelector("meta[property='og:description']")!.GetAttribute("content"));
        var crumbs = data.Single(d => d.GetProperty("@type").GetString() == "BreadcrumbList");
        Assert.Equal(Title, crumbs.GetProperty("itemListElement")[2].GetProperty("name").GetString());
        Assert.DoesNotContain("</script", site.Result.Text("verhalen/lastig/index.html").Split("<script type=\"application/ld+json\">")[1].Split("</script>")[0]);
    }

    [Fact]
    public void TrickyTitleRoundTripsThroughRss()
    {
        var item = XDocument.Parse(site.Result.Text("verhalen/feed.xml")).Descendants("item").Single(i => i.Element("link")!.Value == Url);
        Assert.Equal(Title, item.Element("title")!.Value);
        // RSS readers treat description as HTML, so the plain summary is written as escaped HTML.
        Assert.Equal(Title, WebUtility.HtmlDecode(item.Element("description")!.Value));
        Assert.DoesNotContain("<script", item.Element("description")!.Value);
    }

    [Fact]
    public void TrickyTitleRoundTripsThroughAtom()
    {
        var entry = XDocument.Parse(site.Result.Text("verhalen/atom.xml")).Descendants(Atom + "entry").Single(e => e.Element(Atom + "id")!.Value == Url);
        Assert.Equal(Title, entry.Element(Atom + "title")!.Value);
        Assert.Equal(Title, entry.Element(Atom + "summary")!.Value);
    }

    [Fact]
    public void TrickyTitleRoundTripsThroughJsonFeed()
    {
        using var doc = JsonDocument.Parse(site.Result.Text("verhalen/feed.json"));
        var item = doc.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == Url);
        Assert.Equal(Title, item.GetProperty("title").GetString());
        Assert.Equal(Title, item.GetProperty("summary").GetString());
    }
}
