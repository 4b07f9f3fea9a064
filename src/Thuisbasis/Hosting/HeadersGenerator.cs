using System.Text;
using Thuisbasis.Output;
using Thuisbasis.Pipeline;
using Thuisbasis.Rendering;

namespace Thuisbasis.Hosting;

/// <summary>
/// Writes Netlify's <c>_headers</c> file: security headers on every path; a year of immutable caching for the
/// fingerprinted scripts (their name changes whenever their content does); revalidation on every visit for HTML pages,
/// so a change is online at once. Netlify joins equal headers of overlapping rules with a comma, so every header is set by
/// exactly one rule per path: security headers on <c>/*</c>, caching only on exact paths.
/// Deploy previews and branch deploys also say <c>X-Robots-Tag: noindex</c>.
/// </summary>
public sealed class HeadersGenerator : IOutputGenerator
{
    public const string Immutable = "public, max-age=31536000, immutable";
    public const string Revalidate = "public, max-age=0, must-revalidate";

    /// <summary>Browser features the site never uses; the one-line list keeps a third-party script from using them either.</summary>
    public const string PermissionsPolicy =
        "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), " +
        "microphone=(), midi=(), payment=(), usb=(), browsing-topics=()";

    /// <summary>
    /// The last file with what it was made from. The preview runs the same generator after every save; at 10,000
    /// stories, sorting 16,000 addresses and writing them out again was a tenth of a rebuild, and a story edit seldom
    /// adds or removes a page.
    /// </summary>
    private (string Head, string[] Urls, OutputFile File)? _last;

    public IEnumerable<OutputFile> Generate(Site site, IReadOnlyList<PageModel> pages)
    {
        var head = new StringBuilder();
        head.Append("# Gemaakt door Thuisbasis uit statiq.config; wijzigingen hier gaan bij de volgende bouw verloren.\n");
        head.Append("/*\n");
        head.Append($"  Content-Security-Policy: {ContentSecurityPolicy.Header(site)}\n");
        head.Append("  Referrer-Policy: strict-origin-when-cross-origin\n");
        head.Append("  X-Content-Type-Options: nosniff\n");
        head.Append($"  X-Frame-Options: {(site.Settings.Security.FrameAncestors == "self" ? "SAMEORIGIN" : "DENY")}\n");
        head.Append($"  Permissions-Policy: {PermissionsPolicy}\n");
        head.Append("  Cross-Origin-Opener-Policy: same-origin\n");
        if (!site.IsProduction) head.Append("  X-Robots-Tag: noindex\n");
        foreach (var file in site.Analytics.Files.OrderBy(f => f.Path, StringComparer.Ordinal))
            head.Append($"\n/{file.Path}\n  Cache-Control: {Immutable}\n");
        var headText = head.ToString();

        var urls = new string[pages.Count];
        for (var i = 0; i < urls.Length; i++) urls[i] = pages[i].Url;
        if (_last is { } last && last.Head == headText && last.Urls.AsSpan().SequenceEqual(urls))
        {
            yield return last.File;
            yield break;
        }

        var text = new StringBuilder(headText);
        foreach (var url in urls.Distinct().Order(StringComparer.Ordinal))
            text.Append($"\n{url}\n  Cache-Control: {Revalidate}\n");
        var made = OutputFile.Text("_headers", text.ToString(), "statiq.config");
        _last = (headText, urls, made);
        yield return made;
    }
}
