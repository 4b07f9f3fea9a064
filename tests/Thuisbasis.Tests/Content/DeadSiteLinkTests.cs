using Thuisbasis.Diagnostics;
using Thuisbasis.Pipeline;
using Thuisbasis.Tests.Images;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Content;

/// <summary>
/// A link in a text to an address of the site (<c>/verhalen/ria/</c>, <c>../werkwijze/</c>, <c>/assets/rooster.pdf</c>)
/// that leads to no page or file of this build: every build and the preview warn at the link (TB0129), with the page it
/// probably meant or why that page is not on the site, so a writer need not run <c>check</c> to find it.
/// </summary>
public sealed class DeadSiteLinkTests
{
    private const string Code = "TB0129";

    private static string Story(string title, string date, string body, string extra = "") =>
        $"---\ntitle: {title}\ndate: {date}\nauthor: anouk-visser\n{extra}---\n{body}\n";

    private static List<Diagnostic> Dead(BuildResult result) => result.Diagnostics.Where(d => d.Code == Code).ToList();

    /// <summary>The 1-based column of the address <paramref name="href"/> on a line.</summary>
    private static int ColumnOf(string line, string href) => line.IndexOf("](" + href, StringComparison.Ordinal) + 3;

    [Fact]
    public void ADeadSiteLinkInAStoryAPageAVacancyAndAServiceIsAWarningAtItsAddress()
    {
        using var site = new FixtureSite();
        const string storyLine = "Lees [Ria's verhaal](/verhalen/ria-van-dijk/) en [hoe wij werken](/werkwijz/).";
        site.Write("input/stories/a.md", Story("A", "2026-01-01", "Eerste regel.\n\n" + storyLine));
        site.Write("input/pages/info.md", "---\ntitle: Info\n---\nZie [de dienst](/diensten/bestaat-niet/).\n");
        site.Write("input/vacancies/buurtwerker.md",
            "---\ntitle: Buurtwerker\ndate: 2026-11-01\nclosing_date: 2026-12-31\nkind: paid\nlocation: Oost\n" +
            "contact: { name: Anouk Visser, email: anouk@test.example }\napply_email: werk@test.example\n---\nLees eerst [dit](/vacatures/oud/).\n");
        site.Write("input/services/maatjes.md", "---\ntitle: Maatjes\nsummary: Een maatje.\n---\nMeer in [de folder](/assets/folder.pdf).\n");

        var result = site.Build();

        Assert.True(result.Succeeded, result.Describe());
        var dead = Dead(result);
        Assert.Equal(5, dead.Count);
        Assert.All(dead, d => Assert.Equal(Severity.Warning, d.Severity));
        var ria = Assert.Single(dead, d => d.Message.Contains("/verhalen/ria-van-dijk/", StringComparison.Ordinal));
        Assert.Equal(("input/stories/a.md", 8, ColumnOf(storyLine, "/verhalen/ria-van-dijk/")), (ria.Path, ria.Line, ria.Column));
        Assert.Equal("De link `/verhalen/ria-van-dijk/` wijst naar een pagina of bestand dat niet op de site staat.", ria.Message);
        Assert.Equal("Controleer het adres: bestaat de pagina, en is het goed gespeld (met / aan het eind)?", ria.Help);
        var method = Assert.Single(dead, d => d.Message.Contains("/werkwijz/", StringComparison.Ordinal));
        Assert.Equal(("input/stories/a.md", 8, ColumnOf(storyLine, "/werkwijz/")), (method.Path, method.Line, method.Column));
        Assert.Equal("Bedoelde u `/werkwijze/`?", method.Help);
        var page = Assert.Single(dead, d => d.Path == "input/pages/info.md");
        Assert.Equal((4, ColumnOf("Zie [de dienst](/diensten/bestaat-niet/).", "/diensten/bestaat-niet/")), (page.Line, page.Column));
        Assert.Equal(10, Assert.Single(dead, d => d.Path == "input/vacancies/buurtwerker.md").Line);
        Assert.Equal(5, Assert.Single(dead, d => d.Path == "input/services/maatjes.md").Line);

        // Only a warning: the page is built as written.
        var links = result.Html("verhalen/a/index.html").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/verhalen/ria-van-dijk/", links);
        Assert.Contains("/werkwijz/", links);
    }

    [Fact]
    public void ADeadSiteLinkInAnActivityATestimonialAndABioIsAWarningToo()
    {
        using var site = new FixtureSite();
        site.Write("input/activities/taalcafe.md", "---\ntitle: Taalcafé\nstart: 2026-12-08 10:00\nlocation: Buurthuis\n---\nZie [het rooster](/assets/taalcafe.pdf).\n");
        site.Write("input/testimonials/bep.md", "---\nname: Bep\nrole: cliënt\nconsent: true\n---\nLees [mijn verhaal](/verhalen/bep/) en [meer](../meer/).\n");
        site.Write("input/team/anouk-visser.md", "---\nname: Anouk Visser\nrole: Opbouwwerker\n---\nAnouk werkt in [de wijk](/wijken/oost/).\n");

        var result = site.Build();

        Assert.True(result.Succeeded, result.Describe());
        var dead = Dead(result);
        // The testimonial's `../meer/` too: see the next test.
        Assert.Equal(["input/activities/taalcafe.md(6,", "input/team/anouk-visser.md(5,", "input/testimonials/bep.md(6,", "input/testimonials/bep.md(6,"],
            dead.Select(d => $"{d.Path}({d.Line},").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ARelativeLinkInATestimonialOrABioIsAWarningAtItBecauseEveryPageThatShowsTheTextReadsItFromItself()
    {
        using var site = new FixtureSite();
        const string quote = "Lees [hoe wij werken](werkwijze/) en [meer](../bestaat-niet/#kop).";
        site.Write("input/testimonials/bep.md", $"---\nname: Bep\nrole: cliënt\nconsent: true\nservice: maatjes\n---\n{quote}\n");
        site.Write("input/services/maatjes.md", "---\ntitle: Maatjes\nsummary: Een maatje.\n---\nTekst.\n");
        // Fatima wrote no story: her bio is on Over ons only, where `../joost/` is /joost/; from /auteur/fatima/ it read /auteur/joost/.
        const string bio = "Fatima werkt samen met [Joost](../joost/).";
        site.Write("input/team/fatima.md", $"---\nname: Fatima\nrole: Buurtwerker\n---\n{bio}\n");
        site.Write("input/team/joost.md", "---\nname: Joost\nrole: Buurtwerker\n---\nJoost.\n");
        site.Write("input/stories/a.md", Story("A", "2026-01-01", "Tekst.", "").Replace("anouk-visser", "joost"));
        // Without consent a testimonial is on no page, so neither is its link.
        site.Write("input/testimonials/ria.md", "---\nname: Ria\nrole: cliënt\nconsent: false\n---\nZie [dit](dit/).\n");

        var result = site.Build();

        Assert.True(result.Succeeded, result.Describe());
        var dead = Dead(result).OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Column).ToList();
        Assert.Equal([("input/team/fatima.md", 5, ColumnOf(bio, "../joost/")), ("input/testimonials/bep.md", 7, ColumnOf(quote, "werkwijze/")),
            ("input/testimonials/bep.md", 7, ColumnOf(quote, "../bestaat-niet/#kop"))], dead.Select(d => (d.Path, d.Line, d.Column)));
        Assert.Equal("De link `werkwijze/` heeft geen / vooraan, en deze tekst staat op meer dan één pagina: op elke pagina zoekt de browser " +
                     "het adres vanaf die pagina.", dead[1].Message);
        Assert.Equal("Schrijf `/werkwijze/`: met / vooraan wijst de link vanaf elke pagina naar dezelfde plek.", dead[1].Help);
        Assert.Equal("Schrijf het adres vanaf de hoofdmap van de site, met / vooraan, en controleer het: `/bestaat-niet/` is geen pagina of bestand van de site.",
            dead[2].Help);
        Assert.Equal("Schrijf `/auteur/joost/`: met / vooraan wijst de link vanaf elke pagina naar dezelfde plek.", dead[0].Help);
    }

    /// <summary>The 1-based column of the address in <c>href="…"</c> on a line.</summary>
    private static int HrefColumnOf(string line, string href) => line.IndexOf("href=\"" + href, StringComparison.Ordinal) + 7;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ADeadLinkInPastedHtmlIsAWarningAtItsAddressAndALiveOneIsNot(bool rawHtml)
    {
        using var site = new FixtureSite();
        if (rawHtml) site.Write("statiq.config", File.ReadAllText(Path.Combine(site.Root, "statiq.config")) + "\nsecurity:\n  raw_html: true\n");
        const string inline = "Lees <a href=\"/werkwijz/\">onze werkwijze</a> en <a href=\"/werkwijze/\">de echte</a>.";
        const string block = "<p>Zie <a class=\"x\"\n   href='werkwijze/'>hier</a></p>";
        // Not links on the page: a comment, text in a script (both gone or inert), and an address in code.
        const string inert = "<!-- <a href=\"/in-commentaar/\">x</a> -->\n\n`<a href=\"/in-code/\">`";
        site.Write("input/stories/a.md", Story("A", "2026-01-01", $"Eerste regel.\n\n{inline}\n\n{block}\n\n{inert}\n\n> <a href=\"/in-citaat/\">c</a>"));

        var result = site.Build();

        Assert.True(result.Succeeded, result.Describe());
        var dead = Dead(result).OrderBy(d => d.Line).ToList();
        Assert.Equal([("input/stories/a.md", 8, HrefColumnOf(inline, "/werkwijz/")), ("input/stories/a.md", 11, 10),
            ("input/stories/a.md", 17, 12)], dead.Select(d => (d.Path, d.Line, d.Column)));
        Assert.Equal("De link `/werkwijz/` wijst naar een pagina of bestand dat niet op de site staat.", dead[0].Message);
        Assert.Equal("Bedoelde u `/werkwijze/`?", dead[0].Help);
        Assert.Equal("De link `werkwijze/` wijst naar een pagina of bestand dat niet op de site staat.", dead[1].Message);
        Assert.Equal("Bedoelde u `/werkwijze/`? Zonder / vooraan zoekt de browser vanaf deze pagina (/verhalen/a/).", dead[1].Help);
        // The page is built as written, without anything the build used to find the links.
        var page = result.Html("verhalen/a/index.html");
        foreach (var href in new[] { "/werkwijz/", "/werkwijze/", "werkwijze/", "/in-citaat/" })
            Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == href);
        Assert.DoesNotContain(page.QuerySelectorAll("a"), a => a.GetAttribute("href") is "/in-commentaar/" or "/in-code/");
        Assert.Empty(page.QuerySelectorAll("[data-tb-link]"));
        Assert.DoesNotContain("data-tb-link", result.Text("verhalen/a/index.html"));
    }

    [Fact]
    public void ALinkInPastedHtmlThatTheSanitizerRemovesIsNotLookedAt()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", Story("A", "2026-01-01", "Tekst.\n\n<style>\n<a href=\"/in-stijl/\">x</a>\n</style>\n\n<a href=\"/diensten/\">ok</a>"));

        var result = site.Build();

        Assert.True(result.Succeeded, result.Describe());
        Assert.Empty(Dead(result));
    }

    [Fact]
    public void ALinkInPastedHtmlToAnOldAddressNamesTheNewOne()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/feest.md", Story("Feest", "2026-01-02", "Tekst.", "redirect_from: [/verhalen/buurtfeest/]\n"));
        site.Write("input/stories/a.md", Story("A", "2026-01-01", "<p>Lees <a href=\"/verhalen/buurtfeest/#foto\">het feest</a>.</p>"));

        var result = site.Build();

        Assert.Empty(Dead(result));
        var old = Assert.Single(result.Diagnostics, d => d.Code == "TB0126");
        Assert.Equal(("input/stories/a.md", 6, 18), (old.Path, old.Line, old.Column));
        Assert.StartsWith("De link `/verhalen/buurtfeest/#foto` gaat naar een oud adres: de site stuurt bezoekers door naar `/verhalen/feest/#foto`", old.Message);
    }

    [Fact]
    public void ALinkInOtherCapitalsNamesThePageOrFileMeant()
    {
        // Netlify tells `/assets/Rooster.pdf` from `/assets/rooster.pdf`: on the site the first leads nowhere.
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", Story("A", "2026-01-01", "Het [rooster](/assets/Rooster.pdf) en [Ria](/verhalen/Ria-Gaat/) en [foto](/assets/img/Koffie.jpg)."));
        site.Write("input/stories/ria-gaat.md", Story("Ria", "2026-01-02", "Tekst."));
        site.Write("input/assets/rooster.pdf", "%PDF-1.4\n");
        site.WriteBytes("input/assets/img/koffie.jpg", TestImages.PhonePhoto(900, 600, orientation: 1));

        var result = site.Build();

        Assert.True(result.Succeeded, result.Describe());
        var dead = Dead(result).OrderBy(d => d.Column).ToList();
        Assert.Equal(3, dead.Count);
        Assert.Equal("Bedoelde u `/assets/rooster.pdf`? Let op hoofdletters: op de site telt elke hoofdletter mee.", dead[0].Help);
        Assert.Equal("Bedoelde u `/verhalen/ria-gaat/`? Let op hoofdletters: op de site telt elke hoofdletter mee.", dead[1].Help);
        Assert.Equal("Bedoelde u `/assets/img/koffie.jpg`? Let op hoofdletters: op de site telt elke hoofdletter mee.", dead[2].Help);
    }

    [Fact]
    public void ALinkToAStoryThatIsNotOnTheSiteSaysWhyAndNamesItsFile()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", Story("A", "2026-01-01",
            "Lees [later](/verhalen/later/), [concept](/verhalen/concept) en [Ria](/verhalen/ria/)."));
        site.Write("input/stories/later.md", Story("Later", "2027-01-15", "Tekst."));
        site.Write("input/stories/concept.md", Story("Concept", "2026-01-02", "Tekst.", "draft: true\n"));
        site.Write("input/stories/ria.md", "---\ntitle: Ria\ndate: 2026-01-02\nauthor: { name: Ria, role: cliënt }\nconsent: false\n---\nTekst.\n");

        var result = site.Build();

        Assert.True(result.Succeeded, result.Describe());
        var dead = Dead(result).OrderBy(d => d.Column).ToList();
        Assert.Equal(3, dead.Count);
        const string shown = " Op de site staan de woorden van de link zonder link.";
        Assert.Equal("De link `/verhalen/later/` wijst naar de pagina van `input/stories/later.md`, maar die komt pas op 15 januari 2027 op de site." + shown,
            dead[0].Message);
        Assert.Equal("De link `/verhalen/concept` wijst naar de pagina van `input/stories/concept.md`, maar dat is nog een concept (`draft: true`): " +
                     "die pagina staat niet op de site." + shown, dead[1].Message);
        Assert.Equal("De link `/verhalen/ria/` wijst naar de pagina van `input/stories/ria.md`, maar die staat niet op de site: " +
                     "daarvoor is geen toestemming (er staat geen `consent: true`)." + shown, dead[2].Message);
        Assert.All(dead, d => Assert.Equal("Zodra die pagina op de site staat, is het vanzelf weer een link. Komt ze er nooit? Haal de link dan weg.", d.Help));
        // The words stay, the addresses (a client's name in one) are nowhere in the output.
        var paragraph = result.Html("verhalen/a/index.html").QuerySelectorAll("main p").Single(p => p.TextContent.StartsWith("Lees", StringComparison.Ordinal));
        Assert.Equal("Lees later, concept en Ria.", paragraph.TextContent.Trim());
        Assert.Empty(paragraph.QuerySelectorAll("a"));
        Assert.DoesNotContain("/verhalen/ria/", result.AllText());
        Assert.DoesNotContain("/verhalen/later/", result.AllText());

        // The preview shows drafts and stories dated ahead: there the links lead to their pages.
        var preview = site.Build(drafts: true);
        Assert.Equal(["input/stories/ria.md"], Dead(preview).Select(d => d.Message.Split('`')[3]));
    }

    [Fact]
    public void ALinkByFileNameToAPageNotOnTheSiteIsReportedAtItsNameAndPublishedWithoutItsAddress()
    {
        using var site = new FixtureSite();
        const string line = "Lees [Ria](ria.md), [de vacature](../vacancies/later.md) en [Joost](joost.md).";
        site.Write("input/stories/a.md", Story("A", "2026-01-01", "Eerste regel.\n\n" + line));
        site.Write("input/stories/ria.md", "---\ntitle: Ria\ndate: 2026-01-02\nauthor: { name: Ria, role: cliënt }\nconsent: false\n---\nTekst.\n");
        site.Write("input/stories/joost.md", Story("Joost", "2026-01-03", "Tekst."));
        site.Write("input/vacancies/later.md",
            "---\ntitle: Later\ndate: 2027-02-01\nclosing_date: 2027-03-01\nkind: paid\nlocation: Oost\n" +
            "contact: { name: Anouk Visser, email: anouk@test.example }\napply_email: werk@test.example\n---\nTekst.\n");

        var result = site.Build();

        Assert.True(result.Succeeded, result.Describe());
        var dead = Dead(result).OrderBy(d => d.Column).ToList();
        Assert.Equal(2, dead.Count);
        Assert.All(dead, d => Assert.Equal(("input/stories/a.md", 8), (d.Path, d.Line)));
        Assert.Equal(ColumnOf(line, "ria.md"), dead[0].Column);
        Assert.StartsWith("De link `ria.md` wijst naar de pagina van `input/stories/ria.md`, maar die staat niet op de site", dead[0].Message);
        Assert.Equal(ColumnOf(line, "../vacancies/later.md"), dead[1].Column);
        Assert.StartsWith("De link `../vacancies/later.md` wijst naar de pagina van `input/vacancies/later.md`, maar die komt pas op 1 februari 2027", dead[1].Message);
        // The link to a page on the site stays a link; the two others are words only, in the page and in every feed.
        var links = result.Html("verhalen/a/index.html").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/verhalen/joost/", links);
        Assert.DoesNotContain("/verhalen/ria/", result.AllText());
        Assert.DoesNotContain("/vacatures/later/", result.AllText());
        Assert.Contains("Lees Ria, de vacature en", result.Html("verhalen/a/index.html").QuerySelector("main")!.TextContent);

        // Once consent is there and the day has come, they are links again.
        site.Write("input/stories/ria.md", "---\ntitle: Ria\ndate: 2026-01-02\nauthor: { name: Ria, role: cliënt }\nconsent: true\n---\nTekst.\n");
        var later = site.Build(date: new DateOnly(2027, 2, 1));
        Assert.Empty(Dead(later));
        var now = later.Html("verhalen/a/index.html").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/verhalen/ria/", now);
        Assert.Contains("/vacatures/later/", now);
    }

    [Fact]
    public void ALinkToThePageOfAFileWithAnErrorOfItsOwnIsLeftToThatErrorInABuildAndThePreview()
    {
        // Each file is there, and its page will be once its own error is fixed: "niet op de site" would send the writer
        // looking for a wrong link. The address is known from the folder and file name, also when the front matter
        // cannot be read at all.
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", Story("A", "2026-01-01",
            "Lees [koffie](/verhalen/koffie-op-het-plein/), [Ria](/verhalen/ria) en [het bestuur](../../over/bestuur/).\n\n" +
            "<p>Of <a href=\"/diensten/maatjes/\">maatjes</a>, <a href=\"/vacatures/buurtwerker/\">de vacature</a>.</p>\n\n" +
            "En [het taalcafé](/activiteiten/taalcafe/)."));
        const string coffee = "input/stories/2026-11-01-koffie-op-het-plein.md";
        var good = new Dictionary<string, string>
        {
            [coffee] = Story("Koffie op het plein", "2026-11-01", "Koffie."),
            ["input/stories/ria.md"] = Story("Ria", "2026-01-02", "Tekst."),
            ["input/pages/over/bestuur.md"] = "---\ntitle: Bestuur\n---\nHet bestuur.\n",
            ["input/services/maatjes.md"] = "---\ntitle: Maatjes\nsummary: Een maatje.\n---\nTekst.\n",
            ["input/vacancies/buurtwerker.md"] = "---\ntitle: Buurtwerker\ndate: 2026-11-01\nclosing_date: 2026-12-31\nkind: paid\nlocation: Oost\n" +
                                                 "contact: { name: Anouk Visser, email: anouk@test.example }\napply_email: werk@test.example\n---\nTekst.\n",
            ["input/activities/taalcafe.md"] = "---\ntitle: Taalcafé\nstart: 2026-12-08 10:00\nlocation: Buurthuis\n---\nTekst.\n",
        };
        foreach (var (path, text) in good) site.Write(path, text);
        var engine = new SiteEngine(site.Options());
        var first = engine.Build();
        Assert.True(first.Succeeded, first.Describe());
        Assert.Empty(Dead(first));

        site.Write(coffee, "---\ntitle: [Koffie op het plein\ndate: 2026-11-01\nauthor: anouk-visser\n---\nKoffie.\n"); // cannot be read
        site.Write("input/stories/ria.md", Story("Ria", "32-13-2026", "Tekst."));
        site.Write("input/pages/over/bestuur.md", "---\ndescription: Het bestuur.\n---\nHet bestuur.\n");
        site.Write("input/services/maatjes.md", "---\ntitle: Maatjes\n---\nTekst.\n");
        site.Write("input/vacancies/buurtwerker.md", good["input/vacancies/buurtwerker.md"].Replace("closing_date: 2026-12-31\n", ""));
        site.Write("input/activities/taalcafe.md", good["input/activities/taalcafe.md"].Replace("location: Buurthuis\n", ""));
        var preview = engine.Build(good.Keys.ToList());
        var fresh = site.Build();
        foreach (var (name, result) in new[] { ("preview", preview), ("build", fresh) })
        {
            Assert.False(result.Succeeded, name);
            Assert.All(good.Keys, path => Assert.Contains(result.Diagnostics, d => d.IsError && d.Path == path));
            Assert.True(Dead(result).Count == 0, $"{name}:\n{result.Describe()}");
        }
        Assert.Equal(fresh.Diagnostics.Select(d => d.ToString()), preview.Diagnostics.Select(d => d.ToString()));

        // Once a file is gone, the link leads nowhere, and says so.
        File.Delete(Path.Combine(site.Root, "input/stories/ria.md"));
        var gone = engine.Build(["input/stories/ria.md"]);
        Assert.Equal(site.Build().Diagnostics.Select(d => d.ToString()), gone.Diagnostics.Select(d => d.ToString()));
        Assert.Equal("De link `/verhalen/ria` wijst naar een pagina of bestand dat niet op de site staat.", Assert.Single(Dead(gone)).Message);
    }

    [Fact]
    public void LinksToPagesFeedsFilesPhotoVariantsAndTheHomePageGiveNoWarning()
    {
        using var site = new FixtureSite();
        site.Write("input/assets/rooster.pdf", "%PDF-1.4\n");
        site.WriteBytes("input/assets/img/koffie.jpg", TestImages.PhonePhoto(1600, 1000, orientation: 1));
        site.Write("input/stories/b.md", Story("B", "2026-01-02", "## Wat we doen\n\nTekst.", "tags: [buurt]\n"));
        site.Write("input/stories/a.md", Story("A", "2026-01-01", "Tekst."));
        var variant = "/" + site.Build().Files.Select(f => f.Path)
            .First(p => p.StartsWith("assets/img/koffie-", StringComparison.Ordinal));

        site.Write("input/stories/a.md", Story("A", "2026-01-01",
            "[home](/) [werkwijze](/werkwijze/) [zonder slash](/werkwijze) [kop elders](/werkwijze/#bestaat-niet) [B](../b/) " +
            "[B met kop](/verhalen/b/#wat-we-doen) [hier](#kop) [vraag](?x=1) [alle verhalen](/verhalen/) [onderwerp](/onderwerp/buurt/) " +
            "[auteur](/auteur/anouk-visser/) [feed](/feed.xml) [verhalenfeed](/verhalen/feed.xml) [pdf](/assets/rooster.pdf) " +
            $"[foto](/assets/img/koffie.jpg) [variant]({variant}) [mail](mailto:info@test.example) [bel](tel:0201234567) " +
            "[elders](https://elders.example/weg/) [ook elders](//elders.example/weg/) [css](/assets/css/site.css)\n\n## Kop"));

        var result = site.Build();

        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal([], Dead(result).Select(d => d.ToString()));
        Assert.True(result.Has(variant.TrimStart('/')));
    }

    [Fact]
    public void ARelativeLinkIsReadFromItsPageAndTheAddressFromTheSiteRootIsSuggested()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", Story("A", "2026-01-01", "Zie [werkwijze](werkwijze/) en [verhaal](../weg/)."));

        var result = site.Build();

        var dead = Dead(result).OrderBy(d => d.Column).ToList();
        Assert.Equal(2, dead.Count);
        Assert.Equal("De link `werkwijze/` wijst naar een pagina of bestand dat niet op de site staat.", dead[0].Message);
        Assert.Equal("Bedoelde u `/werkwijze/`? Zonder / vooraan zoekt de browser vanaf deze pagina (/verhalen/a/).", dead[0].Help);
        Assert.StartsWith("Controleer het adres", dead[1].Help);
    }

    [Fact]
    public void AnImageThatIsNotThereIsReportedOnceByItsOwnError()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", Story("A", "2026-01-01", "![Ria en haar buurvrouw](/assets/img/weg.jpg)"));

        var result = site.Build();

        Assert.Single(result.Diagnostics, d => d.Message.Contains("/assets/img/weg.jpg", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Code == "TB0107");
    }

    /// <summary>The same in a link written in Markdown, in pasted HTML, and in pasted HTML on a site that allows raw HTML.</summary>
    [Theory]
    [InlineData("Lees ook [het verhaal van Ria](/verhalen/ria/).", false, 32)]
    [InlineData("<p>Lees ook <a href=\"/verhalen/ria/\">het verhaal van Ria</a>.</p>", false, 22)]
    [InlineData("<p>Lees ook <a href=\"/verhalen/ria/\">het verhaal van Ria</a>.</p>", true, 22)]
    public void InThePreviewTheWarningComesWhenTheLinkedPageIsDeletedAndGoesWhenItIsBack(string text, bool rawHtml, int column)
    {
        using var site = new FixtureSite();
        if (rawHtml) site.Write("statiq.config", File.ReadAllText(Path.Combine(site.Root, "statiq.config")) + "\nsecurity:\n  raw_html: true\n");
        site.Write("input/stories/a.md", Story("A", "2026-01-01", text));
        var ria = Story("Ria", "2026-01-02", "Tekst.");
        site.Write("input/stories/ria.md", ria);
        var engine = new SiteEngine(site.Options(drafts: true));
        Assert.Empty(Dead(engine.Build()));

        File.Delete(Path.Combine(site.Root, "input/stories/ria.md"));
        var deleted = engine.Build(["input/stories/ria.md"]);
        var warning = Assert.Single(Dead(deleted));
        Assert.Equal(("input/stories/a.md", 6, column), (warning.Path, warning.Line, warning.Column));
        var fresh = new SiteEngine(site.Options(drafts: true)).Build();
        Assert.Equal(fresh.Diagnostics.Select(d => d.ToString()), deleted.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(fresh.Text("verhalen/a/index.html"), deleted.Text("verhalen/a/index.html"));

        site.Write("input/stories/ria.md", ria);
        Assert.Empty(Dead(engine.Build(["input/stories/ria.md"])));

        // Renamed: the old address leads nowhere again, and the new one is suggested.
        File.Move(Path.Combine(site.Root, "input/stories/ria.md"), Path.Combine(site.Root, "input/stories/rita.md"));
        var renamed = engine.Build(["input/stories/ria.md", "input/stories/rita.md"]);
        Assert.Equal("Bedoelde u `/verhalen/rita/`?", Assert.Single(Dead(renamed)).Help);
    }

    [Fact]
    public void ThePreviewPrintsTheWarningOnceWhenTheLinkedPageIsDeleted()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", Story("A", "2026-01-01", "Lees ook [het verhaal van Ria](/verhalen/ria/)."));
        var ria = Story("Ria", "2026-01-02", "Tekst.");
        site.Write("input/stories/ria.md", ria);
        var log = new StringWriter();
        var session = new Thuisbasis.Preview.PreviewSession(site.Options(drafts: true), new Thuisbasis.Preview.LiveReload(), log);
        session.Rebuild([]);
        Assert.DoesNotContain(Code, log.ToString());

        File.Delete(Path.Combine(site.Root, "input/stories/ria.md"));
        session.Rebuild(["input/stories/ria.md"]);
        var printed = log.ToString().Split('\n').Where(l => l.Contains(Code, StringComparison.Ordinal)).ToList();
        Assert.StartsWith("input/stories/a.md(6,32): warning TB0129: De link `/verhalen/ria/`", Assert.Single(printed));

        // Another save that leaves the link dead does not print it again; once the page is back, nothing is printed.
        site.Write("input/stories/a.md", Story("B", "2026-01-01", "Lees ook [het verhaal van Ria](/verhalen/ria/)."));
        session.Rebuild(["input/stories/a.md"]);
        site.Write("input/stories/ria.md", ria);
        session.Rebuild(["input/stories/ria.md"]);
        Assert.Single(log.ToString().Split('\n'), l => l.Contains(Code, StringComparison.Ordinal));
    }
}
