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

    public IEnumerable<OutputFile> Generate(Site site, IReadOnlyList<PageModel> pages)
    {
        var text = new StringBuilder();
        text.Append("# Gemaakt door Thuisbasis uit statiq.config; wijzigingen hier gaan bij de volgende bouw verloren.\n");
        text.Append("/*\n");
        text.Append($"  Content-Security-Policy: {ContentSecurityPolicy.Header(site)}\n");
        text.Append("  Referrer-Policy: strict-origin-when-cross-origin\n");
        text.Append("  X-Content-Type-Options: nosniff\n");
        text.Append($"  X-Frame-Options: {(site.Settings.Security.FrameAncestors == "self" ? "SAMEORIGIN" : "DENY")}\n");
        text.Append($"  Permissions-Policy: {PermissionsPolicy}\n");
        text.Append("  Cross-Origin-Opener-Policy: same-origin\n");
        if (!site.IsProduction) text.Append("  X-Robots-Tag: noindex\n");

        foreach (var file in site.Analytics.Files.OrderBy(f => f.Path, StringComparer.Ordinal))
            text.Append($"\n/{file.Path}\n  Cache-Control: {Immutable}\n");
        foreach (var url in pages.Select(p => p.Url).Distinct().Order(StringComparer.Ordinal))
            text.Append($"\n{url}\n  Cache-Control: {Revalidate}\n");

        yield return OutputFile.Text("_headers", text.ToString(), "statiq.config");
    }
}
