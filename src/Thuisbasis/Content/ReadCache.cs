using System.Collections.Concurrent;
using Thuisbasis.Content.Readers;
using Thuisbasis.Diagnostics;

namespace Thuisbasis.Content;

/// <summary>
/// What reading each content file gave last time (the typed record, its diagnostics and the references it makes), so a
/// rebuild parses only files whose size or write time changed. Kept by an engine between builds; the preview's edits
/// then cost one YAML parse instead of a thousand.
/// </summary>
public sealed class ReadCache
{
    private readonly ConcurrentDictionary<string, Reading> _files = new(StringComparer.Ordinal);

    /// <summary>
    /// A fingerprint of the settings the next reading uses, set by the engine before it reads: a file read under other
    /// settings (other page addresses, another time zone) is read again.
    /// </summary>
    public ulong SettingsVersion { get; set; }

    /// <param name="Day">The build day it was read on: a reading is good for that day only (a date in words without a year
    /// is suggested in the build day's year). Reading every file again once a day costs nothing a writer notices, and no
    /// reader has to be known not to look at the day.</param>
    private sealed record Reading(long Length, DateTime Stamp, ulong Settings, DateOnly Day, object? Item, Diagnostic[] Diagnostics,
        PendingRef[] Authors, PendingRef[] Services, PendingRef[] Contacts, PendingImage[] Images);

    /// <summary>Reads one file through the cache, replaying a cached reading's diagnostics and references into <paramref name="ctx"/>.</summary>
    /// <param name="file">The file as listed, with the size and write time the listing saw.</param>
    /// <param name="reported">True when a file watcher reported it changed: it is read again even when its size and time
    /// look the same (file systems that keep times in whole seconds, two saves in one second).</param>
    internal object? Read(string folder, SiteFile file, ReadContext ctx, ulong settingsHash, bool reported = false)
    {
        var (full, rel, length, stamp) = file;
        if (reported || !_files.TryGetValue(rel, out var r) || r.Length != length || r.Stamp != stamp || r.Settings != settingsHash
            || r.Day != ctx.Today)
        {
            var local = new ReadContext(ctx.Settings, new DiagnosticBag(), ctx.Today);
            var item = ContentReader.ReadOne(folder, full, rel, local);
            r = new Reading(length, stamp, settingsHash, ctx.Today, item, local.Diagnostics.Sorted().ToArray(), [.. local.AuthorRefs],
                [.. local.ServiceRefs], [.. local.ContactRefs], local.ImagesByFile.TryGetValue(rel, out var images) ? [.. images] : []);
            _files[rel] = r;
        }
        ctx.Diagnostics.AddRange(r.Diagnostics);
        foreach (var a in r.Authors) ctx.AuthorRefs.Add(a);
        foreach (var s in r.Services) ctx.ServiceRefs.Add(s);
        foreach (var c in r.Contacts) ctx.ContactRefs.Add(c);
        if (r.Images.Length > 0) ctx.Images(rel).AddRange(r.Images);
        return r.Item;
    }

    private List<SiteFile>? _listing;

    /// <summary>
    /// The files of <c>input/</c>: the last listing brought up to date for <paramref name="changed"/> (the paths a file
    /// watcher reported since the last build), or a full listing when there is none to update, when <paramref name="changed"/>
    /// is null, or when the last listing had something to report (a link, a link outside the site).
    /// </summary>
    internal List<SiteFile> List(string root, string input, DiagnosticBag diagnostics, IReadOnlyCollection<string>? changed)
    {
        if (changed is not null && _listing is not null && SiteFiles.UpdateInPlace(_listing, root, changed)) return _listing;
        var found = new DiagnosticBag();
        var files = SiteFiles.Enumerate(root, input, found, out var sawLinks);
        diagnostics.AddRange(found.Sorted());
        _listing = found.Count == 0 && !sawLinks ? files : null;
        return files;
    }

    /// <summary>Lists every file again at the next build (after a build that stopped halfway).</summary>
    public void ForgetListing() => _listing = null;

    /// <summary>Forgets files that are gone.</summary>
    /// <param name="count">How many paths <paramref name="current"/> holds: while the cache holds no more, every file in
    /// it was just read and is current.</param>
    internal void Retain(IEnumerable<string> current, int count)
    {
        if (_files.Count <= count) return;
        var keep = current.ToHashSet(StringComparer.Ordinal);
        foreach (var key in _files.Keys)
            if (!keep.Contains(key)) _files.TryRemove(key, out _);
    }
}
