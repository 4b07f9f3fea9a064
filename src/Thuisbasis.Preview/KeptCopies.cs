using Thuisbasis.Output;

namespace Thuisbasis.Preview;

/// <summary>
/// The bytes of the files a good build copies as they are from the site's own folders (a logo, a PDF, the theme's CSS
/// and fonts), so the preview goes on serving the last good build while a newer one fails: the checkout of a broken
/// branch, or a writer halfway through replacing a file, changes or deletes them on disk. A file is read again only when
/// its size or time of change differs. Processed photos and share cards are not kept: they live in the image cache under
/// a name made from their content, so a change never overwrites them. A file over <see cref="Largest"/> is served from
/// disk as before, so a folder of large PDFs does not sit in memory.
/// </summary>
internal sealed class KeptCopies(string root)
{
    /// <summary>Files larger than this are read from disk when asked for.</summary>
    public const long Largest = 8 * 1024 * 1024;

    private readonly string _cache = Path.Combine(Path.GetFullPath(root), ".thuisbasis") + Path.DirectorySeparatorChar;
    private Dictionary<string, Kept> _kept = new(StringComparer.Ordinal);

    private sealed record Kept(long Length, DateTime Stamp, byte[] Bytes);

    /// <summary>Replaces each copy from the site's folders in <paramref name="files"/> by one that holds its bytes.</summary>
    public void Keep(Dictionary<string, OutputFile> files)
    {
        var next = new Dictionary<string, Kept>(StringComparer.Ordinal);
        foreach (var (path, file) in files)
        {
            if (file.Bytes is not null || file.MadeWhenRead || file.CopyFrom is not { } from || from.StartsWith(_cache, StringComparison.Ordinal)) continue;
            if (!next.TryGetValue(from, out var kept) && Read(from) is { } read) next[from] = kept = read;
            if (kept is not null) files[path] = file with { Bytes = kept.Bytes, CopyFrom = null };
        }
        _kept = next;
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
