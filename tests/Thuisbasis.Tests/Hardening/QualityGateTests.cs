using Thuisbasis.Checks;
using Thuisbasis.Cli;
using Thuisbasis.Diagnostics;
using Thuisbasis.Content.Settings;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Hardening;

/// <summary>The gates of <c>check</c> beyond links: alt text, one h1, heading order, well-formed HTML, plain language.</summary>
public sealed class QualityGateTests
{
    private static IReadOnlyList<Diagnostic> Check(FixtureSite site, PlainLanguageSettings? plain = null)
    {
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var diagnostics = new DiagnosticBag();
        var pages = BuiltPages.Parse(result);
        new HtmlQualityChecker(site.Root).Check(pages, diagnostics);
        new PlainLanguageChecker(site.Root, plain ?? new PlainLanguageSettings()).Check(pages, diagnostics);
        return diagnostics.Sorted();
    }

    private static FixtureSite Story(string body) =>
        new FixtureSite().Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\n---\n" + body);

    [Fact]
    public void ImageWithoutAltTextInTheBodyIsAnErrorAtItsLine()
    {
        using var site = Story("Tekst.\n\n![](/assets/markt.png)\n");
        site.WriteBytes("input/assets/markt.png", Feeds.FeedTestSupport.Png(600, 400));
        var d = Assert.Single(Check(site), x => x.Code == "TB0502");
        Assert.Equal(("input/stories/a.md", 8), (d.Path, d.Line));
    }

    /// <summary>
    /// A phone photo as the cover (with its description) and again in the text without one, and photos named as phones
    /// and computers name them: each error points at the image without a description, not at the cover or line 1.
    /// </summary>
    [Theory]
    [InlineData("markt.jpg", "/assets/markt.jpg", "/assets/markt.jpg")]
    [InlineData("IMG_1234 (1).JPG", "\"/assets/IMG_1234 (1).JPG\"", "</assets/IMG_1234 (1).JPG>")]
    [InlineData("Foto's zomer.jpeg", "\"/assets/Foto's zomer.jpeg\"", "</assets/Foto's zomer.jpeg>")]
    [InlineData("café.png", "/assets/café.png", "/assets/caf%C3%A9.png")]
    public void APhotoWithoutAltTextInTheBodyIsAnErrorAtItsOwnLineAlsoWhenItIsTheCoverToo(string file, string cover, string inText)
    {
        using var site = new FixtureSite().Write("input/stories/a.md",
            $"---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\nimage: {cover}\nimage_alt: Twee buren op de markt.\n---\n" +
            $"Tekst.\n\n![Kramen op de markt]({inText})\n\nMeer tekst.\n\n![]({inText})\n");
        site.WriteBytes("input/assets/" + file, Path.GetExtension(file).Equals(".png", StringComparison.OrdinalIgnoreCase)
            ? Feeds.FeedTestSupport.Png(900, 600)
            : Images.TestImages.Encode(Images.TestImages.TwoHalves(900, 600, SkiaSharp.SKColors.Red, SkiaSharp.SKColors.Blue), SkiaSharp.SKEncodedImageFormat.Jpeg));

        var d = Assert.Single(Check(site), x => x.Code == "TB0502");

        Assert.Equal(("input/stories/a.md", 14, 1), (d.Path, d.Line, d.Column));
    }

    /// <summary>A <c>#</c> in Markdown is a subheading on the site (TB0163, <see cref="BodyHeadingTests"/>); pasted HTML keeps its h1.</summary>
    [Fact]
    public void SecondH1InTheBodyIsAnErrorThatSaysToUseTwoHashes()
    {
        using var site = Story("Tekst.\n\n<h1>Nog een titel</h1>\n");
        var d = Assert.Single(Check(site), x => x.Code == "TB0503");
        Assert.Contains("2 hoofdkoppen", d.Message);
        Assert.Contains("`##`", d.Help);
    }

    [Fact]
    public void SkippedHeadingLevelIsAnErrorNamingTheHeading()
    {
        using var site = Story("Tekst.\n\n#### Te diep\n\nMeer.\n");
        var d = Assert.Single(Check(site), x => x.Code == "TB0504");
        Assert.Contains("`Te diep` (h4)", d.Message);
        Assert.Equal(8, d.Line);
    }

    [Fact]
    public void MalformedHtmlInTheBodyIsAnError()
    {
        // Only where the site publishes pasted HTML as it is: otherwise the sanitizer writes it out well-formed.
        using var site = Story("Tekst <b>vet</i> en </section> los.\n");
        site.Write("statiq.config", File.ReadAllText(Path.Combine(site.Root, "statiq.config")) + "\nsecurity:\n  raw_html: true\n");
        Assert.Contains(Check(site), d => d.Code == "TB0505" && d.Path == "input/stories/a.md");
    }

    /// <summary>
    /// An unclosed tag in an overridden partial was 198 errors at `(404)(1,1)` and every page, in English, blaming each
    /// page's text. It is one error per kind, at the site's own layout file, in Dutch, with how many pages have it.
    /// </summary>
    [Fact]
    public void MalformedHtmlFromTheLayoutIsOneErrorAtTheSitesOwnLayout()
    {
        using var site = Story("Tekst.\n");
        site.Write("overrides/partials/footer.sbn-html", "<footer><p>Adres <div>Straat 1</div></p></footer>\n");
        var problems = Check(site).Where(d => d.Code == "TB0505").ToList();
        var d = Assert.Single(problems);
        Assert.Equal(("overrides/partials/footer.sbn-html", 1, 1), (d.Path, d.Line, d.Column));
        Assert.Matches(@"^De opmaak maakt HTML die niet klopt, op \d+ pagina's \(zoals /", d.Message);
        Assert.Contains("`overrides/partials/footer.sbn-html`", d.Help);
    }

    [Fact]
    public void MalformedPastedHtmlIsPublishedWellFormed()
    {
        using var site = Story("Tekst <b>vet</i> en </section> los.\n");
        Assert.DoesNotContain(Check(site), d => d.Code == "TB0505");
    }

    [Fact]
    public void CleanPagesPassEveryGate()
    {
        using var site = Story("Tekst.\n\n## Kop\n\n### Onderkop\n\nKorte zin. Nog een korte zin.\n");
        Assert.Empty(Check(site));
    }

    [Fact]
    public void LongSentenceIsAWarningWithItsStart()
    {
        var sentence = string.Join(' ', Enumerable.Range(1, 30).Select(i => "woord")) + ".";
        using var site = Story("Korte zin.\n\n" + sentence + "\n");
        var d = Assert.Single(Check(site), x => x.Code == "TB0601");
        Assert.False(d.IsError);
        Assert.Contains("30 woorden", d.Message);
        Assert.Equal(8, d.Line);
    }

    [Fact]
    public void JargonIsAWarningWithThePlainWordFromSettings()
    {
        using var site = Story("Wij trachten u te helpen.\n\nDat is een casemanager.\n");
        site.Write("statiq.config", "name: T\nurl: https://www.test.example\nplain_language:\n  max_sentence_words: 20\n  jargon: { casemanager: vaste contactpersoon }\n");
        var result = site.Build();
        var problems = Check(site, result.Site!.Settings.PlainLanguage);
        Assert.Contains(problems, d => d.Code == "TB0602" && d.Message.Contains("`trachten`") && d.Help.StartsWith("Zeg het eenvoudiger, bijvoorbeeld met `proberen`,", StringComparison.Ordinal) && d.Line == 6);
        Assert.Contains(problems, d => d.Code == "TB0602" && d.Help.StartsWith("Zeg het eenvoudiger, bijvoorbeeld met `vaste contactpersoon`,", StringComparison.Ordinal) && d.Line == 8);
        Assert.Equal(20, result.Site.Settings.PlainLanguage.MaxSentenceWords);
    }

    [Fact]
    public void JargonWordInsideANameWithCapitalsIsNotFlagged()
    {
        using var site = Story("Iedereen heeft een Verklaring Omtrent het Gedrag (VOG).\n\nOmtrent de buurt praten we graag. Wij praten omtrent de buurt.\n");
        var found = Check(site).Where(x => x.Code == "TB0602").Select(x => (x.Line, x.Column));
        Assert.Equal([(8, 1), (8, 46)], found);
    }

    [Theory]
    [InlineData("mantelzorger", 4)]
    [InlineData("ijs", 1)]
    [InlineData("cliënt", 2)]
    [InlineData("vrijwilligers", 4)]
    [InlineData("huis", 1)]
    [InlineData("koffie", 2)]
    public void DutchSyllablesAreEstimatedFromVowelGroups(string word, int syllables) =>
        Assert.Equal(syllables, Readability.CountSyllables(word));

    [Fact]
    public void FleschDoumaFollowsTheFormula()
    {
        var score = Readability.Measure("Ik ga naar huis. Het is koud.");
        Assert.Equal((7, 2), (score.Words, score.Sentences));
        Assert.Equal(Math.Round(206.835 - 0.93 * (7 / 2.0) - 77 * (score.Syllables / 7.0), 1), score.Value);
        Assert.True(Readability.Measure("Ik ga naar huis.").Value > Readability.Measure("Implementatiegerelateerde beleidsmatige afstemmingsproblematiek.").Value);
    }

    [Fact]
    public void AbbreviationsDoNotEndASentence() =>
        Assert.Equal(2, Readability.Sentences("Neem bijv. een jas mee, o.a. voor regen. Tot dan!").Count);

    /// <summary>The build warns about <c>![](…)</c> (TB0164); <c>check</c> says it once, as its error TB0502.</summary>
    [Fact]
    public async Task CheckNamesAnImageWithoutDescriptionOnceAsAnError()
    {
        using var site = Story("Tekst.\n\n![](/assets/markt.png)\n");
        site.WriteBytes("input/assets/markt.png", Feeds.FeedTestSupport.Png(900, 600));
        Assert.Contains(site.Build().Diagnostics, d => d.Code == "TB0164");
        var stdout = new StringWriter();
        var code = await SiteHost.RunAsync(["check", "--root", site.Root, "--date", "2026-11-23"], stdout, new StringWriter());
        Assert.Equal(1, code);
        var text = stdout.ToString();
        Assert.Contains("  TB0502 fout: 1× afbeelding zonder beschrijving", text);
        Assert.DoesNotContain("TB0164", text);
    }

    /// <summary>
    /// The handleiding (TB0136) says a pasted <c>alt=""</c> marks a picture that only decorates; <c>check</c> keeps to
    /// that and turns down only the Markdown image whose brackets were left empty.
    /// </summary>
    [Fact]
    public void CheckTakesAPastedEmptyAltAsDecorationAndStillTurnsDownEmptyBrackets()
    {
        using var site = Story("Tekst.\n\n<img src=\"/assets/markt.png\" alt=\"\">\n\nEn ook ![](/assets/markt.png)\n");
        site.WriteBytes("input/assets/markt.png", Feeds.FeedTestSupport.Png(900, 600));
        var d = Assert.Single(Check(site), x => x.Code == "TB0502");
        Assert.Equal(("input/stories/a.md", 10, 8), (d.Path, d.Line, d.Column));

        using var decorated = Story("Tekst.\n\n<img src=\"/assets/markt.png\" alt=\"\">\n");
        decorated.WriteBytes("input/assets/markt.png", Feeds.FeedTestSupport.Png(900, 600));
        Assert.DoesNotContain(Check(decorated), x => x.Code == "TB0502");
    }

    [Fact]
    public async Task CheckSummaryListsProblemsByKindAndExitsOneOnErrors()
    {
        using var site = Story("Tekst.\n\n#### Te diep\n\nWij trachten het.\n");
        var stdout = new StringWriter();
        var code = await SiteHost.RunAsync(["check", "--root", site.Root, "--date", "2026-11-23"], stdout, new StringWriter());
        Assert.Equal(1, code);
        var text = stdout.ToString();
        Assert.Contains("  TB0504 fout: 1× kopniveau overgeslagen", text);
        Assert.Contains("  TB0602 waarschuwing: 1× moeilijke taal", text);
        Assert.Matches(@"leesbaarheid \d+ \([^)]+\): input/stories/a\.md", text);
        Assert.Contains("1 fout, 1 waarschuwing.", text);
    }
}
