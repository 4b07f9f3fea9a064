using System.Buffers;
using AngleSharp.Html.Parser;
using Thuisbasis.Model;

namespace Thuisbasis.Feeds;

/// <summary>
/// Rewrites every link and image in an HTML fragment to an absolute address. Feed readers, e-mail (Mailchimp's
/// RSS-to-email) and search engines show content away from the site, where <c>/assets/x.png</c> points nowhere.
/// </summary>
public static class AbsoluteLinks
{
    private static readonly (string Selector, string Attribute)[] UrlAttributes =
    [
        ("a[href]", "href"), ("area[href]", "href"), ("img[src]", "src"), ("source[src]", "src"), ("video[src]", "src"),
        ("video[poster]", "poster"), ("audio[src]", "src"), ("track[src]", "src"), ("iframe[src]", "src"),
        ("blockquote[cite]", "cite"), ("q[cite]", "cite"), ("ins[cite]", "cite"), ("del[cite]", "cite"),
    ];

    /// <summary>Made on first use: building AngleSharp's parser costs tens of milliseconds, and Markdig's HTML rarely needs it.</summary>
    private static readonly Lazy<HtmlParser> Parser = new(() => new HtmlParser());

    /// <summary>The fragment with every relative address resolved against <paramref name="pageUrl"/> (an absolute URL).</summary>
    public static string Rewrite(string html, string pageUrl) => RewriteUnder(html, pageUrl, "/");

    /// <summary>
    /// The same for a site whose <c>url</c> has a path (<c>https://example.org/buurtkracht</c>): an address from the
    /// site's root (<c>/assets/a.png</c>) is a path on the site, so it keeps the site's path in front.
    /// </summary>
    public static string Rewrite(string html, string pageUrl, string siteUrl) =>
        RewriteUnder(html, pageUrl, RootPath(siteUrl));

    private static string RewriteUnder(string html, string pageUrl, string rootPath)
    {
        if (string.IsNullOrWhiteSpace(html)) return html;
        var baseUri = new Uri(pageUrl, UriKind.Absolute);
        return TryRewriteSimple(html, baseUri, rootPath) ?? RewriteParsed(html, baseUri, rootPath);
    }

    /// <summary>The path of the site's root, ending in a slash: <c>/</c>, or <c>/buurtkracht/</c>.</summary>
    private static string RootPath(string siteUrl) =>
        Uri.TryCreate(siteUrl.TrimEnd('/') + "/", UriKind.Absolute, out var root) ? root.AbsolutePath : "/";

    /// <summary>Markup the attribute scanner does not understand: anything with one of these goes through the HTML parser.</summary>
    private static readonly SearchValues<string> NeedsParser =
        SearchValues.Create(["srcset", "<!--", "<script", "<style", "<template", "<base"], StringComparison.OrdinalIgnoreCase);

    /// <summary>The names of the attributes that hold an address (srcset never gets here).</summary>
    private static readonly SearchValues<string> UrlNames = SearchValues.Create(["href", "src", "poster", "cite"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The common case, HTML as Markdig writes it (every address attribute in double quotes, no srcset, no comments or
    /// scripts), is rewritten attribute by attribute without building a DOM: parsing every item of every feed was
    /// the largest cost of writing feeds. Anything else returns null and goes through the HTML parser. A fragment
    /// with nothing to change is returned as the same string.
    /// </summary>
    /// <remarks>
    /// An attribute counts when its name follows white space. First every such name followed by <c>=</c> (white space
    /// allowed around it) must open a double-quoted value, or the HTML parser takes over; then each <c>name="value"</c>
    /// written without white space has its value resolved. These are the rules of the two regular expressions it replaced;
    /// a test compares the two on generated fragments.
    /// </remarks>
    internal static string? TryRewriteSimple(string html, Uri baseUri, string rootPath = "/")
    {
        var text = html.AsSpan();
        if (text.IndexOfAny(NeedsParser) >= 0) return null;
        // Every address attribute is double-quoted.
        for (var at = NextName(text, 0, out var length); at >= 0; at = NextName(text, at + 1, out length))
        {
            var i = SkipSpace(text, at + length);
            if (i >= text.Length || text[i] != '=') continue;
            i = SkipSpace(text, i + 1);
            if (i >= text.Length || text[i] != '"') return null;
        }
        // Then each name="value" (no white space) whose value resolves to something else; the new text is made in one go.
        List<(int Value, int End, string Escaped)>? edits = null;
        for (var at = NextName(text, 0, out var length); at >= 0; at = NextName(text, at + 1, out length))
        {
            var open = at + length;
            if (open + 1 >= text.Length || text[open] != '=' || text[open + 1] != '"') continue;
            var close = text[(open + 2)..].IndexOf('"');
            if (close < 0) continue;
            close += open + 2;
            var raw = html[(open + 2)..close];
            var value = raw.Contains('&') ? System.Net.WebUtility.HtmlDecode(raw) : raw;
            var resolved = Resolve(baseUri, value, rootPath);
            if (resolved != value) (edits ??= []).Add((open + 2, close, Html.Escape(resolved)));
            at = close;
        }
        if (edits is null) return html;
        var size = html.Length;
        foreach (var (value, end, escaped) in edits) size += escaped.Length - (end - value);
        return string.Create(size, (html, edits), static (span, state) =>
        {
            var (source, list) = state;
            var from = 0;
            foreach (var (value, end, escaped) in list)
            {
                source.AsSpan(from, value - from).CopyTo(span);
                span = span[(value - from)..];
                escaped.AsSpan().CopyTo(span);
                span = span[escaped.Length..];
                from = end;
            }
            source.AsSpan(from).CopyTo(span);
        });
    }

    /// <summary>Where the next address attribute name after white space starts, at or after <paramref name="from"/>; -1 when there is none.</summary>
    private static int NextName(ReadOnlySpan<char> text, int from, out int length)
    {
        while (from < text.Length)
        {
            var found = text[from..].IndexOfAny(UrlNames);
            if (found < 0) break;
            var at = from + found;
            if (at > 0 && char.IsWhiteSpace(text[at - 1]) && char.IsAscii(text[at]))
            {
                length = char.ToLowerInvariant(text[at]) switch { 'h' => 4, 's' => 3, 'p' => 6, _ => 4 };
                return at;
            }
            from = at + 1;
        }
        length = 0;
        return -1;
    }

    private static int SkipSpace(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static string RewriteParsed(string html, Uri baseUri, string rootPath)
    {
        var doc = Parser.Value.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        var body = doc.Body!;
        foreach (var (selector, attribute) in UrlAttributes)
            foreach (var element in body.QuerySelectorAll(selector))
                element.SetAttribute(attribute, Resolve(baseUri, element.GetAttribute(attribute)!, rootPath));
        foreach (var element in body.QuerySelectorAll("img[srcset], source[srcset]"))
            element.SetAttribute("srcset", ResolveSrcset(baseUri, element.GetAttribute("srcset")!, rootPath));
        return body.InnerHtml;
    }

    /// <summary>One address made absolute; addresses that are already absolute, or not web addresses at all, stay as they are.</summary>
    /// <param name="rootPath">The site's root path (<c>/</c> or <c>/buurtkracht/</c>), put in front of an address from the root.</param>
    public static string Resolve(Uri baseUri, string value, string rootPath = "/")
    {
        var v = Content.BrowserAddress.Read(value).Trim(); // `/\\cdn.example/a.png` is `//cdn.example/a.png` to a browser
        if (v.Length == 0 || Uri.TryCreate(v, UriKind.Absolute, out _) && !v.StartsWith('/')) return v;
        if (rootPath != "/" && v.StartsWith('/') && !v.StartsWith("//", StringComparison.Ordinal)) v = rootPath + v[1..];
        return Uri.TryCreate(baseUri, v, out var resolved) ? resolved.AbsoluteUri : v;
    }

    private static string ResolveSrcset(Uri baseUri, string srcset, string rootPath) =>
        string.Join(", ", srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(candidate =>
        {
            var space = candidate.IndexOf(' ');
            return space < 0 ? Resolve(baseUri, candidate, rootPath) : Resolve(baseUri, candidate[..space], rootPath) + candidate[space..];
        }));
}
