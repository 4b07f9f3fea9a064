using System.Buffers;
using AngleSharp.Dom;

namespace Thuisbasis.Content;

/// <summary>
/// An address in a page (<c>href</c>, <c>src</c>) as a browser reads it (the WHATWG URL standard): spaces and control
/// characters around it are dropped, a tab or line break inside it too, and in a web address a backslash is a slash. So
/// <c>/\evil.example/x.png</c>, <c>\\evil.example/x.png</c>, <c> //evil.example/x.png</c> and <c>/&#9;/evil.example/x.png</c>
/// all lead to the site evil.example, while <c>/%5Cevil.example/x.png</c> is a path on this site. The sanitizer, the image
/// check, the link checks, the feeds and <c>check</c> all ask here, so none of them disagrees with a browser or another.
/// </summary>
public static class BrowserAddress
{
    /// <summary>A stand-in for the page's own site: what resolves to another host (or scheme) leaves the site.</summary>
    private static readonly Url Here = new("https://thuisbasis.invalid/");

    /// <summary>What makes a browser read an address otherwise than it looks: a backslash, a tab or a line break.</summary>
    private static readonly SearchValues<char> Disguise = SearchValues.Create("\\\t\n\r");

    /// <summary>
    /// The address as the browser reads it. Written plainly (<c>/over-ons/</c>, <c>https://…</c>, <c>mailto:…</c>) it is
    /// returned as it is; otherwise cleaned: on this site as the path it is (<c>/over\ons/</c> → <c>/over/ons/</c>), and
    /// leading elsewhere as the address it leads to, without a scheme when none was written (<c>//evil.example/x.png</c>).
    /// </summary>
    public static string Read(string href)
    {
        if (IsPlain(href)) return href;
        var clean = Cleaned(href);
        var url = new Url(Here, clean);
        if (url.IsInvalid) return clean.Replace('\\', '/');
        if (string.Equals(url.Scheme, Here.Scheme, StringComparison.Ordinal) && url.Host == Here.Host)
            return OnThisSite(clean);
        return HasScheme(clean) ? url.Href : url.Href[(url.Scheme.Length + 1)..];
    }

    /// <summary>Whether a browser leaves the site for it: another site (<c>//host</c>, <c>https://…</c>) or another scheme (<c>mailto:</c>, <c>data:</c>).</summary>
    public static bool IsOtherSite(string? href)
    {
        if (string.IsNullOrEmpty(href)) return false;
        var read = Read(href).AsSpan().Trim();
        return read.StartsWith("//") || HasScheme(read);
    }

    /// <summary>
    /// A full address on the site's own domain (<c>https://www.buurtkracht.nl/diensten/</c>; also with <c>http://</c>, or with
    /// or without <c>www.</c>, as texts moved over from the old site have them) as the site path a browser reaches with it
    /// (<c>/diensten/</c>, query and part kept), so it is checked, and shown in the preview, as a link on the site is. Null for
    /// any other address, and for one whose path would read as another site once written from the root (<c>//host</c>).
    /// </summary>
    /// <param name="siteUrl">The site's <c>url</c> setting (in ASCII, see <see cref="Settings.SiteAddress"/>).</param>
    public static string? OwnPath(string href, string? siteUrl)
    {
        if (siteUrl is null || !HasScheme(href.AsSpan().Trim(ControlOrSpace))) return null;
        var url = new Url(Here, Cleaned(href));
        if (url.IsInvalid || url.Scheme is not ("http" or "https") || !string.IsNullOrEmpty(url.UserName) || !string.IsNullOrEmpty(url.Password))
            return null;
        var site = new Url(siteUrl);
        if (site.IsInvalid || !string.Equals(WithoutWww(url.HostName), WithoutWww(site.HostName), StringComparison.OrdinalIgnoreCase) ||
            (url.Port ?? "") != (site.Port ?? "")) return null;
        var path = (url.PathName is { Length: > 0 } name ? name : "/") + url.Search + url.Hash;
        return path.StartsWith("//", StringComparison.Ordinal) || path.StartsWith("/\\", StringComparison.Ordinal) ? null : path;
    }

    private static string WithoutWww(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;

    /// <summary>
    /// The address Markdig writes for a Markdown link's destination: it percent-encodes a backslash (and a space or
    /// control character, which only an address in <c>&lt;…&gt;</c> can have), so a browser never reads those in it.
    /// </summary>
    public static string FromMarkdown(string destination) =>
        destination.AsSpan().IndexOfAny(Disguise) < 0 && !destination.Contains(' ')
            ? destination
            : destination.Replace("\\", "%5C", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal)
                .Replace("\t", "%09", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal);

    /// <summary>Nothing in it a browser reads otherwise: no disguising character, nothing to strip, no <c>http:</c> without <c>//</c>.</summary>
    private static bool IsPlain(string href) =>
        href.Length == 0 || href[0] > ' ' && href[^1] > ' ' && href.AsSpan().IndexOfAny(Disguise) < 0 && !SpecialSchemeWithoutSlashes(href);

    /// <summary><c>https:/x</c> or <c>https:x</c>: a browser reads it against the page's own site, not as another site.</summary>
    private static bool SpecialSchemeWithoutSlashes(string href)
    {
        var colon = href.IndexOf(':');
        if (colon < 0 || !href.AsSpan(0, colon).Equals("https", StringComparison.OrdinalIgnoreCase) &&
            !href.AsSpan(0, colon).Equals("http", StringComparison.OrdinalIgnoreCase)) return false;
        return !href.AsSpan(colon + 1).StartsWith("//");
    }

    /// <summary>Spaces and control characters around it dropped, tabs and line breaks in it removed.</summary>
    private static string Cleaned(string href)
    {
        var trimmed = href.AsSpan().Trim(ControlOrSpace);
        if (trimmed.IndexOfAny("\t\n\r") < 0) return trimmed.ToString();
        var kept = new System.Text.StringBuilder(trimmed.Length);
        foreach (var c in trimmed)
            if (c is not ('\t' or '\n' or '\r')) kept.Append(c);
        return kept.ToString();
    }

    /// <summary>The C0 control characters and the space (U+0000 to U+0020).</summary>
    private static readonly string ControlOrSpace = new(Enumerable.Range(0, 0x21).Select(i => (char)i).ToArray());

    /// <summary>A path, query or part on this site with its backslashes as slashes (up to the query), and an <c>https:</c> in front dropped.</summary>
    private static string OnThisSite(string clean)
    {
        var colon = clean.IndexOf(':');
        if (colon > 0 && HasScheme(clean)) clean = clean[(colon + 1)..];
        var end = clean.AsSpan().IndexOfAny('?', '#');
        return end < 0 ? clean.Replace('\\', '/') : clean[..end].Replace('\\', '/') + clean[end..];
    }

    /// <summary>Starts with a scheme: a letter, then letters, digits, <c>+ - .</c>, then a colon.</summary>
    private static bool HasScheme(ReadOnlySpan<char> value)
    {
        if (value.Length == 0 || !char.IsAsciiLetter(value[0])) return false;
        for (var i = 1; i < value.Length; i++)
        {
            var c = value[i];
            if (c == ':') return true;
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.')) return false;
        }
        return false;
    }
}
