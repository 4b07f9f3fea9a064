using System.Collections;
using Thuisbasis.Diagnostics;
using Thuisbasis.Output;
using Thuisbasis.Rendering;
using Thuisbasis.Model;

namespace Thuisbasis.Pipeline;

/// <summary>
/// Keeps every rendered page between builds with what it depended on, and enriches (JSON-LD, social card, feed links)
/// and renders again only the pages whose own plan (address, title, items, pager…), settings or recorded dependencies
/// (what the templates read, and the layouts and partials themselves) changed. A first build renders everything; the preview's rebuilds render only what an edit touched.
/// A page that failed to render is never kept.
/// </summary>
/// <remarks>
/// Dependency keys are interned as numbers, so checking that 1,600 unchanged pages are still current costs array
/// lookups, not string hashing. A key's fingerprint is computed once per build, however many pages read it.
/// </remarks>
public sealed class RenderCache
{
    private Dictionary<string, Entry> _pages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _keyIds = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    // By key id: the key, and the number of the object it is about (-1: a key of the site, or of no object seen). Grown
    // by copying, so a build's checks read them while pages it renders add keys. A key no kept page reads any more (a
    // deleted story's, a tag that went) is forgotten after the build and its number given to the next new key: a build's
    // checks read only keys of kept pages, and a number handed out again during a build is empty in the arrays the
    // build began with, or is written there before it is read.
    private string?[] _keys = new string?[1024];
    private int[] _keySlots = new int[1024];
    /// <summary>By key id: how many kept pages read it (only under the lock).</summary>
    private int[] _uses = new int[1024];
    private int _keyCount;
    /// <summary>Ids of forgotten keys, for new keys.</summary>
    private readonly Stack<int> _freeIds = new();
    /// <summary>Ids handed out since the last build ended, and ids no kept page read any more when it did: forgotten then unless read.</summary>
    private readonly List<int> _unread = [];
    /// <summary>By key id: the fingerprint last computed and the objects it was computed from.</summary>
    private KeyMemo?[] _memo = [];
    /// <summary>Numbers of object keys (see <see cref="DependencyIndex"/>).</summary>
    private readonly ObjectSlots _slots = new();
    // By key id, for the build whose number is in _stamps: its fingerprint (kept between builds, not allocated again).
    private ulong[] _values = [];
    private int[] _stamps = [];
    private int _build;

    private sealed record KeyMemo(object Objects, ulong Value);

    /// <summary>
    /// One rendered page: its plan, the fingerprint of everything every page depends on, what it read (key ids and
    /// fingerprints), the enriched page and its bytes.
    /// </summary>
    private sealed record Entry(PageModel Planned, ulong Global, int[] Reads, ulong[] Values, PageModel Page, OutputFile File);

    /// <summary>The outputs of the last <see cref="RenderAll"/> that were rendered rather than reused (site-relative URLs).</summary>
    public IReadOnlyList<string> LastRendered { get; private set; } = [];

    /// <summary>What <see cref="RenderAll"/> gives back: the pages as enriched, and each page's file (null where rendering failed).</summary>
    public sealed record Rendering(IReadOnlyList<PageModel> Pages, IReadOnlyList<OutputFile> Files);

    /// <summary>
    /// Enriches and renders every planned page, reusing the previous build's page where nothing it depends on changed.
    /// </summary>
    /// <param name="enrich">Adds what enrichers add to a planned page. Enrichers are code, not templates: they count as
    /// reading every object with an identity that the plan holds (<see cref="DependencyIndex.Reachable"/>), and what they
    /// read of the site itself is recorded where it is read (image facts, see <see cref="DependencyRecorder.Read"/>).</param>
    /// <param name="global">Fingerprint of everything every page depends on: settings, build options, the build day. The
    /// layouts and partials a page was rendered with are recorded as it renders (<see cref="DependencyKeys.ThemeFile"/>).</param>
    /// <param name="pageDone">Called after each page, rendered or reused (progress reporting).</param>
    public Rendering RenderAll(Site site, IReadOnlyList<PageModel> planned, Func<PageModel, PageModel> enrich, PageRenderer renderer,
        ulong global, DiagnosticBag diagnostics, Action? pageDone = null)
    {
        var index = new DependencyIndex(site, _slots, renderer.Templates.FileFingerprint);
        var known = KnownValues(index);
        var pages = new PageModel[planned.Count];
        var results = new OutputFile?[planned.Count];
        var rendered = new bool[planned.Count];
        var fresh = new Entry?[planned.Count];
        Dictionary<string, Entry> previous;
        lock (_lock) previous = _pages;
        var found = 0;
        // The loop only reads the previous build's pages (a lock per page had two threads contending 1,600 times);
        // what it renders is put in afterwards.
        Parallel.For(0, planned.Count, i =>
        {
            var plannedPage = planned[i];
            var cached = previous.GetValueOrDefault(plannedPage.OutputPath);
            if (cached is not null) Interlocked.Increment(ref found);
            // Planned the same, objects with an identity by key (what is read of them is checked next). The views of
            // unchanged files are the same objects from build to build (see ViewReuse): mostly references are compared.
            var same = cached is not null && cached.Global == global && SameValue.ByKey(cached.Planned, plannedPage);
            if (same && StillCurrent(cached!, known))
            {
                pages[i] = cached!.Page;
                results[i] = cached.File;
                pageDone?.Invoke();
                return;
            }
            (pages[i], results[i], fresh[i]) = RenderAndRecord(site, plannedPage, enrich, renderer, global, diagnostics, index, known);
            rendered[i] = true;
            pageDone?.Invoke();
        });
        Remember(planned, previous, fresh, rendered, found);
        Forget(index);
        LastRendered = planned.Where((_, i) => rendered[i]).Select(p => p.Url).ToList();
        return new Rendering(pages, results.OfType<OutputFile>().ToList());
    }

    /// <summary>
    /// Enriches and renders one page while recording what it reads: every object with an identity that the plan reaches
    /// (enrichers read them in code), and whatever else is read where it is read (templates, theme files, image facts).
    /// The entry to keep is null when the page failed to render.
    /// </summary>
    private (PageModel Page, OutputFile? File, Entry? Entry) RenderAndRecord(Site site, PageModel planned, Func<PageModel, PageModel> enrich,
        PageRenderer renderer, ulong global, DiagnosticBag diagnostics, DependencyIndex index, KeyValues known)
    {
        var recorder = new DependencyRecorder();
        foreach (var key in DependencyIndex.Reachable(planned)) recorder.Add(DependencyKeys.Member(key, "*"));
        PageModel page;
        OutputFile? file;
        using (recorder.Listen())
        {
            page = enrich(planned);
            file = renderer.Render(site, page, diagnostics, recorder);
        }
        if (file is null) return (page, null, null);
        var reads = Intern(recorder.Keys);
        var values = new ulong[reads.Length];
        var k = 0;
        // Keys interned by this build lie beyond the table of known ones; the index computes those by name.
        foreach (var key in recorder.Keys)
        {
            values[k] = known.Has(reads[k]) ? known.Get(reads[k]) : index[key];
            k++;
        }
        return (page, file, new Entry(planned, global, reads, values, page, file));
    }

    /// <summary>Keeps this build's pages for the next: the new entries, and the previous ones of pages that were reused.</summary>
    private void Remember(IReadOnlyList<PageModel> planned, Dictionary<string, Entry> previous, Entry?[] fresh, bool[] rendered, int found)
    {
        lock (_lock)
        {
            if (found == previous.Count && found == planned.Count && ReferenceEquals(previous, _pages))
            {
                // Every page had an entry and there are as many as before (the usual preview rebuild): the table is
                // brought up to date in place instead of made again for 16,000 pages. Pages that failed are not kept.
                for (var i = 0; i < planned.Count; i++)
                {
                    var path = planned[i].OutputPath;
                    if (fresh[i] is { } made)
                    {
                        Hold(made);
                        if (previous.TryGetValue(path, out var old)) Release(old);
                        previous[path] = made;
                    }
                    else if (rendered[i] && previous.Remove(path, out var failed)) Release(failed);
                }
                return;
            }
            var current = new Dictionary<string, Entry>(planned.Count, StringComparer.Ordinal);
            for (var i = 0; i < planned.Count; i++)
            {
                var path = planned[i].OutputPath;
                if (fresh[i] is { } made) current[path] = made;
                else if (!rendered[i] && previous.TryGetValue(path, out var kept)) current[path] = kept;
            }
            for (var i = 0; i < planned.Count; i++)
                if (fresh[i] is { } made && current.TryGetValue(planned[i].OutputPath, out var now) && ReferenceEquals(now, made)) Hold(made);
            // Pages that are gone, and pages that failed to render, are not kept.
            foreach (var (path, old) in previous)
                if (!current.TryGetValue(path, out var now) || !ReferenceEquals(now, old)) Release(old);
            _pages = current;
        }
    }

    private void Hold(Entry entry)
    {
        foreach (var id in entry.Reads) _uses[id]++;
    }

    private void Release(Entry entry)
    {
        foreach (var id in entry.Reads)
            if (--_uses[id] == 0) _unread.Add(id);
    }

    /// <summary>
    /// After a build: forgets the keys no kept page reads (a deleted story's, a tag no story has any more), and the numbers
    /// of objects that neither this build had nor a remaining key is about. A preview left running all day otherwise kept
    /// every key and object it ever saw (found by LongSessionTests).
    /// </summary>
    private void Forget(DependencyIndex index)
    {
        lock (_lock)
        {
            foreach (var id in _unread)
            {
                if (_uses[id] != 0 || _keys[id] is not { } key) continue;
                _keyIds.Remove(key);
                _keys[id] = null;
                _keySlots[id] = -1;
                if (id < _memo.Length) _memo[id] = null;
                _freeIds.Push(id);
            }
            _unread.Clear();
            if (_slots.Count == index.Filled) return; // every object number is one of this build's objects
            var about = new bool[_slots.Size];
            for (var id = 0; id < _keyCount; id++)
                if (_keys[id] is not null && _keySlots[id] >= 0) about[_keySlots[id]] = true;
            _slots.KeepOnly(slot => about[slot] || index.ObjectsAt(slot) is not null);
        }
    }

    /// <summary>
    /// A one-off build (the command line): enriches and renders every page in parallel, with no fingerprints, no
    /// dependency recording and nothing kept for a next build.
    /// </summary>
    /// <param name="sink">Where each page is written as soon as it is rendered (the command line's staging folder); only
    /// its address and fingerprint are kept, so a large site need not be held in memory.</param>
    public static Rendering RenderOnce(Site site, IReadOnlyList<PageModel> planned, Func<PageModel, PageModel> enrich,
        PageRenderer renderer, DiagnosticBag diagnostics, Action? pageDone = null, OutputWriter.Staging? sink = null)
    {
        var pages = new PageModel[planned.Count];
        var results = new OutputFile?[planned.Count];
        Parallel.For(0, planned.Count, i =>
        {
            pages[i] = enrich(planned[i]);
            results[i] = renderer.Render(site, pages[i], diagnostics, staging: sink);
            pageDone?.Invoke();
        });
        return new Rendering(pages, results.OfType<OutputFile>().ToList());
    }

    private int[] Intern(IReadOnlyCollection<string> keys)
    {
        var ids = new int[keys.Count];
        var n = 0;
        lock (_lock)
            foreach (var key in keys)
            {
                if (!_keyIds.TryGetValue(key, out var id))
                {
                    if (!_freeIds.TryPop(out id))
                    {
                        id = _keyCount;
                        if (id == _keys.Length)
                        {
                            // New arrays: a build that began with the old ones still reads them.
                            var grownKeys = new string?[id * 2];
                            var grownSlots = new int[id * 2];
                            Array.Copy(_keys, grownKeys, id);
                            Array.Copy(_keySlots, grownSlots, id);
                            Array.Resize(ref _uses, id * 2);
                            (_keys, _keySlots) = (grownKeys, grownSlots);
                        }
                    }
                    _keys[id] = key;
                    _keySlots[id] = _slots.OfKey(key);
                    _keyIds[key] = id;
                    if (id == _keyCount) _keyCount = id + 1;
                    _unread.Add(id);
                }
                ids[n++] = id;
            }
        return ids;
    }

    /// <summary>This build's fingerprint of each key known before it, computed on first use.</summary>
    private KeyValues KnownValues(DependencyIndex index)
    {
        lock (_lock)
        {
            var count = _keyCount;
            if (_memo.Length < count) Array.Resize(ref _memo, count + count / 4);
            if (_values.Length < count)
            {
                _values = new ulong[count + count / 4];
                _stamps = new int[_values.Length];
            }
            return new KeyValues(index, _keys, _keySlots, count, _memo, _values, _stamps, ++_build);
        }
    }

    /// <summary>Whether every key the page read is worth what it was when the page was last rendered or checked.</summary>
    private static bool StillCurrent(Entry entry, KeyValues known)
    {
        for (var i = 0; i < entry.Reads.Length; i++)
            if (known.Get(entry.Reads[i]) != entry.Values[i]) return false;
        return true;
    }

    /// <summary>
    /// Fingerprints by key id for one build, each computed on first use, for the keys known when the build began. A key
    /// whose objects are the very objects of the last build that computed it (views stay the same objects while they
    /// do not change, see <see cref="ViewReuse"/>) keeps that build's fingerprint: at 10,000 stories that is 120,000
    /// member fingerprints a rebuild does not compute again.
    /// </summary>
    private sealed class KeyValues(DependencyIndex index, string?[] keys, int[] slots, int count, KeyMemo?[] memo, ulong[] values,
        int[] stamps, int build)
    {
        /// <summary>Whether the key was known when the build began (or was given a forgotten key's number since, in these same arrays).</summary>
        public bool Has(int id) => id < count && Volatile.Read(ref keys[id]) is not null;

        public ulong Get(int id)
        {
            if (Volatile.Read(ref stamps[id]) == build) return values[id];
            // Two threads may compute the same key at once; both get the same fingerprint.
            // A key of the site itself (site:stories) is remembered with its value: a list counts its items with an
            // identity by key only, so the same list, or one with items swapped for others of the same key, is worth the same.
            var site = slots[id] < 0;
            var key = keys[id]!;
            var objects = site ? index.SiteValue(key) : index.ObjectsAt(slots[id]);
            ulong value;
            if (objects is not null && memo[id] is { } last && (site ? SameSiteValue(last.Objects, objects) : SameObjects(last.Objects, objects)))
                value = last.Value;
            else
            {
                value = index.Compute(key);
                if (objects is not null) memo[id] = new KeyMemo(objects, value);
            }
            values[id] = value;
            Volatile.Write(ref stamps[id], build);
            return value;
        }

        private static bool SameSiteValue(object one, object other)
        {
            if (ReferenceEquals(one, other)) return true;
            if (one is not IList a || other is not IList b || a.GetType() != b.GetType() || a.Count != b.Count) return false;
            for (var i = 0; i < a.Count; i++)
            {
                var (x, y) = (a[i], b[i]);
                if (ReferenceEquals(x, y)) continue;
                if (x is null || y is null || DependencyKeys.PartsOf(x) is not { } key || DependencyKeys.PartsOf(y) != key) return false;
            }
            return true;
        }

        private static bool SameObjects(object one, object other)
        {
            if (ReferenceEquals(one, other)) return true;
            if (one is not List<object> a || other is not List<object> b || a.Count != b.Count) return false;
            for (var i = 0; i < a.Count; i++)
                if (!ReferenceEquals(a[i], b[i])) return false;
            return true;
        }
    }
}
