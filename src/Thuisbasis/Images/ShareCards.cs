using System.Collections.Concurrent;
using Thuisbasis.Content;
using Thuisbasis.Output;
using Thuisbasis.Model;

namespace Thuisbasis.Images;

/// <summary>A page's image for Open Graph and Twitter: always 1200×630, cached like every processed image.</summary>
/// <param name="Url">Its site address.</param>
public sealed record ShareCard(string Url, string Alt, string MediaType, string Source)
{
    /// <summary>
    /// What the card shows, in eight hex digits: the photo's fingerprint, or a hash of the title, name, colours and logo
    /// it is drawn with. The share tags name the card with it (<c>?v=…</c>): Facebook, LinkedIn and WhatsApp keep an image
    /// by its address, for weeks, so a new title or photo under the same address was not shown.
    /// </summary>
    public string Version { get; init; } = "";

    /// <summary>
    /// The cached file, made when first read: its bytes are part of no page. Internal, so comparisons of page plans skip
    /// it; set by <see cref="ShareCards.Make"/>.
    /// </summary>
    internal Lazy<string> File { get; init; } = null!;

    public int Width => ShareCardPainter.Width;
    public int Height => ShareCardPainter.Height;
}

/// <summary>
/// Gives every story, vacancy, service and activity its share card: a 1200×630 crop of its own photo, or, without one (or with
/// only an SVG, which the networks do not show), a card drawn with its title in the brand colours.
/// </summary>
public static class ShareCards
{
    private static readonly IReadOnlyDictionary<string, ShareCard> None = new Dictionary<string, ShareCard>();

    /// <summary>The key of the site's own card in <see cref="Of"/>: drawn with the tagline (else the name) when the
    /// settings have no <c>share_image</c> (or an SVG one), for every page without an image of its own.</summary>
    public const string SiteCard = "(site)";

    /// <summary>The share cards of a build by page address (added by the engine before pages are planned).</summary>
    public static IReadOnlyDictionary<string, ShareCard> Of(Site site) => site.Find<IReadOnlyDictionary<string, ShareCard>>() ?? None;

    /// <summary>
    /// Facebook shows a large preview from 600×315 on; a smaller photo blown up to 1200×630 looks blurred there and
    /// everywhere else (TB0133 already tells the writer), so such a page shares its drawn card with its title instead.
    /// </summary>
    public const int MinPhotoWidth = 600;

    public static IReadOnlyDictionary<string, ShareCard> Make(Site site, SiteImages media)
    {
        var pages = new List<(string PageUrl, string Kind, Entry Entry, string Title, ImageRef? Image)>();
        pages.AddRange(site.Stories.Select(s => (s.Url, "verhaal", s.Source.Entry, s.Title, s.Image)));
        pages.AddRange(site.AllVacancies.Select(v => (v.Url, "vacature", v.Source.Entry, v.Title, v.Image)));
        pages.AddRange(site.Services.Select(s => (s.Url, "dienst", s.Source.Entry, s.Title, s.Image)));
        pages.AddRange(site.AllActivities.Select(a => (a.Url, "activiteit", a.Source.Entry, a.Title, a.Image)));
        var s = site.Settings;
        var logo = s.Logo is { } l && media.Get(l) is { } processed ? processed : null;
        var logoBytes = new Lazy<byte[]?>(() => logo is null ? null : System.IO.File.ReadAllBytes(logo.Fallback.MadePath));
        var cards = new ConcurrentDictionary<string, ShareCard>(StringComparer.Ordinal);
        Parallel.ForEach(pages, p =>
        {
            if (p.Image is { } image && media.Get(image.Url) is { Width: >= MinPhotoWidth } photo)
            {
                // A drawing in PNG keeps its PNG (sharp lines); a photo in PNG becomes a JPEG of a tenth of the size.
                var jpeg = photo.Format != ImageFormat.Png || media.IsPngPhoto(image.Url);
                var source = media.SourceOf(image.Url);
                var path = media.Store.Derived($"crop-v4|{photo.Hash:x16}|{jpeg}", jpeg ? ".jpg" : ".png", () => Crop(photo, source, jpeg));
                var stem = image.Url[..image.Url.LastIndexOf('.')];
                cards[p.PageUrl] = new ShareCard($"{stem}-deelkaart{(jpeg ? ".jpg" : ".png")}", image.Alt, jpeg ? "image/jpeg" : "image/png",
                    p.Entry.SourcePath) { File = path, Version = $"{photo.Hash:x16}"[..8] };
                return;
            }
            cards[p.PageUrl] = Drawn(p.Title, $"/assets/deelkaarten/{p.Kind}-{p.Entry.Slug}.png", p.Entry.SourcePath);
        });
        // Every other page (the home page, listings, contact) shares the site's own card, unless share_image names one
        // the networks show (they show no SVG).
        if (s.ShareImage is null || ImageCatalog.MediaTypeFromName(s.ShareImage) == "image/svg+xml") cards[SiteCard] = Drawn(string.IsNullOrWhiteSpace(s.Tagline) ? s.Name : s.Tagline, "/assets/deelkaarten/site.png", "statiq.config");
        return cards;

        ShareCard Drawn(string title, string url, string source)
        {
            var key = string.Join('\u0001', ShareCardPainter.Version, title, s.Name, s.Brand.Primary, s.Brand.Accent, logo?.Hash.ToString("x16") ?? "");
            var card = media.Store.Derived(key, ".png", () => ShareCardPainter.Paint(title, s.Name, s.Brand.Primary, s.Brand.Accent, logoBytes.Value));
            // The alternative text says what the card shows: the title, unless the typeface cannot draw it.
            var shown = ShareCardPainter.TextOf(title) is { Undrawable: "", Text.Length: > 0 } ? $"{title} – {s.Name}" : s.Name;
            var version = Convert.ToHexStringLower(System.IO.Hashing.XxHash64.Hash(System.Text.Encoding.UTF8.GetBytes(key)))[..8];
            return new ShareCard(url, title == s.Name ? s.Name : shown, "image/png", source) { File = card, Version = version };
        }
    }

    /// <summary>The files of the cards, each address once (two pages may share a photo).</summary>
    public static IEnumerable<OutputFile> Files(IReadOnlyDictionary<string, ShareCard> cards) =>
        cards.Values.GroupBy(c => c.Url, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.OrderBy(c => c.Source, StringComparer.Ordinal).First())
            .Select(c => OutputFile.CopyLater(c.Url.TrimStart('/'), c.File, c.Source));

    /// <summary>
    /// The card cut from the widest variant, or, for a panorama whose widest variant is lower than the card (1600×400
    /// from 12000×3000), from the photo itself at just enough pixels: blown up from the variant it would be blurred.
    /// </summary>
    private static byte[] Crop(ProcessedImage photo, string? sourcePath, bool jpeg)
    {
        var widest = photo.Widest;
        var low = widest.Height < ShareCardPainter.Height && widest.Width < photo.Width && sourcePath is not null;
        var atLeastWidth = (int)Math.Ceiling(photo.Width * (double)ShareCardPainter.Height / photo.Height);
        using var source = (low
            ? ImageEncoder.DecodeUpright(System.IO.File.ReadAllBytes(sourcePath!), atLeastWidth)
            : ImageEncoder.DecodeUpright(System.IO.File.ReadAllBytes(widest.MadePath)))
            ?? throw new InvalidOperationException("Een bewerkte foto kan niet opnieuw worden gelezen.");
        using var card = ImageEncoder.Cover(source, ShareCardPainter.Width, ShareCardPainter.Height);
        return ImageEncoder.Encode(card, jpeg ? ImageFormat.Jpeg : ImageFormat.Png);
    }
}
