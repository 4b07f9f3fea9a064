using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Hardening;

/// <summary>
/// YAML the parser cannot read (a quote left open, a key indented one space too far, a colon forgotten) is named in
/// Dutch at the place the writer has to change, with what to write there; never the parser's English.
/// </summary>
public sealed class BrokenYamlTests
{
    private static readonly string[] ParserWords = ["YAML meldt", "scanning", "parsing", "scalar", "mapping", "expected"];

    private static Diagnostics.Diagnostic OnlyProblem(string frontMatter, string file = "input/stories/a.md")
    {
        using var site = new FixtureSite();
        site.Write(file, "---\n" + frontMatter + "\n---\nTekst.\n");
        var d = Assert.Single(site.Build().Diagnostics, d => d.Path == file);
        AssertPlainDutch(d);
        return d;
    }

    private static void AssertPlainDutch(Diagnostics.Diagnostic d)
    {
        foreach (var word in ParserWords)
        {
            Assert.DoesNotContain(word, d.Message, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(word, d.Help, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("title: \"Nieuwjaarsbijeenkomst in het buurthuis\ndate: 2026-01-01\nauthor: anouk-visser", 2)]
    [InlineData("date: 2026-01-01\nauthor: anouk-visser\ntitle: \"Nieuwjaarsbijeenkomst in het buurthuis", 4)]
    [InlineData("title: 'Nieuwjaarsbijeenkomst in het buurthuis\ndate: 2026-01-01\nauthor: anouk-visser", 2)]
    public void QuoteLeftOpenPointsAtItAndSaysToClose(string frontMatter, int line)
    {
        var d = OnlyProblem(frontMatter);
        Assert.Equal(("TB0100", line, 8), (d.Code, d.Line, d.Column));
        Assert.Contains("`title`", d.Message);
        Assert.Contains("niet gesloten", d.Message);
        Assert.Contains("title: ", d.Help);
    }

    [Fact]
    public void ColonInATitleShowsTheTitleItselfBetweenQuotes()
    {
        var d = OnlyProblem("title: Nieuw: ons buurthuis\ndate: 2026-01-01\nauthor: anouk-visser");
        Assert.Equal(("TB0100", 2, 13), (d.Code, d.Line, d.Column));
        Assert.Contains("dubbele punt", d.Message);
        Assert.Contains("`title: \"Nieuw: ons buurthuis\"`", d.Help);
    }

    [Fact]
    public void ColonInAValueWithQuotesInsideSuggestsSingleQuotes()
    {
        var d = OnlyProblem("title: A\ndate: 2026-01-01\nauthor: anouk-visser\nsummary: Ria zegt: \"kom gewoon\"");
        Assert.Equal(("TB0100", 5, 18), (d.Code, d.Line, d.Column));
        Assert.Contains("`summary: 'Ria zegt: \"kom gewoon\"'`", d.Help);
    }

    [Theory]
    [InlineData("title: A\ndate: 2026-01-01\nauthor:\n  name: Ria\n   role: cliënt\nconsent: true", 6, 4, "role")]
    [InlineData("title: A\ndate: 2026-01-01\nauthor: anouk-visser\n  summary: Over de buurt", 5, 3, "summary")]
    public void KeyIndentedTooFarPointsAtTheKeyAndSaysToLineItUp(string frontMatter, int line, int column, string key)
    {
        var d = OnlyProblem(frontMatter);
        Assert.Equal(("TB0100", line, column), (d.Code, d.Line, d.Column));
        Assert.Contains($"`{key}`", d.Message);
        Assert.Contains("spaties", d.Help);
        Assert.DoesNotContain("dubbele punt", d.Help);
    }

    /// <summary>
    /// A line of a block with one space too few (<c> max:</c> under <c>  min:</c>) belongs to no key; it was "Deze regel
    /// kan niet gelezen worden" with a general hint. It is named at its own line, with where it goes: under the block's
    /// first line, or at the start of the line for a key that never stands in a block.
    /// </summary>
    [Theory]
    [InlineData("salary:\n  min: 3100\n max: 4400\n  period: month", 10, 2, "max", "Zet `max` recht onder `min`, met 2 spaties ervoor: het hoort bij `salary`.")]
    [InlineData("salary:\n    min: 3100\n  max: 4400", 10, 3, "max", "Zet `max` recht onder `min`, met 4 spaties ervoor: het hoort bij `salary`.")]
    [InlineData("contact:\n  name: Anouk\n email: anouk@test.example", 10, 2, "email", "Zet `email` recht onder `name`, met 2 spaties ervoor: het hoort bij `contact`.")]
    [InlineData("contact:\n  name: Anouk\n  email: anouk@test.example\n apply_url: https://www.test.example/werken/", 11, 2, "apply_url",
        "Haal de spaties vóór `apply_url` weg, zodat het recht onder `contact` staat.")]
    public void ALineOfABlockWithASpaceTooFewIsNamedWithWhereItGoes(string block, int line, int column, string key, string help)
    {
        using var site = new FixtureSite();
        site.Write("input/vacancies/v.md", "---\ntitle: V\ndate: 2026-11-01\nclosing_date: 2026-12-31\nkind: paid\nlocation: Amsterdam\n" +
            "apply_email: a@test.example\n" + block + "\n---\nTekst.\n");
        var d = Assert.Single(site.Build().Diagnostics, d => d.Code == "TB0100");
        AssertPlainDutch(d);
        Assert.Equal(("input/vacancies/v.md", line, column), (d.Path, d.Line, d.Column));
        Assert.Equal($"`{key}` springt minder ver in dan de regel erboven.", d.Message);
        Assert.Equal(help, d.Help);
    }

    [Fact]
    public void ALineOfABlockThatLostItsSpacesIsNamedNotTheRightLineBelowIt()
    {
        using var site = new FixtureSite();
        site.Write("statiq.config", "name: Testorganisatie\nurl: https://www.test.example\ncontact:\n  street: Lindenhof 12\n" +
            "postal_code: 1094 XK\n  phone: 020 123 45 67\n  email: info@test.example\n");
        var d = Assert.Single(site.Build().Diagnostics, d => d.Path == "statiq.config");
        AssertPlainDutch(d);
        Assert.Equal(("TB0100", 5, 1), (d.Code, d.Line, d.Column));
        Assert.Equal("`postal_code` springt minder ver in dan de regels erboven en eronder.", d.Message);
        Assert.Equal("Zet 2 spaties vóór `postal_code`, recht onder `street`: het hoort bij `contact`.", d.Help);
    }

    [Theory]
    [InlineData("title:Nieuw in de wijk\ndate: 2026-01-01\nauthor: anouk-visser", 2, 1, "title: Nieuw in de wijk")]
    [InlineData("title: Nieuw\ndate:2026-01-01\nauthor: anouk-visser", 3, 1, "date: 2026-01-01")]
    [InlineData("title: Nieuw\ndate: 2026-01-01\nauthor:anouk-visser", 4, 1, "author: anouk-visser")]
    [InlineData("title: Nieuw\ndate: 2026-01-01\nauthor:\n  name: Joke\n  role:mantelzorger\nconsent: true", 6, 3, "role: mantelzorger")]
    public void AColonWithoutASpaceAfterItIsNamedAtItsLine(string frontMatter, int line, int column, string written)
    {
        var d = OnlyProblem(frontMatter);
        Assert.Equal(("TB0100", line, column), (d.Code, d.Line, d.Column));
        Assert.Contains("ontbreekt de spatie", d.Message);
        Assert.StartsWith($"Schrijf `{written}`", d.Help);
    }

    /// <summary>A non-breaking space looks like a space: the message names it, or the writer sees nothing to change.</summary>
    [Fact]
    public void ANonBreakingSpaceAfterTheColonIsNamedAsSuch()
    {
        var d = OnlyProblem("title:\u00A0Nieuw in de wijk\ndate: 2026-01-01\nauthor: anouk-visser");
        Assert.Equal(("TB0100", 2, 1), (d.Code, d.Line, d.Column));
        Assert.Contains("harde spatie", d.Message);
        Assert.Equal("Haal het teken na de dubbele punt weg en typ een gewone spatie: `title: Nieuw in de wijk`.", d.Help);
    }

    [Fact]
    public void ANonBreakingSpaceAfterTheColonOfAValueWithAColonIsNamedWithTheLineToWrite()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", "---\ntitle:\u00A0Nieuw: de wijk\ndate: 2026-01-01\nauthor: anouk-visser\n---\nTekst.\n");
        var d = Assert.Single(site.Build().Diagnostics, d => d.Code == "TB0201");
        Assert.Equal((2, 1), (d.Line, d.Column));
        Assert.Equal("Na `title:` staat een harde spatie (die maakt Word, of een Mac met Option+spatie), geen gewone spatie; zo wordt `title` niet gelezen.", d.Message);
        Assert.Equal("Haal het teken na de dubbele punt weg en typ een gewone spatie: `title: \"Nieuw: de wijk\"`.", d.Help);
    }

    [Fact]
    public void AKeyThatLostItsSpacesAtTheEndOfABlockIsSaidToBelongInIt()
    {
        using var site = new FixtureSite();
        site.Write("input/vacancies/kok.md", "---\ntitle: Kok\ndate: 2026-11-10\nclosing_date: 2027-01-01\nkind: volunteer\nlocation: Utrecht\n" +
            "contact:\n  name: Anouk Visser\n  phone: 020 123 45 67\nemail: anouk@test.example\napply_email: werk@test.example\n---\nKom koken.\n");
        var d = Assert.Single(site.Build().Diagnostics, d => d.Code == "TB0201");
        Assert.Equal((10, 1), (d.Line, d.Column));
        Assert.Equal("`email` staat onder `contact`, maar zonder spaties ervoor; zo hoort het niet bij `contact` en wordt het niet gebruikt.", d.Message);
        Assert.Equal("Zet 2 spaties vóór `email`, recht onder `phone`.", d.Help);
    }

    [Fact]
    public void QuotesInsideAQuotedValueSuggestSingleQuotesAround()
    {
        var d = OnlyProblem("title: \"Ria zegt \"hallo\" tegen de buren\"\ndate: 2026-01-01\nauthor: anouk-visser");
        Assert.Equal(("TB0100", 2, 8), (d.Code, d.Line, d.Column));
        Assert.Contains("`title: 'Ria zegt \"hallo\" tegen de buren'`", d.Help);
    }

    [Fact]
    public void ForgottenColonShowsTheLineWithIt()
    {
        var d = OnlyProblem("title: A\ndate: 2026-01-01\nauthor anouk-visser");
        Assert.Equal(("TB0100", 4, 1), (d.Code, d.Line, d.Column));
        Assert.Contains("`author: anouk-visser`", d.Help);
    }

    [Theory]
    [InlineData("title: A\ndate: 2026-01-01\nauthor: anouk-visser\ntags: [mantelzorg, buurt", 5, 7, "]")]
    [InlineData("title: A\ndate: 2026-01-01\nauthor: { name: Ria, role: cliënt\nconsent: true", 4, 9, "}")]
    public void BracketLeftOpenPointsAtIt(string frontMatter, int line, int column, string closer)
    {
        var d = OnlyProblem(frontMatter);
        Assert.Equal(("TB0100", line, column), (d.Code, d.Line, d.Column));
        Assert.Contains($"`{closer}`", d.Help);
    }

    [Fact]
    public void EveryBrokenFileIsReportedInOneBuild()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", "---\ntitle: \"Open\ndate: 2026-01-01\nauthor: anouk-visser\n---\nT.\n");
        site.Write("input/stories/b.md", "---\ntitle: Nieuw: ons buurthuis\ndate: 2026-01-01\nauthor: anouk-visser\n---\nT.\n");
        site.Write("input/stories/c.md", "---\ntitle: C\ndate: 2026-01-01\nauthor anouk-visser\n---\nT.\n");
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.Equal(["input/stories/a.md", "input/stories/b.md", "input/stories/c.md"],
            result.Diagnostics.Where(d => d.Code == "TB0100").Select(d => d.Path).Order());
    }

    [Fact]
    public void SettingsFileIsNotCalledTheDataAtTheTop()
    {
        using var site = new FixtureSite();
        site.Write("statiq.config", "name: Test\nurl: https://www.test.example\ncontact:\n  email: info@test.example\n   phone: 020 123 45 67\n");
        var d = Assert.Single(site.Build().Diagnostics, d => d.Path == "statiq.config");
        AssertPlainDutch(d);
        Assert.Equal(("TB0100", 5, 4), (d.Code, d.Line, d.Column));
        Assert.Contains("`phone`", d.Message);
        Assert.DoesNotContain("bovenaan", d.Message + d.Help);
    }

    [Fact]
    public void TabInTheSettingsFileIsNotCalledTheDataAtTheTop()
    {
        using var site = new FixtureSite();
        site.Write("statiq.config", "name: Test\nurl: https://www.test.example\ncontact:\n\temail: info@test.example\n");
        var d = Assert.Single(site.Build().Diagnostics, d => d.Path == "statiq.config");
        Assert.Equal(("TB0115", 4, 1), (d.Code, d.Line, d.Column));
        Assert.DoesNotContain("bovenaan", d.Message + d.Help);
    }

    [Fact]
    public void ListItemWithoutASpaceAfterTheDashSaysToAddIt()
    {
        var d = OnlyProblem("title: A\ndate: 2026-01-01\nauthor: anouk-visser\ntags:\n  - mantelzorg\n  -vrijwilligers");
        Assert.Equal(("TB0100", 7, 3), (d.Code, d.Line, d.Column));
        Assert.Contains("`- vrijwilligers`", d.Help);
        Assert.DoesNotContain("dubbele punt", d.Message + d.Help);
    }

    [Theory]
    [InlineData("—\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\n—\nTekst.\n", 1)]
    [InlineData("---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\n–\nTekst.\n", 5)]
    [InlineData("---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\n--\nTekst.\n", 5)]
    public void DashLineThatWordChangedIsNamedAtItsLine(string text, int line)
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", text);
        var d = Assert.Single(site.Build().Diagnostics, d => d.Path == "input/stories/a.md");
        Assert.Equal(("TB0113", line, 1), (d.Code, d.Line, d.Column));
        Assert.Contains("drie", d.Message + d.Help);
        Assert.Contains("`---`", d.Help);
    }

    [Fact]
    public void EmptyLineAboveTheFirstDashesSaysToRemoveIt()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", "\n\n---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\n---\nTekst.\n");
        var d = Assert.Single(site.Build().Diagnostics, d => d.Path == "input/stories/a.md");
        Assert.Equal(("TB0113", 1, 1), (d.Code, d.Line, d.Column));
        Assert.Contains("lege regel", d.Message);
        Assert.Contains("weg", d.Help);
    }

    [Fact]
    public void EmptyFileSaysItIsEmpty()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", "");
        var d = Assert.Single(site.Build().Diagnostics, d => d.Path == "input/stories/a.md");
        Assert.Equal(("TB0113", 1, 1), (d.Code, d.Line, d.Column));
        Assert.Contains("leeg", d.Message);
    }

    [Theory]
    [InlineData("*Nieuw* buurthuis")]
    [InlineData("[Update] Nieuw buurthuis")]
    [InlineData("{Nieuw} buurthuis")]
    [InlineData("@buurtkracht viert feest")]
    [InlineData("`Nieuw` buurthuis")]
    [InlineData("% korting op de cursus")]
    [InlineData("& zo verder")]
    public void ValueStartingWithASignOfItsOwnSaysToQuoteIt(string title)
    {
        var d = OnlyProblem($"title: {title}\ndate: 2026-01-01\nauthor: anouk-visser");
        Assert.Equal(("TB0100", 2, 8), (d.Code, d.Line, d.Column));
        Assert.Contains($"`{title[0]}`", d.Message);
        Assert.Contains($"`title: \"{title}\"`", d.Help);
    }

    [Theory]
    [InlineData("!Belangrijk: lees dit")]
    [InlineData("!Nieuw buurthuis open")]
    public void ValueStartingWithAnExclamationMarkIsAnErrorNotAShorterTitle(string title)
    {
        var d = OnlyProblem($"title: {title}\ndate: 2026-01-01\nauthor: anouk-visser");
        Assert.Equal(("TB0100", 2, 8), (d.Code, d.Line, d.Column));
        Assert.Contains("`!`", d.Message);
        Assert.Contains($"`title: \"{title}\"`", d.Help);
    }

    [Fact]
    public void QuotedWordAtTheStartOfAValueSuggestsQuotingTheWhole()
    {
        var d = OnlyProblem("title: \"Nieuw\" buurthuis\ndate: 2026-01-01\nauthor: anouk-visser");
        Assert.Equal(("TB0100", 2, 8), (d.Code, d.Line, d.Column));
        Assert.Contains("`title: '\"Nieuw\" buurthuis'`", d.Help);
    }
}
