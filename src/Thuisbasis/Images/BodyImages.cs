using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Thuisbasis.Model;

namespace Thuisbasis.Images;

/// <summary>
/// One step after Markdown: every <c>&lt;img&gt;</c> of a body that shows an image of this site becomes the responsive
/// form of <see cref="PictureHtml"/> (lazy: a body's images are below the cover), at its address on the site also when
/// the writer wrote it relative (<see cref="ImageChecks.SitePath"/>); a GIF, published as it is, gets its size. A pasted
/// <c>&lt;picture&gt;</c> of a photo of this site is replaced whole. Only the image tags are touched;
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
            // A <picture> pasted from another site (WordPress writes them) is ours as a whole, or it stays as written:
            // wrapped inside it, ours made a <picture> in a <picture>, and a feed kept its stray </picture>.
            var pasted = m.Value.StartsWith("<picture", StringComparison.OrdinalIgnoreCase);
            if (images.Get(path) is null)
            {
                if (pasted) return m.Value;
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

    [GeneratedRegex(@"<picture\b[^>]{0,4000}>(?:(?!</?picture\b).){0,20000}</picture\s*>|<img\b[^>]{0,4000}>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex ImgTag();
}
