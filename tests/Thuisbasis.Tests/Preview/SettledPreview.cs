using System.Diagnostics;
using Thuisbasis.Pipeline;
using Thuisbasis.Preview;

namespace Thuisbasis.Tests.Preview;

/// <summary>
/// A running preview (watcher, debounce and all, as <c>dotnet run -- preview</c> has them) over a copy of the sample
/// site, for tests that change files the way writers' tools and Git do and then compare, once things have settled, what
/// the preview serves with what a fresh build of the same folder makes.
/// </summary>
internal sealed class SettledPreview : IAsyncDisposable
{
    private readonly StringWriter _log;
    private int _builds;

    private SettledPreview(SampleCopy site, PreviewServer server, StringWriter log)
    {
        _log = log;
        Site = site;
        Server = server;
        server.Session.Built += _ => Interlocked.Increment(ref _builds);
    }

    public SampleCopy Site { get; }
    public PreviewServer Server { get; }
    public string Root => Site.Root;

    /// <summary>What the preview wrote to its console.</summary>
    public string Log => _log.ToString();

    public static async Task<SettledPreview> StartAsync()
    {
        var site = SampleCopy.Make();
        var log = new StringWriter();
        var server = await PreviewServer.StartAsync(new PreviewOptions
        {
            Root = site.Root, Port = 0, Date = new DateOnly(2026, 12, 4), Log = TextWriter.Synchronized(log),
        });
        var preview = new SettledPreview(site, server, log);
        Assert.True(server.Session.State.HasGoodBuild, "de eerste bouw van de voorbeeldsite mislukte");
        return preview;
    }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>
    /// Waits until the preview serves what a fresh build of the folder makes, and fails with the difference when it still
    /// does not after a minute. Comparing again after each quiet second, rather than once: a rebuild may still be running
    /// (remaking every image takes seconds), and only a rebuild's end is seen from outside.
    /// </summary>
    public async Task AssertSettlesToFreshBuildAsync(string when)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            await QuietAsync();
            var difference = DifferenceFromFreshBuild(out _);
            if (difference is null) return;
            if (clock.Elapsed > TimeSpan.FromSeconds(60)) Assert.Fail($"{when}: {difference}");
        }
    }

    /// <summary>Waits until no rebuild has finished for a second.</summary>
    private async Task QuietAsync()
    {
        var seen = Volatile.Read(ref _builds);
        for (var i = 0; i < 60; i++)
        {
            await Task.Delay(1000);
            var now = Volatile.Read(ref _builds);
            if (now == seen) return;
            seen = now;
        }
    }

    /// <summary>
    /// Null when the preview serves what a fresh build of the folder makes (its files, or, when that build fails, the
    /// same errors over the last good build); else what differs.
    /// </summary>
    public string? DifferenceFromFreshBuild(out BuildResult fresh)
    {
        var state = Server.Session.State;
        fresh = new SiteEngine(Server.Session.Options).Build();
        var errors = fresh.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
        var shown = state.Errors.Select(d => d.ToString()).ToList();
        if (!errors.SequenceEqual(shown))
            return $"errors differ.\npreview:\n{string.Join("\n", shown)}\nfresh build:\n{string.Join("\n", errors)}\nlog:\n{Log}";
        if (!fresh.Succeeded) return state.Overlay is null ? "the fresh build fails, but the preview shows no overlay" : null;
        if (state.Overlay is not null) return "the fresh build succeeds, but the preview still shows an overlay";
        var served = new Dictionary<string, byte[]?>(StringComparer.Ordinal);
        foreach (var (path, file) in state.Files) served[path] = Served(file);
        var made = DifferentialTests.Served(fresh);
        var missing = made.Keys.Except(served.Keys).Order(StringComparer.Ordinal).ToList();
        var extra = served.Keys.Except(made.Keys).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0 || extra.Count > 0)
            return $"files differ: missing in preview [{string.Join(", ", missing.Take(10))}], only in preview [{string.Join(", ", extra.Take(10))}]";
        foreach (var (path, bytes) in made.OrderBy(p => p.Key, StringComparer.Ordinal))
            if (served[path] is var mine && (mine is null || !bytes.AsSpan().SequenceEqual(mine)))
                return $"{path} differs" + (mine is null ? " (not there)" : ":\n" + DifferentialTests.FirstDifference(
                    System.Text.Encoding.UTF8.GetString(mine), System.Text.Encoding.UTF8.GetString(bytes))) + $"\nlog:\n{Log}";
        return null;
    }

    /// <summary>The bytes the preview sends for a file (a copied file is read when it is asked for); null when it cannot.</summary>
    private static byte[]? Served(Output.OutputFile file)
    {
        if (file.Bytes is { } bytes) return bytes;
        try { return File.ReadAllBytes(file.CopyFrom!); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }

    /// <summary>Runs a program (git) in the site's folder and fails the test when it fails.</summary>
    /// <summary>Runs a program in the site's folder (git, in English), fails the test when it fails, and returns what it printed.</summary>
    public string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "Schrijver";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "schrijver@example.org";
        start.Environment["LC_ALL"] = "C";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)}: {errors}{output.Result}");
        return output.Result;
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Site.Dispose();
    }
}
