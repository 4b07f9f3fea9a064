using Thuisbasis.Pipeline;
using Thuisbasis.Tests.Preview;
using Thuisbasis.Model;

namespace Thuisbasis.Tests.Activities;

/// <summary>The preview's incremental rebuilds after edits of activities: the same bytes as a fresh build, and only what an edit touches rendered again.</summary>
public sealed class AgendaPreviewTests : IDisposable
{
    private const string Koor = "input/activities/koor.md";
    private readonly FixtureSite _site = new();

    public AgendaPreviewTests()
    {
        _site.Save(Koor, "---\ntitle: Buurtkoor\nstart: 2026-06-02 19:30\nend: \"21:00\"\nrepeat: { every: week }\nlocation: De Linde\n" +
            "contact: anna\ntags: [muziek]\naudience: [clients]\n---\nWe zingen samen.\n");
        _site.Save("input/activities/markt.md", "---\ntitle: Rommelmarkt\nstart: 2026-06-13\nlocation: Plein\n---\nSpullen.\n");
    }

    private BuildOptions Options => new()
    {
        Root = _site.Root, IncludeDrafts = true, Mode = "preview", BaseUrl = "http://localhost:5080", Date = new DateOnly(2026, 6, 1),
    };

    [Fact]
    public void IncrementalRebuildsAfterActivityEditsGiveTheSameSiteAsAFreshBuild()
    {
        var engine = new SiteEngine(Options);
        Assert.True(engine.Build().Succeeded);
        (Action Edit, string[] Paths)[] steps =
        [
            (() => _site.Replace(Koor, "title: Buurtkoor", "title: Buurtkoor De Linde"), [Koor]),
            (() => _site.Replace(Koor, "start: 2026-06-02 19:30", "start: 2026-06-02 20:00"), [Koor]),
            (() => _site.Replace(Koor, "repeat: { every: week }", "repeat: { every: 2 weeks, except: [2026-06-16] }\ncancelled: [2026-06-30]"), [Koor]),
            (() => _site.Replace("input/team/anna.md", "name: Anna de Vries", "name: Anna Smit"), ["input/team/anna.md"]),
            (() => _site.Save("input/activities/lezing.md", "---\ntitle: Lezing\nstart: 2026-06-04 20:00\nlocation: online\nonline_url: https://meet.example/x\ntags: [muziek]\n---\nOver muziek.\n"),
                ["input/activities/lezing.md"]),
            (() => _site.Replace("input/activities/markt.md", "start: 2026-06-13", "start: 2026-05-02"), ["input/activities/markt.md"]), // ended
            (() => _site.Replace("input/activities/lezing.md", "tags: [muziek]", "tags: [muziek]\ndraft: true"), ["input/activities/lezing.md"]),
            (() => File.Delete(_site.PathOf(Koor)), [Koor]),
        ];
        foreach (var (edit, paths) in steps)
        {
            edit();
            var incremental = engine.Build(paths);
            var fresh = new SiteEngine(Options).Build();
            Assert.True(incremental.Succeeded, string.Join("\n", incremental.Diagnostics));
            Assert.Equal(Files(fresh), Files(incremental));
        }
    }

    [Fact]
    public void AfterATimeThatDoesNotExistIsPutRightTheRebuildEqualsAFreshBuild()
    {
        var engine = new SiteEngine(Options);
        Assert.True(engine.Build().Succeeded);
        _site.Replace(Koor, "start: 2026-06-02 19:30", "start: 2027-03-28 02:30");
        var broken = engine.Build([Koor]);
        Assert.Equal(("TB0145", 3, 8), broken.Diagnostics.Where(d => d.Code == "TB0145").Select(d => (d.Code, d.Line, d.Column)).Single());
        _site.Replace(Koor, "start: 2027-03-28 02:30", "start: 2027-03-28 03:30");
        var mended = engine.Build([Koor]);
        Assert.True(mended.Succeeded, string.Join("\n", mended.Diagnostics));
        Assert.Equal(Files(new SiteEngine(Options).Build()), Files(mended));
    }

    [Fact]
    public void EditingAnActivityRendersItsPageAndTheAgendaButNoStoryPage()
    {
        var engine = new SiteEngine(Options);
        engine.Build();
        _site.Replace(Koor, "We zingen samen.", "We zingen samen, elke dinsdag.");
        var result = engine.Build([Koor]);
        Assert.Contains("/activiteiten/koor/", result.Rendered);
        Assert.DoesNotContain("/verhalen/wandelen/", result.Rendered);
        Assert.DoesNotContain("/activiteiten/markt/", result.Rendered);
        Assert.Contains("elke dinsdag", System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "activiteiten/koor/index.html").Bytes!));
    }

    private static SortedDictionary<string, string> Files(BuildResult result) =>
        new(result.Files.Where(f => f.Bytes is not null).ToDictionary(f => f.Path, f => System.Text.Encoding.UTF8.GetString(f.Bytes!)),
            StringComparer.Ordinal);

    public void Dispose() => _site.Dispose();
}
