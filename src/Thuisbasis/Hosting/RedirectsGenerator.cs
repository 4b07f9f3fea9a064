using System.Text;
using Thuisbasis.Output;
using Thuisbasis.Rendering;
using Thuisbasis.Model;

namespace Thuisbasis.Hosting;

/// <summary>
/// Writes Netlify's <c>_redirects</c>: every old address from <c>redirect_from:</c> moves permanently (301) to its page,
/// so links and search results from a migrated site keep working.
/// </summary>
public sealed class RedirectsGenerator : IOutputGenerator
{
    public IEnumerable<OutputFile> Generate(Site site, IReadOnlyList<PageModel> pages)
    {
        var text = new StringBuilder("# Gemaakt door Thuisbasis uit `redirect_from:` in de pagina's en de oude adressen van foto's; wijzigingen hier gaan bij de volgende bouw verloren.\n");
        foreach (var r in RedirectRules.Unique(site))
            foreach (var line in Lines(r))
                text.Append(line).Append('\n');
        foreach (var r in EarlierPhotoAddresses(site))
            foreach (var line in Lines(r))
                text.Append(line).Append('\n');
        yield return OutputFile.Text("_redirects", text.ToString(), "(redirects)");
    }

    /// <summary>
    /// Feeds gave a JPEG or PNG photo as its variant of 1200 pixels (<c>x-1200.jpg</c>, or <c>x-900.jpg</c> for a photo
    /// 900 wide) before that file moved to the photo's own address (see <see cref="Images.ImageStore.FallbackMaxWidth"/>):
    /// newsletters sent before then name it, so that address leads to the same file. One line a photo; only where the
    /// photo's own address holds it (not with <c>publish_originals</c>, which keeps the variant's address).
    /// </summary>
    internal static IEnumerable<Redirect> EarlierPhotoAddresses(Site site) =>
        Images.SiteImages.Of(site) is { PublishOriginals: false, EarlierFeedCopies: false } images
            ? images.Processed.Where(p => p.Image.Format != Images.ImageFormat.Webp && images.PathOf(p.Url) == p.Url)
                .OrderBy(p => p.Url, StringComparer.Ordinal)
                .Select(p => new Redirect(Images.SiteImages.VariantUrl(p.Url, p.Image.Fallback), UrlPath.Ascii(p.Url), "(images)"))
            : [];

    /// <summary>
    /// The lines for one old address, in Netlify's syntax <c>from [name=value…] to status</c>. Netlify splits a line at
    /// spaces and never sees a <c>?</c> in a path, so the path is written as a browser sends it (<c>caf%C3%A9</c>,
    /// <c>oude%20pagina</c>), and once more as typed when that differs and has no space, since which of the two a host
    /// compares is not documented. A query becomes Netlify's <c>name=value</c> pairs with a forced status (<c>301!</c>):
    /// the path itself may be a live page (<c>/?p=12</c>), which would otherwise be served instead.
    /// </summary>
    public static IEnumerable<string> Lines(Redirect r)
    {
        var pairs = r.Query is { } q ? string.Concat(q.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => UrlPath.Ascii(p) + "  ")) : "";
        var status = r.Query is null ? "301" : "301!";
        var encoded = UrlPath.Ascii(r.Path);
        yield return $"{encoded}  {pairs}{r.To}  {status}";
        var typed = r.Path.Contains('%') ? Uri.UnescapeDataString(r.Path) : r.Path;
        if (typed != encoded && !typed.Any(c => char.IsWhiteSpace(c) || c is '#' or '?' or '%'))
            yield return $"{typed}  {pairs}{r.To}  {status}";
    }
}
