using System.Text;
using Thuisbasis.Model;

namespace Thuisbasis.Images;

/// <summary>
/// The one way a page shows an image: a <c>&lt;picture&gt;</c> with a WebP <c>srcset</c> and, for a browser without WebP,
/// the source's own format at the source's address (<see cref="ProcessedImage.Fallback"/>), the true width and height
/// (no layout shift), <c>sizes</c> for the place it takes, lazy loading below the first screen and eager loading with
/// high priority for a page's cover or first card. Addresses are escaped (<see cref="UrlPath"/>): a
/// space in a file name would split a <c>srcset</c> candidate in two. Layouts call it as <c>picture</c>, Markdown bodies get it too.
/// </summary>
public static class PictureHtml
{
    /// <summary>
    /// A full-width image in the text column or a cover: the column (<c>.prose</c>, 65 characters: about 650 to 744 px,
    /// by the font) or the screen less the page's margins. In <c>sizes</c> a rem is the browser's own font size (16 px),
    /// not the page's (112.5%, 18 px), and no <c>ch</c> of the page's font can be said, so the column is its widest,
    /// 46.5 × 16 px. The margins of 2 page rem are 2.25 here.
    /// </summary>
    public const string ColumnSizes = "(min-width: 48.75rem) 46.5rem, calc(100vw - 2.25rem)";

    /// <param name="eager">True for what the first screen shows: loaded at once, not lazily. The page's large image (a
    /// cover, the first card: <paramref name="sizes"/> in <c>vw</c>) also with high priority; an image of a fixed small
    /// size (a logo, an author's photo beside the name) not, or it is fetched before the cover.</param>
    /// <param name="known">Width and height of an image that has no variants (SVG), when its file says.</param>
    public static string Render(SiteImages? images, string url, string alt, string? sizes, bool eager, string? cssClass = null,
        (int? Width, int? Height) known = default)
    {
        var html = new StringBuilder(512);
        var image = images?.Get(url);
        var cls = string.IsNullOrEmpty(cssClass) ? "" : $" class=\"{Html.Escape(cssClass)}\"";
        var loading = !eager ? " loading=\"lazy\"" : sizes is null || sizes.Contains("vw", StringComparison.Ordinal) ? " fetchpriority=\"high\"" : "";
        if (image is null)
        {
            var src = url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? UrlPath.Escape(url) : url; // a site path, or another site's address as it is
            html.Append("<img").Append(cls).Append(" src=\"").Append(Html.Escape(src)).Append("\" alt=\"").Append(Html.Escape(alt)).Append('"');
            if (known is { Width: { } w, Height: { } h }) html.Append($" width=\"{w}\" height=\"{h}\"");
            return html.Append(loading).Append(" decoding=\"async\">").ToString();
        }
        var path = images!.PathOf(url)!;
        var size = Html.Escape(sizes ?? ColumnSizes);
        var fallback = image.Fallback;
        html.Append("<picture>");
        if (image.Format != ImageFormat.Webp)
            html.Append("<source type=\"image/webp\" srcset=\"").Append(SrcSet(path, image, ImageFormat.Webp)).Append("\" sizes=\"").Append(size).Append("\">");
        html.Append("<img").Append(cls).Append(" src=\"").Append(Html.Escape(UrlPath.Escape(images.FallbackUrl(path, image)))).Append('"');
        // A JPEG or PNG has one variant in its own format, for a browser without WebP: a srcset of one says nothing more.
        if (image.Format == ImageFormat.Webp)
            html.Append(" srcset=\"").Append(SrcSet(path, image, ImageFormat.Webp)).Append("\" sizes=\"").Append(size).Append('"');
        html.Append($" width=\"{fallback.Width}\" height=\"{fallback.Height}\" alt=\"").Append(Html.Escape(alt)).Append('"')
            .Append(loading).Append(" decoding=\"async\"></picture>");
        return html.ToString();
    }

    private static string SrcSet(string url, ProcessedImage image, ImageFormat format) =>
        string.Join(", ", image.Variants.Where(v => v.Format == format).OrderBy(v => v.Width)
            .Select(v => $"{Html.Escape(UrlPath.Escape(SiteImages.VariantUrl(url, v)))} {v.Width}w"));
}
