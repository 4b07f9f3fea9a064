using System.Text.Json;
using System.Xml.Linq;
using Thuisbasis.Tests.Feeds;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Reporting;

/// <summary><c>feeds.utm: true</c>: item links carry campaign parameters; ids and guids stay the bare permalink.</summary>
public sealed class FeedUtmTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static Pipeline.BuildResult Build(bool utm)
    {
        using var site = HistorySite.Create(utm ? "feeds: { utm: true }" : "");
        var result = site.Build();
        result.AssertSucceeded();
        return result;
    }

    [Fact]
    public void RssItemLinksCarryUtmWhileGuidsStayTheSame()
    {
        var on = XDocument.Parse(Build(utm: true).Text("feed.xml")).Descendants("item").ToList();
        var off = XDocument.Parse(Build(utm: false).Text("feed.xml")).Descendants("item").ToList();
        Assert.Equal(off.Select(i => (string)i.Element("guid")!), on.Select(i => (string)i.Element("guid")!));
        Assert.Equal(9, on.Count); // seven stories, two open vacancies
        foreach (var item in on)
        {
            var guid = (string)item.Element("guid")!;
            Assert.DoesNotContain("utm_", guid);
            var slug = guid.TrimEnd('/').Split('/')[^1];
            Assert.Equal($"{guid}?utm_source=rss&utm_medium=feed&utm_campaign={slug}", (string)item.Element("link")!);
        }
        Assert.All(off, i => Assert.Equal((string)i.Element("guid")!, (string)i.Element("link")!));
    }

    [Fact]
    public void AtomAndJsonFeedKeepTheirIdsAndTagTheirLinks()
    {
        var result = Build(utm: true);
        foreach (var entry in XDocument.Parse(result.Text("verhalen/atom.xml")).Descendants(Atom + "entry"))
        {
            var id = (string)entry.Element(Atom + "id")!;
            var link = (string)entry.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!;
            Assert.DoesNotContain("utm_", id);
            Assert.StartsWith(id + "?utm_source=rss&utm_medium=feed&utm_campaign=", link);
        }
        foreach (var item in JsonDocument.Parse(result.Text("vacatures/feed.json")).RootElement.GetProperty("items").EnumerateArray())
        {
            var id = item.GetProperty("id").GetString()!;
            Assert.DoesNotContain("utm_", id);
            Assert.Equal(id + "?utm_source=rss&utm_medium=feed&utm_campaign=" + id.TrimEnd('/').Split('/')[^1], item.GetProperty("url").GetString());
        }
    }

    [Fact]
    public void WithoutTheSettingNoFeedHasUtm()
    {
        var result = Build(utm: false);
        Assert.DoesNotContain("utm_", result.Text("feed.xml") + result.Text("atom.xml") + result.Text("feed.json"));
    }
}
