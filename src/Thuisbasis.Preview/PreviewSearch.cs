using System.IO.Hashing;
using Thuisbasis.Output;
using Thuisbasis.Search;

namespace Thuisbasis.Preview;

/// <summary>
/// Search in the preview. The preview serves its builds from memory, but Pagefind reads files: after each good build
/// the pages that are indexed (those with <c>data-pagefind-body</c>) are mirrored into a temporary folder, only those
/// whose bytes changed, and Pagefind indexes that folder in the background into a fresh index folder, which then
/// replaces the served one whole. Saves that come while Pagefind runs are taken together in one next run, so a
/// 1,000-story site (seconds of indexing) never delays a page; search shows the newest finished index.
/// </summary>
public sealed class PreviewSearch : IDisposable
{
    private static readonly byte[] Marker = "data-pagefind-body"u8.ToArray();

    private readonly string _root;
    private readonly string _siteRoot;
    private string _language = "nl";
    private readonly Func<string, string?> _environment;
    private readonly TextWriter _log;
    private readonly string _pages;
    private readonly Dictionary<string, ulong> _mirrored = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private string? _program;
    private bool _missingSaid;
    private bool _pending;
    private Task _running = Task.CompletedTask;
    private int _runs;
    private volatile string? _current;
    private bool _disposed;
    private readonly CancellationTokenSource _stop = new();

    public PreviewSearch(string siteRoot, Func<string, string?> environment, TextWriter log)
    {
        _siteRoot = siteRoot;
        _environment = environment;
        _log = log;
        _root = Path.Combine(Path.GetTempPath(), $"thuisbasis-preview-search-{Guid.NewGuid():N}");
        _pages = Path.Combine(_root, "pages");
        Directory.CreateDirectory(_pages);
    }

    /// <summary>The folder of the newest finished index (what <c>/pagefind/</c> serves); null before the first.</summary>
    public string? Current => _current;

    /// <summary>Raised after each Pagefind run, good or failed (tests wait on it).</summary>
    public event Action<PagefindRun>? Indexed;

    /// <summary>Brings the mirror up to date with a good build and starts (or queues) an index run when a page changed.</summary>
    public void Update(IReadOnlyDictionary<string, OutputFile> files, string language)
    {
        lock (_lock)
        {
            if (_disposed) return;
            var sameLanguage = language == _language;
            _language = language;
            _program ??= PagefindLocator.Find(_siteRoot, _environment);
            if (_program is null)
            {
                if (!_missingSaid) _log.WriteLine("Zoeken werkt niet in de preview: Pagefind is niet gevonden. " + PagefindLocator.MissingHelp(_environment));
                _missingSaid = true;
                return;
            }
            if (!Mirror(files) && sameLanguage && _current is not null) return;
            _pending = true;
            if (_running.IsCompleted) _running = Task.Run(RunWhilePending);
        }
    }

    /// <summary>Writes changed indexed pages into the mirror and deletes those that are gone; true when anything changed.</summary>
    private bool Mirror(IReadOnlyDictionary<string, OutputFile> files)
    {
        var changed = false;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, file) in files)
        {
            if (!path.EndsWith(".html", StringComparison.Ordinal) || file.Bytes is not { } bytes || bytes.AsSpan().IndexOf(Marker) < 0) continue;
            seen.Add(path);
            var hash = XxHash3.HashToUInt64(bytes);
            if (_mirrored.TryGetValue(path, out var known) && known == hash) continue;
            var dest = OutputWriter.SafeJoin(_pages, path);
            WholeFile.Write(dest, bytes); // a Pagefind run reading the mirror never sees half a page
            _mirrored[path] = hash;
            changed = true;
        }
        foreach (var gone in _mirrored.Keys.Where(p => !seen.Contains(p)).ToList())
        {
            File.Delete(OutputWriter.SafeJoin(_pages, gone));
            _mirrored.Remove(gone);
            changed = true;
        }
        return changed;
    }

    private void RunWhilePending()
    {
        while (true)
        {
            string program, language;
            lock (_lock)
            {
                if (!_pending || _disposed) return;
                _pending = false;
                program = _program!;
                language = _language;
            }
            var output = Path.Combine(_root, $"index-{++_runs}");
            PagefindRun run;
            try { run = PagefindRunner.Index(program, _pages, language, output, cancel: _stop.Token); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The temporary folder itself in trouble (a cleaner emptied it): a failed run, said like one, and the
                // loop goes on, so the next save indexes again and stopping the preview still deletes the folder.
                run = new PagefindRun(false, 0, TimeSpan.Zero, "de tijdelijke map van de zoekindex was niet te gebruiken; bij de volgende wijziging probeert de preview het opnieuw");
            }
            if (_stop.IsCancellationRequested) return;
            if (run.Succeeded)
            {
                var old = _current;
                _current = output;
                _log.WriteLine($"[{DateTime.Now:HH:mm:ss}] zoekindex bijgewerkt: {run.Pages} pagina's in {run.Elapsed.TotalMilliseconds:0} ms.");
                if (old is not null) TryDelete(old);
            }
            else
            {
                _log.WriteLine($"[{DateTime.Now:HH:mm:ss}] Pagefind kon de zoekindex van de preview niet maken: {PagefindRunner.Problem(run)}");
                TryDelete(output);
            }
            Indexed?.Invoke(run);
        }
    }

    /// <summary>The file of the served index for a path under <c>/pagefind/</c>; null when there is none.</summary>
    public string? FileFor(string relative)
    {
        if (_current is not { } folder) return null;
        try
        {
            var full = OutputWriter.SafeJoin(folder, relative);
            return File.Exists(full) ? full : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        Task running;
        lock (_lock)
        {
            if (_disposed) return;
            _disposed = true;
            running = _running;
        }
        _stop.Cancel(); // a running Pagefind is stopped, not waited for
        try { running.Wait(TimeSpan.FromSeconds(5)); }
        catch (AggregateException) { } // whatever ended the run, the folder goes
        TryDelete(_root);
    }

    private static void TryDelete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
