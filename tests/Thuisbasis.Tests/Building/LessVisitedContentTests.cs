using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Building;

/// <summary>
/// Team members, services and testimonials as a comms employee edits them, and the skeleton's pages when a site has
/// nothing yet to list: no empty headings, no broken sections, and a message with a place and a fix for every mistake.
/// </summary>
public sealed class LessVisitedContentTests
{
    /// <summary>Every heading inside <c>main</c> has something after it before the next heading of its level or higher.</summary>
    private static void NoEmptySections(IHtmlDocument page, string path)
    {
        var main = page.QuerySelector("main")!;
        foreach (var section in main.QuerySelectorAll("section"))
        {
            var heading = section.QuerySelector("h2")!;
            var rest = section.TextContent.Replace(heading.TextContent, "").Trim();
            Assert.True(rest.Length > 0, $"{path}: the section \"{heading.TextContent}\" is empty.");
        }
        Assert.Empty(main.QuerySelectorAll("ul, ol").Where(l => l.Children.Length == 0).Select(l => path + ": " + l.OuterHtml));
    }

    [Fact]
    public void ASiteWithNoStoriesVacanciesActivitiesOrServicesHasNoEmptyHeadingsOnAnyPageOfTheSkeleton()
    {
        using var site = new FixtureSite();
        var result = site.Build();
        Assert.Empty(result.Diagnostics);
        foreach (var path in new[] { "index.html", "onze-klanten/index.html", "werkwijze/index.html", "diensten/index.html",
                     "over-ons/index.html", "extra/index.html", "contact/index.html" })
            NoEmptySections(result.Html(path), path);
        var extra = result.Html("extra/index.html");
        Assert.Equal(["Pagina extra", "Vacatures"], extra.QuerySelectorAll("main h1, main h2").Select(h => h.TextContent));
        Assert.Contains("Er zijn op dit moment geen vacatures.", extra.QuerySelector("main")!.TextContent);
        Assert.Empty(result.Html("diensten/index.html").QuerySelectorAll("main h2"));
    }

    [Fact]
    public void AStoryByATeamMemberWhoseFileHasAnotherNameSaysWhichFileItProbablyMeans()
    {
        using var site = new FixtureSite();
        File.Delete(Path.Combine(site.Root, "input/team/anouk-visser.md"));
        site.Write("input/team/anouk.md", "---\nname: Anouk Visser\nrole: Opbouwwerker\n---\nAnouk werkt in de wijk.\n");
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\n---\nTekst.\n");
        var d = Assert.Single(site.Build().Diagnostics);
        Assert.Equal("input/stories/a.md(4,9): error TB0106: `author` is `anouk-visser`, maar in `input/team/` staat geen medewerker met die code (de bestandsnaam zonder `.md`). "
            + "Bedoelde u `anouk`? Dat is `input/team/anouk.md`, van Anouk Visser.", d.ToString());
    }

    [Fact]
    public void ATeamMemberFileWithCapitalsAndAnUnderscoreIsFoundByTheIdStoriesUse()
    {
        using var site = new FixtureSite();
        File.Delete(Path.Combine(site.Root, "input/team/anouk-visser.md"));
        site.Write("input/team/Anouk_Visser.md", "---\nname: Anouk Visser\nrole: Opbouwwerker\n---\nAnouk werkt in de wijk.\n");
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\n---\nTekst.\n");
        var result = site.Build();
        Assert.Empty(result.Diagnostics);
        Assert.Equal("/auteur/anouk-visser/", result.Html("verhalen/a/index.html").QuerySelector("a[href^='/auteur/']")!.GetAttribute("href"));
    }

    [Fact]
    public void ATeamMemberWhoLeftWhileStoriesNameThemIsOneErrorPerStoryAtTheAuthorLine()
    {
        using var site = new FixtureSite();
        site.Write("input/team/joost.md", "---\nname: Joost\nrole: Sociaal werker\n---\nJoost.\n");
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\n---\nTekst.\n");
        site.Write("input/stories/b.md", "---\ntitle: B\ndate: 2026-01-02\nauthor: anouk-visser\n---\nTekst.\n");
        File.Delete(Path.Combine(site.Root, "input/team/anouk-visser.md"));
        var problems = site.Build().Diagnostics;
        Assert.Equal([("input/stories/a.md", 4, 9), ("input/stories/b.md", 4, 9)], problems.Select(d => (d.Path, d.Line, d.Column)));
        Assert.All(problems, d => Assert.Equal("TB0106", d.Code));
        Assert.All(problems, d => Assert.Contains("Maak `input/team/anouk-visser.md` aan", d.Help));
    }

    [Fact]
    public void ATeamMemberWithoutPhotoAndWithAVeryLongNameIsShownWithoutAnEmptyImage()
    {
        const string name = "Anouk Maria Johanna Wilhelmina van der Heijden-Vanderbroecke-Oudshoorn van Ravensteyn tot Hoogenband";
        using var site = new FixtureSite();
        site.Write("input/team/anouk-visser.md", $"---\nname: {name}\nrole: Opbouwwerker\n---\nAnouk werkt in de wijk.\n");
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\n---\nTekst.\n");
        var result = site.Build();
        Assert.Empty(result.Diagnostics);
        var person = result.Html("over-ons/index.html").QuerySelector("li.person#anouk-visser")!;
        Assert.Equal(name, person.QuerySelector("h3")!.TextContent);
        Assert.Empty(person.QuerySelectorAll("img, picture"));
        Assert.Equal(name, result.Html("auteur/anouk-visser/index.html").QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public void TwoServicesWithTheSameTitleAreAWarningNamingBothFiles()
    {
        using var site = new FixtureSite();
        site.Write("input/services/taalcafe.md", "---\ntitle: Taalcafé\nsummary: Samen Nederlands praten.\n---\nTekst.\n");
        site.Write("input/services/taalcafe-2.md", "---\ntitle: taalcafé \nsummary: Nog een.\n---\nTekst.\n");
        var result = site.Build();
        Assert.True(result.Succeeded);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("input/services/taalcafe-2.md(2,8): warning TB0260: De diensten `input/services/taalcafe.md` en `input/services/taalcafe-2.md` "
            + "heten allebei `Taalcafé`; bezoekers zien gelijke links naar verschillende pagina's. "
            + "Geef elke dienst een eigen titel, of zet de tekst van beide in één bestand.", d.ToString());
    }

    [Fact]
    public void ServicesFollowTheirOrderThenTheirTitleAndOneWithoutTextStillGetsAPageWithItsSummary()
    {
        using var site = new FixtureSite();
        site.Write("input/services/b.md", "---\ntitle: Bellen\nsummary: B.\norder: 2\n---\nTekst.\n");
        site.Write("input/services/a.md", "---\ntitle: Appen\nsummary: A.\norder: 2\n---\nTekst.\n");
        site.Write("input/services/c.md", "---\ntitle: Contact\nsummary: Alleen een samenvatting.\norder: 1\n---\n");
        var result = site.Build();
        Assert.Empty(result.Diagnostics);
        Assert.Equal(["/diensten/c/", "/diensten/a/", "/diensten/b/"],
            result.Html("diensten/index.html").QuerySelectorAll("main .cards h3 a").Select(a => a.GetAttribute("href")));
        var page = result.Html("diensten/c/index.html");
        Assert.Equal("Alleen een samenvatting.", page.QuerySelector("main .lead")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main h2"));
    }

    [Theory]
    [InlineData("consent: ja", true)]
    [InlineData("consent: \"ja\"", true)]
    [InlineData("consent: Ja", true)]
    [InlineData("consent: false", false)]
    [InlineData("consent: nee", false)]
    public void ATestimonialsConsentWrittenTheDutchWayIsReadAsWritten(string line, bool published)
    {
        using var site = new FixtureSite();
        site.Write("input/testimonials/kees.md", $"---\nname: Kees\nrole: cliënt\n{line}\n---\nZij hielpen mij goed.\n");
        var result = site.Build();
        Assert.Equal(published, result.Html("extra/index.html").QuerySelectorAll("figure.quote").Any(f => f.TextContent.Contains("Kees")));
        Assert.Equal(published, result.AllText().Contains("Zij hielpen mij goed."));
        Assert.Equal(published ? [] : ["TB0202"], result.Codes());
    }

    [Fact]
    public void ATestimonialWithoutConsentOrWithAServiceThatDoesNotExistIsAnErrorWithItsPlace()
    {
        using var site = new FixtureSite();
        site.Write("input/testimonials/kees.md", "---\nname: Kees\nrole: cliënt\n---\nZonder toestemming.\n");
        site.Write("input/testimonials/nel.md", "---\nname: Nel\nrole: cliënt\nconsent: true\nservice: bestaat-niet\n---\nTekst.\n");
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.Equal([("input/testimonials/kees.md", "TB0104"), ("input/testimonials/nel.md", "TB0106")],
            result.Diagnostics.Select(d => (d.Path, d.Code)).Order());
        Assert.DoesNotContain("Zonder toestemming", result.AllText());
    }

    [Fact]
    public void AQuoteWithMarkdownAndHtmlKeepsItsEmphasisLosesItsScriptAndItsNameIsEscaped()
    {
        using var site = new FixtureSite();
        site.Write("input/testimonials/opmaak.md",
            "---\nname: \"Ria <b>de Vries</b> & co\"\nrole: cliënt\nconsent: true\nfeatured: true\n---\nIk vond het **heel fijn**. <script>alert(1)</script> <em>echt</em>\n");
        var result = site.Build();
        Assert.Equal(["TB0240"], result.Codes());
        var quote = result.Html("index.html").QuerySelector("figure.quote")!;
        Assert.Equal("heel fijn", quote.QuerySelector("blockquote strong")!.TextContent);
        Assert.Equal("echt", quote.QuerySelector("blockquote em")!.TextContent);
        Assert.Empty(quote.QuerySelectorAll("script, figcaption b"));
        Assert.Equal("Ria <b>de Vries</b> & co, cliënt", quote.QuerySelector("figcaption")!.TextContent);
    }

    [Fact]
    public void AVeryLongQuoteIsAWarningThatSaysHowLongItIsAndWhatFits()
    {
        using var site = new FixtureSite();
        var quote = string.Concat(Enumerable.Repeat("Dit is een lange zin over de hulp die ik kreeg. ", 42))[..2000];
        site.Write("input/testimonials/lang.md", $"---\nname: Lang\nrole: cliënt\nconsent: true\nfeatured: true\n---\n{quote}\n");
        var result = site.Build();
        Assert.True(result.Succeeded);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("input/testimonials/lang.md", 7, 1, "TB0261", false), (d.Path, d.Line, d.Column, d.Code, d.IsError));
        Assert.Contains("2000 tekens", d.Message);
        Assert.Contains("500", d.Help);
        Assert.Contains(quote.Trim(), result.Html("index.html").QuerySelector("figure.quote blockquote")!.TextContent);
    }

    [Fact]
    public void AHeadingInAQuoteIsAWarningBecauseItBreaksTheHeadingsOfEveryPageThatShowsIt()
    {
        using var site = new FixtureSite();
        site.Write("input/testimonials/kop.md", "---\nname: Kop\nrole: cliënt\nconsent: true\n---\nFijn.\n\n## Mijn ervaring\n\nHeel fijn.\n");
        var d = Assert.Single(site.Build().Diagnostics);
        Assert.Equal(("input/testimonials/kop.md", 8, 1, "TB0262"), (d.Path, d.Line, d.Column, d.Code));
    }
}
