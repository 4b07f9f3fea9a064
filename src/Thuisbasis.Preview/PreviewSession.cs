using System.Globalization;
using System.Diagnostics;
using Thuisbasis.Diagnostics;
using Thuisbasis.Output;
using Thuisbasis.Pipeline;
using Thuisbasis.Model;

namespace Thuisbasis.Preview;

/// <summary>
/// One preview's builds: keeps the engine (and so parsed Markdown, compiled templates and rendered pages) between
/// rebuilds, serves the last good build from memory, and tells open tabs what happened. A failed rebuild never
/// replaces the good one; it only adds the error overlay on top of it.
/// </summary>
public sealed class PreviewSession
{
    private readonly SiteEngine _engine;
    private readonly LiveReload _live;
    private readonly TextWriter _log;
    private readonly Lock _buildLock = new();
    private readonly Func<string, string?> _environment;
    private volatile PreviewState _state = PreviewState.Empty;
    private PreviewSearch? _search;
    private volatile bool _searchStopped;
    private readonly KeptCopies _copies;

    /// <summary>1 when the next build forgets the images in memory (<see cref="ForgetImagesOnce"/>).</summary>
    private int _forgetImages;

    /// <summary>The build whose missing copy asked for a new build: once per build, so a file that stays missing never loops.</summary>
    private int _missingSeenIn = -1;
    /// <summary>The warnings of the last good build, as printed.</summary>
    private HashSet<string> _warnings = [];
    private readonly TimeProvider _clock;
    /// <summary>The day the last build was made for, and the site's time zone then; null before the first build.</summary>
    private volatile BuildDay? _day;

    private sealed record BuildDay(DateOnly Today, TimeZoneInfo Zone);

    /// <param name="clock">What the builds ask for the day (see <see cref="SiteEngine.Clock"/>); the system's by default.</param>
    public PreviewSession(BuildOptions options, LiveReload live, TextWriter log, Func<string, string?>? environment = null,
        TimeProvider? clock = null)
    {
        _environment = environment ?? Environment.GetEnvironmentVariable;
        _phases = PhaseTimes.FromEnvironment(_environment);
        _clock = clock ?? TimeProvider.System;
        _engine = new SiteEngine(options) { Progress = _phases, Clock = _clock };
        _live = live;
        _log = log;
        _copies = new KeptCopies(options.Root);
    }

    /// <summary>Each build's phases on standard error, when <c>THUISBASIS_PHASES=1</c> (for benchmarks).</summary>
    private readonly PhaseTimes? _phases;

    /// <summary>Search in the preview while the settings say <c>search: true</c>; null otherwise.</summary>
    public PreviewSearch? Search => Volatile.Read(ref _search);

    public BuildOptions Options => _engine.Options;

    /// <summary>What is being served now. Replaced as a whole after each rebuild, so a request never sees half a build.</summary>
    public PreviewState State => _state;

    /// <summary>
    /// A file the last good build points at could not be read: most likely its copy in the image cache was removed while
    /// the preview ran (<c>.thuisbasis/cache</c> cleaned by hand or by another program), which brings no event for the
    /// site's folders. The next build forgets the images in memory and makes what is missing again. True the first time
    /// for a build, when the caller should ask for that build; false after, so a file that stays missing never loops.
    /// </summary>
    public bool ForgetImagesOnce()
    {
        var build = _state.Build;
        if (Interlocked.Exchange(ref _missingSeenIn, build) == build) return false;
        Volatile.Write(ref _forgetImages, 1);
        return true;
    }

    /// <summary>Raised after every build that is shown, good or failed (tests and the benchmark wait on it); not after a failed
    /// one that files still changing make moot (see <see cref="Rebuild(IReadOnlyCollection{string}, Func{bool, bool})"/>).</summary>
    public event Action<PreviewState>? Built;

    /// <summary>Rebuilds after <paramref name="changed"/> (site-relative paths; empty for the first build) and reports one line.</summary>
    /// <param name="stillChanging">Asked after a failed build: true when files are still being written (a checkout under
    /// way, a photo copied in chunks), so the failure is not shown: the build that follows them will say what holds. Its
    /// argument says whether a photo was empty or stopped halfway (TB0131), which is worth a longer wait.</param>
    public PreviewState Rebuild(IReadOnlyCollection<string> changed, Func<bool, bool>? stillChanging = null)
    {
        // The first build, and a batch in which the watcher lost events, list every file.
        lock (_buildLock)
            return Rebuild(changed, changed.Count == 0 || changed.Contains(SiteWatcher.Everything) ? null : changed,
                changed.Count == 0 ? "eerste bouw" : Describe(changed), firstBuild: changed.Count == 0, stillChanging);
    }

    /// <summary>The site's time zone as the last build read it (where the day turns).</summary>
    public TimeZoneInfo TimeZone => _day?.Zone ?? Content.Settings.SiteSettings.DefaultZone();

    /// <summary>
    /// When the day in the site's time zone is no longer the day of the last build (the preview was left open past
    /// midnight): rebuilds with no file changed, as after an edit (open tabs reload), and reports one line. Null when the
    /// day is the same, or the preview builds for a fixed <c>--date</c>.
    /// </summary>
    public PreviewState? RebuildForNewDay()
    {
        lock (_buildLock)
        {
            if (_day is not { } last) return null;
            var today = Options.Today(last.Zone, _clock.GetUtcNow());
            return today == last.Today ? null : Rebuild([], [], $"nieuwe dag ({Content.Dates.ToDutchWithDay(today)})", firstBuild: false);
        }
    }

    /// <param name="changed">What the writer changed, for the report and the stylesheet-only reload.</param>
    /// <param name="forEngine">What the engine is told changed; null: it lists every file.</param>
    /// <param name="what">How the report line names the cause.</param>
    /// <param name="firstBuild">The report lists every warning, not only those the last build did not have.</param>
    /// <param name="stillChanging">See <see cref="Rebuild(IReadOnlyCollection{string}, Func{bool, bool})"/>.</param>
    private PreviewState Rebuild(IReadOnlyCollection<string> changed, IReadOnlyCollection<string>? forEngine, string what, bool firstBuild,
        Func<bool, bool>? stillChanging = null)
    {
        var clock = Stopwatch.StartNew();
        if (Interlocked.Exchange(ref _forgetImages, 0) == 1) _engine.ImageStore.Forget();
        // Read again what was reported, whatever its size and time (the last good build's files hold their own bytes).
        _copies.Forget(changed);
        BuildResult result;
        try
        {
            result = _engine.Build(forEngine);
            _phases?.Flush(Console.Error);
        }
        catch (Exception e) when (FileTrouble(e) is not null)
        {
            // A file vanished mid-read (a checkout in progress, the image cache cleaned): the engine forgot what that
            // build half made, so build once more from what is on disk now. Waiting for the next save instead would
            // leave the old site up when nothing more changes (a cleaned cache brings no event for input/).
            try { result = _engine.Build(null); }
            catch (Exception again) when (FileTrouble(again) is { } trouble)
            {
                _log.WriteLine($"[{Now}] {what}: bestand was even niet leesbaar ({Path.GetFileName((trouble as FileNotFoundException)?.FileName) ?? "in gebruik"}); opnieuw bij de volgende wijziging.");
                return _state;
            }
        }
        if (result.Site is { } site) _day = new BuildDay(site.Today, site.Settings.TimeZone);
        var previous = _state;
        var ms = clock.ElapsedMilliseconds;
        PreviewState next;
        if (result.Succeeded)
        {
            // The first file of each path (two files on one path are a build error already). Made without grouping:
            // at 10,000 stories this runs over 16,000 files after every save.
            var files = new Dictionary<string, OutputFile>(result.Files.Count, StringComparer.Ordinal);
            foreach (var f in result.Files) files.TryAdd(f.Path, f);
            _copies.Keep(files);
            next = new PreviewState(previous.Build + 1, files, [], null, result.Rendered.Count, ms) { Site = result.Site };
            var cssOnly = changed.Count > 0 && previous.Overlay is null && changed.All(p => p.EndsWith(".css", StringComparison.OrdinalIgnoreCase));
            _state = next;
            _live.Send(cssOnly ? "css" : "reload", next.Build.ToString());
            // After the reload is on its way: mirroring the changed pages for the index never delays the page, and
            // the photos' variants that no one has asked for yet are made while the writer reads.
            UpdateSearch(result, files);
            _engine.ImageStore.CompleteInBackground();
        }
        else if (stillChanging?.Invoke(result.Diagnostics.Any(d => d.IsError && d.Code == "TB0131")) == true)
        {
            // Half a checkout or half a photo is no mistake to show (a file listed but gone, a photo that stops halfway):
            // the tab keeps the last good version without an overlay, and the rebuild the newer changes set off reports.
            return previous;
        }
        else
        {
            var overlay = ErrorOverlay.Render(result.Diagnostics, _engine.Options.Root, previous.HasGoodBuild);
            next = previous with { Errors = result.Diagnostics.Where(d => d.IsError).ToList(), Overlay = overlay, Rendered = result.Rendered.Count, Milliseconds = ms };
            _state = next;
            _live.Send("overlay", overlay);
        }
        Report(what, firstBuild, result, next);
        Built?.Invoke(next);
        return next;
    }

    /// <summary>Indexes the good build in the background when search is on; stops and forgets the index when it was switched off.</summary>
    private void UpdateSearch(BuildResult result, IReadOnlyDictionary<string, OutputFile> files)
    {
        if (_searchStopped) return;
        if (result.Site?.Settings is { Search: true } settings)
        {
            var search = _search ??= new PreviewSearch(_engine.Options.Root, _environment, _log);
            search.Update(files, settings.Language);
            // The preview was stopped while this build ran: nothing may be left behind.
            if (_searchStopped) Interlocked.Exchange(ref _search, null)?.Dispose();
            return;
        }
        Interlocked.Exchange(ref _search, null)?.Dispose();
    }

    /// <summary>Stops a running index for good and deletes the preview's temporary index folder.</summary>
    public void StopSearch()
    {
        _searchStopped = true;
        Interlocked.Exchange(ref _search, null)?.Dispose();
    }

    private void Report(string what, bool firstBuild, BuildResult result, PreviewState state)
    {
        var pages = state.Rendered == 1 ? "1 pagina" : $"{state.Rendered} pagina's";
        if (result.Succeeded)
        {
            _log.WriteLine($"[{Now}] {what}: {pages} opnieuw opgemaakt in {state.Milliseconds} ms.");
            // The first build lists every warning; a later one those it did not have before, such as TB0129 at each link to
            // a page that was just deleted or renamed, so a warning shows up while the writer works, once.
            var warnings = new HashSet<string>(StringComparer.Ordinal);
            foreach (var w in result.Diagnostics.Select(d => d.ToString()))
                if (warnings.Add(w) && (firstBuild || !_warnings.Contains(w))) _log.WriteLine(w);
            _warnings = warnings;
            return;
        }
        var errors = state.Errors.Count == 1 ? "1 fout" : $"{state.Errors.Count} fouten";
        _log.WriteLine($"[{Now}] {what}: {errors}; de browser toont de melding, " +
                       (state.HasGoodBuild ? "de laatste goede versie blijft staan." : "de site verschijnt zodra hij goed gebouwd is."));
        foreach (var e in state.Errors) _log.WriteLine(e.ToString());
    }

    /// <summary>The file error behind a failed build (also inside the aggregate a parallel step throws), or null.</summary>
    internal static Exception? FileTrouble(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException => e,
        AggregateException all => all.Flatten().InnerExceptions.Select(FileTrouble).FirstOrDefault(x => x is not null),
        _ => null,
    };

    private static string Describe(IReadOnlyCollection<string> changed)
    {
        var named = changed.Where(c => c != SiteWatcher.Everything).Order(StringComparer.Ordinal).ToList();
        if (named.Count == 0) return "veel bestanden gewijzigd";
        return named.Count == 1 ? $"{named[0]} gewijzigd" : $"{named.Count} bestanden gewijzigd ({named[0]}, …)";
    }

    private string Now => _clock.GetLocalNow().ToString("HH:mm:ss", CultureInfo.InvariantCulture);
}

/// <summary>The last good build's files (by output path), its number, and the errors of a newer failed build, if any.</summary>
public sealed record PreviewState(int Build, IReadOnlyDictionary<string, OutputFile> Files, IReadOnlyList<Diagnostic> Errors,
    string? Overlay, int Rendered, long Milliseconds)
{
    public static readonly PreviewState Empty = new(0, new Dictionary<string, OutputFile>(), [], null, 0, 0);

    /// <summary>The last good build's snapshot, for the preview's toolbar (the newest item's share kit).</summary>
    public Site? Site { get; init; }

    public bool HasGoodBuild => Build > 0;

    /// <summary>
    /// What a served page was made from: the build's number, and its error overlay when a newer build failed. A page
    /// carries it, and the live-reload connection compares it with the server's when it opens, so a rebuild that
    /// finished between serving the page and that connection still reloads it.
    /// </summary>
    public string Version => Overlay is null ? Build.ToString(CultureInfo.InvariantCulture) : $"{Build}-{(uint)Overlay.GetHashCode():x8}";
}
