using Thuisbasis.Cli;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Cli;

public sealed class CommandLineTests
{
    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await SiteHost.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task BuildWritesTheSiteAndExitsZero()
    {
        using var site = new FixtureSite();
        var (code, output, _) = await Run("build", "--root", site.Root, "--date", "2026-11-23");
        Assert.Equal(0, code);
        Assert.Contains("Klaar:", output);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public async Task BuildSaysWhichStoriesAndVacanciesAreScheduledAndWhenTheyAppearAlsoWhenNothingChanged()
    {
        // The question every writer asks once: "my story is not on the site". A date still to come is the usual answer.
        using var site = new FixtureSite();
        site.Write("input/stories/2026-12-31-oliebollen.md", "---\ntitle: Oliebollen\ndate: 2026-12-31\nauthor: anouk-visser\n---\nLekker.\n");
        site.Write("input/stories/2026-11-01-markt.md", "---\ntitle: Markt\ndate: 2026-11-01\nauthor: anouk-visser\n---\nKramen.\n");
        site.Write("input/stories/concept.md", "---\ntitle: Concept\ndate: 2026-12-24\nauthor: anouk-visser\ndraft: true\n---\nNog niet.\n");
        site.Write("input/vacancies/kok.md", "---\ntitle: Kok\ndate: 2027-01-04\nclosing_date: 2027-02-01\nkind: paid\nlocation: Utrecht\n" +
            "contact: { name: Anouk Visser, email: anouk@test.example }\napply_email: werk@test.example\n---\nKoken.\n");
        foreach (var round in new[] { "eerste keer", "niets veranderd" })
        {
            var (code, output, _) = await Run("build", "--root", site.Root, "--date", "2026-12-05");
            Assert.True(code == 0, output);
            var lines = output.Split('\n').Where(l => l.Contains("ingepland", StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.True(lines.Count == 1, $"{round}:\n{output}");
            Assert.Contains("2 ingepland", lines[0]);
            Assert.Contains("input/stories/2026-12-31-oliebollen.md op 31 december 2026", lines[0]);
            Assert.Contains("input/vacancies/kok.md op 4 januari 2027", lines[0]);
            Assert.DoesNotContain("markt", lines[0]);
            Assert.DoesNotContain("concept", lines[0]);
        }
        Assert.Contains("Niets veranderd", (await Run("build", "--root", site.Root, "--date", "2026-12-05")).Out);
        // In a drafts build they are on the site (marked), so nothing is said.
        var (_, drafts, _) = await Run("build", "--root", site.Root, "--date", "2026-12-05", "--drafts");
        Assert.DoesNotContain("ingepland", drafts, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task OneScheduledStoryIsNamedInTheSingularAsTheWritersGuideQuotesIt()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/2026-12-31-oliebollen.md", "---\ntitle: Oliebollen\ndate: 2026-12-31\nauthor: anouk-visser\n---\nLekker.\n");
        var (code, output, _) = await Run("build", "--root", site.Root, "--date", "2026-12-05");
        Assert.True(code == 0, output);
        var line = Assert.Single(output.Split('\n'), l => l.Contains("ingepland", StringComparison.Ordinal)).Trim();
        Assert.Equal("1 ingepland, nog niet op de site: input/stories/2026-12-31-oliebollen.md op 31 december 2026. " +
            "Het verschijnt bij de eerste bouw op of na die dag.", line);
        var guide = File.ReadAllText(Path.Combine(Building.SampleSiteTests.RepositoryRoot(), "docs", "handleiding.md"));
        Assert.Contains(line, guide.Replace("\n", " "));
    }

    [Fact]
    public async Task CheckWarnsAtTheLineOfABrandColourThatFailsContrastAndNamesTheShadeTheSiteUses()
    {
        // Text in the brand colour must be readable on white and on the theme's light backgrounds (4.5 : 1, WCAG AA);
        // the site takes a darker shade where it is not, and check says which.
        using var site = new FixtureSite();
        site.Write("statiq.config", "name: Testorganisatie\nurl: https://www.test.example\nbrand:\n  primary: \"#f7a600\"\n  accent: \"#f0c020\"\n");
        var (code, output, err) = await Run("check", "--root", site.Root, "--date", "2026-11-23");
        Assert.True(code == 0, output + err);
        var line = Assert.Single(output.Split('\n'), l => l.Contains("TB0306", StringComparison.Ordinal) && l.StartsWith("statiq.config", StringComparison.Ordinal));
        Assert.StartsWith("statiq.config(4,12): warning TB0306: `brand.primary` is `#f7a600`; op wit is het contrast 2,0 : 1", line);
        var shade = Thuisbasis.Content.Settings.BrandColours.Link("#f7a600")!;
        Assert.Contains($"de site toont links in `{shade}` en knoppen in deze kleur met donkere tekst.", line);
        // The accent colours a border only: no text, no warning.
        Assert.DoesNotContain("brand.accent", output);

        // #e30613 reads on white (4.9 : 1) but not on the light red of a closed vacancy's note.
        site.Write("statiq.config", "name: Testorganisatie\nurl: https://www.test.example\nbrand: { primary: \"#e30613\" }\n");
        Assert.Contains("`brand.primary` is `#e30613`", (await Run("check", "--root", site.Root, "--date", "2026-11-23")).Out);
        site.Write("statiq.config", "name: Testorganisatie\nurl: https://www.test.example\nbrand: { primary: \"#0b5f7a\", accent: \"#f0c020\" }\n");
        Assert.DoesNotContain("TB0306", (await Run("check", "--root", site.Root, "--date", "2026-11-23")).Out);
    }

    [Fact]
    public async Task BuildWithContentProblemsExitsOneAndPrintsEveryDiagnostic()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 32-13-2026\nauthor: niemand\n---\nA.\n");
        var (code, _, err) = await Run("build", "--root", site.Root);
        Assert.Equal(1, code);
        Assert.Contains("input/stories/a.md(3,7): error TB0102", err);
        Assert.Contains("input/stories/a.md(4,9): error TB0106", err);
        Assert.False(Directory.Exists(site.Output));
    }

    [Theory]
    [InlineData("bouw")]
    [InlineData("build", "--date", "morgen")]
    [InlineData("build", "--onbekend")]
    [InlineData("new", "gedicht", "Titel")]
    public async Task WrongUsageExitsTwo(params string[] args)
    {
        using var site = new FixtureSite();
        var (code, _, err) = await Run(args.Concat(args[0] == "bouw" ? [] : new[] { "--root", site.Root }).ToArray());
        Assert.Equal(2, code);
        Assert.NotEmpty(err);
    }

    [Fact]
    public async Task HelpIsInPlainWordsAndExitsZero()
    {
        var (code, output, _) = await Run("build", "--help");
        Assert.Equal(0, code);
        Assert.Contains("--drafts", output);
        Assert.Contains("Bouw de site", output);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("build", "--help")]
    [InlineData("new", "--help")]
    [InlineData("preview", "-h")]
    public async Task HelpIsDutchThroughoutEvenForACommandTypedHalf(params string[] args)
    {
        var (code, output, err) = await Run(args);
        Assert.Equal(0, code);
        Assert.Equal("", err);
        var headings = output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.EndsWith(':') && !l.StartsWith(' ')).ToList();
        Assert.Contains("Gebruik:", headings);
        Assert.Contains("Opties:", headings);
        Assert.All(headings, h => Assert.Contains(h, new[] { "Gebruik:", "Argumenten:", "Opties:", "Opdrachten:" }));
        foreach (var english in new[] { "Usage", "Options", "Commands", "Arguments", "Description", "Show help", "default:" })
            Assert.DoesNotContain(english, output);
        Assert.Contains("Toon deze hulp", output);
    }

    [Fact]
    public async Task HelpShowsTheChoicesAndDefaultsInDutch()
    {
        var (_, build, _) = await Run("build", "--help");
        Assert.Contains("--context <branch-deploy|deploy-preview|production>", build);
        Assert.Contains("[standaard: production]", build);
        Assert.Matches(@"(?m)^  --drafts +Neem", build); // a switch takes no value
        var (_, create, _) = await Run("new", "--help");
        Assert.Contains("Argumenten:", create);
        Assert.Contains("<activity|person|service|story|testimonial|vacancy>", create);
        Assert.Contains("[standaard: de huidige map]", create);
    }

    [Theory]
    [InlineData("`bouw` kent Thuisbasis niet. Bedoelde u `build`?", "bouw")]
    [InlineData("`buidl` kent Thuisbasis niet. Bedoelde u `build`?", "buidl")]
    [InlineData("`--draft` kent Thuisbasis niet. Bedoelde u `--drafts`?", "build", "--draft")]
    [InlineData("`gedicht` kan hier niet; kies uit activity, person, service, story, testimonial, vacancy.", "new", "gedicht", "Titel")]
    [InlineData("--context: `live` kan hier niet; kies uit branch-deploy, deploy-preview, production.", "build", "--context", "live")]
    [InlineData("Bij `new` hoort nog: <activity|person|service|story|testimonial|vacancy> <titel>.", "new", "story")]
    [InlineData("Na `--date` hoort een waarde, bijvoorbeeld `--date 2026-12-01`.", "build", "--date")]
    [InlineData("`abc` past niet bij `--port`; schrijf bijvoorbeeld `--port 5080`.", "preview", "--port", "abc")]
    [InlineData("Zeg wat Thuisbasis moet doen: build, check, preview, new, report, override.")]
    public async Task WhatWasTypedWrongIsSaidInDutchWithWhatToTypeInstead(string message, params string[] args)
    {
        var (code, _, err) = await Run(args);
        Assert.Equal(2, code);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.StartsWith("error: " + message, lines[0]);
        Assert.Equal("Typ `dotnet run -- --help` voor de mogelijkheden.", lines[^1]);
        Assert.Equal(2, lines.Count);
    }

    /// <summary>
    /// A service or team member has no draft: `new`'s example text (an address at voorbeeld.nl, a role "Functie")
    /// would reach the site as it is. Every piece of it gets TB0209 where it stands, until it is replaced.
    /// </summary>
    [Theory]
    [InlineData("story")]
    [InlineData("vacancy")]
    [InlineData("activity")]
    [InlineData("testimonial")]
    [InlineData("service")]
    [InlineData("person")]
    public async Task EveryExampleTextOfANewFileIsPointedAtUntilItIsReplaced(string kind)
    {
        using var site = new FixtureSite();
        var (code, _, err) = await Run("new", kind, "Één nieuw koor", "--root", site.Root);
        Assert.True(code == 0, err);
        var file = Directory.EnumerateFiles(site.Root, "*een-nieuw-koor.md", SearchOption.AllDirectories).Single();
        var rel = Path.GetRelativePath(site.Root, file).Replace('\\', '/');

        var warnings = site.Build(drafts: true).Diagnostics.Where(d => d.Code == "TB0209").ToList();

        Assert.NotEmpty(warnings);
        var lines = File.ReadAllLines(file);
        var text = File.ReadAllText(file);
        foreach (var w in warnings)
        {
            Assert.Equal(rel, w.Path);
            var example = System.Text.RegularExpressions.Regex.Match(w.Message, "`(.+)`").Groups[1].Value;
            // At the value itself, or at the quote that opens it.
            Assert.Contains(lines[w.Line - 1].IndexOf(example, StringComparison.Ordinal), new[] { w.Column - 1, w.Column });
            text = text.Replace(example, example.Contains('@') ? "info@buurtkracht-oost.nl" : "Eigen tekst van de schrijver");
        }
        File.WriteAllText(file, text);
        var replaced = site.Build(drafts: true);
        Assert.True(replaced.Succeeded, replaced.Describe());
        Assert.DoesNotContain(replaced.Diagnostics, d => d.Code == "TB0209");
    }

    [Theory]
    [InlineData("story", "input/stories/2026-")]
    [InlineData("vacancy", "input/vacancies/")]
    [InlineData("activity", "input/activities/")]
    [InlineData("testimonial", "input/testimonials/")]
    [InlineData("service", "input/services/")]
    [InlineData("person", "input/team/")]
    public async Task NewWritesAReadyToEditFileThatBuildsAndNeverOverwrites(string kind, string folder)
    {
        using var site = new FixtureSite();
        var (code, output, _) = await Run("new", kind, "Één nieuw koor", "--root", site.Root);
        Assert.Equal(0, code);
        var file = Directory.EnumerateFiles(site.Root, "*een-nieuw-koor.md", SearchOption.AllDirectories).Single();
        Assert.Contains(folder, Path.GetRelativePath(site.Root, file).Replace('\\', '/'));
        Assert.Contains("Gemaakt:", output);

        var result = site.Build(drafts: true);
        Assert.True(result.Succeeded, result.Describe());
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "TB0201");

        File.WriteAllText(file, "mijn eigen tekst");
        var (again, _, err) = await Run("new", kind, "Één nieuw koor", "--root", site.Root);
        Assert.Equal(1, again);
        Assert.Contains("bestaat al", err);
        Assert.Equal("mijn eigen tekst", File.ReadAllText(file));
    }

    /// <summary>
    /// A new version changed the built-in file a site copied (the skip link moved into the header): the copy still wins,
    /// without it. TB0283 says so, and `override --nieuw` sets the new file beside the copy to compare.
    /// </summary>
    [Fact]
    public async Task ACopyOfABuiltInFileThatANewVersionChangedIsNamedWithHowToCompare()
    {
        using var site = new FixtureSite();
        Assert.Equal(0, (await Run("override", "partials/footer.sbn-html", "--root", site.Root)).Item1);
        var copy = Path.Combine(site.Root, "overrides", "partials", "footer.sbn-html");
        // As if made by an older version: the fingerprint on its first line is not the built-in file's now.
        File.WriteAllText(copy, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(copy), @"\([0-9a-f]{8}\)", "(00000000)"));

        var d = Assert.Single(site.Build().Diagnostics, d => d.Code == Thuisbasis.Rendering.OverrideCopies.Code);
        Assert.Equal(("overrides/partials/footer.sbn-html", 1, 1), (d.Path, d.Line, d.Column));
        Assert.Contains("`override partials/footer.sbn-html --nieuw`", d.Help);

        var (code, output, err) = await Run("override", "partials/footer.sbn-html", "--nieuw", "--root", site.Root);
        Assert.True(code == 0, err);
        Assert.Contains("overrides/partials/footer.sbn-html.nieuw", output);
        Assert.True(File.Exists(copy + ".nieuw"));
        var now = System.Text.RegularExpressions.Regex.Match(d.Help, @"`\(([0-9a-f]{8})\)`").Groups[1].Value;
        File.WriteAllText(copy, File.ReadAllText(copy).Replace("(00000000)", $"({now})"));
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.DoesNotContain(result.Diagnostics, x => x.Code is "TB0282" or "TB0283"); // the .nieuw file is neither used nor published
        Assert.DoesNotContain(result.Files, f => f.Path.EndsWith(".nieuw", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OverrideCopiesABuiltInThemeFileIntoOverridesWhereTheBuildUsesItAndNeverOverwrites()
    {
        // A site made with `dotnet new thuisbasis` has no themes/ folder: the original to start from comes from the program.
        using var site = new FixtureSite();
        var (code, output, err) = await Run("override", "partials/footer.sbn-html", "--root", site.Root);
        Assert.True(code == 0, err);
        var copy = Path.Combine(site.Root, "overrides", "partials", "footer.sbn-html");
        // The built-in file, below a first line that says which file it copies and how it was then (TB0283).
        var original = File.ReadAllBytes(Path.Combine(Thuisbasis.Rendering.BuiltInTheme.Folder!, "partials", "footer.sbn-html"));
        var lines = File.ReadAllText(copy).Split('\n', 2);
        Assert.Equal($"{{{{~# thuisbasis-kopie van partials/footer.sbn-html ({Thuisbasis.Rendering.OverrideCopies.Fingerprint(original)}): deze regel laat u staan ~}}}}", lines[0]);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(original), lines[1]);
        Assert.Contains("Gekopieerd: overrides/partials/footer.sbn-html", output);

        // The first line writes nothing: the copy makes the page the built-in file makes.
        var unchanged = site.Build();
        Assert.DoesNotContain(unchanged.Diagnostics, d => d.Code is "TB0282" or "TB0283");
        File.Move(copy, copy + ".bewaard");
        var without = site.Build();
        File.Move(copy + ".bewaard", copy);
        Assert.Equal(without.Text("index.html"), unchanged.Text("index.html"));

        File.WriteAllText(copy, File.ReadAllText(copy).Replace("<footer class=\"site-footer\">", "<footer class=\"site-footer\" data-eigen=\"ja\">"));
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal("ja", result.Html("index.html").QuerySelector("footer.site-footer")!.GetAttribute("data-eigen"));

        var (again, _, exists) = await Run("override", "partials/footer.sbn-html", "--root", site.Root);
        Assert.Equal(1, again);
        Assert.Contains("bestaat al", exists);
        Assert.Contains("data-eigen", File.ReadAllText(copy));

        // A name that is not in the theme: the list of files that are, and nothing written.
        var (wrong, _, list) = await Run("override", "partials/voet.sbn-html", "--root", site.Root);
        Assert.Equal(2, wrong);
        Assert.Contains("`partials/voet.sbn-html` staat niet in het ingebouwde thema", list);
        Assert.Contains("  assets/css/site.css", list);
        Assert.False(File.Exists(Path.Combine(site.Root, "overrides", "partials", "voet.sbn-html")));

        // No name: the list, as the site's README promises, and not an error.
        var (listed, files, none) = await Run("override", "--root", site.Root);
        Assert.True(listed == 0, none);
        Assert.Equal("", none);
        Assert.Contains("`dotnet run -- override assets/css/site.css`", files);
        Assert.Contains("  partials/footer.sbn-html", files.Split('\n').Select(l => l.TrimEnd()));
    }

    [Fact]
    public async Task AMistakeInAThemeFileEveryPageUsesIsPrintedOnceWithHowManyPagesItStopped()
    {
        using var site = new FixtureSite();
        site.Write("overrides/partials/footer.sbn-html", "<footer>\n{{ telefoon_link site.settings.contact.phone }}\n</footer>\n");
        var (code, _, err) = await Run("build", "--root", site.Root, "--date", "2026-11-23");
        Assert.Equal(1, code);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var error = Assert.Single(lines, l => l.Contains(" error TB0401: ", StringComparison.Ordinal));
        Assert.Contains("overrides/partials/footer.sbn-html(2,4): The function `telefoon_link` was not found", error);
        var more = Assert.Single(lines, l => l.StartsWith("  dezelfde fout op nog ", StringComparison.Ordinal));
        Assert.Matches(@"^  dezelfde fout op nog \d+ pagina's\.$", more.TrimEnd('\r'));
        Assert.True(int.Parse(more.Split(' ')[6]) >= 7, more);
    }

    [Fact]
    public async Task CheckReportsABrokenLinkAtTheLineThatHoldsIt()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\n---\nEerste regel.\n\nZie [dit](/verhalen/bestaat-niet/) en [kop](#wat-ga-je-doen).\n\n## Andere kop\n");
        var (code, _, err) = await Run("check", "--root", site.Root, "--date", "2026-11-23");
        Assert.Equal(1, code);
        Assert.Contains("input/stories/a.md(8,11): error TB0129", err);
        Assert.Contains("input/stories/a.md(8,45): error TB0501", err);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task CheckSaysWhyALinkedStoryIsNotOnTheSiteYet()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\n---\n" +
            "Lees [later](/verhalen/later/), [concept](/verhalen/concept) en [Ria](/verhalen/ria/). [Weg](/verhalen/weg/).\n");
        site.Write("input/stories/later.md", "---\ntitle: Later\ndate: 2027-01-15\nauthor: anouk-visser\n---\nTekst.\n");
        site.Write("input/stories/concept.md", "---\ntitle: Concept\ndate: 2026-01-02\nauthor: anouk-visser\ndraft: true\n---\nTekst.\n");
        site.Write("input/stories/ria.md", "---\ntitle: Ria\ndate: 2026-01-02\nauthor: { name: Ria, role: cliënt }\nconsent: false\n---\nTekst.\n");

        var (code, _, err) = await Run("check", "--root", site.Root, "--date", "2026-11-23");

        Assert.Equal(1, code);
        var lines = err.Split('\n').Where(l => l.Contains("error TB0129", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, lines.Count);
        Assert.DoesNotContain("TB0500", err);
        Assert.Contains(lines, l => l.StartsWith("input/stories/a.md(6,", StringComparison.Ordinal) &&
                                    l.Contains("`input/stories/later.md`, maar die komt pas op 15 januari 2027 op de site.", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("`input/stories/concept.md`, maar dat is nog een concept (`draft: true`)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("`input/stories/ria.md`, maar die staat niet op de site: daarvoor is geen toestemming (er staat geen `consent: true`).", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith("`/verhalen/weg/` wijst naar een pagina of bestand dat niet op de site staat. "
            + "Controleer het adres: bestaat de pagina, en is het goed gespeld (met / aan het eind)?", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CheckPassesALinkToAnOldAddressAndOnlySaysWhichNewAddressToWrite()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/buurtfeest-2026.md", "---\ntitle: Feest\ndate: 2026-01-02\nauthor: anouk-visser\nredirect_from: [/verhalen/buurtfeest/]\n---\nTekst.\n");
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\n---\nLees [het feest](/verhalen/buurtfeest/).\n");
        var (code, output, err) = await Run("check", "--root", site.Root, "--date", "2026-11-23");
        Assert.Equal(0, code);
        Assert.DoesNotContain("TB0129", output + err);
        Assert.DoesNotContain("TB0500", output + err);
        Assert.Contains("input/stories/a.md(6,18): warning TB0126: De link `/verhalen/buurtfeest/` gaat naar een oud adres", output);
    }

    [Fact]
    public async Task CheckReportsARelativeLinkInATestimonialOnceAtItsLine()
    {
        using var site = new FixtureSite();
        site.Write("input/testimonials/bep.md", "---\nname: Bep\nrole: cliënt\nconsent: true\nfeatured: true\n---\nLees [hoe wij werken](werkwijze/).\n");
        var (code, _, err) = await Run("check", "--root", site.Root, "--date", "2026-11-23");
        Assert.Equal(1, code);
        Assert.DoesNotContain("TB0500", err);
        var line = Assert.Single(err.Split('\n'), l => l.Contains("TB0129", StringComparison.Ordinal));
        Assert.StartsWith("input/testimonials/bep.md(7,23): error TB0129: De link `werkwijze/` ", line);
    }

    [Fact]
    public async Task CheckNamesThePageABrokenLinkProbablyMeant()
    {
        // Netlify tells `/verhalen/Ria-Gaat/` from `/verhalen/ria-gaat/`: a capital is a broken link there.
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\n---\nLees [Ria](/verhalen/Ria-Gaat/) en [hoe](/werkwijz/).\n");
        site.Write("input/stories/ria-gaat.md", "---\ntitle: Ria\ndate: 2026-01-02\nauthor: anouk-visser\n---\nTekst.\n");
        site.Write("input/stories/b.md", "---\ntitle: B\ndate: 2026-01-01\nauthor: anouk-visser\n---\nHet [rooster](/assets/Rooster.pdf).\n");
        site.Write("input/assets/rooster.pdf", "%PDF-1.4\n");
        var (code, _, err) = await Run("check", "--root", site.Root, "--date", "2026-11-23");
        Assert.Equal(1, code);
        var lines = err.Split('\n').Where(l => l.Contains("error TB0129", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, lines.Count);
        Assert.DoesNotContain("TB0500", err);
        Assert.StartsWith("input/stories/b.md(6,15): error TB0129: De link `/assets/Rooster.pdf` wijst naar een pagina of bestand dat niet op de site staat. "
            + "Bedoelde u `/assets/rooster.pdf`? Let op hoofdletters: op de site telt elke hoofdletter mee.", lines[2]);
        Assert.StartsWith("input/stories/a.md(6,12): error TB0129: De link `/verhalen/Ria-Gaat/` wijst naar een pagina of bestand dat niet op de site staat. "
            + "Bedoelde u `/verhalen/ria-gaat/`? Let op hoofdletters: op de site telt elke hoofdletter mee.", lines[0]);
        Assert.StartsWith("input/stories/a.md(6,42): error TB0129: De link `/werkwijz/` wijst naar een pagina of bestand dat niet op de site staat. "
            + "Bedoelde u `/werkwijze/`?", lines[1]);
    }

    [Fact]
    public async Task CheckPointsAtTheAddressNotAtLinkTextThatRepeatsIt()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\n---\nBel of mail via contact: [contact](contact).\n\nOud adres: [/verhalen/oud/](/verhalen/oud/)\n");
        var (code, _, err) = await Run("check", "--root", site.Root, "--date", "2026-11-23");
        Assert.Equal(1, code);
        Assert.Contains("input/stories/a.md(6,36): error TB0129", err);
        Assert.Contains("input/stories/a.md(8,29): error TB0129", err);
    }

    [Fact]
    public async Task CheckReportsALinkToAMissingMarkdownFileOnceAsAnErrorWithTheBuildsHelp()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\n---\nZie [ook](bestaat-niet.md) en [dit](/verhalen/weg/).\n");
        var (code, output, err) = await Run("check", "--root", site.Root, "--date", "2026-11-23");
        Assert.Equal(1, code);
        var aboutTheFile = (err + output).Split('\n').Where(l => l.Contains("bestaat-niet.md", StringComparison.Ordinal)).ToList();
        // One line for the one link: the build's TB0138, which names the file, as an error in check (a link that leads
        // nowhere fails check), not a second TB0500 that advises a / at the end of a file name.
        var line = Assert.Single(aboutTheFile);
        Assert.StartsWith("input/stories/a.md(6,5): error TB0138", line);
        Assert.Contains("input/stories/a.md(6,", err);
        Assert.Contains("error TB0129: De link `/verhalen/weg/`", err); // a dead site address has its own code from the build
    }

    [Fact]
    public async Task CheckReportsALinkToTheAddressOfAFileWithAnErrorOfItsOwnOnlyByThatError()
    {
        // The story whose front matter cannot be read has no page in this build; its own error says what to fix, and then
        // the link works. Neither the build's TB0129 (an error in check) nor a TB0500 sends the writer to the link.
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\n---\nLees [koffie](/verhalen/koffie/).\n");
        site.Write("input/stories/2026-01-02-koffie.md", "---\ntitle: [Koffie\ndate: 2026-01-02\nauthor: anouk-visser\n---\nTekst.\n");
        var (code, output, err) = await Run("check", "--root", site.Root, "--date", "2026-11-23");
        Assert.Equal(1, code);
        Assert.DoesNotContain("TB0129", output + err);
        Assert.DoesNotContain("TB0500", output + err);
        var errors = err.Split('\n').Where(l => l.Contains(": error TB", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, l => Assert.StartsWith("input/stories/2026-01-02-koffie.md(", l));
    }

    [Fact]
    public async Task CheckReportsEachDeadLinkOfATextOnceWithTheBuildsCode()
    {
        // The build warns at each dead address in a text (TB0129); check makes those errors and does not add a TB0500 of
        // its own for the same links, in pasted HTML too.
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\n---\nZie [dit](/verhalen/weg/).\n\n" +
            "Of [dat](/verhalen/weg/) en [hoe](/werkwijz/).\n");
        site.Write("input/stories/b.md", "---\ntitle: B\ndate: 2026-01-01\nauthor: anouk-visser\n---\nZie <a href=\"/ook-weg/\">hier</a>.\n");
        var (code, output, err) = await Run("check", "--root", site.Root, "--date", "2026-11-23");
        Assert.Equal(1, code);
        var all = (err + output).Split('\n');
        var weg = all.Where(l => l.Contains("`/verhalen/weg/`", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, weg.Count);
        Assert.StartsWith("input/stories/a.md(6,11): error TB0129", weg[0]);
        Assert.StartsWith("input/stories/a.md(8,10): error TB0129", weg[1]);
        Assert.StartsWith("input/stories/a.md(8,35): error TB0129", Assert.Single(all, l => l.Contains("`/werkwijz/`", StringComparison.Ordinal)));
        Assert.StartsWith("input/stories/b.md(6,14): error TB0129: De link `/ook-weg/`", Assert.Single(all, l => l.Contains("`/ook-weg/`", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task CheckPassesOnTheSampleSite()
    {
        var (code, output, err) = await Run("check", "--root", Building.SampleSiteTests.RepositoryRoot(), "--date", "2026-11-23");
        Assert.True(code == 0, err + output);
        Assert.Contains("0 fouten", output);
    }
}
