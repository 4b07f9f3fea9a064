using Thuisbasis.Tests.Support;
using Thuisbasis.Diagnostics;

namespace Thuisbasis.Tests.Hardening;

/// <summary>The mistakes writers really make (Word, Instagram, Windows, phones) each get one message with a place and a fix.</summary>
public sealed class WritersMistakesTests
{
    /// <summary>The closing date suggested for a vacancy that has none is six weeks after the build day, as `new vacancy`
    /// writes it: a fixed example date would soon be past, and copying it would close the vacancy at once.</summary>
    [Fact]
    public void AVacancyWithoutAClosingDateIsSuggestedOneThatIsNotPast()
    {
        using var site = new FixtureSite();
        site.Write("input/vacancies/v.md", "---\ntitle: V\ndate: 2026-11-01\nkind: volunteer\nlocation: A\n" +
            "contact: { name: A, email: a@test.example }\napply_email: a@test.example\n---\nTekst.\n");

        var missing = site.Build().Diagnostics.Single(d => d.Code == "TB0101" && d.Path == "input/vacancies/v.md");

        Assert.Equal("Voeg een regel `closing_date: 2027-01-04` toe.", missing.Help);
        Assert.Equal(FixtureSite.Today.AddDays(Thuisbasis.Content.NewFiles.VacancyOpenDays), new DateOnly(2027, 1, 4));
    }

    private static Diagnostics.Diagnostic OnlyProblem(string frontMatter, string file = "input/stories/a.md")
    {
        using var site = new FixtureSite();
        site.Write(file, "---\n" + frontMatter + "\n---\nTekst.\n");
        var result = site.Build();
        return Assert.Single(result.Diagnostics, d => d.Path == file);
    }

    [Fact]
    public void TabIndentationPointsAtEveryTab()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-01\nauthor:\n\tname: Ria\n  \trole: cliënt\nconsent: true\n---\nT.\n");
        var problems = site.Build().Diagnostics.Where(d => d.Path == "input/stories/a.md").ToList();
        Assert.Equal([("TB0115", 5, 1), ("TB0115", 6, 3)], problems.Select(d => (d.Code, d.Line, d.Column)));
        Assert.All(problems, d => Assert.Contains("spaties", d.Help));
    }

    [Fact]
    public void UnquotedColonInAValueSaysToUseQuotes()
    {
        var d = OnlyProblem("title: Werken bij ons: vacatures\ndate: 2026-01-01\nauthor: anouk-visser");
        Assert.Equal(("TB0100", 2), (d.Code, d.Line));
        Assert.Contains("`title: \"Werken bij ons: vacatures\"`", d.Help);
    }

    [Fact]
    public void AValueThatStartsWithTsApostropheIsToldToBeDoubleQuotedSoTheApostropheStays()
    {
        // Closing the ' as well, as for a forgotten quote, would silently turn `'t Buurthuis` into `t Buurthuis`.
        var d = OnlyProblem("title: 't Buurthuis gaat open\ndate: 2026-01-01\nauthor: anouk-visser");
        Assert.Equal(("TB0100", 2, 8), (d.Code, d.Line, d.Column));
        Assert.Equal("Het aanhalingsteken (') aan het begin van `title` wordt niet gesloten.", d.Message);
        Assert.Equal("Een ' vooraan begint in deze regels een tekst tussen aanhalingstekens. Zet de hele waarde tussen dubbele "
            + "aanhalingstekens: `title: \"'t Buurthuis gaat open\"`.", d.Help);
    }

    [Fact]
    public void AnOrganisationNameThatStartsWithTsApostropheInTheSettingsIsReportedAtItsOwnLine()
    {
        // YAML reads on to the next ' it finds, lines further down, and stumbles there: the writer's line is the first.
        using var site = new FixtureSite();
        site.Write("statiq.config", "name: 't Buurthuis\nurl: https://www.test.example\ndescription: 't Buurthuis helpt bewoners.\ncontact:\n  email: info@test.example\n");
        var d = Assert.Single(site.Build().Diagnostics, x => x.Path == "statiq.config");
        Assert.Equal(("TB0100", 1, 7), (d.Code, d.Line, d.Column));
        Assert.Equal("Het aanhalingsteken (') aan het begin van `name` wordt niet gesloten.", d.Message);
        Assert.Contains("`name: \"'t Buurthuis\"`", d.Help);
    }

    [Fact]
    public void MissingClosingLineIsOneError()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\n\nTekst zonder afsluiting.\n");
        var d = Assert.Single(site.Build().Diagnostics);
        Assert.Equal("TB0113", d.Code);
        Assert.Contains("`---`", d.Help);
    }

    [Theory]
    [InlineData("title: “Werken bij ons: vacatures”")]
    [InlineData("title: „Hallo”")]
    [InlineData("title: ‘Hallo’")]
    public void CurlyQuotesFromWordAreNamed(string line)
    {
        var d = OnlyProblem(line + "\ndate: 2026-01-01\nauthor: anouk-visser");
        Assert.Equal(("TB0117", 2, 8), (d.Code, d.Line, d.Column));
        Assert.Contains("rechte aanhalingstekens", d.Help);
    }

    [Fact]
    public void CurlyQuotesInsideTextAreFine()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", "---\ntitle: „Samen sterk”, zegt Ria\ndate: 2026-01-01\nauthor: anouk-visser\n---\nTekst.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal("„Samen sterk”, zegt Ria", result.Html("verhalen/a/index.html").QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [InlineData("1 oktober 2026", "`date: 2026-10-01`")]
    [InlineData("zaterdag 3 okt. 2026", "`date: 2026-10-03`")]
    [InlineData("1/10/2026", "`date: 2026-10-01`")]
    public void DateWrittenAsTextSuggestsTheDateInDigits(string value, string suggestion)
    {
        var d = OnlyProblem($"title: A\ndate: {value}\nauthor: anouk-visser");
        Assert.Equal(("TB0102", 3), (d.Code, d.Line));
        Assert.Contains(suggestion, d.Help);
    }

    [Fact]
    public void ListWrittenAsASentenceShowsTheListForm()
    {
        var d = OnlyProblem("title: A\ndate: 2026-01-01\nauthor: anouk-visser\ntags: mantelzorg en vrijwilligers");
        Assert.Equal(("TB0119", 5, 7), (d.Code, d.Line, d.Column));
        Assert.Contains("`tags: [mantelzorg, vrijwilligers]`", d.Help);
    }

    /// <summary>"eenzaamheid ouderen en vrijwilligers": the help's list gave the topic "eenzaamheid ouderen", a warning of its own.</summary>
    [Fact]
    public void ListWrittenAsASentenceOfLooseWordsShowsEachWordAsATopic()
    {
        var d = OnlyProblem("title: A\ndate: 2026-01-01\nauthor: anouk-visser\ntags: eenzaamheid ouderen en vrijwilligers");
        Assert.Equal("TB0119", d.Code);
        Assert.Contains("`tags: [eenzaamheid, ouderen, vrijwilligers]`", d.Help);
    }

    /// <summary>"ouderen en vrijwilligers" in a list is two topics: "ouderenenvrijwilligers" is no word.</summary>
    [Theory]
    [InlineData("[jongeren, ouderen en vrijwilligers]", "`ouderen, vrijwilligers`")]
    [InlineData("[taal vrijwilligers eenzaamheid]", "`taal, vrijwilligers, eenzaamheid`")]
    public void TopicsRunTogetherInOneAreSuggestedApart(string tags, string suggestion)
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", $"---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\ntags: {tags}\n---\nTekst.\n");
        var d = Assert.Single(site.Build().Diagnostics, x => x.Code == "TB0121");
        Assert.StartsWith("Bedoelt u losse onderwerpen? Zet er komma's tussen: " + suggestion, d.Help);
        Assert.DoesNotContain("envrijwilligers", d.Help);
    }

    /// <summary>A _ in front hides a file in Jekyll and Hugo, not here: the writer hears it is on the site.</summary>
    [Fact]
    public void AFileNameStartingWithAnUnderscoreIsToldItIsPublished()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/_concept.md", "---\ntitle: Nog niet af\ndate: 2026-01-01\nauthor: anouk-visser\n---\nTekst.\n");
        var result = site.Build();
        var d = Assert.Single(result.Diagnostics, x => x.Code == "TB0173");
        Assert.Equal(("input/stories/_concept.md", Diagnostics.Severity.Warning), (d.Path, d.Severity));
        Assert.Contains("`draft: true`", d.Help);

        site.Write("input/stories/_concept.md", "---\ntitle: Nog niet af\ndate: 2026-01-01\nauthor: anouk-visser\ndraft: true\n---\nTekst.\n");
        Assert.DoesNotContain(site.Build().Diagnostics, x => x.Code == "TB0173");
    }

    [Fact]
    public void TagWithASpaceIsAWarningThatSuggestsOneWord()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\ntags: [mantelzorg, buurt hulp]\n---\nTekst.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var d = Assert.Single(result.Diagnostics, x => x.Code == "TB0121");
        Assert.Equal(5, d.Line);
        Assert.Contains("`buurthulp`", d.Help);
    }

    [Fact]
    public void AFileWithoutAuthorAlsoHearsOfTheProblemsInItsTextInTheSameBuild()
    {
        // "All problems at once": a story without `author` made no page, so its missing photo, its pasted HTML and its
        // dead link were only reported in the build after the author was added.
        using var site = new FixtureSite();
        site.Write("input/stories/2026-01-02-markt.md",
            "---\ntitle: Markt\ndate: 2026-01-02\n---\n![De markt](/assets/img/bestaat-niet.jpg)\n\n<span style=\"color:red\">Rood</span>\n\nZie [de oude pagina](/bestaat-niet/).\n");
        site.Write("input/vacancies/zonder-titel.md",
            "---\ndate: 2026-01-02\nclosing_date: 2026-12-31\nkind: paid\nlocation: Amsterdam\ncontact: { name: Anouk }\napply_email: werken@test.example\n---\nZie [het formulier](/formulier/).\n");
        var result = site.Build();
        Assert.False(result.Succeeded);
        var codes = result.Diagnostics.Where(d => d.Path == "input/stories/2026-01-02-markt.md").Select(d => (d.Code, d.Line)).ToList();
        Assert.Contains(codes, c => c.Code == "TB0101"); // author is missing
        Assert.Contains(("TB0107", 5), codes);
        Assert.Contains(("TB0240", 7), codes);
        Assert.Contains(("TB0129", 9), codes);
        Assert.Contains(result.Diagnostics, d => d.Path == "input/vacancies/zonder-titel.md" && d.Code == "TB0129" && d.Line == 9);
        // Nothing of either file is a page.
        Assert.False(result.Has("verhalen/markt/index.html"));
    }

    [Theory]
    [InlineData("buurt hulp", "buurthulp")]
    [InlineData("Zorg en Welzijn", "ZorgEnWelzijn")] // not "ZorgenWelzijn", which reads as "zorgen"
    [InlineData("Zorg & Welzijn", "ZorgEnWelzijn")] // not "Zorg&Welzijn", which no network takes as one hashtag
    [InlineData("#Open Dag", "OpenDag")]
    public void ATopicWithSpacesIsSuggestedAsOneHashtagThatReadsRight(string written, string suggested) =>
        Assert.Equal(suggested, Thuisbasis.Content.Readers.CommonFields.OneWord(written));

    [Fact]
    public void TagWithoutLettersOrDigitsIsAWarningInsteadOfVanishing()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\ntags: [mantelzorg, \"#💙\"]\n---\nTekst.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var d = Assert.Single(result.Diagnostics, x => x.Code == "TB0127");
        Assert.False(d.IsError);
        Assert.Equal(("input/stories/a.md", 5), (d.Path, d.Line));
        Assert.Contains("`#💙`", d.Message);
        var tags = result.Html("verhalen/a/index.html").QuerySelectorAll("a[href^='/onderwerp/']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/onderwerp/mantelzorg/"], tags);
    }

    [Theory]
    [InlineData("tags: [#mantelzorg, taal]", 5, 8)]
    [InlineData("tags:\n  - taal\n  - #mantelzorg", 7, 5)]
    [InlineData("tags: #mantelzorg", 5, 7)]
    public void HashtagLeftUnquotedSaysToQuoteIt(string tags, int line, int column)
    {
        var d = OnlyProblem("title: A\ndate: 2026-01-01\nauthor: anouk-visser\n" + tags);
        Assert.Equal(("TB0116", line, column), (d.Code, d.Line, d.Column));
        Assert.Contains("`\"#mantelzorg\"`", d.Help);
    }

    [Fact]
    public void QuotedHashtagsAndRealCommentsAreFine()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md",
            "---\n# een opmerking\ntitle: A # nog een opmerking\ndate: 2026-01-01\nauthor: anouk-visser\ntags: [\"#mantelzorg\", '#taal']\nsummary: |\n  Dit is #1 in de wijk.\n---\nTekst.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.True(result.Has("onderwerp/mantelzorg/index.html"));
        Assert.Contains("Dit is #1 in de wijk.", result.Text("verhalen/index.html"));
    }

    [Fact]
    public void AuthorTypoSuggestsTheNearestIdAtItsPlace()
    {
        var d = OnlyProblem("title: A\ndate: 2026-01-01\nauthor: anouk-vissser");
        Assert.Equal(("TB0106", 4, 9), (d.Code, d.Line, d.Column));
        Assert.Equal("Bedoelde u `anouk-visser`?", d.Help);
    }

    [Fact]
    public void MissingImageSuggestsTheNearestFile()
    {
        using var site = new FixtureSite();
        site.WriteBytes("input/assets/img/buurtfeest.jpg", [0xFF, 0xD8, 0xFF]);
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\nimage: /assets/img/buurtfeest.jpeg\nimage_alt: Feest\n---\nT.\n");
        var d = Assert.Single(site.Build().Diagnostics, x => x.Code == "TB0107");
        Assert.Equal(5, d.Line);
        Assert.Equal("Bedoelde u `/assets/img/buurtfeest.jpg`?", d.Help);
    }

    [Fact]
    public void APhotosOwnNameAsItsAddressSaysWhichFolderAndWhatToWrite()
    {
        // Writers type the name the phone gave the photo; the help names the site's image folder and the whole line.
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\nimage: IMG_2041.JPG\nimage_alt: Feest\n---\n" +
            "![Koffie op het plein](IMG 2042.jpg)\n\n![Markt](/assets/img/markt.jpg)\n\n![Plein](WhatsApp Image 2025-03-12 at 10.15.32.jpeg \"Het plein\")\n");
        site.WriteBytes("input/assets/img/WhatsApp Image 2025-03-12 at 10.15.32.jpeg", [0xFF, 0xD8, 0xFF]);
        var problems = site.Build().Diagnostics.Where(x => x.Code == "TB0107").OrderBy(x => x.Line).ToList();
        Assert.Equal(4, problems.Count);
        Assert.Equal("De tekst toont het plaatje `/IMG 2042.jpg`, maar dat bestand bestaat niet.", problems[1].Message);
        Assert.Equal((5, "Zet het bestand in de map `input/assets/img/` en schrijf `image: /assets/img/IMG_2041.JPG`."), (problems[0].Line, problems[0].Help));
        Assert.Equal((8, "Zet het bestand in de map `input/assets/img/` en schrijf `</assets/img/IMG 2042.jpg>`."), (problems[1].Line, problems[1].Help));
        Assert.Equal((10, "Zet het bestand in `input/assets/img/markt.jpg`, of verbeter het pad."), (problems[2].Line, problems[2].Help));
        // A WhatsApp photo in the site's folder, named without <…>: Markdown shows the line as text, and the error names the whole file.
        Assert.Equal((12, "Bedoelde u `/assets/img/WhatsApp Image 2025-03-12 at 10.15.32.jpeg`?"), (problems[3].Line, problems[3].Help));
    }

    [Fact]
    public void FilesDifferingOnlyInCaseAreOneIdAndBothAreNamed()
    {
        using var site = new FixtureSite();
        site.Write("input/team/Ria.md", "---\nname: Ria\nrole: Buurtwerker\n---\nBio.\n");
        site.Write("input/team/ria.md", "---\nname: Ria de Vries\nrole: Buurtwerker\n---\nBio.\n");
        site.Write("input/team/rïa.md", "---\nname: Rïa\nrole: Buurtwerker\n---\nBio.\n");
        var result = site.Build();
        var d = Assert.Single(result.Diagnostics, x => x.Code == "TB0110");
        Assert.Contains("`input/team/Ria.md`", d.Message);
        Assert.Contains("`input/team/ria.md`", d.Message);
        Assert.Contains("`input/team/rïa.md`", d.Message);
    }

    [Fact]
    public void AssetsDifferingOnlyInCaseAreAnErrorNamingBoth()
    {
        using var site = new FixtureSite();
        // Two real files (files the site cannot read are not published, so they cannot clash).
        site.WriteBytes("input/assets/Foto.pdf", "%PDF-1.4\n1"u8.ToArray());
        site.WriteBytes("input/assets/foto.pdf", "%PDF-1.4\n2"u8.ToArray());
        var d = Assert.Single(site.Build().Diagnostics, x => x.Code == "TB0110");
        Assert.Contains("input/assets/Foto.pdf", d.Message);
        Assert.Contains("input/assets/foto.pdf", d.Message);
    }

    [Fact]
    public void FileNameWithoutLettersIsAnErrorNotAnEmptyAddress()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/日本.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\n---\nT.\n");
        var d = Assert.Single(site.Build().Diagnostics);
        Assert.Equal(("TB0120", "input/stories/日本.md"), (d.Code, d.Path));
    }

    [Theory]
    [InlineData("closing_date: 2026-12-31", "een vacature", "input/vacancies/")]
    [InlineData("featured: true", "een aanbeveling", "input/testimonials/")]
    public void KeyOfAnotherContentTypeSaysWhereItBelongs(string line, string type, string folder)
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", $"---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\n{line}\n---\nTekst.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var d = Assert.Single(result.Diagnostics, x => x.Path == "input/stories/a.md");
        Assert.Equal(("TB0201", 5, 1), (d.Code, d.Line, d.Column));
        Assert.Contains(type, d.Message);
        Assert.Contains("een verhaal", d.Message);
        Assert.Contains(folder, d.Help);
        Assert.DoesNotContain("Bedoelde u", d.Help);
    }

    [Fact]
    public void UnknownSettingWithNothingNearDoesNotPretendToListEveryKnownKey()
    {
        using var site = new FixtureSite();
        site.Write("statiq.config", "name: Test\nurl: https://www.test.example\nkleur: blauw\ncontact:\n  email: info@test.example\n");
        var d = Assert.Single(site.Build().Diagnostics, x => x.Path == "statiq.config");
        Assert.Equal(("TB0201", 3, 1), (d.Code, d.Line, d.Column));
        Assert.Contains("onder andere", d.Help);
    }

    [Theory]
    [InlineData("input/stories/verhaal.md.txt", "`verhaal.md`")]
    [InlineData("input/stories/Nieuw verhaal.txt", "`Nieuw verhaal.md`")]
    public void StorySavedAsTextFileSaysToRenameIt(string file, string name)
    {
        using var site = new FixtureSite();
        site.Write(file, "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\n---\nTekst.\n");
        var d = Assert.Single(site.Build().Diagnostics, x => x.Path == file);
        Assert.Equal(("TB0204", 1, 1), (d.Code, d.Line, d.Column));
        Assert.Contains(name, d.Help);
        Assert.DoesNotContain("assets", d.Help);
    }

    [Fact]
    public void AnEmailAddressWrittenWithMailtoIsTheAddressWithAWarning()
    {
        using var site = new FixtureSite();
        site.Write("input/vacancies/kok.md", "---\ntitle: Kok\ndate: 2026-11-10\nclosing_date: 2027-01-01\nkind: volunteer\nlocation: Utrecht\n" +
            "contact: { name: Anouk Visser, email: \"MAILTO:anouk@test.example\" }\napply_email: mailto:werk@test.example\n---\nKom koken.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var warnings = result.Diagnostics.Where(d => d.Code == "TB0170").OrderBy(d => d.Line).ToList();
        Assert.Equal([(7, "`contact.email`"), (8, "`apply_email`")], warnings.Select(d => (d.Line, d.Message.Split(' ')[0])));
        Assert.All(warnings, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Equal("Schrijf alleen het e-mailadres: `apply_email: werk@test.example`.", warnings[1].Help);
        site.Write("input/vacancies/kok.md", File.ReadAllText(Path.Combine(site.Root, "input/vacancies/kok.md")).Replace("mailto:werk@test.example", "mailto:werk@test.example?subject=Sollicitatie"));
        var subject = site.Build();
        Assert.Equal("Schrijf alleen het e-mailadres: `apply_email: werk@test.example`.", subject.Diagnostics.Single(d => d.Code == "TB0170" && d.Line == 8).Help);
        Assert.DoesNotContain(subject.Diagnostics, d => d.Code == "TB0111");
        var links = result.Html("vacatures/kok/index.html").QuerySelectorAll("main a[href^='mailto:']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.DoesNotContain("mailto:", href[7..], StringComparison.OrdinalIgnoreCase));
        Assert.Contains(links, href => href.StartsWith("mailto:werk@test.example", StringComparison.Ordinal));
    }

    [Fact]
    public void AYearSlipThatKeepsAStoryOffTheSiteForDecadesIsAWarningWithTheDateInTheFileName()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/2025-05-20-even-op-adem.md", "---\ntitle: Even op adem\ndate: 20-05-2062\nauthor: anouk-visser\n---\nTekst.\n");
        site.Write("input/stories/2026-12-20-kerst.md", "---\ntitle: Kerst\ndate: 2026-12-20\nauthor: anouk-visser\n---\nTekst.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var d = Assert.Single(result.Diagnostics, x => x.Code == "TB0171"); // next month's story is no slip
        Assert.Equal(("input/stories/2025-05-20-even-op-adem.md", 3, 7, Severity.Warning), (d.Path, d.Line, d.Column, d.Severity));
        Assert.Equal("`date` is 20 mei 2062: meer dan een jaar na vandaag, dus het verhaal komt pas dan online.", d.Message);
        Assert.StartsWith("Klopt het jaar niet? Schrijf dan `date: 2025-05-20`.", d.Help);
    }

    [Fact]
    public void ALinkWithASpaceInItsAddressThatShowsAsTextIsAWarningButATitleOrCodeIsNot()
    {
        using var site = new FixtureSite();
        site.Write("input/assets/folder mantelzorg.pdf", "%PDF-1.4\n");
        const string line = "Lees [de folder](/assets/folder mantelzorg.pdf), [met titel](/contact/ \"Contact\") en `[code](a b)`.";
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\n---\n" + line + "\n\n```\n[blok](a b)\n```\n");
        var result = site.Build();
        var d = Assert.Single(result.Diagnostics, x => x.Code == "TB0139");
        Assert.Equal((6, line.IndexOf('[') + 1, Severity.Warning), (d.Line, d.Column, d.Severity));
        Assert.Equal("`[de folder](/assets/folder mantelzorg.pdf)` staat als gewone tekst op de pagina, niet als link: in Markdown houdt een adres op bij een spatie.", d.Message);
        Assert.Equal("Zet het adres tussen < en >: `</assets/folder mantelzorg.pdf>`. Of geef het bestand een naam zonder spaties.", d.Help);

        site.Write("input/stories/b.md", "---\ntitle: B\ndate: 2026-01-01\nauthor: anouk-visser\n---\nLees [de folder](/assets/folder mantelzorg.pdf \"Folder\").\n");
        Assert.Equal("Zet het adres tussen < en >: `</assets/folder mantelzorg.pdf> \"Folder\"`. Of geef het bestand een naam zonder spaties.",
            site.Build().Diagnostics.Single(x => x.Code == "TB0139" && x.Path == "input/stories/b.md").Help);
        File.Delete(Path.Combine(site.Root, "input/stories/b.md"));
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\n---\nLees [de folder](</assets/folder mantelzorg.pdf>).\n");
        result = site.Build();
        Assert.DoesNotContain(result.Diagnostics, x => x.Code is "TB0139" or "TB0129");
        Assert.Equal("/assets/folder%20mantelzorg.pdf", result.Html("verhalen/a/index.html").QuerySelector("main p:not(.meta) a")!.GetAttribute("href"));
    }

    [Fact]
    public void ATestimonialWithoutWordsIsAnErrorNotAnEmptyQuote()
    {
        using var site = new FixtureSite();
        site.Write("input/testimonials/gerda.md", "---\nname: Gerda\nrole: mantelzorger\nconsent: true\nfeatured: true\n---\n\n");
        var result = site.Build();
        Assert.False(result.Succeeded);
        var d = Assert.Single(result.Diagnostics, x => x.Path == "input/testimonials/gerda.md");
        Assert.Equal(("TB0101", 6, Severity.Error), (d.Code, d.Line, d.Severity));
        Assert.Contains("geen tekst", d.Message);
    }

    [Fact]
    public void AnImageOnTheWritersWindowsComputerGetsHelpWithOnlyItsName()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\nimage: C:\\Users\\anouk\\Pictures\\foto.jpg\nimage_alt: De markt\n---\nTekst.\n");
        var d = Assert.Single(site.Build().Diagnostics, x => x.Code is "TB0107" or "TB0137");
        Assert.Contains("`image: /assets/img/foto.jpg`", d.Help);
        Assert.DoesNotContain("Users", d.Help);
    }

    [Fact]
    public void AFixedPageNamedByItsAddressIsThatPageWithAWarningToRenameIt()
    {
        using var site = new FixtureSite();
        File.Delete(Path.Combine(site.Root, "input/pages/about.md"));
        site.Write("input/pages/over-ons.md", "---\ntitle: Over ons\n---\nWie wij zijn.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("TB0206", "input/pages/over-ons.md", 1), (d.Code, d.Path, d.Line));
        Assert.Equal("`input/pages/over-ons.md` is de vaste pagina Over ons (/over-ons/); die hoort in `input/pages/about.md`.", d.Message);
        Assert.StartsWith("Noem het bestand `about.md`", d.Help);
        var page = result.Html("over-ons/index.html");
        Assert.Contains("Wie wij zijn.", page.QuerySelector("main")!.TextContent);
        Assert.Contains("Anouk Visser", page.QuerySelector("main")!.TextContent); // the team: the page Over ons's own layout
        Assert.Single(result.Html("index.html").QuerySelectorAll("nav.site-nav a[href='/over-ons/']")); // in the menu once, not as a page of its own too
    }

    [Fact]
    public void APhotoBesideItsTextAsAnExportPutsItSaysWhereToMoveItAndWhatToWrite()
    {
        using var site = new FixtureSite();
        const string photo = "input/stories/rias-dag/images/bankje.png";
        site.WriteBytes(photo, Feeds.FeedTestSupport.Png(800, 600));
        site.Write("input/stories/rias-dag/index.md", "---\ntitle: Ria\ndate: 2026-01-01\nauthor: anouk-visser\n---\n![Twee buren op een bankje](images/bankje.png)\n");
        var result = site.Build();
        var d = Assert.Single(result.Diagnostics, x => x.Path == photo);
        Assert.Equal("TB0204", d.Code);
        Assert.Equal("De site toont alleen foto's uit `input/assets/`: verplaats hem naar `input/assets/img/bankje.png` en schrijf in de tekst `/assets/img/bankje.png`.", d.Help);
        var missing = Assert.Single(result.Diagnostics, x => x.Code == "TB0107");
        Assert.Contains("`/assets/img/bankje.png`", missing.Help);
    }

    [Theory]
    [InlineData("input/testimonials/a.md", "name: Truus\nrole: cliënt\nconsent:\nfeatured: true", 4)]
    [InlineData("input/stories/a.md", "title: A\ndate: 2026-01-01\nauthor: { name: Joke, role: cliënt }\nconsent: \ntags: [buurt]", 5)]
    public void EmptyConsentIsAnErrorAtTheConsentLine(string file, string frontMatter, int line)
    {
        using var site = new FixtureSite();
        site.Write(file, "---\n" + frontMatter + "\n---\nGeheime woorden van een cliënt.\n");
        var result = site.Build();
        var d = Assert.Single(result.Diagnostics, x => x.Path == file);
        Assert.Equal(("TB0104", line, 1), (d.Code, d.Line, d.Column));
        Assert.Contains("leeg", d.Message);
        Assert.Contains("`consent: true`", d.Help);
    }

    [Fact]
    public void SiteAddressWithPlainHttpIsAWarningThatShowsTheHttpsForm()
    {
        using var site = new FixtureSite();
        site.Write("statiq.config", "name: Test\nurl: http://www.test.example\ncontact:\n  email: info@test.example\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var d = Assert.Single(result.Diagnostics, x => x.Path == "statiq.config");
        Assert.Equal(("TB0304", 2, 6), (d.Code, d.Line, d.Column));
        Assert.Contains("`url: https://www.test.example`", d.Help);
    }

    [Fact]
    public void SiteAddressWithAPathIsAnErrorThatTheSiteMustBeAtTheRootOfItsDomain()
    {
        using var site = new FixtureSite();
        site.Write("statiq.config", "name: Test\nurl: https://org.github.io/buurtkracht/\ncontact:\n  email: info@test.example\n");
        var result = site.Build();
        Assert.False(result.Succeeded); // half of its addresses would lead nowhere: it does not go online like that
        var d = Assert.Single(result.Diagnostics, x => x.Path == "statiq.config");
        Assert.Equal(("TB0305", 2, 6, Severity.Error), (d.Code, d.Line, d.Column, d.Severity));
        Assert.Contains("`/buurtkracht/`", d.Message);
        Assert.Contains("eigen domeinnaam", d.Help);
    }

    [Theory]
    [InlineData("https://www.test.example")]
    [InlineData("https://www.test.example/")]
    public void SiteAddressWithoutAPathIsFine(string url)
    {
        using var site = new FixtureSite();
        site.Write("statiq.config", $"name: Test\nurl: {url}\ncontact:\n  email: info@test.example\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.DoesNotContain(result.Diagnostics, x => x.Path == "statiq.config");
    }

    [Fact]
    public void LocalAddressWithPlainHttpIsFine()
    {
        using var site = new FixtureSite();
        site.Write("statiq.config", "name: Test\nurl: http://localhost:5080\ncontact:\n  email: info@test.example\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.DoesNotContain(result.Diagnostics, x => x.Path == "statiq.config");
    }

    [Fact]
    public void StoryWithoutTextOrSummaryIsAWarningAtTheEndOfItsFrontMatter()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/2026-11-20-leeg.md", "---\ntitle: Nog te schrijven\ndate: 2026-11-20\nauthor: anouk-visser\n---\n\n  \n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var d = Assert.Single(result.Diagnostics, x => x.Path == "input/stories/2026-11-20-leeg.md");
        Assert.Equal(("TB0208", Diagnostics.Severity.Warning, 5, 1), (d.Code, d.Severity, d.Line, d.Column));
        Assert.Contains("`summary:`", d.Help);
    }

    [Fact]
    public void VacancyWithASummaryButNoTextIsFine()
    {
        using var site = new FixtureSite();
        site.Write("input/vacancies/a.md", "---\ntitle: Buurtwerker\ndate: 2026-11-20\nclosing_date: 2026-12-31\nkind: paid\nlocation: Amsterdam\ncontact: { name: Anouk, email: anouk@test.example }\napply_email: werk@test.example\nsummary: Word jij onze nieuwe buurtwerker?\n---\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.DoesNotContain(result.Diagnostics, x => x.Path == "input/vacancies/a.md");
    }

    [Fact]
    public void VacancyWithoutTextOrSummaryIsAWarning()
    {
        using var site = new FixtureSite();
        site.Write("input/vacancies/a.md", "---\ntitle: Buurtwerker\ndate: 2026-11-20\nclosing_date: 2026-12-31\nkind: paid\nlocation: Amsterdam\ncontact: { name: Anouk, email: anouk@test.example }\napply_email: werk@test.example\n---\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var d = Assert.Single(result.Diagnostics, x => x.Path == "input/vacancies/a.md");
        Assert.Equal(("TB0208", 9, 1), (d.Code, d.Line, d.Column));
    }

    [Fact]
    public void VacancyInTheStoriesFolderIsOneErrorThatSaysWhereItBelongs()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/buurtwerker.md", "---\ntitle: Buurtwerker\ndate: 2026-11-20\nclosing_date: 2026-12-31\nkind: paid\nlocation: Amsterdam\ncontact: { name: Anouk, email: anouk@test.example }\napply_email: werk@test.example\n---\nTekst.\n");
        var result = site.Build();
        Assert.False(result.Succeeded);
        var d = Assert.Single(result.Diagnostics, x => x.Path == "input/stories/buurtwerker.md");
        Assert.Equal(("TB0123", Diagnostics.Severity.Error, 4, 1), (d.Code, d.Severity, d.Line, d.Column));
        Assert.Equal("Dit bestand is een vacature (het heeft `closing_date`, `kind` en `location`), maar het staat in `input/stories/`.", d.Message);
        Assert.Contains("`input/vacancies/`", d.Help);
    }

    [Fact]
    public void StoryInTheVacanciesFolderIsOneErrorThatSaysWhereItBelongs()
    {
        using var site = new FixtureSite();
        site.Write("input/vacancies/werken-bij-ons.md", "---\ntitle: Werken bij ons\ndate: 2026-11-20\nauthor: anouk-visser\ntags: [werk]\n---\nTekst.\n");
        var result = site.Build();
        var d = Assert.Single(result.Diagnostics, x => x.Path == "input/vacancies/werken-bij-ons.md");
        Assert.Equal(("TB0123", 4, 1), (d.Code, d.Line, d.Column));
        Assert.StartsWith("Dit bestand is een verhaal (het heeft `author`), maar het staat in `input/vacancies/`.", d.Message);
        Assert.Contains("`input/stories/`", d.Help);
    }

    [Fact]
    public void PageWithKeysOfAServiceStaysAPageWithAWarningPerKey()
    {
        using var site = new FixtureSite();
        site.Write("input/pages/extra.md", "---\ntitle: Extra\nsummary: Alles over ons.\nimage: /assets/img/x.jpg\nimage_alt: Het buurthuis.\n---\nTekst.\n");
        var result = site.Build();
        Assert.Equal(["TB0201", "TB0201", "TB0201"], result.Diagnostics.Where(x => x.Path == "input/pages/extra.md").Select(x => x.Code));
    }

    [Fact]
    public void StoryWithOneKeyOfAnotherTypeStaysAStoryWithAWarningForThatKey()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-11-20\nauthor: anouk-visser\nlocation: Amsterdam\n---\nTekst.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var d = Assert.Single(result.Diagnostics, x => x.Path == "input/stories/a.md");
        Assert.Equal(("TB0201", 5), (d.Code, d.Line));
    }

    [Fact]
    public void VacancyClosingBeforeItIsPostedIsAWarningThatSuggestsTheYear()
    {
        using var site = new FixtureSite();
        site.Write("input/vacancies/a.md", "---\ntitle: Buurtwerker\ndate: 2026-11-20\nclosing_date: 31-12-2025\nkind: paid\nlocation: Amsterdam\ncontact: { name: Anouk, email: anouk@test.example }\napply_email: werk@test.example\n---\nTekst.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var d = Assert.Single(result.Diagnostics, x => x.Path == "input/vacancies/a.md");
        Assert.Equal(("TB0207", 4, 15), (d.Code, d.Line, d.Column));
        Assert.Contains("`closing_date: 31-12-2026`", d.Help);
    }

    [Fact]
    public void VacancyThatClosedLongAgoIsNoWarning()
    {
        using var site = new FixtureSite();
        site.Write("input/vacancies/a.md", "---\ntitle: Buurtwerker\ndate: 2025-11-20\nclosing_date: 2025-12-31\nkind: paid\nlocation: Amsterdam\ncontact: { name: Anouk, email: anouk@test.example }\napply_email: werk@test.example\n---\nTekst.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.DoesNotContain(result.Diagnostics, x => x.Path == "input/vacancies/a.md");
    }

    [Theory]
    [InlineData("input/services/s.md", "title: S\norder: eerste", new[] { "TB0101", "TB0108" })]
    [InlineData("input/testimonials/t.md", "name: T\nconsent: true\nfeatured: misschien\nconsent_date: gisteren", new[] { "TB0101", "TB0102", "TB0103" })]
    [InlineData("input/pages/p.md", "order: eerste\ndraft: misschien", new[] { "TB0101", "TB0103", "TB0108" })]
    [InlineData("input/team/p.md", "name: P\norder: eerste", new[] { "TB0101", "TB0108" })]
    [InlineData("input/vacancies/v.md", "title: V\ndate: 2026-11-01\nclosing_date: 2026-12-31\nlocation: A\ncontact: { name: A, email: a@test.example }\napply_email: a@test.example\nfilled: misschien\nsalary: { min: veel }", new[] { "TB0101", "TB0103", "TB0108" })]
    public void EveryMistakeInAFileIsReportedEvenWhenARequiredKeyIsMissing(string file, string frontMatter, string[] codes)
    {
        using var site = new FixtureSite();
        site.Write(file, "---\n" + frontMatter + "\n---\nTekst.\n");
        var found = site.Build().Diagnostics.Where(d => d.Path == file).Select(d => d.Code).Order();
        Assert.Equal(codes, found);
    }

    /// <summary>
    /// An amount that does not fit its period is a warning at <c>period</c> (or at the amount, when the period is the
    /// default month): a year's pay per month, an hour's wage left at the default month, a month's wage per hour. A
    /// volunteer's small allowance is no mistake in any period.
    /// </summary>
    [Theory]
    [InlineData("paid", "  min: 38000\n  max: 46000\n  period: month", 12, "`salary.max` is € 46.000 per maand; dat lijkt een bedrag per jaar.")]
    [InlineData("paid", "  min: 14,50\n  max: 16,80", 10, "`salary.min` is € 14,50 per maand; dat lijkt een bedrag per uur.")]
    [InlineData("internship", "  max: 3100\n  period: hour", 11, "`salary.max` is € 3.100 per uur; dat lijkt een bedrag per maand.")]
    [InlineData("paid", "  max: 14,50\n  period: year", 11, "`salary.max` is € 14,50 per jaar; dat lijkt een bedrag per uur.")]
    [InlineData("paid", "  min: 3100\n  max: 4400\n  period: month", 0, null)]
    [InlineData("paid", "  min: 42000\n  period: year", 0, null)]
    [InlineData("internship", "  max: 600", 0, null)]
    [InlineData("volunteer", "  max: 50\n  period: month", 0, null)]
    [InlineData("volunteer", "  max: 2100\n  period: year", 0, null)]
    public void ASalaryThatDoesNotFitItsPeriodIsAWarning(string kind, string salary, int line, string? message)
    {
        using var site = new FixtureSite();
        site.Write("input/vacancies/v.md", "---\ntitle: V\ndate: 2026-11-01\nclosing_date: 2026-12-31\nkind: " + kind +
            "\nlocation: Amsterdam\ncontact: { name: A, email: a@test.example }\napply_email: a@test.example\nsalary:\n" + salary + "\n---\nTekst.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var warnings = result.Diagnostics.Where(d => d.Code == "TB0211").ToList();
        if (message is null) { Assert.Empty(warnings); return; }
        var warning = Assert.Single(warnings);
        Assert.Equal(("input/vacancies/v.md", line, message), (warning.Path, warning.Line, warning.Message));
        Assert.Equal(Diagnostics.Severity.Warning, warning.Severity);
    }

    [Fact]
    public void RequiredKeyLeftEmptyIsNamedAtItsOwnLine()
    {
        using var site = new FixtureSite();
        site.Write("input/team/sanne.md", "---\nname: Sanne\nrole:\nemail: sanne@test.example\n---\nBio.\n");
        var d = Assert.Single(site.Build().Diagnostics, x => x.Path == "input/team/sanne.md");
        Assert.Equal(("TB0101", 3, 1), (d.Code, d.Line, d.Column));
        Assert.Contains("leeg", d.Message);
    }

    [Fact]
    public void AuthorWrittenAsAFirstNameSuggestsTheTeamMember()
    {
        var d = OnlyProblem("title: A\ndate: 2026-01-01\nauthor: anouk");
        Assert.Equal(("TB0106", 4, 9), (d.Code, d.Line, d.Column));
        Assert.Equal("Bedoelde u `anouk-visser`?", d.Help);
    }

    [Fact]
    public void BrokenTeamOrServiceFileIsOneErrorNotOnePerFileThatNamesIt()
    {
        using var site = new FixtureSite();
        site.Write("input/team/anouk-visser.md", "---\nname: \"Anouk Visser\nrole: Opbouwwerker\n---\nBio.\n");
        site.Write("input/services/taalcafe.md", "---\ntitle: !Nieuw! Taalcafé\nsummary: Samen Nederlands praten.\n---\nTekst.\n");
        for (var i = 0; i < 3; i++)
            site.Write($"input/stories/s{i}.md", $"---\ntitle: S{i}\ndate: 2026-01-0{i + 1}\nauthor: anouk-visser\n---\nTekst.\n");
        site.Write("input/testimonials/t.md", "---\nname: T\nrole: cliënt\nconsent: true\nservice: taalcafe\n---\nFijn.\n");
        var problems = site.Build().Diagnostics.Where(d => d.IsError).Select(d => (d.Path, d.Code)).Order();
        Assert.Equal([("input/services/taalcafe.md", "TB0100"), ("input/team/anouk-visser.md", "TB0100")], problems);
    }

    [Theory]
    [InlineData("31-02-2026", "februari 2026 heeft 28 dagen", "`date: 28-02-2026`")]
    [InlineData("2026-04-31", "april 2026 heeft 30 dagen", "`date: 2026-04-30`")]
    [InlineData("2026-13-01", "er is geen maand 13", "`date: 2026-01-13`")]
    public void DateThatDoesNotExistSaysWhyAndShowsTheNearestThatDoes(string value, string why, string suggestion)
    {
        var d = OnlyProblem($"title: A\ndate: {value}\nauthor: anouk-visser");
        Assert.Equal(("TB0102", 3, 7), (d.Code, d.Line, d.Column));
        Assert.Contains(why, d.Message);
        Assert.Contains(suggestion, d.Help);
    }

    [Theory]
    [InlineData("input/verhaal-van-ria.md")]
    [InlineData("input/assets/verhaal-van-ria.md")]
    [InlineData("input/assets/img/verhaal-van-ria.md")]
    [InlineData("input/verhalen/verhaal-van-ria.md")]
    public void AStoryOutsideTheFoldersOfTextsIsAnErrorAndNeverPublishedAsAFile(string file)
    {
        using var site = new FixtureSite();
        site.Write(file, "---\ntitle: Mijn weg terug\ndate: 2026-03-01\nauthor: { name: Ria, role: cliënt }\nconsent: false\n---\nGeheime woorden van Ria.\n");
        var result = site.Build();
        Assert.False(result.Succeeded);
        var d = Assert.Single(result.Diagnostics, x => x.Path == file);
        Assert.Equal(("TB0205", Severity.Error, 1, 1), (d.Code, d.Severity, d.Line, d.Column));
        Assert.Contains("komt niet op de site", d.Message);
        Assert.Contains("`input/stories/`", d.Help);

        // Without the error (a drafts build still reports it), no file of the site holds the text.
        var drafts = site.Build(drafts: true);
        Assert.DoesNotContain(drafts.Files, f => f.Path.EndsWith("verhaal-van-ria.md", StringComparison.Ordinal));
        Assert.DoesNotContain("Geheime woorden", drafts.AllText());
    }

    [Theory]
    [InlineData("input/stories/verhaal.md.txt", "Tekst.")]
    [InlineData("input/stories/verhaal.txt", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\n---\nTekst.")]
    public void AStorySavedAsTxtIsAnErrorAndANoteBesideTheTextsOnlyAWarning(string file, string text)
    {
        using var site = new FixtureSite();
        site.Write(file, text + "\n");
        site.Write("input/stories/ideeen.txt", "Ideeën voor verhalen: de markt, het taalcafé.\n");
        var result = site.Build();
        var d = Assert.Single(result.Diagnostics, x => x.Path == file);
        Assert.Equal(("TB0204", Severity.Error), (d.Code, d.Severity));
        var note = Assert.Single(result.Diagnostics, x => x.Path == "input/stories/ideeen.txt");
        Assert.Equal(("TB0204", Severity.Warning), (note.Code, note.Severity));
    }

    [Theory]
    [InlineData("input/verhalen/a.md", "`input/stories/`")]
    [InlineData("input/vacatures/a.md", "`input/vacancies/`")]
    [InlineData("input/afbeeldingen/a.png", "`input/assets/`")]
    public void DutchFolderNameSuggestsTheFolderMeant(string file, string folder)
    {
        using var site = new FixtureSite();
        site.Write(file, "---\ntitle: A\n---\nT.\n");
        var d = Assert.Single(site.Build().Diagnostics, x => x.Path == file);
        Assert.Equal("TB0205", d.Code);
        Assert.StartsWith($"Bedoelde u {folder}?", d.Help);
    }
}
