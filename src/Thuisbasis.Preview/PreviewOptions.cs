namespace Thuisbasis.Preview;

/// <summary>How to run the preview: which site, on which address, and where to tell the writer what happens.</summary>
public sealed record PreviewOptions
{
    public required string Root { get; init; }
    /// <summary>0 picks a free port (tests).</summary>
    public int Port { get; init; } = 5080;
    /// <summary><c>localhost</c> (loopback only, the default) or an IP address to listen on, such as <c>0.0.0.0</c>.</summary>
    public string Host { get; init; } = "localhost";
    /// <summary>Build as if today were this day. Without it the preview builds for today, and again when the day turns.</summary>
    public DateOnly? Date { get; init; }
    /// <summary>The clock the builds ask for the day, and the watch for midnight waits on (tests pass a fake one).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
    /// <summary>Where the URL and the one line per rebuild go.</summary>
    public TextWriter Log { get; init; } = TextWriter.Null;
    /// <summary>
    /// Quiet time after the last file event before rebuilding. Editors' save steps (temp file, rename, backup) and a
    /// 200-file checkout come well under a millisecond apart, so 5 ms still makes them one rebuild; every millisecond
    /// here is added to each save. When a busy machine splits a batch anyway, the rest is simply the next rebuild:
    /// each build reads every path it is told of as it is on disk then.
    /// </summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(5);
    /// <summary>Reads an environment variable (to find Pagefind for search); tests pass their own.</summary>
    public Func<string, string?> ReadEnvironment { get; init; } = Environment.GetEnvironmentVariable;
    /// <summary>
    /// The quiet time instead of <see cref="Debounce"/> when a file of the batch is gone: Git (checkout, merge, rebase)
    /// and some editors remove a file and write it anew, and a busy machine can pause them in between. A build in that
    /// moment would show the site without the page, and keep that as the last good site when the next build fails (a
    /// merge conflict). A file deleted for good is shown gone this much later.
    /// </summary>
    public TimeSpan GoneQuiet { get; init; } = TimeSpan.FromMilliseconds(250);
    /// <summary>Longest wait for quiet while events keep coming.</summary>
    public TimeSpan MaxWait { get; init; } = TimeSpan.FromMilliseconds(400);
    /// <summary>
    /// How long after a batch a failed build waits for more changes before it is shown: files that keep changing are
    /// still being written (Git pauses a few milliseconds, a photo copied in chunks a tenth of a second), and a build
    /// that read them half-way is not the writer's mistake. A good build is shown at once.
    /// </summary>
    public TimeSpan FailureQuiet { get; init; } = TimeSpan.FromMilliseconds(500);
    /// <summary>
    /// The same wait when the build failed on a photo that is empty or stops halfway (TB0131): a photo copied from a
    /// phone over USB, a network share or a cloud folder can pause for a second or more between chunks, and a busy
    /// laptop stretches every pause. A photo that is really broken is shown this much later.
    /// </summary>
    public TimeSpan PhotoCopyQuiet { get; init; } = TimeSpan.FromSeconds(3);
}
