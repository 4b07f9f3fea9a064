using System.Text.Json;
using System.Xml.Linq;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Feeds;

/// <summary>
/// Text pasted from Word carries characters XML does not allow: a line break made with Shift+Enter is U+000B, a page
/// break U+000C, and old documents hold other control characters. One of them in a title, summary, tag or text stopped
/// the whole build with an exception from the RSS writer (the front matter's YAML lets U+000B through); now every feed is written and parses, with a space where
/// Word had a line or page break and nothing for the rest.
/// </summary>
public sealed class PastedCharacterTests : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private readonly FixtureSite _site = new();
    private readonly Pipeline.BuildResult _result;

    public PastedCharacterTests()
    {
        _site.Write("statiq.config", "name: Testorganisatie\nurl: https://www.test.example\nfeeds:\n  formats: [atom, json]\n");
        _site.Write("input/stories/uit-word.md", "---\ntitle: \"Koffie\u000Bin de wijk\"\ndate: 2026-11-11\nauthor: anouk-visser\n" +
            "summary: \"Kort en\u000Bgoed\"\ntags: [buurt]\n---\nEerste regel\u000Btweede regel uit Word.\n\nEen \u0001tweede\u000Calinea\u0007.\n");
        _result = _site.Build();
    }

    [Fact]
    public void TheBuildSucceedsAndEveryFeedParses()
    {
        Assert.True(_result.Succeeded, _result.Describe());
        var feeds = _result.Files.Where(f => f.Path.EndsWith(".xml") && !f.Path.StartsWith("sitemap")).ToList();
        Assert.Contains(feeds, f => f.Path == "verhalen/feed.xml");
        foreach (var feed in feeds) XDocument.Parse(_result.Text(feed.Path));
        using var _ = JsonDocument.Parse(_result.Text("verhalen/feed.json"));
    }

    [Fact]
    public void WordsBreaksBecomeSpacesAndOtherControlCharactersGoInEveryFormat()
    {
        var item = XDocument.Parse(_result.Text("verhalen/feed.xml")).Descendants("item").Single();
        Assert.Equal("Koffie in de wijk", item.Element("title")!.Value);
        Assert.Equal("Kort en goed", item.Element("description")!.Value);
        Assert.Equal("buurt", item.Element("category")!.Value);
        // Markdig reads the page break as a line end, which HTML shows as a space.
        Assert.Equal("<p>Eerste regel tweede regel uit Word.</p>\n<p>Een tweede\nalinea.</p>\n", item.Element(Content + "encoded")!.Value);

        var entry = XDocument.Parse(_result.Text("verhalen/atom.xml")).Descendants(Atom + "entry").Single();
        Assert.Equal("Koffie in de wijk", entry.Element(Atom + "title")!.Value);
        using var json = JsonDocument.Parse(_result.Text("verhalen/feed.json"));
        var jsonItem = json.RootElement.GetProperty("items")[0];
        Assert.Equal("Koffie in de wijk", jsonItem.GetProperty("title").GetString());
        Assert.Equal("Kort en goed", jsonItem.GetProperty("summary").GetString());
    }

    public void Dispose() => _site.Dispose();
}
