using Thuisbasis.Content;
using Thuisbasis.Rendering;
using Thuisbasis.Model;
using Thuisbasis.Images;

namespace Thuisbasis.Social;

/// <summary>
/// Fills <see cref="PageModel.Social"/>: the page's own image or else the site's <c>share_image</c>, its pixel size
/// from the file header (platforms show a card at once only when they know the size), and share links on stories,
/// vacancies and coming activities.
/// </summary>
public sealed class SocialCardEnricher : IPageEnricher
{
    /// <summary>Below this width X shows a small card; above it, the large one.</summary>
    private const int LargeCardWidth = 300;

    public PageModel Enrich(Site site, PageModel page)
    {
        var s = site.Settings;
        // Facebook, LinkedIn and X do not show SVG previews: a page with only an SVG falls back to the share image.
        var own = ShareCard(site, page) ?? Image(site, page.Image);
        var fallback = ShareCards.Of(site).TryGetValue(ShareCards.SiteCard, out var siteCard) ? Card(site, siteCard)
            : s.ShareImage is { } share ? Image(site, new ImageRef(share, s.ShareImageAlt ?? s.Name)) : null;
        var image = own is { Type: "image/svg+xml" } && fallback is not null ? fallback : own ?? fallback;
        var isArticle = page.Story is not null;
        var (state, lead) = Situation(page);
        var card = new SocialCard
        {
            Title = state is null ? page.Title : $"{state}: {page.Title}",
            Description = lead + (FirstNonEmpty(PlainText.Of(page.Description), PlainText.Of(s.Description), PlainText.Of(s.Tagline)) ?? s.Name),
            Url = page.AbsoluteUrl.Length > 0 ? page.AbsoluteUrl : site.Absolute(page.Url),
            SiteName = s.Name,
            Locale = Locale(s.Language),
            Type = isArticle ? "article" : page.OgType,
            // The large card is about 2:1: a square portrait (an author's photo) would be cut through the face.
            TwitterCard = image is { Width: >= LargeCardWidth } && image.Width >= image.Height * 1.3 ? "summary_large_image" : "summary",
            Image = image,
            PublishedTime = page.Story?.DateIso, // RFC 3339, as Open Graph asks
            Tags = page.Story?.Tags.Select(t => t.Name).ToList() ?? [],
            Share = SharedTitle(page) is { } shared ? ShareLinks.For(page.AbsoluteUrl, shared) : [],
        };
        return page with { Social = card };
    }

    /// <summary>
    /// What a preview in WhatsApp, Facebook or LinkedIn (title, description, image; nothing else of the page) must say
    /// of an activity or vacancy: when and where an activity is, until when a vacancy is open, and that one is off
    /// ("Gaat niet door", "Afgelopen", "Gesloten") when a link to it is shared or forwarded later. The page says all of it;
    /// the preview showed only the title and the summary.
    /// </summary>
    internal static (string? State, string Lead) Situation(PageModel page)
    {
        if (page.Activity is { } a)
        {
            if (a.CancelledAll) return ("Gaat niet door", "");
            if (a.HasEnded) return ("Afgelopen", "");
            if (a.Next is not { } next) return (null, "");
            var when = ShareKit.When(next, a.AllDay);
            var where = a.Place.Text is { Length: > 0 } place ? $", {place}" : "";
            return (null, $"{char.ToUpperInvariant(when[0])}{when[1..]}{where}. ");
        }
        if (page.Vacancy is { } v)
        {
            if (!v.IsOpen) return ("Gesloten", "");
            var hours = v.HoursText is { } h ? $", {h}" : "";
            return (null, $"Vacature in {v.Location}{hours}. Reageren kan tot en met {v.ClosingText}. ");
        }
        return (null, "");
    }

    /// <summary>The pages with share links, by the title they are shared with: stories, vacancies (the layout leaves them
    /// off a closed one) and coming activities, the three kinds the share kit posts.</summary>
    private static string? SharedTitle(PageModel page) =>
        page.Story?.Title ?? page.Vacancy?.Title ?? (page.Activity is { } a && ShareKit.Shareable(a) ? a.Title : null);

    /// <summary>Open Graph wants <c>language_TERRITORY</c>: <c>nl</c> → <c>nl_NL</c>, <c>nl-BE</c> → <c>nl_BE</c>.</summary>
    public static string Locale(string language)
    {
        var parts = language.Replace('_', '-').Split('-', 2);
        var lang = parts[0].ToLowerInvariant();
        if (parts.Length == 2) return $"{lang}_{parts[1].ToUpperInvariant()}";
        return lang switch { "nl" => "nl_NL", "en" => "en_GB", "fy" => "fy_NL", _ => $"{lang}_{lang.ToUpperInvariant()}" };
    }

    /// <summary>A story's, vacancy's or service's own 1200×630 card (planned with the page): a crop of its photo, or drawn with its title.</summary>
    private static SocialImage? ShareCard(Site site, PageModel page) => page.ShareCard is { } card ? Card(site, card) : null;

    private static SocialImage Card(Site site, ShareCard card) =>
        new(site.Absolute(card.Url) + (card.Version.Length > 0 ? $"?v={card.Version}" : ""), card.Alt, card.Width, card.Height, card.MediaType);

    private static SocialImage? Image(Site site, ImageRef? image)
    {
        if (image is null) return null;
        var info = ImageCatalog.Of(site).Get(image.Url);
        // A photo the site processed is named with what it shows (`?v=…`), as a share card is: a new portrait under
        // the same file name was not fetched again by Facebook, LinkedIn or WhatsApp for weeks.
        var version = info is null ? "" : SiteImages.Of(site)?.Get(image.Url) is { } processed ? $"?v={processed.Hash & 0xFFFFFFFF:x8}" : "";
        return new SocialImage(site.Absolute(image.Url) + version, image.Alt, info?.Width, info?.Height,
            info?.MediaType ?? ImageCatalog.MediaTypeFromName(image.Url));
    }

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
