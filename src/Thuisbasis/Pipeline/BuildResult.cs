using Thuisbasis.Diagnostics;
using Thuisbasis.Output;
using Thuisbasis.Rendering;
using Thuisbasis.Model;

namespace Thuisbasis.Pipeline;

/// <summary>What a build produced: the diagnostics, the snapshot, the planned pages and every output file (not yet written).</summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    Site? Site,
    IReadOnlyList<PageModel> Pages,
    IReadOnlyList<OutputFile> Files,
    BuildTimings Timings)
{
    /// <summary>Pages rendered by this build (URLs); the others were unchanged and reused from the engine's previous build.</summary>
    public IReadOnlyList<string> Rendered { get; init; } = [];

    /// <summary>What Pagefind did when the site has <c>search: true</c> (only <see cref="SiteEngine.BuildAndWrite"/> indexes).</summary>
    public Search.PagefindRun? SearchIndex { get; init; }

    /// <summary>
    /// Everything read from <c>input/</c>, before the publishing rules: drafts, scheduled items and items without consent
    /// too. Only the health report reads it (to count what is not on the site); no page or feed may.
    /// </summary>
    public Content.ContentSet? Content { get; init; }

    /// <summary>The links in texts that lead to no page or file of this build (each a TB0129 warning), for <c>check</c>.</summary>
    public IReadOnlyList<DeadTextLink> DeadTextLinks { get; init; } = [];

    /// <summary>Stories and vacancies waiting for their date, when drafts and those are left out (a production build).</summary>
    public IReadOnlyList<PublishingRules.ScheduledItem> Scheduled { get; init; } = [];

    /// <summary>Nothing changed since the last build into the same output: nothing was built or written.</summary>
    public bool UpToDate { get; init; }

    /// <summary>Counts for the summary; from the previous build when this one was <see cref="UpToDate"/>.</summary>
    public BuildCounts Counts
    {
        get => _counts ?? new BuildCounts(Pages.Count, Files.Count(f => IsFeed(f.Path)), Files.Count);
        init => _counts = value;
    }

    private readonly BuildCounts? _counts;

    private static bool IsFeed(string path) =>
        path.EndsWith("feed.xml", StringComparison.Ordinal) || path.EndsWith("atom.xml", StringComparison.Ordinal) ||
        path.EndsWith("feed.json", StringComparison.Ordinal);

    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
    public int ErrorCount => Diagnostics.Count(d => d.IsError);
    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}

public sealed record BuildCounts(int Pages, int Feeds, int Files);

public sealed record BuildTimings(TimeSpan Read, TimeSpan Process, TimeSpan Render, TimeSpan Total)
{
    public TimeSpan Write { get; init; }
}
