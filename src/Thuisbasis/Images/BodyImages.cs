using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Thuisbasis.Model;

namespace Thuisbasis.Images;

/// <summary>
/// One step after Markdown: every <c>&lt;img&gt;</c> of a body that shows an image of this site becomes the responsive
/// form of <see cref="PictureHtml"/> (lazy: a body's images are below the cover), at its address on the site also when
/// the writer wrote it relative (<see cref="ImageChecks.SitePath"/>); a GIF, published as it is, gets its size. Only the image tags are touched;
/// the rest of the body stays byte for byte as Markdig (and any step before this one) wrote it.
/// </summary>
public static partial class BodyImages
{
    private static readonly HtmlParser Parser = new();

    public static RawHtml Rewrite(RawHtml body, SiteImages? images)
    {
        if (images is null || !body.Value.Contains("<img", StringComparison.OrdinalIgnoreCase)) return body;
        var changed = false;
        var result = ImgTag().Replace(body.Value, m =>
        {
            using var doc = Parser.ParseDocument(m.Value);
            var img = doc.QuerySelector("img");
            var src = img?.GetAttribute("src");
            if (img is null || src is null || ImageChecks.SitePath(src) is not { } path) return m.Value;
            if (images.Get(path) is null)
            {
                // A GIF is published as it is: it still gets its width and height, or the page jumps while it loads.
                if (img.HasAttribute("width") || img.HasAttribute("height") || images.SizeAsIs(path) is not var (width, height)) return m.Value;
                changed = true;
                return PictureHtml.Render(images, path, img.GetAttribute("alt") ?? "", null, eager: false, img.GetAttribute("class"), (width, height));
            }
            changed = true;
            return PictureHtml.Render(images, path, img.GetAttribute("alt") ?? "", PictureHtml.ColumnSizes, eager: false, img.GetAttribute("class"));
        });
        return changed ? new RawHtml(result) : body;
    }

    [GeneratedRegex(@"<img\b[^>]{0,4000}>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImgTag();
}
