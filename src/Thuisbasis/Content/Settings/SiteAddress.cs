using System.Globalization;
using Thuisbasis.Diagnostics;

namespace Thuisbasis.Content.Settings;

/// <summary>
/// Web addresses in the one form every output needs. Feeds, the sitemap, calendars, JSON-LD, robots.txt and the
/// Content-Security-Policy want URIs (RFC 3986), not IRIs, so a domain with letters outside ASCII
/// (<c>welzijn-éénhoorn.nl</c>) gets its punycode host (<c>xn--welzijn-nhoorn-ikba.nl</c>, the name browsers and Google use
/// for it) and a path or query its letters percent-encoded as UTF-8. The site's <c>url</c> and every other address a writer
/// wrote (<c>apply_url</c>, <c>online_url</c>, <c>socials</c>, …) are made so once, when they are read, so no output has to
/// remember it; messages keep the address as it was written.
/// </summary>
public static class SiteAddress
{
    private static readonly IdnMapping Idn = new();

    /// <summary>The site's address without a closing <c>/</c>, query or fragment; null when the host is no domain name.</summary>
    public static string? Ascii(Uri uri) =>
        // Uri already percent-encodes a path outside ASCII as UTF-8 (`/wijk-één/` → `/wijk-%C3%A9%C3%A9n/`).
        Authority(uri) is { } authority ? (authority + uri.AbsolutePath).TrimEnd('/') : null;

    /// <summary>
    /// Any other web address as written (<c>https://werken-bij-zorg-één.nl/vacature</c>), query and <c>#part</c> kept; one
    /// that is a URI already is returned as it is. Null when it is no web address, or its host no domain name
    /// (<c>https://één-.nl</c>: a part of a name cannot end in a dash).
    /// </summary>
    public static string? Ascii(string written)
    {
        var text = written.Trim();
        if (System.Text.Ascii.IsValid(text) && Uri.IsWellFormedUriString(text, UriKind.Absolute)) return text;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || Authority(uri) is not { } authority) return null;
        // `https://auth-één.nl` stays without a closing slash, as written: some settings take a host only (editor.base_url).
        var path = uri.AbsolutePath == "/" && text.IndexOf('/', text.IndexOf("//", StringComparison.Ordinal) + 2) < 0 ? uri.PathAndQuery[1..] : uri.PathAndQuery;
        return authority + path + uri.Fragment;
    }

    /// <summary>
    /// <see cref="Ascii(string)"/> for the web address <paramref name="written"/> at <paramref name="at"/>; when its domain
    /// name cannot exist, an error with <paramref name="code"/> there, naming it as written, and null.
    /// </summary>
    /// <param name="name">The key as the writer knows it: <c>apply_url</c>, <c>socials.linkedin</c>.</param>
    internal static string? Read(string written, DiagnosticBag diagnostics, SourcePosition at, string code, string name)
    {
        if (Ascii(written) is { } ascii) return ascii;
        var host = Uri.TryCreate(written.Trim(), UriKind.Absolute, out var uri) ? uri.Host : written;
        diagnostics.Error(code, at, $"`{name}` is `{written}`; een website met de naam `{host}` kan niet bestaan, dus de link werkt nergens.",
            "Controleer de naam na https://: geen streepje aan het begin of eind van een deel tussen de punten. Kopieer het adres het liefst uit de adresbalk van uw browser.");
        return null;
    }

    /// <summary><c>https://host[:port]</c> with the host in ASCII; null when the host is no domain name.</summary>
    private static string? Authority(Uri uri)
    {
        string host;
        try { host = System.Text.Ascii.IsValid(uri.Host) ? uri.Host : Idn.GetAscii(uri.Host); }
        catch (ArgumentException) { return null; }
        var user = uri.UserInfo.Length > 0 ? uri.UserInfo + "@" : "";
        var port = uri.IsDefaultPort ? "" : ":" + uri.Port.ToString(CultureInfo.InvariantCulture);
        return $"{uri.Scheme}://{user}{host}{port}";
    }
}
