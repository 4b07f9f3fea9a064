using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Search;

/// <summary>
/// Fixture sites with <c>search: true</c> built end to end with the real Pagefind: what is in the index and what is
/// not, and a failed or impossible index leaving the previous output as it was.
/// </summary>
public sealed class SearchIndexTests
{
    private static FixtureSite SiteWithEverythingThatMustNotBeFound()
    {
        var site = SearchSites.WithSearch();
        site.Write("input/stories/zonnebloemen.md",
            "---\ntitle: Zonnebloemen in de wijk\ndate: 2026-05-01\nauthor: anouk-visser\n---\nDe buren zaaiden samen zonnebloemen langs het fietspad.\n");
        site.Write("input/stories/concept.md",
            "---\ntitle: Nog niet af\ndate: 2026-05-02\nauthor: anouk-visser\ndraft: true\n---\nHet woord conceptwoordje staat alleen hier.\n");
        site.Write("input/stories/ria.md",
            "---\ntitle: Mijn weg terug\ndate: 2026-03-01\nauthor: { name: Ria, role: cliënt }\nconsent: false\n---\nRia vertelt over haar geheimwoordje.\n");
        site.Write("input/testimonials/bep.md",
            "---\nname: Bep Jansen\nrole: cliënt\nconsent: false\nfeatured: true\n---\nDit toestemmingswoordje mag niemand lezen.\n");
        site.Write("input/testimonials/gerda.md",
            "---\nname: Gerda\nrole: mantelzorger\nconsent: true\nfeatured: true\n---\nFijn dat jullie er zijn, citaatwoordje.\n");
        site.Write("input/vacancies/open.md", Vacancy("Sociaal werker", "2026-12-31", "Wij zoeken een collega voor het buurtteam."));
        site.Write("input/vacancies/dicht.md", Vacancy("Kraanvogelteller", "2026-06-30", "Tel de kraanvogels in het park."));
        site.Write("input/services/taalcafe.md", "---\ntitle: Taalcafé\nsummary: Samen Nederlands oefenen.\n---\nElke dinsdag in het buurthuis.\n");
        return site;
    }

    private static string Vacancy(string title, string closing, string body) => $"""
        ---
        title: {title}
        date: 2026-05-01
        closing_date: {closing}
        kind: paid
        location: Amsterdam
        contact: {"{"} name: Anouk Visser, email: anouk@test.example {"}"}
        apply_email: werken@test.example
        ---
        {body}
        """;

    [Fact]
    public void TheFactsOfAVacancyAndAnActivityAreIndexedAsSeparateWordsSoAPlaceIsFound()
    {
        // A list of facts (<dt>Plaats</dt><dd>Amsterdam-Oost</dd>) was indexed as "PlaatsAmsterdam-Oost": the place
        // found nothing, and every result read "Soort werkBetaalde baan".
        using var site = SearchSites.WithSearch();
        site.Write("input/vacancies/open.md", Vacancy("Sociaal werker", "2026-12-31", "Wij zoeken een collega.").Replace("location: Amsterdam", "location: Amsterdam-Oost"));
        site.Write("input/activities/taalcafe.md",
            "---\ntitle: Taalcafé\nstart: 2026-12-18 14:00\nlocation: Buurthuis De Linde\nonline_url: https://meet.test.example/taal\nprice: gratis\n---\nSamen praten.\n");
        var result = SearchSites.BuildAndWrite(site, SearchSites.RepositoryPagefind());
        Assert.True(result.Succeeded, result.Describe());
        var byUrl = SearchSites.ReadIndex(site.Output).ToDictionary(f => f.Url);
        var vacancy = byUrl["/vacatures/open/"].Content;
        foreach (var words in new[] { "Plaats Amsterdam-Oost", "Soort werk Betaalde baan" })
            Assert.Matches(@"(^|\s)" + System.Text.RegularExpressions.Regex.Escape(words).Replace(@"\ ", @"\s+") + @"(\s|\.|$)", vacancy);
        var activity = byUrl["/activiteiten/taalcafe/"].Content;
        foreach (var words in new[] { "Waar Buurthuis De Linde", "Doe online mee Kosten gratis" })
            Assert.Matches(@"(^|\s)" + System.Text.RegularExpressions.Regex.Escape(words).Replace(@"\ ", @"\s+") + @"(\s|\.|$)", activity);
    }

    [Fact]
    public void OnlyPublishedContentPagesAreIndexedWithTheirType()
    {
        using var site = SiteWithEverythingThatMustNotBeFound();
        var result = SearchSites.BuildAndWrite(site, SearchSites.RepositoryPagefind());
        Assert.True(result.Succeeded, result.Describe());
        Assert.True(File.Exists(Path.Combine(site.Output, "pagefind", "pagefind.js")));
        Assert.True(File.Exists(Path.Combine(site.Output, "pagefind", "pagefind-entry.json")));

        var index = SearchSites.ReadIndex(site.Output);
        var byUrl = index.ToDictionary(f => f.Url);
        Assert.Equal(
            new[] { "/", "/contact/", "/diensten/", "/diensten/taalcafe/", "/extra/", "/onze-klanten/", "/over-ons/", "/toegankelijkheid/",
                    "/vacatures/open/", "/verhalen/zonnebloemen/", "/werkwijze/" },
            byUrl.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(index.Count, result.SearchIndex!.Pages);
        Assert.Equal("verhaal", byUrl["/verhalen/zonnebloemen/"].Meta["type"]);
        Assert.Equal("Zonnebloemen in de wijk", byUrl["/verhalen/zonnebloemen/"].Meta["title"]);
        Assert.Equal("vacature", byUrl["/vacatures/open/"].Meta["type"]);
        Assert.Equal("dienst", byUrl["/diensten/taalcafe/"].Meta["type"]);
        Assert.Equal("pagina", byUrl["/contact/"].Meta["type"]);
        Assert.Contains("zonnebloemen langs het fietspad", byUrl["/verhalen/zonnebloemen/"].Content);

        // The closed vacancy keeps its page, which says so, but is not found; drafts, content without consent, listings,
        // the search page and 404 are not in the index; quotes are left out of the pages that show them.
        Assert.Contains("Gesloten", File.ReadAllText(Path.Combine(site.Output, "vacatures", "dicht", "index.html")));
        var everything = string.Join("\n", index.Select(f => f.Content + " " + string.Join(" ", f.Meta.Values)));
        foreach (var word in new[] { "Kraanvogel", "conceptwoordje", "geheimwoordje", "toestemmingswoordje", "citaatwoordje", "Pagina niet gevonden" })
            Assert.DoesNotContain(word, everything, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("citaatwoordje", File.ReadAllText(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public void WithoutPagefindABuildWithSearchOnFailsAtTheSettingAndLeavesThePreviousOutput()
    {
        using var site = SearchSites.WithSearch("search: false");
        Assert.True(SearchSites.BuildAndWrite(site, null).Succeeded);
        var before = File.ReadAllText(Path.Combine(site.Output, "index.html"));

        site.Write("statiq.config", File.ReadAllText(Path.Combine(site.Root, "statiq.config")).Replace("search: false", "search: true"));
        var result = SearchSites.BuildAndWrite(site, null);

        Assert.False(result.Succeeded);
        var d = Assert.Single(result.Diagnostics, x => x.IsError);
        Assert.Equal(("TB0340", "statiq.config", 6), (d.Code, d.Path, d.Line));
        Assert.Contains("Pagefind", d.Message);
        Assert.Contains("npm install pagefind@1.6.0", d.Help);
        Assert.Equal(before, File.ReadAllText(Path.Combine(site.Output, "index.html")));
        Assert.False(File.Exists(Path.Combine(site.Output, "zoeken", "index.html")));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // the failing Pagefind is a shell script
    public void APagefindThatFailsStopsTheBuildWithItsMessageAndLeavesThePreviousSiteAndIndex()
    {
        using var site = SiteWithEverythingThatMustNotBeFound();
        Assert.True(SearchSites.BuildAndWrite(site, SearchSites.RepositoryPagefind()).Succeeded);
        var files = Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories).Order().ToList();
        var home = File.ReadAllText(Path.Combine(site.Output, "index.html"));

        var broken = Path.Combine(site.Root, "kapot", "pagefind");
        site.Write("kapot/pagefind", "#!/bin/sh\necho 'Error: de schijf is vol' >&2\nexit 3\n");
        File.SetUnixFileMode(broken, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        site.Write("input/pages/home.md", "---\ntitle: Welkom\n---\nNieuwe tekst die nog niet online mag.\n");
        var result = SearchSites.BuildAndWrite(site, broken);

        Assert.False(result.Succeeded);
        var d = Assert.Single(result.Diagnostics, x => x.IsError);
        Assert.Equal("TB0341", d.Code);
        Assert.Contains("Error: de schijf is vol", d.Message);
        Assert.Equal(home, File.ReadAllText(Path.Combine(site.Output, "index.html")));
        Assert.Equal(files, Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories).Order().ToList());
    }

    [Fact]
    public void IndexFilesWithTheSameBytesKeepTheirTimesWhenTheSiteIsIndexedAgain()
    {
        using var site = SiteWithEverythingThatMustNotBeFound();
        var pagefind = SearchSites.RepositoryPagefind();
        Assert.True(SearchSites.BuildAndWrite(site, pagefind).Succeeded);
        var script = Path.Combine(site.Output, "pagefind", "pagefind.js");
        var entry = Path.Combine(site.Output, "pagefind", "pagefind-entry.json");
        var old = DateTime.UtcNow.AddDays(-3);
        File.SetLastWriteTimeUtc(script, old);
        File.SetLastWriteTimeUtc(entry, old);
        var entryBefore = File.ReadAllBytes(entry);

        // A new page: the index changes (one page more), Pagefind's own script does not.
        site.Write("input/pages/privacy.md", "---\ntitle: Privacy\n---\nWij bewaren niets.\n");
        Assert.True(SearchSites.BuildAndWrite(site, pagefind).Succeeded);

        Assert.Equal(old, File.GetLastWriteTimeUtc(script));
        Assert.NotEqual(entryBefore, File.ReadAllBytes(entry));
        Assert.NotEqual(old, File.GetLastWriteTimeUtc(entry));
    }
}
