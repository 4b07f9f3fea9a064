using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Thuisbasis.Rendering.SafeHtml;

/// <summary>
/// The parts of a parsed body whose HTML Markdig does not make itself: pasted HTML (blocks and inline tags) and link or
/// image addresses with a scheme other than http, https, mailto or tel. Everything else Markdig writes is escaped text
/// and its own tags, so a body without such parts needs no sanitizing and comes out exactly as Markdig wrote it.
/// </summary>
internal static class RawParts
{
    private static readonly string[] LinkSchemes = ["http", "https", "mailto", "tel"];
    private static readonly string[] ImageSchemes = ["http", "https"];

    /// <summary>Whether Markdig writes <paramref name="node"/> with HTML or an address it did not check.</summary>
    public static bool IsRaw(MarkdownObject node) => node switch
    {
        HtmlBlock or HtmlInline => true,
        LinkInline link => !IsSafeAddress(link.Url, link.IsImage) || link.IsImage && IsOtherSite(link.Url),
        AutolinkInline auto => !auto.IsEmail && !IsSafeAddress(auto.Url, image: false),
        _ => false,
    };

    /// <summary>
    /// An address on another website: with a scheme (<c>https://…</c>) or starting with two slashes, which a browser also
    /// reads in <c>\\host</c> and <c>/\host</c>. An image there would be fetched by every visitor's browser.
    /// </summary>
    internal static bool IsOtherSite(string? url)
    {
        var u = url.AsSpan().Trim();
        if (u.Length >= 2 && u[0] is '/' or '\\' && u[1] is '/' or '\\') return true;
        var end = u.IndexOfAny(":/?#");
        return end > 0 && u[end] == ':';
    }

    /// <summary>A relative address, or one with an allowed scheme (images: only web addresses).</summary>
    internal static bool IsSafeAddress(string? url, bool image)
    {
        if (string.IsNullOrEmpty(url)) return true;
        var end = url.AsSpan().IndexOfAny(":/?#");
        if (end < 0 || url[end] != ':') return true; // no scheme: a path on this site
        var scheme = url.AsSpan(0, end);
        foreach (var allowed in image ? ImageSchemes : LinkSchemes)
            if (scheme.Equals(allowed, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
