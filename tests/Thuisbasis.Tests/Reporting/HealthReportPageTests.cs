using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Thuisbasis.Tests.Reporting;

/// <summary>The HTML report of <see cref="HistorySite"/>, parsed: it says in sentences what the figures say, and what to do.</summary>
public sealed partial class HealthReportPageTests(HistoryReport report) : IClassFixture<HistoryReport>
{
    private readonly IHtmlDocument _page = new HtmlParser().ParseDocument(report.Html);

    private static string Text(string? s) => Spaces().Replace(s ?? "", " ").Trim();

    private IEnumerable<string> Paragraphs => _page.QuerySelectorAll("p, li").Select(p => Text(p.TextContent));

    [Theory]
    [InlineData("In de afgelopen 12 maanden verschenen 5 verhalen: gemiddeld 0,4 per maand. Uw doel is 2 per maand.")]
    [InlineData("Het laatste verhaal verscheen 3 dagen geleden.")]
    [InlineData("185 dagen: van 1 juni 2025 tot 3 december 2025")]
    [InlineData("173 dagen: van 12 maart 2026 tot 1 september 2026")]
    [InlineData("43% van de verhalen is in de eigen woorden van een cliënt: 3 van de 7. 4 verhalen zijn van medewerkers.")]
    [InlineData("Over deze dienst gaat geen verhaal en geen aanbeveling: Buurtbus.")]
    [InlineData("Nog nooit een verhaal geschreven: Fatima el Amrani.")]
    [InlineData("Er staan 2 vacatures open; 1 daarvan sluit binnen twee weken. In het afgelopen jaar sloot 1 vacature.")]
    [InlineData("2 toestemmingen zijn ouder dan twee jaar:")]
    [InlineData("Bij 2 toestemmingen staat geen datum:")]
    [InlineData("2 verhalen of aanbevelingen hebben geen toestemming (consent: false) en staan dus niet op de site.")]
    [InlineData("Niet op de site en hieronder niet meegeteld: 2 concepten, 1 ingepland stuk en 2 stukken zonder toestemming.")]
    [InlineData("1 verhaal is moeilijker dan taalniveau B1 (score onder 60). Samen hebben de verhalen 1 lange zin en 4 moeilijke woorden.")]
    [InlineData("3 onderwerpen komen maar één keer voor: eenzaamheid, taalcafe en Vrijwillige inzet.")]
    [InlineData("1 verhaal zonder samenvatting (summary):")]
    public void ReportSaysTheFindingInPlainDutch(string sentence) =>
        Assert.True(Paragraphs.Contains(sentence), $"Not found: {sentence}\nThe report says:\n{string.Join("\n", Paragraphs)}");

    [Fact]
    public void EveryFindingSaysWhatToDo()
    {
        var findings = _page.QuerySelectorAll(".finding").ToList();
        Assert.True(findings.Count >= 15, $"only {findings.Count} findings");
        Assert.All(findings, f => Assert.StartsWith("Wat kunt u doen? ", Text(f.QuerySelector(".todo")?.TextContent)));
    }

    [Fact]
    public void ConsentListsNameTheFilesToAskAgain()
    {
        var items = _page.QuerySelectorAll("#toestemming ~ .finding li").Select(li => Text(li.TextContent)).ToList();
        Assert.Contains("Ria (verhaal, input/stories/2025-06-01-ria-vertelt.md), toestemming van 1 mei 2023", items);
        Assert.Contains("Henk (aanbeveling, input/testimonials/henk.md)", items);
        Assert.DoesNotContain(items, i => i.Contains("Piet") || i.Contains("Kees"));
    }

    [Fact]
    public void ChartHasATextAlternativeAndTheSameFiguresAsATable()
    {
        var svg = _page.QuerySelector("svg[role=img]")!;
        var ids = svg.GetAttribute("aria-labelledby")!.Split(' ');
        Assert.All(ids, id => Assert.False(string.IsNullOrWhiteSpace(_page.GetElementById(id)?.TextContent)));
        Assert.Contains("Verhalen: 5 in 52 weken, hoogstens 2 in één week, 48 weken zonder.", _page.GetElementById(ids[1])!.TextContent);
        var rows = _page.QuerySelectorAll("details table tbody tr").ToList();
        Assert.Equal(52, rows.Count);
        Assert.Equal("1 december 2025", Text(rows[0].QuerySelector("th")!.TextContent));
        var json = JsonDocument.Parse(report.Json).RootElement.GetProperty("rhythm").GetProperty("series");
        for (var s = 0; s < 2; s++)
        {
            var perWeek = json[s].GetProperty("per_week").EnumerateArray().Select(x => x.GetInt32().ToString()).ToList();
            Assert.Equal(perWeek, rows.Select(r => r.QuerySelectorAll("td")[s].TextContent));
        }
        Assert.Equal(4, _page.QuerySelectorAll("svg rect").Count(r => r.GetAttribute("fill") == "#0b5f7a") - 1); // four weeks with a story, one legend swatch
    }

    [Fact]
    public void PageIsSelfContainedDutchAndForTheTeamOnly()
    {
        Assert.Equal("nl", _page.DocumentElement.GetAttribute("lang"));
        Assert.Single(_page.QuerySelectorAll("h1"));
        Assert.Empty(_page.QuerySelectorAll("script, link[rel=stylesheet], img, iframe, [src]"));
        Assert.DoesNotContain("url(", _page.QuerySelector("style")!.TextContent);
        Assert.Equal("noindex, nofollow", _page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Contains(".gitignore", _page.QuerySelector("footer")!.TextContent);
    }

    [Fact]
    public void ReadabilityTableStartsWithTheHardestStory()
    {
        var first = _page.QuerySelector("#leesbaarheid ~ table tbody tr")!;
        Assert.StartsWith("Samen minder alleen", Text(first.QuerySelector("th")!.TextContent));
        Assert.Equal(["1", "4"], first.QuerySelectorAll("td").Skip(2).Select(td => td.TextContent));
    }

    [Fact]
    public void ShareKitHasALabelledTextBoxPerChannelAndItem()
    {
        var boxes = _page.QuerySelectorAll("textarea").ToList();
        Assert.Equal(25, boxes.Count); // 1 story, 2 vacancies and 2 activities, 5 channels each
        Assert.All(boxes, b => Assert.NotNull(_page.QuerySelector($"label[for='{b.Id}']")));
        Assert.All(boxes, b => Assert.True(b.HasAttribute("readonly")));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
