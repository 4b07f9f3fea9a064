using System.Diagnostics;
using Spectre.Console;
using Thuisbasis.Pipeline;

namespace Thuisbasis.Cli;

/// <summary>
/// Shows where a long build is. In an interactive terminal: a Spectre.Console progress bar per phase, from the first
/// second on (short builds show nothing). Redirected or in CI: a plain line at most every five seconds.
/// </summary>
internal sealed class BuildProgressView(TextWriter output) : IProgress<BuildProgress>, IDisposable
{
    private readonly TextWriter _out = output;
    private readonly bool _interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected &&
                                         string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _lock = new();
    private BuildProgress? _last;
    private TimeSpan _lastLine = TimeSpan.Zero;
    private Task? _bar;
    private readonly CancellationTokenSource _stop = new();

    public void Report(BuildProgress value)
    {
        lock (_lock)
        {
            _last = value;
            if (_clock.Elapsed < TimeSpan.FromSeconds(1)) return;
            if (_interactive) { _bar ??= Task.Run(ShowBar); return; }
            if (_clock.Elapsed - _lastLine < TimeSpan.FromSeconds(5) && value.Done != value.Total) return;
            _lastLine = _clock.Elapsed;
            _out.WriteLine(value.Total > 0 ? $"  {value.Phase}: {value.Done} van {value.Total}" : $"  {value.Phase}…");
        }
    }

    private Task ShowBar() => AnsiConsole.Progress()
        .AutoClear(true)
        .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
        .StartAsync(async ctx =>
        {
            var tasks = new Dictionary<string, ProgressTask>();
            while (!_stop.IsCancellationRequested)
            {
                BuildProgress? p;
                lock (_lock) p = _last;
                if (p is not null)
                {
                    if (!tasks.TryGetValue(p.Phase, out var task))
                    {
                        foreach (var t in tasks.Values) t.Value = t.MaxValue;
                        task = tasks[p.Phase] = ctx.AddTask(p.Phase, maxValue: Math.Max(1, p.Total));
                    }
                    if (p.Total > 0) task.Value = p.Done;
                    else task.IsIndeterminate = true;
                }
                try { await Task.Delay(100, _stop.Token); } catch (TaskCanceledException) { }
            }
        });

    public void Dispose()
    {
        _stop.Cancel();
        try { _bar?.Wait(); } catch (AggregateException) { }
        _stop.Dispose();
    }
}
