using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Hardening;

/// <summary>
/// A heading typed without the space after its <c>#</c> (<c>##Kopje</c>, <c>#Wat we doen</c>) is ordinary text in
/// Markdown: the writer sees a line with hashes on the site where a heading was meant. It is a warning at its place;
/// hashtags and an escaped <c>\#</c> stay quiet.
/// </summary>
public sealed class HeadingMarkTests
{
    [Fact]
    public void AHeadingWithoutItsSpaceIsAWarningAtItsLineAndHashtagsAreLeftAlone()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\n---\n" +
            "Eerste alinea.\n\n" +
            "##Wat we doen\n\n" +            // line 8: two hashes, no space
            "#Samen sterk in Oost\n\n" +     // line 10: one hash, words, no other #: a heading was meant
            "#zorg #welzijn #oost\n\n" +     // hashtags
            "#vrijwilligers\n\n" +           // one hashtag
            "\\#Geen kop bedoeld\n\n" +      // escaped
            "#1 in de wijk\n\n" +            // a number
            "- ##In een lijst\n\n" +         // not a heading's place
            "## Goede kop\n\nTekst.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());

        var warnings = result.Diagnostics.Where(d => d.Code == "TB0128").OrderBy(d => d.Line).ToList();
        Assert.Equal([(8, 1), (10, 1)], warnings.Select(w => (w.Line, w.Column)));
        Assert.All(warnings, w => Assert.Equal("input/stories/a.md", w.Path));
        Assert.Contains("`##Wat we doen`", warnings[0].Message);
        Assert.Contains("`## Wat we doen`", warnings[0].Help);
        Assert.Contains("`## Samen sterk in Oost`", warnings[1].Help); // a heading in the text starts with ##
        Assert.Contains("`\\#Samen sterk in Oost`", warnings[1].Help);

        // The site shows what Markdown makes of it (nothing is guessed), so the warning is the writer's only clue.
        var article = result.Html("verhalen/a/index.html").QuerySelector("article.prose")!;
        var headings = article.QuerySelectorAll("h1, h2, h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("Goede kop", headings);
        Assert.DoesNotContain(headings, h => h.Contains("Wat we doen") || h.Contains("Samen sterk"));
        Assert.Contains(article.QuerySelectorAll("p"), p => p.TextContent == "##Wat we doen");
    }
}
