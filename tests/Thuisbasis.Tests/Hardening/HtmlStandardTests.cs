using AngleSharp.Html.Parser;
using Thuisbasis.Model;
using Thuisbasis.Pipeline;
using Thuisbasis.Rendering.SafeHtml;
using Thuisbasis.Tests.Building;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Hardening;

/// <summary>
/// Every page the build writes, and the HTML in its feeds, follows the HTML standard (html-validate, see
/// <see cref="HtmlStandard"/>): the sample site, and a site with every content type, every kind of body and the hostile
/// site's payloads in every field. Text pasted from Word, Google Docs, mail and web pages has a site of its own
/// (<see cref="PastedFromOfficeTests"/>).
/// </summary>
public sealed class HtmlStandardTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void TheSampleSiteFollowsTheHtmlStandard()
    {
        var result = new SiteEngine(new BuildOptions { Root = SampleSiteTests.RepositoryRoot(), Date = FixtureSite.Today }).Build();
        Assert.True(result.Succeeded, result.Describe());
        AssertFollowsTheStandard(result);
    }

    [Fact]
    public void ASiteWithEveryKindOfContentFollowsTheHtmlStandard()
    {
        using var site = new FixtureSite(withDefaults: false);
        EveryKindSite.Write((p, t) => site.Write(p, t), 2, (p, b) => site.WriteBytes(p, b));
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.True(result.Pages.Count > 40 && HtmlStandard.FeedHtml(result).Count() > 50);
        AssertFollowsTheStandard(result);
    }

    /// <summary>Fails with every page and message, not the first few.</summary>
    private static void AssertFollowsTheStandard(BuildResult result)
    {
        var problems = HtmlStandard.Problems(result);
        Assert.True(problems.Count == 0, $"{problems.Count} messages from html-validate:\n{string.Join("\n", problems)}");
    }

    [Fact]
    public void QuotesAndBiosShownTogetherHaveIdsOfTheirOwnAndTheirFootnotesLeadToTheirOwnNotes()
    {
        using var site = new FixtureSite();
        var body = "Wij kwamen via de buurt.[^1]\n\n## Wat we doen\n\nMeer.\n\n[^1]: Via de buurvrouw.\n";
        foreach (var name in new[] { "ria", "kees" })
        {
            site.Write($"input/testimonials/{name}.md", $"---\nname: {name}\nrole: cliënt\nconsent: true\nfeatured: true\n---\n{body}");
            site.Write($"input/team/{name}.md", $"---\nname: {name}\nrole: Opbouwwerker\n---\n{body}");
        }
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        foreach (var page in new[] { "index.html", "onze-klanten/index.html", "extra/index.html", "over-ons/index.html" })
        {
            var doc = result.Html(page);
            var ids = doc.All.Select(e => e.Id).Where(id => !string.IsNullOrEmpty(id)).ToList();
            Assert.Equal(ids.Distinct().ToList(), ids);
            var notes = doc.QuerySelectorAll("a.footnote-ref").ToList();
            Assert.Equal(2, notes.Count);
            foreach (var note in notes)
            {
                // The note the link leads to is the one under the same quote or bio, and its way back leads to the link.
                var target = doc.GetElementById(note.GetAttribute("href")![1..])!;
                Assert.Same(note.Closest("figure, li.person"), target.Closest("figure, li.person"));
                Assert.Equal("#" + note.Id, target.QuerySelector("a.footnote-back-ref")!.GetAttribute("href"));
            }
        }
        Assert.NotNull(result.Html("index.html").GetElementById("aanbeveling-ria-wat-we-doen"));
        Assert.NotNull(result.Html("over-ons/index.html").GetElementById("kees-wat-we-doen"));
    }

    [Fact]
    public void AHeadingNamedLikeSomethingOfTheThemeGetsANumberAndTheLinksToItFollow()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/inhoud.md", "---\ntitle: Inhoud\ndate: 2026-01-05\nauthor: anouk-visser\n---\n" +
            "Zie [de inhoud](#inhoud).\n\n## Inhoud\n\nTekst.\n\n## Inhoud\n\nNog eens.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var doc = result.Html("verhalen/inhoud/index.html");
        // The skip link still leads to the main content; the writer's link leads to the writer's heading.
        Assert.Equal("main", doc.GetElementById("inhoud")!.LocalName);
        Assert.Equal("#inhoud", doc.QuerySelector("a.skip-link")!.GetAttribute("href"));
        Assert.Equal(["inhoud-2", "inhoud-1"], doc.QuerySelectorAll("article h2").Where(h => h.TextContent == "Inhoud").Select(h => h.Id!).ToList());
        Assert.Equal("#inhoud-2", doc.QuerySelectorAll("article a").Single(a => a.TextContent == "de inhoud").GetAttribute("href"));
    }

    [Fact]
    public void TheIdsKeptForTheThemeAreTheIdsTheDefaultThemeWrites()
    {
        var theme = Path.Combine(SampleSiteTests.RepositoryRoot(), "themes", "default");
        var written = Directory.EnumerateFiles(Path.Combine(theme, "layouts")).Concat(Directory.EnumerateFiles(Path.Combine(theme, "partials")))
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), @"\bid=""([^""{}]+)""").Select(m => m.Groups[1].Value))
            .ToHashSet();
        Assert.Equal(written.Order(StringComparer.Ordinal), Thuisbasis.Rendering.BodyIds.OfTheTheme.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("<img src=\"data:image/svg+xml,<svg onload=alert(1)>\" alt=\"De markt\">", "De markt")]
    [InlineData("Voor <img src=\"javascript:alert(1)\"> na", "Voor  na")]
    public void AnImageWhoseAddressWasUnsafeLeavesItsDescriptionAsText(string pasted, string text)
    {
        var body = BodyHtml.Render("Tekst.\n\n" + pasted + "\n", allowRawHtml: false, "een verhaal");
        var doc = Parser.ParseDocument(body.Html);
        Assert.Empty(doc.QuerySelectorAll("img"));
        Assert.Contains(text, doc.Body!.TextContent);
        Assert.Contains(body.Removed, r => r.What.EndsWith("in `<img>`", StringComparison.Ordinal));
    }
}
