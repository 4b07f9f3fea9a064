using System.Diagnostics;
using Thuisbasis.Content;
using Thuisbasis.Diagnostics;
using Thuisbasis.Output;
using Thuisbasis.Rendering;
using Thuisbasis.Content.Settings;
using Thuisbasis.Model;

namespace Thuisbasis.Pipeline;

/// <summary>
/// Runs a build in the four phases of DESIGN.md: Input (read and validate every file once), Process (publishing rules,
/// Markdown, the site snapshot), PostProcess (pages, feeds, sitemap from the snapshot) and Output (atomic write).
/// An engine keeps compiled templates and rendered Markdown between builds, so the preview rebuilds quickly.
/// </summary>
public sealed class SiteEngine
{
    /// <summary>All this engine keeps between builds.</summary>
    private readonly PreviewMemory _memory = new();

    /// <summary>What this engine keeps between builds (tests: that it stays bounded over a long preview session).</summary>
    internal PreviewMemory Memory => _memory;

    /// <summary>
    /// Processed images and share cards, cached by content in <c>.thuisbasis/cache/images/</c> next to the site and in
    /// memory. An engine that builds again (the preview) makes a photo's variants when they are first read. A store of
    /// its own can be given, as the differential test does so its fresh builds make every variant apart from the preview.
    /// </summary>
    public Images.ImageStore ImageStore
    {
        get => field ??= new Images.ImageStore(Images.ImageStore.FolderIn(Options.Root)) { MakeWhenRead = Incremental };
        init;
    }

    public SiteEngine(BuildOptions options, IEnumerable<IOutputGenerator>? generators = null, IEnumerable<IPageEnricher>? enrichers = null)
    {
        Options = options;
        Generators = (generators ?? DefaultGenerators(_memory.Feeds)).ToList();
        Enrichers = (enrichers ?? DefaultEnrichers()).ToList();
    }

    public BuildOptions Options { get; }

    /// <summary>
    /// The clock each build asks, when it starts, for its moment and so for its day (unless <see cref="BuildOptions.Date"/>
    /// names one): an engine kept open past midnight (the preview) builds the new day's site with what it keeps.
    /// Tests pass one of their own to move the day.
    /// </summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Told where a build is (phase, items done), for a progress bar on long builds.</summary>
    public IProgress<BuildProgress>? Progress { get; init; }
    /// <summary>
    /// True (the default): keep rendered pages with what they read, so the next <see cref="Build"/> of this engine
    /// renders only what changed (the preview). False for a one-off build (the command line): nothing is fingerprinted
    /// or recorded, which makes a clean build faster and smaller.
    /// </summary>
    public bool Incremental { get; init; } = true;

    /// <summary>
    /// For <see cref="BuildAndWrite"/>: write each page into the output's staging folder as soon as it is rendered, and
    /// keep only its address and fingerprint (the command line's <c>build</c>). The result's pages then have no bytes, so
    /// leave this off where the result is read afterwards (<c>check</c>, tests). The output folder itself still changes
    /// only when the whole build succeeded.
    /// </summary>
    public bool StreamToDisk { get; init; }

    /// <summary>
    /// True (the default): <see cref="BuildAndWrite"/> runs Pagefind over the staged site when the settings say
    /// <c>search: true</c>. <c>check</c> turns it off: it checks pages, not the index.
    /// </summary>
    public bool IndexSearch { get; init; } = true;

    /// <summary>Reads an environment variable (<c>THUISBASIS_PAGEFIND</c>, <c>PATH</c>) to find Pagefind; tests pass their own.</summary>
    public Func<string, string?> ReadEnvironment { get; init; } = Environment.GetEnvironmentVariable;

    public IReadOnlyList<IOutputGenerator> Generators { get; }
    public IReadOnlyList<IPageEnricher> Enrichers { get; }

    /// <param name="feeds">What the feed generator keeps between builds (the engine's own memory); null: nothing.</param>
    public static IEnumerable<IOutputGenerator> DefaultGenerators(Feeds.FeedMemory? feeds = null) =>
    [
        new Hosting.SitemapGenerator(),
        new BrandCssGenerator(),
        new Feeds.FeedGenerator(feeds),
        new Calendars.CalendarGenerator(),
        new Analytics.AnalyticsFilesGenerator(),
        new Hosting.HeadersGenerator(),
        new Hosting.RedirectsGenerator(),
        new Editor.EditorFilesGenerator(),
    ];

    public static IEnumerable<IPageEnricher> DefaultEnrichers() =>
    [
        new Feeds.FeedLinksEnricher(),
        new Social.SocialCardEnricher(),
        new StructuredData.StructuredDataEnricher(),
    ];

    /// <summary>
    /// The template engine for the theme the settings name, kept (with its compiled templates) as long as the theme's
    /// folders stay the same; a new <c>overrides/</c> folder or another theme name gives a fresh one.
    /// </summary>
    public TemplateEngine Templates(SiteSettings settings)
    {
        var theme = new Theme(Options.Root, settings.Theme);
        if (_memory.Templates is not { } templates || !templates.Theme.Folders.SequenceEqual(theme.Folders))
            _memory.Templates = templates = new TemplateEngine(theme);
        return templates;
    }

    /// <summary>Builds in memory. Nothing is written; see <see cref="BuildAndWrite"/>.</summary>
    public BuildResult Build() => Build(pageSink: null, changed: null);

    /// <summary>
    /// Builds in memory after a file watcher reported <paramref name="changed"/> (site-relative paths) since this
    /// engine's last build: the listing of <c>input/</c> is then brought up to date for those paths instead of made
    /// again. Pass null when the watcher may have missed something; every file is then listed.
    /// </summary>
    public BuildResult Build(IReadOnlyCollection<string>? changed) => Build(pageSink: null, changed);

    /// <param name="pageSink">Takes each rendered page as soon as it is made (see <see cref="StreamToDisk"/>).</param>
    private BuildResult Build(OutputWriter.Staging? pageSink, IReadOnlyCollection<string>? changed)
    {
        try
        {
            return BuildCore(pageSink, changed);
        }
        catch
        {
            _memory.AfterFailedBuild();
            ImageStore.Forget(); // a processed image whose file vanished (the cache cleaned under the preview) is made again
            throw;
        }
    }

    /// <summary>The four phases of DESIGN.md, one method each.</summary>
    private BuildResult BuildCore(OutputWriter.Staging? pageSink, IReadOnlyCollection<string>? changed)
    {
        var total = Stopwatch.StartNew();
        var now = Clock.GetUtcNow();
        var diagnostics = new DiagnosticBag();
        var settings = SettingsReader.Read(Options.Root, diagnostics, Options.BaseUrl, Options.Today(SiteSettings.DefaultZone(), now));
        if (changed is not null) ForgetReported(changed);
        // The template engine is made while the content is read: setting up Scriban's built-in functions would otherwise
        // wait for the reading with one core idle.
        var templatesReady = Task.Run(() => Templates(settings));
        Site site;
        ContentSet content;
        TimeSpan read, process;
        try
        {
            // The preview's fingerprint of the settings, made once: the read cache and every page's check use it.
            if (Incremental) _memory.Files.SettingsVersion = ContentHash.Of(settings);
            content = Input(settings, Options.Today(settings.TimeZone, now), changed, diagnostics);
            read = total.Elapsed;
            site = Process(content, settings, now, diagnostics);
            process = total.Elapsed - read;
        }
        catch
        {
            // Not left running into the next build (the preview builds again with the same engine).
            try { templatesReady.Wait(); } catch (AggregateException) { }
            throw;
        }
        var templates = templatesReady.GetAwaiter().GetResult();
        var (pages, files) = PostProcess(site, templates, pageSink, diagnostics);
        ImageStore.EndBuild(); // every image, card and crop this build uses is asked for by now
        files.AddRange(AssetFiles(site, templates.Theme));
        Progress?.Report(new BuildProgress("Controleren", 0, 0));
        CopiedTextFiles.Check(files, Options.Root, diagnostics);
        OutputConflicts.Check(files, pages, diagnostics);
        Hosting.RedirectRules.Check(site, files, diagnostics);
        var deadLinks = DeadTextLinks.Check(site, content, pages, files, diagnostics);
        var render = total.Elapsed - read - process;
        return new BuildResult(diagnostics.Sorted(), site, pages, files, new BuildTimings(read, process, render, total.Elapsed))
        {
            Rendered = Incremental ? _memory.Pages.LastRendered : pages.Select(p => p.Url).ToList(),
            Content = content,
            DeadTextLinks = deadLinks,
            Scheduled = Options.IncludeDrafts ? [] : PublishingRules.Scheduled(content, site.Today),
        };
    }

    /// <summary>
    /// What the watcher reported is read again even when its size and time of change are as before (an edit of the same
    /// length within the file system's clock step, a copy that keeps the time): a photo's fingerprint, and every layout
    /// and partial when one of them is among it. Content files are read again by the read cache the same way.
    /// </summary>
    private void ForgetReported(IReadOnlyCollection<string> changed)
    {
        ImageStore.ForgetFiles(changed.Select(p => Path.GetFullPath(Path.Combine(Options.Root, p))));
        if (changed.Any(p => p.EndsWith(".sbn-html", StringComparison.Ordinal))) _memory.Templates?.Invalidate();
    }

    /// <summary>Input: every content file read and checked once (in the preview, only what changed on disk).</summary>
    private ContentSet Input(SiteSettings settings, DateOnly today, IReadOnlyCollection<string>? changed, DiagnosticBag diagnostics)
    {
        Progress?.Report(new BuildProgress("Lezen", 0, 0));
        return ContentReader.Read(Options.Root, settings, today, diagnostics, Incremental ? _memory.Files : null, changed);
    }

    /// <summary>Process: images, the publishing rules, Markdown, and the site snapshot with its share cards.</summary>
    private Site Process(ContentSet content, SiteSettings settings, DateTimeOffset now, DiagnosticBag diagnostics)
    {
        Progress?.Report(new BuildProgress("Afbeeldingen", 0, 0));
        var assets = WithheldImages.Published(content, settings, Options.Today(settings.TimeZone, now), Options.IncludeDrafts);
        ImageStore.ForgetWhenFolderGone();
        var media = Images.SiteImages.Prepare(assets, ImageStore, settings.Images.PublishOriginals, diagnostics,
            Progress is { } progress ? (done, total) => progress.Report(new BuildProgress("Afbeeldingen", done, total)) : null,
            earlierFeedCopies: SettingsReader.OnGitHubPages);
        Images.ImageChecks.Check(content, settings, media, diagnostics);
        LocalFiles.Check(content, diagnostics);
        if (!ReferenceEquals(assets, content.Assets)) content = content with { Assets = assets };
        Progress?.Report(new BuildProgress("Verwerken", 0, 0));
        var builder = new SiteBuilder(Incremental ? _memory.Markdown : MarkdownCache.PassThrough, Incremental ? _memory.Views : null, media);
        var site = builder.Build(content, settings, Options, diagnostics, now);
        site.Add(media);
        site.Add(new Images.ImageCatalog(site.Assets, media)); // made now: a page's check reads its fingerprint before any page renders
        site.Add(Images.ShareCards.Make(site, media));
        site.Analytics = Analytics.AnalyticsPlan.Create(site);
        site.ContentPolicy = Hosting.ContentSecurityPolicy.Meta(site);
        return site;
    }

    /// <summary>
    /// TB0210: a page's <c>layout</c> that neither the theme nor <c>overrides/</c> has. The page is made with the ordinary
    /// page layout, as before, but a typo (<c>layout: paginaa</c>) no longer passes without a word.
    /// </summary>
    private static void UnknownLayouts(Site site, Theme theme, DiagnosticBag diagnostics)
    {
        foreach (var page in site.Pages.Values.Concat(site.ExtraPages).Distinct())
        {
            if (page.Source.Layout is not { } layout || theme.Find($"layouts/{layout}.sbn-html") is not null) continue;
            var known = theme.Folders.Select(f => Path.Combine(f, "layouts")).Where(Directory.Exists)
                .SelectMany(d => Directory.EnumerateFiles(d, "*.sbn-html")).Select(f => Path.GetFileName(f)[..^".sbn-html".Length])
                .Where(n => n is not ("base" or "404")).Distinct().Order(StringComparer.Ordinal).ToList();
            var near = Content.Suggest.Closest(layout, known);
            diagnostics.Warning("TB0210", Hosting.SourceLocator.Find(site.Options.Root, page.SourcePath, layout, "layout"),
                $"`layout: {layout}` bestaat niet in het thema of in `overrides/layouts/`; de pagina krijgt de gewone opmaak.",
                near is not null ? $"Bedoelde u `layout: {near}`?" : "Haal de regel weg, of zet een bestand `overrides/layouts/" + layout + ".sbn-html` neer.");
        }
    }

    /// <summary>PostProcess: every page planned, enriched and rendered (in the preview, only what changed), then the generated files.</summary>
    private (IReadOnlyList<PageModel> Pages, List<OutputFile> Files) PostProcess(Site site, TemplateEngine templates, OutputWriter.Staging? pageSink,
        DiagnosticBag diagnostics)
    {
        ThemeMigrations.Check(templates.Theme, diagnostics);
        OverrideCopies.Check(templates.Theme, diagnostics);
        UnusedThemeFiles.Check(templates.Theme, site.Pages.Values.Concat(site.ExtraPages).Select(p => p.Source.Layout).OfType<string>(), diagnostics);
        UnknownLayouts(site, templates.Theme, diagnostics);
        templates.CheckEncodings(diagnostics);
        Progress?.Report(new BuildProgress("Plannen", 0, 0));
        var planned = new PagePlanner(site, templates).Plan();
        if (Incremental) _memory.Views.EndBuild();
        var themeVersion = templates.Theme.Version();
        templates.Sync(themeVersion);
        var counter = new ProgressCounter(Progress, "Opmaken", planned.Count);
        counter.Start();
        PageModel EnrichOne(PageModel page) => Enrichers.Aggregate(page, (p, e) => e.Enrich(site, p));
        var renderer = new PageRenderer(templates);
        RenderCache.Rendering rendering;
        if (Incremental)
        {
            // What every page depends on. Only the preview compares builds; a one-off build does not fingerprint its
            // settings (that costs compiling getters for every settings type at start-up). The theme is not in it: each
            // page records the layouts and partials it was rendered with, so a story layout edit renders only the stories.
            var global = ContentHash.Combine([_memory.Files.SettingsVersion, ContentHash.Of(Options), ContentHash.Of(site.Today)]);
            rendering = _memory.Pages.RenderAll(site, planned, EnrichOne, renderer, global, diagnostics, counter.Tick);
        }
        else rendering = RenderCache.RenderOnce(site, planned, EnrichOne, renderer, diagnostics, counter.Tick, pageSink);
        var files = new List<OutputFile>(rendering.Files);
        files.AddRange(Generate(site, rendering.Pages, pageSink));
        return (rendering.Pages, files);
    }

    /// <summary>The generators (feeds, sitemap, calendars, headers…), independent of each other, so run side by side.</summary>
    private IEnumerable<OutputFile> Generate(Site site, IReadOnlyList<PageModel> pages, OutputWriter.Staging? pageSink)
    {
        Progress?.Report(new BuildProgress("Feeds en overige bestanden", 0, 0));
        var generated = new List<OutputFile>[Generators.Count];
        try
        {
            Parallel.For(0, Generators.Count, i => generated[i] = Generators[i].Generate(site, pages, pageSink).ToList());
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]); // as when they ran one by one
        }
        return generated.SelectMany(g => g);
    }

    /// <summary>
    /// Builds and, only when there are no errors, swaps the new site into the output folder. When nothing the build
    /// reads has changed since the last build into the same folder, nothing is built: see <see cref="BuildStamp"/>.
    /// </summary>
    public BuildResult BuildAndWrite()
    {
        var total = Stopwatch.StartNew();
        Progress?.Report(new BuildProgress("Vergelijken", 0, 0));
        var stamp = CurrentStamp();
        if (BuildStamp.Current(Options.OutputPath, stamp) is { } saved)
        {
            var elapsed = total.Elapsed;
            return new BuildResult(saved.Diagnostics, null, [], [], new BuildTimings(elapsed, TimeSpan.Zero, TimeSpan.Zero, elapsed))
            {
                UpToDate = true,
                Counts = saved.Counts,
                Scheduled = saved.Scheduled ?? [],
            };
        }
        using var staging = OutputWriter.Stage(Options.OutputPath);
        var result = Build(StreamToDisk ? staging : null, changed: null);
        if (!result.Succeeded) return result; // disposing the staging folder leaves the output as it was
        string? pagefind = null;
        if (IndexSearch && result.Site is { Settings.Search: true })
        {
            pagefind = Search.PagefindLocator.Find(Options.Root, ReadEnvironment);
            if (pagefind is null) return result with { Diagnostics = [.. result.Diagnostics, Search.SearchIndex.Missing(Options.Root, ReadEnvironment)] };
        }
        var sw = Stopwatch.StartNew();
        Progress?.Report(new BuildProgress("Schrijven", 0, result.Files.Count));
        BuildStamp.Forget(Options.OutputPath);
        Search.PagefindRun? index = null;
        try
        {
            staging.Commit(result.Files, pagefind is null ? null : folder =>
            {
                Progress?.Report(new BuildProgress("Zoekindex", 0, 0));
                index = Search.SearchIndex.Write(pagefind, folder, result.Site!.Settings.Language, Options.Root, Options.OutputPath);
            });
        }
        catch (Search.SearchIndexFailed e)
        {
            return result with { Diagnostics = [.. result.Diagnostics, e.Diagnostic] };
        }
        result = result with { SearchIndex = index };
        BuildStamp.Save(Options.OutputPath, stamp, result);
        ImageStore.Prune(DateTime.UtcNow);
        return result with { Timings = result.Timings with { Write = sw.Elapsed - (index?.Elapsed ?? TimeSpan.Zero), Total = total.Elapsed } };
    }

    private string CurrentStamp()
    {
        var settings = SettingsReader.Read(Options.Root, new DiagnosticBag(), Options.BaseUrl);
        return BuildStamp.Compute(Options, Options.Today(settings.TimeZone, Clock.GetUtcNow()), new Theme(Options.Root, settings.Theme).Folders);
    }

    /// <summary>The theme's files, the site's assets, and each photo as its published variants (never the camera's file itself).</summary>
    private static IEnumerable<OutputFile> AssetFiles(Site site, Theme theme)
    {
        foreach (var (rel, full) in theme.Assets())
            yield return OutputFile.Copy(rel, full, theme.Display(full));
        foreach (var a in site.Assets)
            if (Images.SiteImages.Of(site)?.Handles(a) != true) yield return OutputFile.Copy(a.Url.TrimStart('/'), a.FullPath, a.SourcePath);
        if (Images.SiteImages.Of(site) is { } media)
            foreach (var file in media.Files()) yield return file;
        foreach (var file in Images.ShareCards.Files(Images.ShareCards.Of(site))) yield return file;
    }
}
