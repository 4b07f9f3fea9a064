using Thuisbasis.Diagnostics;
using Thuisbasis.Output;
using Thuisbasis.Rendering;

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

    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
    public int ErrorCount => Diagnostics.Count(d => d.IsError);
    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}

public sealed record BuildTimings(TimeSpan Read, TimeSpan Process, TimeSpan Render, TimeSpan Total)
{
    public TimeSpan Write { get; init; }
}
