using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Thuisbasis.Model;
using Thuisbasis.Output;

namespace Thuisbasis.Images;

/// <summary>An image file as a feed names it: its site path, and the type and size of the file published there.</summary>
public sealed record MailImage(string Path, string MediaType, int Width, int Height, long Length);

/// <summary>
/// The image files feeds give, for the programs that read them: Mailchimp puts them in mails (Outlook for Windows shows
/// no WebP), Buffer and Hootsuite in posts (no network shows an SVG or GIF), and a phone photo of several MB should not
/// go into every mail. So a photo goes out as a JPEG, or a PNG for a drawing in PNG (transparency kept), at most
/// <see cref="MaxWidth"/> wide and never wider than it is; an image the pipeline did not process gives way to the page's
/// share card. The page itself (its <c>&lt;picture&gt;</c>, its Open Graph image) is not touched.
/// </summary>
public sealed partial class FeedImages
{
    public const int MaxWidth = ImageStore.FallbackMaxWidth;

    /// <summary>The feed images of a build: what it asked for is published by <see cref="Files"/>.</summary>
    public static FeedImages Of(Site site) => site.Part(static s => new FeedImages(SiteImages.Of(s), ShareCards.Of(s)));

    private readonly SiteImages? _media;
    private readonly IReadOnlyDictionary<string, ShareCard> _cards;
    private readonly ConcurrentDictionary<string, MailImage?> _photos = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, OutputFile> _files = new(StringComparer.Ordinal);

    private FeedImages(SiteImages? media, IReadOnlyDictionary<string, ShareCard> cards) => (_media, _cards) = (media, cards);

    /// <summary>
    /// A photo of this site as feeds give it: a JPEG or a drawing in PNG its one variant in its own format, at most
    /// <see cref="MaxWidth"/> wide (at the photo's own address); a WebP and a photo in PNG (<see cref="SiteImages.IsPngPhoto"/>)
    /// a JPEG made for the purpose. Null for what the pipeline did not process: SVG, GIF, an image of another site, a
    /// missing file.
    /// </summary>
    public MailImage? Photo(string url) => _media is null ? null : _photos.GetOrAdd(url, Find);

    private MailImage? Find(string url)
    {
        if (_media!.Get(url) is not { } image || _media.AssetOf(url) is not { } asset) return null;
        // A JPEG or a drawing in PNG has its variant already; a WebP, and a photo in PNG (several MB), get a JPEG.
        if (image.Format != ImageFormat.Webp && !_media.IsPngPhoto(url))
        {
            var v = image.Fallback;
            return new MailImage(_media.FallbackUrl(asset.Url, image), ImageFormats.MediaType(v.Format), v.Width, v.Height,
                new FileInfo(v.MadePath).Length);
        }
        var file = _media.Store.Jpeg(image, asset.FullPath, MaxWidth).Value;
        if (ImageHeader.Read(file) is not { Width: { } width, Height: { } height } info) return null;
        var path = SiteImages.VariantUrl(asset.Url, new ImageVariant(width, height, ImageFormat.Jpeg, file));
        _files.TryAdd(path, OutputFile.Copy(path.TrimStart('/'), file, asset.SourcePath));
        return new MailImage(path, info.MediaType, width, height, new FileInfo(file).Length);
    }

    /// <summary>
    /// A text as feeds carry it: each <c>&lt;picture&gt;</c> of a photo of this site becomes one <c>&lt;img&gt;</c> of its
    /// <see cref="Photo"/>. Mail programs show no <c>&lt;picture&gt;</c> source and take its <c>&lt;img&gt;</c>, which was
    /// the variant in the photo's own format: a WebP for a WebP photo (Outlook for Windows shows none), a PNG of
    /// several MB for a screenshot. The rest of the text stays as it is.
    /// </summary>
    /// <param name="used">The site paths of the photos whose mail image the text now shows.</param>
    public string ForMail(string html, out IReadOnlyList<string> used)
    {
        used = [];
        if (_media is null || !html.Contains("<picture>", StringComparison.Ordinal)) return html;
        var found = new List<string>();
        used = found;
        return Picture().Replace(html, m =>
        {
            var img = Img().Match(m.Value);
            if (!img.Success || !ByFallback().TryGetValue(WebUtility.HtmlDecode(img.Groups["src"].Value), out var url) || Photo(url) is not { } photo)
                return m.Value;
            found.Add(url);
            var alt = Alt().Match(img.Value) is { Success: true } a ? a.Groups["alt"].Value : "";
            var (width, height) = InMail(photo.Width, photo.Height);
            return $"<img src=\"{Html.Escape(UrlPath.Escape(photo.Path))}\" width=\"{width}\" height=\"{height}\" alt=\"{alt}\">";
        });
    }

    /// <summary>
    /// The width a mail shows a photo at: a newsletter's column is 600 pixels wide, and Outlook for Windows draws an image
    /// at its <c>width</c>, whatever the mail's styles say, so a photo of 1200 broke the layout there. The file keeps its
    /// pixels, sharp on a phone's screen.
    /// </summary>
    public const int MailColumn = 600;

    private static (int Width, int Height) InMail(int width, int height) =>
        width <= MailColumn ? (width, height) : (MailColumn, (int)Math.Round(height * (double)MailColumn / width));

    private Dictionary<string, string>? _byFallback;

    /// <summary>The site path of each processed photo by the address of its fallback, as a <c>&lt;picture&gt;</c>'s <c>&lt;img&gt;</c> names it.</summary>
    private Dictionary<string, string> ByFallback()
    {
        if (Volatile.Read(ref _byFallback) is { } made) return made;
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (url, image) in _media!.Processed)
            if (_media.PathOf(url) is { } path) map.TryAdd(UrlPath.Escape(_media.FallbackUrl(path, image)), url);
        Volatile.Write(ref _byFallback, map);
        return map;
    }

    [GeneratedRegex("<picture>.*?</picture>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Picture();

    [GeneratedRegex("<img\\b[^>]*?\\ssrc=\"(?<src>[^\"]*)\"[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Img();

    [GeneratedRegex("\\salt=\"(?<alt>[^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex Alt();

    /// <summary>The share card of a page (<c>/verhalen/x/</c>) with its alternative text, or null when it has none.</summary>
    public (MailImage Image, string Alt)? Card(string pageUrl)
    {
        if (!_cards.TryGetValue(pageUrl, out var card)) return null;
        var length = new FileInfo(card.File.Value).Length;
        return (new MailImage(card.Url, card.MediaType, card.Width, card.Height, length), card.Alt);
    }

    /// <summary>The files only feeds use (the JPEG of a WebP), each once, in order; the rest the site publishes anyway.</summary>
    public IEnumerable<OutputFile> Files() => _files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Value);
}
