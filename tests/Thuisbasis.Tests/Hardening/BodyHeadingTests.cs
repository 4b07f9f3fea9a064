using AngleSharp.Html.Parser;
using Thuisbasis.Rendering.SafeHtml;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Hardening;

/// <summary>
/// The page's title is its one h1 (WCAG 1.3.1, 2.4.6: screen-reader users move by headings). A writer's <c>#</c> in
/// the text becomes a subheading, the headings under it move along, and the writer hears why at the line.
/// </summary>
public sealed class BodyHeadingTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void AHashHeadingInAStoryIsASubheadingTheOthersMoveAlongAndTheWriterIsWarnedAtItsLine()
    {
        using var site = new FixtureSite().Write("input/stories/a.md", "---\ntitle: Samen koken\ndate: 2026-01-01\nauthor: anouk-visser\n---\n" +
            "Tekst.\n\n" +
            "# Wat we doen\n\n" +      // line 8
            "Meer.\n\n" +
            "## Elke dinsdag\n\n" +
            "Nog meer.\n\n" +
            "# Meedoen\n\nSlot.\n");   // line 16
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());

        var page = result.Html("verhalen/a/index.html");
        Assert.Equal(["Samen koken"], page.QuerySelectorAll("h1").Select(h => h.TextContent.Trim()));
        var inText = page.QuerySelectorAll("article.prose h2, article.prose h3, article.prose h4")
            .Where(h => h.Closest(".share") is null && !h.ClassList.Contains("visually-hidden")).Select(h => (h.LocalName, h.TextContent.Trim()));
        Assert.Equal([("h2", "Wat we doen"), ("h3", "Elke dinsdag"), ("h2", "Meedoen")], inText);

        var warnings = result.Diagnostics.Where(d => d.Code == "TB0163").OrderBy(d => d.Line).ToList();
        Assert.Equal([("input/stories/a.md", 8, 1), ("input/stories/a.md", 16, 1)], warnings.Select(w => (w.Path, w.Line, w.Column)));
        Assert.Contains("`# Wat we doen`", warnings[0].Message);
        Assert.Contains("`## Wat we doen`", warnings[0].Help);
    }

    [Fact]
    public void AHeadingWithoutTextIsLeftOutOfThePageAndTheWriterIsWarnedAtItsLine()
    {
        using var site = new FixtureSite().Write("input/stories/a.md", "---\ntitle: Samen koken\ndate: 2026-01-01\nauthor: anouk-visser\n---\n" +
            "Tekst.\n\n" +
            "##\n\n" +               // line 8
            "Meer.\n\n" +
            "## Elke dinsdag\n\n" +
            "#   \n\n" +              // line 14: a lone # must not move the other headings down either
            "### ###\n\n" +           // line 16: only a closing sequence
            "Slot.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());

        var page = result.Html("verhalen/a/index.html");
        Assert.Equal(["Samen koken"], page.QuerySelectorAll("h1").Select(h => h.TextContent.Trim()));
        var inText = page.QuerySelectorAll("article.prose h2, article.prose h3, article.prose h4")
            .Where(h => h.Closest(".share") is null && !h.ClassList.Contains("visually-hidden")).Select(h => (h.LocalName, h.TextContent.Trim()));
        Assert.Equal([("h2", "Elke dinsdag")], inText);
        Assert.DoesNotContain(page.QuerySelectorAll("h1, h2, h3, h4, h5, h6"), h => h.TextContent.Trim().Length == 0);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "TB0163");

        var warnings = result.Diagnostics.Where(d => d.Code == "TB0168").OrderBy(d => d.Line).ToList();
        Assert.Equal([("input/stories/a.md", 8, 1), ("input/stories/a.md", 14, 1), ("input/stories/a.md", 16, 1)],
            warnings.Select(w => (w.Path, w.Line, w.Column)));
        Assert.Contains("`##`", warnings[0].Message);
    }

    [Fact]
    public void ATextWithoutAHashHeadingKeepsItsLevelsAndGivesNoWarning()
    {
        var body = BodyHtml.Render("Tekst.\n\n## Wat we doen\n\n### Elke dinsdag\n\nMeer.\n", allowRawHtml: false);
        var html = Parser.ParseDocument(body.Html);
        Assert.Equal(["h2", "h3"], html.QuerySelectorAll("h1, h2, h3, h4").Select(h => h.LocalName));
        Assert.Empty(body.TitleHeadings);
    }

    [Fact]
    public void HeadingsGoNoDeeperThanH6()
    {
        var body = BodyHtml.Render("# Een\n\n###### Zes\n", allowRawHtml: false);
        var html = Parser.ParseDocument(body.Html);
        Assert.Equal(["h2", "h6"], html.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void EveryTableOfATextScrollsInItsOwnNamedBlockThatTheKeyboardReaches(bool allowRawHtml)
    {
        // A Markdown table, a pasted one with a table inside (the sanitizer path, unless raw HTML is allowed), and text.
        var body = BodyHtml.Render(
            "| Dag | Tijd |\n| --- | --- |\n| maandag | 9:00 |\n\n" +
            "<table><tr><td><table><tr><td>binnen</td></tr></table></td></tr></table>\n\nEn verder <abbr>gewoon</abbr> tekst.\n",
            allowRawHtml);
        var html = Parser.ParseDocument(body.Html);

        var blocks = html.QuerySelectorAll("div.table-scroll");
        Assert.Equal(2, blocks.Length);
        Assert.All(blocks, b => Assert.Equal(("region", "0"), (b.GetAttribute("role"), b.GetAttribute("tabindex"))));
        Assert.Equal(["Tabel", "Tabel 2"], blocks.Select(b => b.GetAttribute("aria-label")));
        Assert.All(blocks, b => Assert.Equal("table", b.FirstElementChild?.LocalName));
        Assert.Equal(3, html.QuerySelectorAll("table").Length);
        Assert.Equal("gewoon", html.QuerySelector("p abbr")?.TextContent);
    }

    [Fact]
    public void ATextWithoutATableIsLeftAsMarkdigMadeIt()
    {
        const string markdown = "Tekst over de <tabel> en `<table>` als code.\n";
        Assert.Equal(Markdig.Markdown.ToHtml(markdown, Thuisbasis.Rendering.MarkdownRenderer.Pipeline), BodyHtml.Render(markdown, allowRawHtml: true).Html);
    }
}
