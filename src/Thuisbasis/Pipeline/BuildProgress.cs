namespace Thuisbasis.Pipeline;

/// <summary>Where a build is, for a progress bar or a periodic line: the phase, and how many of its items are done.</summary>
public sealed record BuildProgress(string Phase, int Done, int Total);

/// <summary>Counts finished items of a phase and reports them without flooding the listener (at most every 1%).</summary>
internal sealed class ProgressCounter(IProgress<BuildProgress>? progress, string phase, int total)
{
    private readonly int _step = Math.Max(1, total / 100);
    private int _done;

    public void Start() => progress?.Report(new BuildProgress(phase, 0, total));

    public void Tick()
    {
        if (progress is null) return;
        var done = Interlocked.Increment(ref _done);
        if (done % _step == 0 || done == total) progress.Report(new BuildProgress(phase, done, total));
    }
}
