using System.Collections.Concurrent;
using Thuisbasis.Content;
using Thuisbasis.Model;

namespace Thuisbasis.Images;

/// <summary>
/// Image facts by site address (<c>/assets/img/x.png</c>), read from the file header on first use and kept for the
/// build, so a cover image shown on ten pages and in five feeds is opened once.
/// </summary>
public sealed class ImageCatalog
{
    /// <summary>The catalog of a build, made once from its assets and processed images.</summary>
    public static ImageCatalog Of(Site site) => site.Part(static s => new ImageCatalog(s.Assets, Images.SiteImages.Of(s)));

    private readonly Dictionary<string, string> _files;
    private readonly ConcurrentDictionary<string, ImageInfo?> _cache = new(StringComparer.Ordinal);
    private readonly Images.SiteImages? _processed;

    /// <param name="processed">The build's processed images: a photo's address then holds the widest published variant, not the file.</param>
    public ImageCatalog(IEnumerable<Asset> assets, Images.SiteImages? processed = null)
    {
        _files = assets.GroupBy(a => a.Url, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().FullPath, StringComparer.Ordinal);
        _processed = processed is { PublishOriginals: false } ? processed : null;
    }

    private ulong? _version;

    /// <summary>
    /// A fingerprint of the image files (address, size and time of change of each), so that replacing an image by one
    /// of another size counts as a change for the pages whose social card shows it (see the preview's dependency tracking).
    /// </summary>
    public ulong Version => _version ??= ComputeVersion() ^ (_processed?.Version ?? 0);

    private ulong ComputeVersion()
    {
        var text = new System.Text.StringBuilder();
        foreach (var (url, full) in _files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (MediaTypeFromName(url) is null) continue;
            var info = new FileInfo(full);
            text.Append(url).Append('\n').Append(info.Exists ? info.Length : -1).Append('\n')
                .Append(info.Exists ? info.LastWriteTimeUtc.Ticks : 0).Append('\n');
        }
        return System.IO.Hashing.XxHash3.HashToUInt64(System.Text.Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>What a page that looks up image facts counts as reading (see <see cref="DependencyRecorder.Read"/>).</summary>
    private static readonly string ImagesKey = DependencyKeys.Part(typeof(ImageCatalog));

    /// <summary>Facts about an image on this site, or null for an address that is not a readable site image.</summary>
    public ImageInfo? Get(string url)
    {
        DependencyRecorder.Read(ImagesKey);
        return _cache.GetOrAdd(url, u => _processed?.Get(u)?.Fallback is { } v
            ? new ImageInfo(v.Width, v.Height, Images.ImageFormats.MediaType(v.Format))
            : _files.TryGetValue(u, out var full) || _files.TryGetValue(Uri.UnescapeDataString(u.Split('?', '#')[0]), out full)
                ? ImageHeader.Read(full) : null);
    }

    /// <summary>The media type from the file name (<c>Wat nu?.jpg</c> as well as an address with a query), for images whose file this build cannot read.</summary>
    public static string? MediaTypeFromName(string url) => FromExtension(url) ?? FromExtension(url.Split('?', '#')[0]);

    private static string? FromExtension(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        ".svg" => "image/svg+xml",
        ".avif" => "image/avif",
        _ => null,
    };
}
