namespace Thuisbasis.Content;

/// <summary>
/// A link copied from an e-mail in Outlook (<c>https://eur01.safelinks.protection.outlook.com/?url=…&amp;data=…</c>) or
/// from a Google document (<c>https://www.google.com/url?q=…</c>) leads through Microsoft's or Google's server before it
/// reaches the page meant: that server sees every visitor who clicks, and Outlook's <c>data</c> part holds the address of
/// the mailbox it was copied from. The page meant is in the address itself.
/// </summary>
public static class Redirects
{
    /// <summary>The web address a redirect link leads to, or null when <paramref name="href"/> is no such link.</summary>
    public static string? Target(string? href)
    {
        if (string.IsNullOrEmpty(href) || !href.Contains("url", StringComparison.OrdinalIgnoreCase)) return null;
        if (!Uri.TryCreate(href.Trim(), UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            return null;
        var host = uri.Host.ToLowerInvariant();
        string? target;
        if (host.EndsWith(".safelinks.protection.outlook.com", StringComparison.Ordinal)) target = Parameter(uri.Query, "url");
        else if (host is "www.google.com" or "google.com" && uri.AbsolutePath == "/url") target = Parameter(uri.Query, "q") ?? Parameter(uri.Query, "url");
        else return null;
        // Only to a web page: never to a `javascript:` or other address that a link of its own would not be allowed.
        if (target is null || !Uri.TryCreate(target, UriKind.Absolute, out var meant) ||
            meant.Scheme != Uri.UriSchemeHttps && meant.Scheme != Uri.UriSchemeHttp) return null;
        return Target(target) ?? target; // a link forwarded twice (an Outlook mail of a Google document)
    }

    /// <summary>The value of one parameter of a query (<c>?a=1&amp;b=2</c>), unescaped.</summary>
    private static string? Parameter(string query, string name)
    {
        foreach (var part in query.TrimStart('?').Split('&'))
        {
            var eq = part.IndexOf('=');
            if (eq > 0 && part.AsSpan(0, eq).Equals(name, StringComparison.OrdinalIgnoreCase))
                return Uri.UnescapeDataString(part[(eq + 1)..].Replace('+', ' ')).Trim();
        }
        return null;
    }
}
