using Thuisbasis.Pipeline;
using Thuisbasis.Tests.Support;
using Thuisbasis.Model;

namespace Thuisbasis.Tests.Search;

/// <summary>The preview's incremental rebuilds give the same search markup and search page as a fresh build.</summary>
public sealed class SearchIncrementalTests
{
    private static BuildOptions Preview(FixtureSite site) => new()
    {
        Root = site.Root, IncludeDrafts = true, Mode = "preview", BaseUrl = "http://localhost:5080", Date = FixtureSite.Today,
    };

    private static void Replace(FixtureSite site, string path, string from, string to)
    {
        var text = File.ReadAllText(Path.Combine(site.Root, path));
        Assert.Contains(from, text);
        site.Write(path, text.Replace(from, to));
    }

    [Fact]
    public void SwitchingSearchAndEditingWhatIsIndexedGiveTheSameFilesAsAFreshBuild()
    {
        using var site = SearchSites.WithSearch("search: false");
        site.Write("input/stories/zomer.md", "---\ntitle: Zomer\ndate: 2026-05-01\nauthor: anouk-visser\n---\nZonnebloemen.\n");
        site.Write("input/vacancies/werk.md",
            "---\ntitle: Sociaal werker\ndate: 2026-05-01\nclosing_date: 2026-12-31\nkind: paid\nlocation: Amsterdam\n" +
            "contact: { name: Anouk Visser, email: anouk@test.example }\napply_email: werken@test.example\n---\nKom werken.\n");
        var engine = new SiteEngine(Preview(site));
        Assert.True(engine.Build().Succeeded);
        Action[] edits =
        [
            () => Replace(site, "statiq.config", "search: false", "search: true"),
            () => Replace(site, "input/vacancies/werk.md", "closing_date: 2026-12-31", "closing_date: 2026-06-30"),
            () => Replace(site, "input/stories/zomer.md", "author: anouk-visser\n", "author: anouk-visser\ndraft: true\n"),
            () => Replace(site, "statiq.config", "name: Testorganisatie", "name: Testorganisatie Oost"),
            () => Replace(site, "statiq.config", "search: true", "search: false"),
        ];
        var states = new List<bool>();
        foreach (var edit in edits)
        {
            edit();
            var incremental = engine.Build();
            var fresh = new SiteEngine(Preview(site)).Build();
            Assert.True(incremental.Succeeded, incremental.Describe());
            Assert.Equal(Files(fresh), Files(incremental));
            states.Add(incremental.Has("zoeken/index.html"));
        }
        Assert.Equal([true, true, true, true, false], states);
    }

    private static SortedDictionary<string, string> Files(BuildResult result) =>
        new(result.Files.Where(f => f.Bytes is not null).ToDictionary(f => f.Path, f => System.Text.Encoding.UTF8.GetString(f.Bytes!)),
            StringComparer.Ordinal);
}
