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
        LinkInline link => !IsSafeAddress(link.Url, link.IsImage) || link.IsImage && Content.BrowserAddress.IsOtherSite(Content.BrowserAddress.FromMarkdown(link.Url ?? "")),
        AutolinkInline auto => !auto.IsEmail && !IsSafeAddress(auto.Url, image: false),
        _ => false,
    };

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
