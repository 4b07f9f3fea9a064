using System.Diagnostics;

namespace Thuisbasis.Pipeline;

/// <summary>
/// Watches a build's progress and notes, for each phase, its wall time, processor time and allocation; <see cref="Flush"/>
/// writes them on one line with a summary of the garbage collector and the JIT. <c>THUISBASIS_PHASES=1</c> attaches one
/// (for benchmarks): the build itself knows nothing of it.
/// </summary>
public sealed class PhaseTimes : IProgress<BuildProgress>
{
    private readonly Lock _lock = new();
    private readonly List<(string Phase, TimeSpan Wall, TimeSpan Cpu, long Allocated)> _starts = [];

    /// <summary>An observer when <c>THUISBASIS_PHASES</c> is 1, else null.</summary>
    public static PhaseTimes? FromEnvironment(Func<string, string?> environment) =>
        environment("THUISBASIS_PHASES") == "1" ? new PhaseTimes() : null;

    public void Report(BuildProgress value)
    {
        lock (_lock)
        {
            if (_starts.Count > 0 && _starts[^1].Phase == value.Phase) return;
            _starts.Add((value.Phase, Stopwatch.GetElapsedTime(0), Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalAllocatedBytes()));
        }
    }

    /// <summary>Writes the phases seen since the last flush (<c>Lezen=12/20cpu/3.1MiB …</c>) and starts over.</summary>
    public void Flush(TextWriter output)
    {
        var end = (Phase: "", Wall: Stopwatch.GetElapsedTime(0), Cpu: Process.GetCurrentProcess().TotalProcessorTime, Allocated: GC.GetTotalAllocatedBytes());
        List<(string Phase, TimeSpan Wall, TimeSpan Cpu, long Allocated)> starts;
        lock (_lock)
        {
            starts = [.. _starts];
            _starts.Clear();
        }
        if (starts.Count == 0) return;
        var line = new System.Text.StringBuilder();
        for (var i = 0; i < starts.Count; i++)
        {
            var (phase, wall, cpu, allocated) = starts[i];
            var next = i + 1 < starts.Count ? starts[i + 1] : end;
            line.Append($"{phase.Replace(' ', '_')}={(next.Wall - wall).TotalMilliseconds:0}/{(next.Cpu - cpu).TotalMilliseconds:0}cpu/" +
                $"{(next.Allocated - allocated) / 1048576.0:0.0}MiB ");
        }
        line.Append($"total={(end.Wall - starts[0].Wall).TotalMilliseconds:0} ").Append(MemorySummary());
        output.WriteLine(line.ToString());
    }

    /// <summary>Collections, allocation, JIT, heap, and the last young and full collections.</summary>
    private static string MemorySummary()
    {
        var memory = GC.GetGCMemoryInfo();
        var last = new[] { GCKind.Ephemeral, GCKind.FullBlocking, GCKind.Background }
            .Select(GC.GetGCMemoryInfo).Where(i => i.Index > 0)
            .Select(i => $" last{i.Generation}gc=#{i.Index}/{i.PauseDurations[0].TotalMilliseconds:0}ms/promoted{i.PromotedBytes >> 20}MiB" +
                (i.Compacted ? "/compacted" : "") + (i.Concurrent ? "/concurrent" : ""));
        return $"gc0={GC.CollectionCount(0)} gc1={GC.CollectionCount(1)} gc2={GC.CollectionCount(2)} " +
            $"allocated={GC.GetTotalAllocatedBytes() >> 20}MiB pause={GC.GetTotalPauseDuration().TotalMilliseconds:0}ms " +
            $"jit={System.Runtime.JitInfo.GetCompiledMethodCount()}methods/{System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0}ms " +
            $"heap={memory.HeapSizeBytes >> 20}MiB committed={memory.TotalCommittedBytes >> 20}MiB " +
            $"gens={string.Join('/', memory.GenerationInfo.ToArray().Select(g => g.SizeAfterBytes >> 20))}MiB" + string.Concat(last);
    }
}

/// <summary>Two listeners of one build's progress (a progress bar and <see cref="PhaseTimes"/>).</summary>
public sealed class BothProgress(IProgress<BuildProgress>? first, IProgress<BuildProgress>? second) : IProgress<BuildProgress>
{
    public static IProgress<BuildProgress>? Of(IProgress<BuildProgress>? first, IProgress<BuildProgress>? second) =>
        first is null ? second : second is null ? first : new BothProgress(first, second);

    public void Report(BuildProgress value)
    {
        first?.Report(value);
        second?.Report(value);
    }
}
