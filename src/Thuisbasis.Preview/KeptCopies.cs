using Thuisbasis.Output;

namespace Thuisbasis.Preview;

/// <summary>
/// The bytes of the files a good build copies as they are from the site's own folders (a logo, a PDF, the theme's CSS
/// and fonts), so the preview goes on serving the last good build while a newer one fails: the checkout of a broken
/// branch, or a writer halfway through replacing a file, changes or deletes them on disk. A file is read again only when
/// its size or time of change differs. Processed photos and share cards are not kept: they live in the image cache under
/// a name made from their content, so a change never overwrites them. A file over <see cref="Largest"/>, and whatever
/// comes after <see cref="Budget"/> is used up (a site that publishes its photos' originals), is served from disk as
/// before, so a folder of large files does not sit in memory.
/// </summary>
internal sealed class KeptCopies(string root)
{
    /// <summary>Files larger than this are read from disk when asked for.</summary>
    public const long Largest = 8 * 1024 * 1024;

    /// <summary>All kept bytes together stay under this.</summary>
    public const long Budget = 64 * 1024 * 1024;

    private readonly string _cache = Path.Combine(Path.GetFullPath(root), ".thuisbasis") + Path.DirectorySeparatorChar;
    private Dictionary<string, Kept> _kept = new(StringComparer.Ordinal);

    private sealed record Kept(long Length, DateTime Stamp, byte[] Bytes);

    /// <summary>Replaces each copy from the site's folders in <paramref name="files"/> by one that holds its bytes.</summary>
    public void Keep(Dictionary<string, OutputFile> files)
    {
        var next = new Dictionary<string, Kept>(StringComparer.Ordinal);
        var used = 0L;
        var keeping = new List<OutputFile>();
        foreach (var file in files.Values)
        {
            if (file.Bytes is not null || file.MadeWhenRead || file.CopyFrom is not { } from || from.StartsWith(_cache, StringComparison.Ordinal)) continue;
            if (!next.TryGetValue(from, out var kept) && used < Budget && Read(from) is { } read && used + read.Length <= Budget)
            {
                next[from] = kept = read;
                used += read.Length;
            }
            if (kept is not null) keeping.Add(file with { Bytes = kept.Bytes, CopyFrom = null });
        }
        foreach (var file in keeping) files[file.Path] = file;
        _kept = next;
    }

    /// <summary>
    /// Forgets the kept bytes of the files the watcher reported (site-relative), so each is read again even with the
    /// same size and time of change; <see cref="SiteWatcher.Everything"/> forgets them all.
    /// </summary>
    public void Forget(IReadOnlyCollection<string> changed)
    {
        if (changed.Contains(SiteWatcher.Everything)) _kept = new(StringComparer.Ordinal);
        else foreach (var relative in changed) _kept.Remove(Path.GetFullPath(Path.Combine(root, relative)));
    }

    /// <summary>The file's bytes (the kept ones while its size and time are the same); null when it is too large or unreadable.</summary>
    private Kept? Read(string full)
    {
        try
        {
            var info = new FileInfo(full);
            if (!info.Exists || info.Length > Largest) return null;
            if (_kept.TryGetValue(full, out var known) && known.Length == info.Length && known.Stamp == info.LastWriteTimeUtc) return known;
            var bytes = File.ReadAllBytes(full);
            return new Kept(bytes.Length, info.LastWriteTimeUtc, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // gone or locked right now (a checkout in progress): served from disk, and the next build reads it
        }
    }
}
