using Thuisbasis.Diagnostics;
using Thuisbasis.Output;
using Thuisbasis.Rendering;

namespace Thuisbasis.Pipeline;

/// <summary>
/// Keeps every rendered page between builds with what it depended on, and renders again only the pages whose own plan
/// (address, title, items, pager…), theme, settings or recorded dependencies changed. A first build renders everything;
/// the preview's rebuilds render only what an edit touched. A page that failed to render is never kept.
/// </summary>
public sealed class RenderCache
{
    private readonly Dictionary<string, Entry> _pages = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>One rendered page: the fingerprint of its plan, what it read (key and fingerprint), and its bytes.</summary>
    private sealed record Entry(ulong Plan, (string Key, ulong Value)[] Reads, OutputFile File);

    /// <summary>The outputs of the last <see cref="RenderAll"/> that were rendered rather than reused (site-relative URLs).</summary>
    public IReadOnlyList<string> LastRendered { get; private set; } = [];

    /// <summary>Forgets every page, so the next build renders all of them.</summary>
    public void Clear()
    {
        lock (_lock) _pages.Clear();
    }

    /// <param name="global">Fingerprint of everything every page depends on: theme files, settings, build options.</param>
    /// <param name="pageDone">Called after each page, rendered or reused (progress reporting).</param>
    public IReadOnlyList<OutputFile> RenderAll(Site site, IReadOnlyList<PageModel> pages, PageRenderer renderer, ulong global,
        DiagnosticBag diagnostics, Action? pageDone = null)
    {
        var index = new DependencyIndex(site);
        var results = new OutputFile?[pages.Count];
        var rendered = new bool[pages.Count];
        Parallel.For(0, pages.Count, i =>
        {
            var page = pages[i];
            var plan = ContentHash.Combine([global, ContentHash.Of(page)]);
            Entry? cached;
            lock (_lock) cached = _pages.GetValueOrDefault(page.OutputPath);
            if (cached is not null && cached.Plan == plan && cached.Reads.All(r => index[r.Key] == r.Value))
            {
                results[i] = cached.File;
                pageDone?.Invoke();
                return;
            }
            var recorder = new DependencyRecorder();
            var file = renderer.Render(site, page, diagnostics, recorder);
            results[i] = file;
            rendered[i] = true;
            pageDone?.Invoke();
            lock (_lock)
            {
                if (file is null) _pages.Remove(page.OutputPath);
                else _pages[page.OutputPath] = new Entry(plan, recorder.Keys.Select(k => (k, index[k])).ToArray(), file);
            }
        });
        var current = pages.Select(p => p.OutputPath).ToHashSet(StringComparer.Ordinal);
        lock (_lock)
            foreach (var gone in _pages.Keys.Where(k => !current.Contains(k)).ToList()) _pages.Remove(gone);
        LastRendered = pages.Where((_, i) => rendered[i]).Select(p => p.Url).ToList();
        return results.OfType<OutputFile>().ToList();
    }
}
