using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Feeds;

/// <summary>
/// A story without <c>summary</c> is described by its text. Buffer and Hootsuite post that description and Mailchimp
/// puts it in the e-mail, so a story that is only a list (a "tips" story) or starts with a quote must not go out
/// with an empty one.
/// </summary>
public sealed class MissingSummaryTests : IDisposable
{
    private readonly FixtureSite _site = new();
    private readonly Pipeline.BuildResult _result;

    public MissingSummaryTests()
    {
        _site.Write("statiq.config", "name: Buurtkracht\nurl: https://www.buurtkracht.example\nfeeds:\n  formats: [atom, json]\n");
        _site.Write("input/pages/home.md", "---\ntitle: Welkom\n---\nWelkom.\n");
        _site.Write("input/team/anouk.md", "---\nname: Anouk Visser\nrole: Coördinator\n---\nAnouk.\n");
        _site.Write("input/stories/tips.md", "---\ntitle: Vijf tips\ndate: 2026-11-10\nauthor: anouk\n---\n## Tips voor de winter\n\n- Zet de verwarming **lager** & draag een trui.\n- Doe de gordijnen dicht.\n");
        _site.Write("input/stories/citaat.md", "---\ntitle: Een citaat\ndate: 2026-11-09\nauthor: anouk\n---\n> Ik ben blij dat ik hulp vroeg.\n");
        _site.Write("input/stories/kop.md", "---\ntitle: Alleen een kop\ndate: 2026-11-08\nauthor: anouk\n---\n## Binnenkort meer over het taalcafé\n");
        _site.Write("input/stories/gewoon.md", "---\ntitle: Gewoon\ndate: 2026-11-07\nauthor: anouk\n---\n## Kop\n\n- een lijst\n\nDe eerste alinea telt.\n");
        // Stories that open with a photo (or a photo that is a link): the photo's description is no summary of the story.
        _site.Write("input/stories/foto.md", "---\ntitle: Foto eerst\ndate: 2026-11-06\nauthor: anouk\n---\n![Twee buren op een bankje](/assets/img/bankje.png)\n\nHet bankje is er weer.\n");
        _site.Write("input/stories/fotolink.md", "---\ntitle: Foto als link\ndate: 2026-11-05\nauthor: anouk\n---\n[![Het programma](/assets/img/bankje.png)](/assets/img/bankje.png)\n\nBekijk het programma.\n");
        _site.WriteBytes("input/assets/img/bankje.png", FeedTestSupport.Png(800, 450));
        _result = _site.Build();
        _result.AssertSucceeded();
    }

    private Dictionary<string, string> RssDescriptions() =>
        XDocument.Parse(_result.Text("verhalen/feed.xml")).Descendants("item")
            .ToDictionary(i => i.Element("title")!.Value, i => i.Element("description")!.Value);

    [Theory]
    [InlineData("Vijf tips", "Zet de verwarming lager &amp; draag een trui.")]
    [InlineData("Een citaat", "Ik ben blij dat ik hulp vroeg.")]
    [InlineData("Alleen een kop", "Binnenkort meer over het taalcafé")]
    [InlineData("Gewoon", "De eerste alinea telt.")]
    [InlineData("Foto eerst", "Het bankje is er weer.")]
    [InlineData("Foto als link", "Bekijk het programma.")]
    public void AStoryWithoutSummaryIsDescribedByTheFirstTextInIt(string title, string description) =>
        Assert.Equal(description, RssDescriptions()[title]);

    [Fact]
    public void AtomJsonAndThePageCarryTheSameDescription()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = XDocument.Parse(_result.Text("verhalen/atom.xml")).Descendants(atom + "entry")
            .Single(e => e.Element(atom + "title")!.Value == "Vijf tips");
        Assert.Equal("Zet de verwarming lager & draag een trui.", entry.Element(atom + "summary")!.Value);
        using var json = JsonDocument.Parse(_result.Text("verhalen/feed.json"));
        var item = json.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == "Vijf tips");
        Assert.Equal("Zet de verwarming lager & draag een trui.", item.GetProperty("summary").GetString());
        var page = new HtmlParser().ParseDocument(_result.Text("verhalen/tips/index.html"));
        Assert.Equal("Zet de verwarming lager & draag een trui.", page.QuerySelector("meta[name='description']")!.GetAttribute("content"));
        Assert.Equal("Zet de verwarming lager & draag een trui.", page.QuerySelector("meta[property='og:description']")!.GetAttribute("content"));
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void AFootnoteInTheFirstParagraphLeavesNoMarkInTheDescription()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/noot.md", "---\ntitle: Noot\ndate: 2026-11-10\nauthor: anouk-visser\n---\nWe hielpen 40 buren.[^1] Meer dan vorig jaar.\n\n[^1]: Tot en met oktober.\n");
        var result = site.Build();
        result.AssertSucceeded();
        const string Expected = "We hielpen 40 buren. Meer dan vorig jaar.";
        Assert.Equal(Expected, XDocument.Parse(result.Text("verhalen/feed.xml")).Descendants("item").Single().Element("description")!.Value);
        var page = new HtmlParser().ParseDocument(result.Text("verhalen/noot/index.html"));
        Assert.Equal(Expected, page.QuerySelector("meta[name='description']")!.GetAttribute("content"));
        Assert.Equal(Expected, page.QuerySelector("meta[property='og:description']")!.GetAttribute("content"));
    }
}
