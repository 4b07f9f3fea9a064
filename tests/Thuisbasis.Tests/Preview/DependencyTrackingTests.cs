using Thuisbasis.Pipeline;
using Thuisbasis.Model;

namespace Thuisbasis.Tests.Preview;

/// <summary>What an incremental rebuild re-renders after one edit, and that it gives the same bytes as a fresh build.</summary>
public sealed class DependencyTrackingTests : IDisposable
{
    private const string Walk = "input/stories/2026-02-14-wandelen.md";
    private readonly FixtureSite _site = new();

    private BuildOptions Options => new()
    {
        Root = _site.Root, IncludeDrafts = true, Mode = "preview", BaseUrl = "http://localhost:5080", Date = new DateOnly(2026, 6, 1),
    };

    [Fact]
    public void FirstBuildRendersEveryPage()
    {
        var result = new SiteEngine(Options).Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(result.Pages.Select(p => p.Url).Order(), result.Rendered.Order());
    }

    [Fact]
    public void RebuildWithoutChangesRendersNothing()
    {
        var engine = new SiteEngine(Options);
        engine.Build();
        Assert.Empty(engine.Build().Rendered);
    }

    [Fact]
    public void EditingOneStoryReRendersOnlyItsDependents()
    {
        var engine = new SiteEngine(Options);
        engine.Build();
        _site.Replace(Walk, "title: Wandelen tegen eenzaamheid", "title: Samen wandelen in het park");

        var result = engine.Build();

        // Its own page, the pages of the story listings it is on, its tag and its author; not the home page (which shows
        // the two newest stories), the other listing pages or the other stories.
        Assert.Equal(["/auteur/anna/", "/extra/pagina/2/", "/onderwerp/buren/", "/verhalen/pagina/2/", "/verhalen/wandelen/"], result.Rendered.Order());
        Assert.Contains("Samen wandelen in het park", Text(result, "verhalen/wandelen/index.html"));
        Assert.Contains("Samen wandelen in het park", Text(result, "onderwerp/buren/index.html"));
    }

    [Fact]
    public void EditingATeamProfileReRendersTheirStoriesAndAuthorPage()
    {
        var engine = new SiteEngine(Options);
        engine.Build();
        _site.Replace("input/team/bram.md", "name: Bram Jansen", "name: Bram de Jong");

        var result = engine.Build();

        // Their page, their two stories, and the listing pages that show those stories (what a page's plan holds counts
        // as read whole); not the other stories or the pages that show none of theirs.
        Assert.Equal(["/auteur/bram/", "/extra/", "/extra/pagina/2/", "/onderwerp/taal/", "/verhalen/", "/verhalen/pagina/2/",
            "/verhalen/taalcafe/", "/verhalen/toekomst/"], result.Rendered.Order());
        Assert.Contains("door Bram de Jong", Text(result, "verhalen/taalcafe/index.html"));
    }

    [Fact]
    public void EditingALayoutReRendersEveryPage()
    {
        var engine = new SiteEngine(Options);
        var first = engine.Build();
        _site.Replace("themes/default/layouts/base.sbn-html", "<footer>", "<footer class=\"nieuw\">");

        var result = engine.Build();

        Assert.Equal(first.Pages.Count, result.Rendered.Count);
        Assert.Contains("class=\"nieuw\"", Text(result, "index.html"));
    }

    [Fact]
    public void EditingTheStoryLayoutReRendersTheStoriesOnly()
    {
        var engine = new SiteEngine(Options);
        var first = engine.Build();
        _site.Save("themes/default/layouts/story.sbn-html", _site.Read("themes/default/layouts/story.sbn-html") + "<!-- verhaal-opmaak -->\n");

        var result = engine.Build();

        var stories = first.Pages.Where(p => p.Layout == "layouts/story.sbn-html").Select(p => p.Url).Order().ToList();
        Assert.True(stories.Count >= 3, string.Join(", ", stories));
        Assert.Equal(stories, result.Rendered.Order());
        Assert.Equal(Files(new SiteEngine(Options).Build()), Files(result));
    }

    [Fact]
    public void APartialAndAnOverrideOfItReRenderThePagesThatIncludeItOnly()
    {
        // A partial that the story listings and the author pages include.
        _site.Save("themes/default/partials/bladeren.sbn-html", "<!-- bladeren-thema -->");
        foreach (var layout in new[] { "themes/default/layouts/stories.sbn-html", "themes/default/layouts/author.sbn-html" })
            _site.Save(layout, _site.Read(layout) + "{{ include \"partials/bladeren\" }}\n");
        var engine = new SiteEngine(Options);
        var first = engine.Build();
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        // Which pages include it is told by the output of a fresh build, not by the cache under test.
        string[] WithMark(BuildResult build, string mark) =>
            build.Pages.Where(p => Text(build, p.OutputPath).Contains(mark, StringComparison.Ordinal)).Select(p => p.Url).Order().ToArray();
        void Step(Action edit, string mark)
        {
            edit();
            var result = engine.Build();
            var fresh = new SiteEngine(Options).Build();
            var including = WithMark(fresh, mark);
            Assert.True(including.Length >= 3 && including.Length < first.Pages.Count / 2, string.Join(", ", including));
            Assert.Equal(including, result.Rendered.Order());
            Assert.Equal(Files(fresh), Files(result));
        }

        Step(() => _site.Save("themes/default/partials/bladeren.sbn-html", "<!-- bladeren-thema, nieuw -->"), "<!-- bladeren-thema, nieuw -->");
        // A file in overrides/ wins from the theme's: the same pages, now with the site's own partial.
        Step(() => _site.Save("overrides/partials/bladeren.sbn-html", "<!-- bladeren-eigen -->"), "<!-- bladeren-eigen -->");
        // And once it is gone, the theme's again.
        Step(() => File.Delete(_site.PathOf("overrides/partials/bladeren.sbn-html")), "<!-- bladeren-thema, nieuw -->");
    }

    [Fact]
    public void IncrementalRebuildsGiveTheSameSiteAsAFreshBuild()
    {
        var engine = new SiteEngine(Options);
        engine.Build();
        Action[] edits =
        [
            () => _site.Replace(Walk, "date: 2026-02-14", "date: 2026-03-04"), // moves it up the listings
            () => _site.Replace("input/team/anna.md", "name: Anna de Vries", "name: Anna Smit"),
            () => _site.Save("input/stories/2026-04-01-nieuw.md", "---\ntitle: Nieuw verhaal\ndate: 2026-04-01\nauthor: bram\ntags: [taal, buren]\n---\nNieuw.\n"),
            () => File.Delete(_site.PathOf("input/stories/2026-01-10-samen-koken.md")),
            () => _site.Replace("statiq.config", "page_size: 2", "page_size: 3"),
            // Values of the site that every story page and listing is planned with (the home crumb, the site's name).
            () => _site.Replace("input/pages/home.md", "title: Welkom bij De Linde", "title: Welkom bij De Linde\nmenu_title: Start"),
            () => _site.Replace("statiq.config", "name: Buurthuis De Linde", "name: Buurthuis De Lindeboom"),
            () => _site.Replace("input/stories/2026-03-01-taalcafe.md", "tags: [taal]", "tags: [taal, buren]"),
        ];
        foreach (var edit in edits)
        {
            edit();
            var incremental = engine.Build();
            var fresh = new SiteEngine(Options).Build();
            Assert.True(incremental.Succeeded, string.Join("\n", incremental.Diagnostics));
            // Every file, not only pages: feeds and _headers are also kept between rebuilds when nothing in them changed.
            Assert.Equal(Files(fresh), Files(incremental));
        }
    }

    [Fact]
    public void RebuildsGivenTheWatchersPathsGiveTheSameSiteAsAFreshBuild()
    {
        // The preview passes the paths its file watcher reported, so the engine updates its listing of input/ instead
        // of listing every file again. Each step names what a watcher would report for that change.
        var engine = new SiteEngine(Options);
        engine.Build(changed: null);
        (Action Edit, string[] Paths)[] steps =
        [
            (() => _site.Replace(Walk, "date: 2026-02-14", "date: 2026-03-04"), [Walk]),
            (() => _site.Save("input/stories/2026-04-01-nieuw.md", "---\ntitle: Nieuw verhaal\ndate: 2026-04-01\nauthor: bram\ntags: [taal, buren]\n---\nNieuw.\n"),
                ["input/stories/2026-04-01-nieuw.md.tmp", "input/stories/2026-04-01-nieuw.md"]),
            (() => File.Delete(_site.PathOf("input/stories/2026-01-10-samen-koken.md")), ["input/stories/2026-01-10-samen-koken.md"]),
            (() => _site.SaveBytes("input/assets/nieuw/park.png", Feeds.FeedTestSupport.Png(800, 450)), ["input/assets/nieuw"]),
            (() => Directory.Move(_site.PathOf("input/assets/nieuw"), _site.PathOf("input/assets/anders")), ["input/assets/nieuw", "input/assets/anders"]),
            (() => _site.Replace("input/team/anna.md", "name: Anna de Vries", "name: Anna Smit"), ["input/team/anna.md"]),
            (() => _site.Replace("statiq.config", "page_size: 2", "page_size: 3"), ["statiq.config"]),
        ];
        foreach (var (edit, paths) in steps)
        {
            edit();
            var incremental = engine.Build(paths);
            var fresh = new SiteEngine(Options).Build();
            Assert.True(incremental.Succeeded, string.Join("\n", incremental.Diagnostics));
            Assert.Equal(Files(fresh), Files(incremental));
            Assert.Equal(fresh.Files.Select(f => f.Path).Order(StringComparer.Ordinal), incremental.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void EditsOfStoriesGiveTheSameSiteAndMessagesAsAFreshBuild()
    {
        // Edits of a story's text, place (date, tags), image and consent, and a body that cannot be rendered and is
        // mended: after each, the files and the messages are those of a fresh build.
        const string Cooking = "input/stories/2026-01-10-samen-koken.md";
        const string Draft = "input/stories/2026-03-05-concept.md";
        var engine = new SiteEngine(Options);
        engine.Build(changed: null);
        (Action Edit, string[] Paths)[] steps =
        [
            (() => _site.Replace(Walk, "title: Wandelen tegen eenzaamheid", "title: Samen wandelen in het park"), [Walk]),
            (() => _site.Replace(Walk, "tags: [buren]", "tags: [buren]\nsummary: Een rondje door het park."), [Walk]),
            (() => _site.Replace(Walk, "een rondje door het park.\n", "een rondje door het park.\n\nIedereen is welkom, ook met een rollator.\n"), [Walk]),
            // Two at once, one of them a draft (the preview shows drafts).
            (() => { _site.Replace(Draft, "Nog niet af.", "Bijna af."); _site.Replace(Cooking, "samen.", "samen, met verse groente."); }, [Draft, Cooking]),
            // Only spacing in the front matter: the view comes out the same.
            (() => _site.Replace(Walk, "author: anna", "author:   anna"), [Walk]),
            (() => _site.Replace(Walk, "author:   anna", "author: anna\nredirect_from: [/oud/wandelen/]"), [Walk]),
            (() => _site.SaveBytes("input/assets/img/park.png", Feeds.FeedTestSupport.Png(800, 450)), ["input/assets/img/park.png"]),
            (() => _site.Replace(Walk, "tags: [buren]", "tags: [buren]\nimage: /assets/img/park.png\nimage_alt: Het park."), [Walk]),
            // Its place changes: the listings change.
            (() => _site.Replace(Walk, "date: 2026-02-14", "date: 2026-03-04"), [Walk]),
            (() => _site.Replace(Walk, "tags: [buren]", "tags: [buren, taal]"), [Walk]),
            // A story left out for want of consent is reported; later builds report it again.
            (() => _site.Save("input/stories/2026-02-01-ria.md", "---\ntitle: Mijn verhaal\ndate: 2026-02-01\nauthor: { name: Ria, role: cliënt }\nconsent: false\n---\nNiet delen.\n"),
                ["input/stories/2026-02-01-ria.md"]),
            (() => _site.Replace(Walk, "ook met een rollator", "ook met een rolstoel"), [Walk]),
            // A link to it, by address and by file name, shows as words only; with consent it is a link again, on the
            // linking story's page and in the feeds, though only Ria's file changed.
            (() => _site.Replace(Walk, "ook met een rolstoel", "ook met een rolstoel. Lees [Ria](/verhalen/ria/) en [haar verhaal](2026-02-01-ria.md)"), [Walk]),
            (() => _site.Replace("input/stories/2026-02-01-ria.md", "consent: false", "consent: true"), ["input/stories/2026-02-01-ria.md"]),
            (() => _site.Replace("input/stories/2026-02-01-ria.md", "consent: true", "consent: false"), ["input/stories/2026-02-01-ria.md"]),
            // A body that cannot be rendered is reported; mending it takes the message away.
            (() => _site.Replace(Cooking, "Elke dinsdag staat", new string('>', 20_000) + " Elke dinsdag staat"), [Cooking]),
            (() => _site.Replace(Cooking, new string('>', 20_000) + " Elke dinsdag staat", "Elke dinsdag staat"), [Cooking]),
        ];
        foreach (var (edit, paths) in steps)
        {
            edit();
            var incremental = engine.Build(paths);
            var fresh = new SiteEngine(Options).Build();
            Assert.Equal(fresh.Diagnostics.Select(d => d.ToString()), incremental.Diagnostics.Select(d => d.ToString()));
            if (!fresh.Succeeded) continue;
            Assert.True(incremental.Succeeded, string.Join("\n", incremental.Diagnostics));
            Assert.Equal(Files(fresh), Files(incremental));
            Assert.Equal(fresh.Files.Select(f => f.Path).Order(StringComparer.Ordinal), incremental.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
        }
        Assert.Contains(engine.Build(changed: []).Diagnostics, d => d.Code == "TB0202");
    }

    [Fact]
    public void AClashOfAddressesIsFoundAfterRebuildsWithoutOne()
    {
        // The preview checks for clashing addresses only when the list of output files changed since a check found none.
        var engine = new SiteEngine(Options);
        engine.Build();
        Assert.DoesNotContain(engine.Build(changed: []).Diagnostics, d => d.Code == "TB0110");
        _site.Save("input/stories/wandelen.md", "---\ntitle: Nog een wandeling\ndate: 2026-02-20\nauthor: bram\n---\nOok wandelen.\n");

        var clash = engine.Build(["input/stories/wandelen.md"]);

        Assert.Contains(clash.Diagnostics, d => d.Code == "TB0110" && d.Message.Contains("/verhalen/wandelen/"));
        Assert.Contains(engine.Build(changed: []).Diagnostics, d => d.Code == "TB0110");
        File.Delete(_site.PathOf("input/stories/wandelen.md"));
        Assert.DoesNotContain(engine.Build(["input/stories/wandelen.md"]).Diagnostics, d => d.Code == "TB0110");
    }

    [Fact]
    public void ReplacingAnImageWithOneOfAnotherSizeUpdatesTheSocialCardOfItsStory()
    {
        // Templates of the fixture theme never read the image; only the social card enricher does, so this checks
        // that enrichment counts as a dependency of the page. The card is a 1200×630 crop of the image, made anew.
        _site.SaveBytes("input/assets/img/park.png", Feeds.FeedTestSupport.Png(800, 450));
        _site.Replace(Walk, "tags: [buren]", "tags: [buren]\nimage: /assets/img/park.png\nimage_alt: Het park.");
        var engine = new SiteEngine(Options);
        var first = engine.Build();
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.Equal(1200, StoryPage(first).Social!.Image!.Width);
        var card = File.ReadAllBytes(first.Files.Single(f => f.Path == "assets/img/park-deelkaart.png").CopyFrom!);

        _site.SaveBytes("input/assets/img/park.png", Feeds.FeedTestSupport.Png(1200, 630));
        var result = engine.Build();

        Assert.Contains("/verhalen/wandelen/", result.Rendered);
        Assert.Equal((1200, 630), (StoryPage(result).Social!.Image!.Width, StoryPage(result).Social!.Image!.Height));
        Assert.Equal("summary_large_image", StoryPage(result).Social!.TwitterCard);
        Assert.NotEqual(card, File.ReadAllBytes(result.Files.Single(f => f.Path == "assets/img/park-deelkaart.png").CopyFrom!));
    }

    [Fact]
    public void PagesThatWereNotRenderedAgainKeepTheirEnrichment()
    {
        var engine = new SiteEngine(Options);
        var first = engine.Build();
        _site.Replace(Walk, "title: Wandelen tegen eenzaamheid", "title: Samen wandelen in het park");

        var result = engine.Build();

        var reused = result.Pages.Single(p => p.Url == "/verhalen/taalcafe/");
        Assert.DoesNotContain(reused.Url, result.Rendered);
        Assert.NotNull(reused.Social);
        Assert.NotEmpty(reused.JsonLd);
        Assert.NotEmpty(reused.Feeds);
        Assert.Equal(first.Pages.Select(p => p.Url), result.Pages.Select(p => p.Url));
    }

    [Fact]
    public void AOneOffBuildGivesTheSameFilesAsAnIncrementalOne()
    {
        var engine = new SiteEngine(Options);
        engine.Build();
        _site.Replace(Walk, "title: Wandelen tegen eenzaamheid", "title: Samen wandelen in het park");
        var incremental = engine.Build();

        var once = new SiteEngine(Options) { Incremental = false }.Build();

        Assert.True(once.Succeeded, string.Join("\n", once.Diagnostics));
        Assert.Equal(incremental.Files.Select(f => f.Path).Order(), once.Files.Select(f => f.Path).Order());
        Assert.Equal(Pages(incremental), Pages(once));
        Assert.Equal(once.Pages.Select(p => p.Url).Order(), once.Rendered.Order());
        Assert.All(once.Pages, p => Assert.NotNull(p.Social));
    }

    [Fact]
    public void AValueDeepInADataFileEditedDuringThePreviewShowsUp()
    {
        // Twenty levels deep: deeper than any fingerprint walks, so a value there must count as changed, never as equal.
        var keys = Enumerable.Range(0, 20).Select(i => $"n{i}").ToArray();
        string Yaml(string value) =>
            string.Concat(keys.Select((k, i) => new string(' ', i * 2) + k + ":\n")) + new string(' ', keys.Length * 2) + $"waarde: {value}\n";
        _site.Save("input/data/buurt.yml", Yaml("oud"));
        _site.Save("overrides/partials/diep.sbn-html", $"<p class=\"diep\">{{{{ site.data.buurt.{string.Join('.', keys)}.waarde }}}}</p>");
        _site.Replace("themes/default/layouts/base.sbn-html", "<footer>", "<footer>{{ include \"partials/diep\" }}");
        var engine = new SiteEngine(Options);
        Assert.Contains("<p class=\"diep\">oud</p>", Text(engine.Build(), "index.html"));

        _site.Save("input/data/buurt.yml", Yaml("nieuw"));
        var result = engine.Build(["input/data/buurt.yml"]);

        Assert.Contains("<p class=\"diep\">nieuw</p>", Text(result, "index.html"));
        Assert.Equal(Files(new SiteEngine(Options).Build()), Files(result));
    }

    private static Rendering.PageModel StoryPage(BuildResult result) => result.Pages.Single(p => p.Url == "/verhalen/wandelen/");

    private static SortedDictionary<string, string> Pages(BuildResult result) =>
        new(result.Files.Where(f => f.Bytes is not null && f.Path.EndsWith(".html")).ToDictionary(f => f.Path, f => System.Text.Encoding.UTF8.GetString(f.Bytes!)),
            StringComparer.Ordinal);

    private static SortedDictionary<string, string> Files(BuildResult result) =>
        new(result.Files.Where(f => f.Bytes is not null).ToDictionary(f => f.Path, f => System.Text.Encoding.UTF8.GetString(f.Bytes!)),
            StringComparer.Ordinal);

    private static string Text(BuildResult result, string path) =>
        System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Bytes!);

    public void Dispose() => _site.Dispose();
}
