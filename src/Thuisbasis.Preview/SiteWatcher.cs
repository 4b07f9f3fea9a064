using System.Threading.Channels;
using Thuisbasis.Content;
using Thuisbasis.Content.Settings;

namespace Thuisbasis.Preview;

/// <summary>
/// Watches what a site is made of (<c>input/</c>, <c>themes/</c>, <c>overrides/</c>, <c>statiq.config</c>) and hands out
/// batches of changed paths: events are gathered until it has been quiet for a moment, so an editor's save dance
/// (temp file, rename, backup) or a <c>git checkout</c> of 200 files is one batch. Editor temp and swap files are ignored.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    private static readonly string[] Folders = ["input", "themes", "overrides"];

    /// <summary>Where the engine keeps processed images and share cards (see <c>SiteEngine.ImageStore</c>).</summary>
    private const string CacheFolder = ".thuisbasis";

    private readonly string _root;
    private readonly TimeSpan _quiet;
    private readonly TimeSpan _maxWait;
    private readonly TimeSpan _goneQuiet;
    private readonly Channel<string> _events = Channel.CreateUnbounded<string>();
    private readonly Dictionary<string, FileSystemWatcher> _watchers = new(StringComparer.Ordinal);
    private readonly HashSet<FileSystemWatcher> _incomplete = [];
    private bool _disposed;
    private readonly FileSystemWatcher _rootWatcher;

    /// <summary>Watchers of the folders that symbolic links in the site's folders lead to, by that folder (see <see cref="WatchLinks"/>).</summary>
    private readonly Dictionary<string, FileSystemWatcher> _linkTargets = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <param name="goneQuiet">The quiet time while a file of the batch is gone (see <c>PreviewOptions.GoneQuiet</c>).</param>
    public SiteWatcher(string root, TimeSpan quiet, TimeSpan maxWait, TimeSpan goneQuiet = default)
    {
        _root = Path.GetFullPath(root);
        _quiet = quiet;
        _maxWait = maxWait;
        _goneQuiet = goneQuiet;
        _rootWatcher = new FileSystemWatcher(_root) { IncludeSubdirectories = false, NotifyFilter = Filters };
        Hook(_rootWatcher);
        _rootWatcher.EnableRaisingEvents = true;
        foreach (var folder in Folders) WatchFolder(folder);
    }

    /// <summary>
    /// A folder under <paramref name="folder"/> that is a symbolic link to another folder of the site: the build reads
    /// what it leads to (see <c>SiteFiles</c>), but a watcher does not follow a link, so that folder gets a watcher of its
    /// own. A change there builds everything: the paths under the link that it stands for are not known to that watcher.
    /// </summary>
    private void WatchLinks(string folder)
    {
        var stack = new Stack<string>([folder]);
        while (stack.Count > 0)
        {
            var dir = stack.Pop();
            IEnumerable<string> subfolders;
            try { subfolders = Directory.EnumerateDirectories(dir).ToList(); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { continue; }
            foreach (var sub in subfolders)
            {
                if (SiteFiles.IsIgnored(Path.GetFileName(sub))) continue;
                var info = new DirectoryInfo(sub);
                if (info.LinkTarget is null)
                {
                    stack.Push(sub);
                    continue;
                }
                string? target;
                try { target = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName; }
                catch (IOException) { continue; } // a ring of links: the build says so (TB0004)
                // Not outside the site (the build refuses it, TB0004), gone or watched already; and never the site
                // itself or the image cache, which every preview build writes to: that would build for ever.
                if (target is null || !SiteFiles.IsInside(_root, target) || !Directory.Exists(target) || SiteFiles.IsInside(target, _root) ||
                    SiteFiles.IsInside(Path.Combine(_root, CacheFolder), target) || Folders.Any(f => SiteFiles.IsInside(Path.Combine(_root, f), target)))
                    continue;
                lock (_lock)
                {
                    if (_disposed || _linkTargets.ContainsKey(target)) continue;
                    var watcher = new FileSystemWatcher(target) { IncludeSubdirectories = true, NotifyFilter = Filters, InternalBufferSize = 64 * 1024 };
                    void Changed(string? name)
                    {
                        if (name is null || !name.Replace('\\', '/').Split('/').Any(SiteFiles.IsIgnored)) Write(Everything);
                    }
                    watcher.Changed += (_, e) => Changed(e.Name);
                    watcher.Created += (_, e) => Changed(e.Name);
                    watcher.Deleted += (_, e) => Changed(e.Name);
                    watcher.Renamed += (_, e) => Changed(e.Name);
                    watcher.Error += (_, _) => Write(Everything);
                    watcher.EnableRaisingEvents = true;
                    _linkTargets[target] = watcher;
                }
            }
        }
    }

    private const NotifyFilters Filters =
        NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime;

    /// <summary>Marks a batch in which events were lost: everything may have changed.</summary>
    public const string Everything = "*";

    /// <summary>Asks for a build of everything, as after lost events (see <see cref="SiteResponder"/>'s missing copies).</summary>
    public void BuildEverything() => Write(Everything);

    /// <summary>Waits for the next batch of changed site-relative paths (never empty).</summary>
    public async Task<IReadOnlySet<string>> NextBatchAsync(CancellationToken cancel)
    {
        var batch = new HashSet<string>(StringComparer.Ordinal);
        while (batch.Count == 0)
        {
            var first = await _events.Reader.ReadAsync(cancel);
            if (Relevant(first)) batch.Add(first);
        }
        var deadline = DateTime.UtcNow + _maxWait;
        await GatherAsync(batch, _quiet, deadline, cancel);
        // A file that is gone may be on its way back (see PreviewOptions.GoneQuiet): then wait for it a little longer.
        if (_goneQuiet > _quiet && batch.Any(Gone)) await GatherAsync(batch, _goneQuiet, deadline + _goneQuiet, cancel);
        while (_events.Reader.TryRead(out var more)) if (Relevant(more)) batch.Add(more);
        return batch;
    }

    /// <summary>Adds events to the batch until none came for <paramref name="quiet"/>, or the deadline.</summary>
    private async Task GatherAsync(HashSet<string> batch, TimeSpan quiet, DateTime deadline, CancellationToken cancel)
    {
        while (DateTime.UtcNow < deadline)
        {
            using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            timer.CancelAfter(quiet);
            try
            {
                var next = await _events.Reader.ReadAsync(timer.Token);
                if (Relevant(next)) batch.Add(next);
            }
            catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private bool Gone(string relative)
    {
        if (relative == Everything) return false;
        var full = Path.Combine(_root, relative);
        return !File.Exists(full) && !Directory.Exists(full);
    }

    /// <summary>Only files a build reads count; editor litter and anything outside the site's folders do not.</summary>
    public static bool Relevant(string relative)
    {
        if (relative == Everything || relative == SettingsReader.FileName) return true;
        var parts = relative.Split('/');
        return parts.Length > 1 && Folders.Contains(parts[0]) && !parts.Any(SiteFiles.IsIgnored);
    }

    private void WatchFolder(string name)
    {
        var full = Path.Combine(_root, name);
        lock (_lock)
        {
            if (_disposed || _watchers.ContainsKey(name) || !Directory.Exists(full)) return;
            var watcher = new FileSystemWatcher(full)
            {
                IncludeSubdirectories = true, NotifyFilter = Filters, InternalBufferSize = 64 * 1024,
            };
            Hook(watcher);
            watcher.EnableRaisingEvents = true;
            _watchers[name] = watcher;
        }
        WatchLinks(full);
    }

    private void Hook(FileSystemWatcher watcher)
    {
        watcher.Changed += (_, e) =>
        {
            if (watcher != _rootWatcher && Directory.Exists(e.FullPath)) RewatchIfIncomplete(watcher);
            Post(e.FullPath);
        };
        watcher.Created += (_, e) => Post(e.FullPath);
        watcher.Deleted += (_, e) => Post(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Post(e.OldFullPath);
            Post(e.FullPath);
        };
        watcher.Error += (_, e) =>
        {
            // Events were lost, or a folder inside could not be watched (the computer gives no right to read it).
            lock (_lock) _incomplete.Add(watcher);
            // Only lost events call for a build of everything. A folder without the right to read it lost none: the build
            // that reads it says so (TB0001), and building again would only print that message a second time; once its
            // rights change, it is watched again (RewatchIfIncomplete) and built.
            if (e.GetException() is not UnauthorizedAccessException) Write(Everything);
        };
    }

    /// <summary>
    /// A folder's rights changed inside a watcher that could not watch every folder: a folder that was unreadable when
    /// the preview started (TB0001) may be readable now, and only a new watcher sees what is written in it later.
    /// </summary>
    private void RewatchIfIncomplete(FileSystemWatcher watcher)
    {
        string? name;
        lock (_lock)
        {
            if (!_incomplete.Remove(watcher)) return;
            name = _watchers.FirstOrDefault(w => w.Value == watcher).Key;
            if (name is null) return;
            _watchers.Remove(name);
        }
        // Not from inside the old watcher's own event: it is stopped on the thread pool.
        Task.Run(() =>
        {
            watcher.Dispose();
            WatchFolder(name);
            Write(Everything);
        });
    }

    /// <summary>When a file a build reads last changed (UTC ticks).</summary>
    private long _lastChange;

    /// <summary>
    /// Whether a file a build reads changes after <paramref name="since"/> within <paramref name="quiet"/> of it: true as
    /// soon as one does, false once that time has passed without one. After a failed build, this tells a file still being
    /// written (a checkout under way, a photo copied in chunks) from a mistake that is there to stay.
    /// </summary>
    public bool ChangesAfter(DateTime since, TimeSpan quiet)
    {
        while (true)
        {
            if (Interlocked.Read(ref _lastChange) > since.Ticks) return true;
            var left = since + quiet - DateTime.UtcNow;
            if (left <= TimeSpan.Zero) return false;
            Thread.Sleep(left < TimeSpan.FromMilliseconds(20) ? left : TimeSpan.FromMilliseconds(20));
        }
    }

    private void Post(string fullPath)
    {
        var rel = SiteFiles.Relative(_root, fullPath);
        if (rel == CacheFolder && !Directory.Exists(fullPath))
        {
            // The image cache was removed (git clean -x): the pages served point at its files, so build again.
            Write(Everything);
            return;
        }
        if (!rel.Contains('/') && Folders.Contains(rel))
        {
            // A site folder appeared (or went): watch it, and rebuild, since everything in it is new.
            if (Directory.Exists(fullPath)) WatchFolder(rel);
            else lock (_lock) if (_watchers.Remove(rel, out var gone)) gone.Dispose();
            Write(Everything);
            return;
        }
        // A folder that appeared (a checkout, a link made) may be, or hold, a link to another folder of the site.
        if (Relevant(rel) && Directory.Exists(fullPath)) WatchLinks(Path.GetDirectoryName(fullPath)!);
        Write(rel);
    }

    private void Write(string relative)
    {
        if (Relevant(relative)) Interlocked.Exchange(ref _lastChange, DateTime.UtcNow.Ticks);
        _events.Writer.TryWrite(relative);
    }

    public void Dispose()
    {
        _rootWatcher.Dispose();
        lock (_lock)
        {
            _disposed = true;
            foreach (var w in _watchers.Values.Concat(_linkTargets.Values)) w.Dispose();
            _watchers.Clear();
            _linkTargets.Clear();
            _incomplete.Clear();
        }
        _events.Writer.TryComplete();
    }
}
