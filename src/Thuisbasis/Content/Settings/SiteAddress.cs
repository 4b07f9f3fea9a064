using System.Globalization;

namespace Thuisbasis.Content.Settings;

/// <summary>
/// The site's <c>url</c> in the one form every output needs. Feeds, the sitemap, calendars and robots.txt want URIs
/// (RFC 3986), not IRIs, so a domain with letters outside ASCII (<c>welzijn-éénhoorn.nl</c>) gets its punycode host
/// (<c>xn--welzijn-nhoorn-ikba.nl</c>, the name browsers and Google use for it) and a folder its path percent-encoded as
/// UTF-8. Made once when the settings are read, so no output has to remember it.
/// </summary>
public static class SiteAddress
{
    private static readonly IdnMapping Idn = new();

    /// <summary>The address without a closing <c>/</c>, query or fragment; null when the host is no domain name.</summary>
    public static string? Ascii(Uri uri)
    {
        string host;
        try { host = System.Text.Ascii.IsValid(uri.Host) ? uri.Host : Idn.GetAscii(uri.Host); }
        catch (ArgumentException) { return null; }
        var port = uri.IsDefaultPort ? "" : ":" + uri.Port.ToString(CultureInfo.InvariantCulture);
        // Uri already percent-encodes a path outside ASCII as UTF-8 (`/wijk-één/` → `/wijk-%C3%A9%C3%A9n/`).
        return $"{uri.Scheme}://{host}{port}{uri.AbsolutePath}".TrimEnd('/');
    }
}
