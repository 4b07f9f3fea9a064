using Thuisbasis.Content;
using Thuisbasis.Diagnostics;
using Thuisbasis.Rendering;
using Thuisbasis.Content.Settings;
using Thuisbasis.Tests.Support;
using Thuisbasis.Content.Upgrading;

namespace Thuisbasis.Tests.Upgrading;

/// <summary>A setting, key or theme file a version renamed: the build names the file, the line and what to write now.</summary>
public sealed class MigrationTests
{
    [Fact]
    public void ARenamedSettingIsReportedAtItsLineWithItsNewNameInsteadOfAsUnknown()
    {
        var bag = new DiagnosticBag();
        SettingsReader.Parse(SourceFile.FromText("statiq.config", "name: De Linde\nurl: https://delinde.example\nfeeds:\n  count: 5\n"), bag);
        var d = Assert.Single(bag.Sorted());
        Assert.Equal("statiq.config(4,3): warning TB0280: `feeds.count` heet sinds Thuisbasis 0.1.0 `feeds.items`. " +
            "Schrijf `items:` in plaats van `count:`; de waarde blijft hetzelfde.", d.ToString());
    }

    [Fact]
    public void ARenamedSettingKeepsItsValueUntilTheWriterRenamesIt()
    {
        var bag = new DiagnosticBag();
        var settings = SettingsReader.Parse(SourceFile.FromText("statiq.config", "name: De Linde\nurl: https://delinde.example\nfeeds:\n  count: 5\n"), bag);
        Assert.Equal(5, settings.Feeds.Items);
        Assert.Equal("TB0280", Assert.Single(bag.Sorted()).Code);
        // A mistake in the value is still found, at the old key's value.
        bag = new DiagnosticBag();
        SettingsReader.Parse(SourceFile.FromText("statiq.config", "name: De Linde\nurl: https://delinde.example\nfeeds:\n  count: 0\n"), bag);
        Assert.Contains(bag.Sorted(), d => d.Code == "TB0302" && d.ToString().StartsWith("statiq.config(4,10): error TB0302", StringComparison.Ordinal));
    }

    [Fact]
    public void WhenTheOldAndTheNewNameAreBothWrittenTheNewOneCountsAndTheOldLineIsCalledUnused()
    {
        var bag = new DiagnosticBag();
        var settings = SettingsReader.Parse(SourceFile.FromText("statiq.config", "name: De Linde\nurl: https://delinde.example\nfeeds:\n  count: 5\n  items: 7\n"), bag);
        Assert.Equal(7, settings.Feeds.Items);
        var d = Assert.Single(bag.Sorted());
        Assert.Equal("statiq.config(4,3): warning TB0280: `feeds.count` heet sinds Thuisbasis 0.1.0 `feeds.items`, en dat staat er ook: " +
            "`count:` wordt niet gebruikt. Haal de regel met `count:` weg; `items:` geldt.", d.ToString());
    }

    [Fact]
    public void ARenamedContentKeysOldValueIsFoundOnlyInItsOwnFolderAndAlsoWhenItMovedIntoAGroup()
    {
        Migration[] table =
        [
            new("2.0.0", MigrationKind.ContentKey, "closing", "closing_date", Folder: "vacancies"),
            new("2.0.0", MigrationKind.ContentKey, "phone", "contact.phone"),
        ];
        var front = FrontMatter.ParseYamlFile(SourceFile.FromText("input/vacancies/kok.yml", "closing: 2026-12-31\nphone: 030 123\n"), new DiagnosticBag())!;
        Assert.Equal("2026-12-31", Assert.IsType<YamlDotNet.RepresentationModel.YamlScalarNode>(
            Migrations.RenamedTo("input/vacancies/kok.md", front.Map, "closing_date", table)).Value);
        Assert.Null(Migrations.RenamedTo("input/stories/kok.md", front.Map, "closing_date", table));
        Assert.Equal("030 123", Assert.IsType<YamlDotNet.RepresentationModel.YamlScalarNode>(
            Migrations.RenamedTo("input/stories/kok.md", front.Map, "contact.phone", table)).Value);
        Assert.Null(Migrations.RenamedTo("input/vacancies/kok.md", front.Map, "contact.email", table));
    }

    [Fact]
    public void ARenamedContentKeyIsReportedOnlyInItsOwnFolder()
    {
        Migration[] table = [new("2.0.0", MigrationKind.ContentKey, "closing", "closing_date", Folder: "vacancies")];
        Assert.Same(table[0], Migrations.ForKey("input/vacancies/kok.md", "closing", table));
        Assert.Null(Migrations.ForKey("input/stories/kok.md", "closing", table));
        Assert.Null(Migrations.ForKey("statiq.config", "closing", table));
    }

    [Fact]
    public void AnUnknownKeyWithoutAMigrationStillGetsTheDidYouMeanWarning()
    {
        var bag = new DiagnosticBag();
        SettingsReader.Parse(SourceFile.FromText("statiq.config", "name: De Linde\nurl: https://delinde.example\nfeeds:\n  itemz: 5\n"), bag);
        Assert.Equal("TB0201", Assert.Single(bag.Sorted()).Code);
    }

    [Fact]
    public void AnOverrideOfARenamedThemeFileIsReportedWithTheNameToGiveIt()
    {
        using var site = new FixtureSite();
        site.Write("overrides/partials/kaart.sbn-html", "<p>eigen</p>\n").Write("overrides/layouts/story.sbn-html", "{{ page.title }}\n");
        Migration[] table =
        [
            new("2.0.0", MigrationKind.ThemeFile, "partials/kaart.sbn-html", "partials/story-card.sbn-html"),
            new("2.0.0", MigrationKind.ThemeFile, "layouts/oud.sbn-html", null),
        ];
        var bag = new DiagnosticBag();
        ThemeMigrations.Check(new Theme(site.Root), bag, table);
        var d = Assert.Single(bag.Sorted());
        Assert.Equal("overrides/partials/kaart.sbn-html(1,1): warning TB0281: Het themabestand `partials/kaart.sbn-html` heet sinds " +
            "Thuisbasis 2.0.0 `partials/story-card.sbn-html`; uw `overrides/partials/kaart.sbn-html` wordt niet meer gebruikt. " +
            "Geef het bestand de naam `overrides/partials/story-card.sbn-html` en kijk of het ingebouwde bestand intussen veranderd is.", d.ToString());
    }

    [Fact]
    public void TheBuiltInThemeIsNeverCheckedAsIfTheSiteOverrodeIt()
    {
        using var site = new FixtureSite();
        Migration[] table = [new("2.0.0", MigrationKind.ThemeFile, "layouts/story.sbn-html", "layouts/verhaal.sbn-html")];
        var bag = new DiagnosticBag();
        ThemeMigrations.Check(new Theme(site.Root), bag, table);
        Assert.Empty(bag.Sorted());
    }

    [Fact]
    public void TheToolsOwnThemeInsideTheSiteFolderIsShownAsTheBuiltInThemeAndNeverCheckedAsAnOverride()
    {
        // bash thuisbasis.sh fetches the tool into the site itself: its default theme lies beside the program in
        // .thuisbasis/programma/<version>/…/themes/default, below the site's root but not the site's own.
        using var site = new FixtureSite();
        var builtIn = Path.Combine(site.Root, ".thuisbasis", "programma", "0.1.0", ".store", "thuisbasis", "0.1.0", "tools", "net10.0", "any", "themes", "default");
        site.Write(".thuisbasis/programma/0.1.0/.store/thuisbasis/0.1.0/tools/net10.0/any/themes/default/layouts/story.sbn-html", "{{ page.title }}\n")
            .Write("overrides/partials/footer.sbn-html", "<footer></footer>\n");
        var theme = new Theme(site.Root, "default", builtIn);

        Assert.Equal("(ingebouwd thema)/layouts/story.sbn-html", theme.Display(Path.Combine(builtIn, "layouts", "story.sbn-html")));
        Assert.Equal("overrides/partials/footer.sbn-html", theme.Display(Path.Combine(site.Root, "overrides", "partials", "footer.sbn-html")));
        Migration[] table = [new("2.0.0", MigrationKind.ThemeFile, "layouts/story.sbn-html", "layouts/verhaal.sbn-html")];
        var bag = new DiagnosticBag();
        ThemeMigrations.Check(theme, bag, table);
        Assert.Empty(bag.Sorted());
    }

    [Fact]
    public void TheThemeEmbeddedInTheEngineIsTheDefaultThemeFileForFile()
    {
        var cache = Path.Combine(Path.GetTempPath(), "tb-theme-" + Guid.NewGuid().ToString("N")[..10]);
        try
        {
            var folder = BuiltInTheme.Extract(typeof(Theme).Assembly, cache)!;
            var source = Path.Combine(SampleRoot(), "themes", "default");
            static List<string> Files(string root) => Directory.GetFiles(root, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(Files(source), Files(folder));
            foreach (var file in Files(source))
                Assert.Equal(File.ReadAllBytes(Path.Combine(source, file)), File.ReadAllBytes(Path.Combine(folder, file)));
            // A second start finds the same folder instead of writing it again.
            Assert.Equal(folder, BuiltInTheme.Extract(typeof(Theme).Assembly, cache));
        }
        finally
        {
            if (Directory.Exists(cache)) Directory.Delete(cache, recursive: true);
        }
    }

    private static string SampleRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Site.sln"))) return dir.FullName;
        throw new InvalidOperationException("Site.sln not found");
    }
}

/// <summary>
/// TB0282: a file in <c>overrides/</c> that nothing uses (a typo in its name, a wrong extension, or a theme file a new
/// version renamed without a line in the table) was passed over without a word, and the change in it with it.
/// </summary>
public sealed class UnusedThemeFileTests
{
    [Fact]
    public void AnOverrideThatReplacesNothingAndIsIncludedNowhereIsNamedWithTheFileMeant()
    {
        using var site = new FixtureSite();
        site.Write("overrides/partials/foter.sbn-html", "<footer>x</footer>\n")
            .Write("overrides/partials/header.html", "<header>x</header>\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var unused = result.Diagnostics.Where(d => d.Code == UnusedThemeFiles.Code).OrderBy(d => d.Path).ToList();
        Assert.Equal(["overrides/partials/foter.sbn-html", "overrides/partials/header.html"], unused.Select(d => d.Path));
        Assert.Equal("Bedoelde u `partials/footer.sbn-html`? Geef het bestand dan die naam (in dezelfde map als nu).", unused[0].Help);
        Assert.Contains("`partials/header.sbn-html`", unused[1].Help);
    }

    [Fact]
    public void AnOwnPartialThatALayoutIncludesAndAnOwnLayoutThatAPageAsksForAreUsed()
    {
        using var site = new FixtureSite();
        site.Write("overrides/partials/eigen-blok.sbn-html", "<p class=\"eigen-blok\">x</p>\n")
            .Write("overrides/layouts/speciaal.sbn-html", "{{ include 'partials/eigen-blok' }}<h1>{{ page.title }}</h1>\n")
            .Write("input/pages/speciaal.md", "---\ntitle: Speciaal\nlayout: speciaal\n---\nTekst.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == UnusedThemeFiles.Code);

        // A partial nobody includes any more is named again.
        site.Write("overrides/layouts/speciaal.sbn-html", "<h1>{{ page.title }}</h1>\n");
        var d = Assert.Single(site.Build().Diagnostics, d => d.Code == UnusedThemeFiles.Code);
        Assert.Equal("overrides/partials/eigen-blok.sbn-html", d.Path);
        Assert.Contains("{{ include \"partials/eigen-blok\" }}", d.Help);
    }
}
