using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Thuisbasis.Feeds;

/// <summary>
/// Rewrites every link and image in an HTML fragment to an absolute address. Feed readers, e-mail (Mailchimp's
/// RSS-to-email) and search engines show content away from the site, where <c>/assets/x.png</c> points nowhere.
/// </summary>
public static partial class AbsoluteLinks
{
    private static readonly (string Selector, string Attribute)[] UrlAttributes =
    [
        ("a[href]", "href"), ("area[href]", "href"), ("img[src]", "src"), ("source[src]", "src"), ("video[src]", "src"),
        ("video[poster]", "poster"), ("audio[src]", "src"), ("track[src]", "src"), ("iframe[src]", "src"),
        ("blockquote[cite]", "cite"), ("q[cite]", "cite"), ("ins[cite]", "cite"), ("del[cite]", "cite"),
    ];

    /// <summary>Made on first use: building AngleSharp's parser costs tens of milliseconds, and Markdig's HTML rarely needs it.</summary>
    private static readonly Lazy<HtmlParser> Parser = new(() => new HtmlParser());

    /// <summary>
    /// Results by the HTML string itself: an unchanged story keeps its rendered HTML (the same string) between preview
    /// rebuilds, so its feed content is not rewritten again, and the memo goes when the string does.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, Tuple<string, string>> Memo = new();

    /// <summary>The fragment with every relative address resolved against <paramref name="pageUrl"/> (an absolute URL).</summary>
    public static string Rewrite(string html, string pageUrl)
    {
        if (string.IsNullOrWhiteSpace(html)) return html;
        if (Memo.TryGetValue(html, out var hit) && hit.Item1 == pageUrl) return hit.Item2;
        var baseUri = new Uri(pageUrl, UriKind.Absolute);
        var result = TryRewriteSimple(html, baseUri) ?? RewriteParsed(html, baseUri);
        Memo.AddOrUpdate(html, Tuple.Create(pageUrl, result));
        return result;
    }

    /// <summary>
    /// The common case, HTML as Markdig writes it (every attribute in double quotes, no srcset, no comments or
    /// scripts), is rewritten attribute by attribute without building a DOM: parsing every item of every feed was
    /// the largest cost of writing feeds. Anything else returns null and goes through the HTML parser.
    /// </summary>
    private static string? TryRewriteSimple(string html, Uri baseUri)
    {
        if (html.Contains("srcset", StringComparison.OrdinalIgnoreCase) || html.Contains("<!--", StringComparison.Ordinal) ||
            html.Contains("<script", StringComparison.OrdinalIgnoreCase) || html.Contains("<style", StringComparison.OrdinalIgnoreCase) ||
            html.Contains("<template", StringComparison.OrdinalIgnoreCase) || html.Contains("<base", StringComparison.OrdinalIgnoreCase))
            return null;
        foreach (Match m in AnyUrlAttribute().Matches(html))
            if (m.Groups["q"].Value != "\"") return null;
        return QuotedUrlAttribute().Replace(html, m =>
        {
            var value = System.Net.WebUtility.HtmlDecode(m.Groups["v"].Value);
            var resolved = Resolve(baseUri, value);
            return resolved == value ? m.Value : $"{m.Groups["a"].Value}=\"{Rendering.Html.Escape(resolved)}\"";
        });
    }

    [GeneratedRegex(@"(?<=[\s])(?:href|src|poster|cite)\s*=\s*(?<q>[""']?)", RegexOptions.IgnoreCase)]
    private static partial Regex AnyUrlAttribute();

    [GeneratedRegex(@"(?<=[\s])(?<a>href|src|poster|cite)=""(?<v>[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex QuotedUrlAttribute();

    private static string RewriteParsed(string html, Uri baseUri)
    {
        var doc = Parser.Value.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        var body = doc.Body!;
        foreach (var (selector, attribute) in UrlAttributes)
            foreach (var element in body.QuerySelectorAll(selector))
                element.SetAttribute(attribute, Resolve(baseUri, element.GetAttribute(attribute)!));
        foreach (var element in body.QuerySelectorAll("img[srcset], source[srcset]"))
            element.SetAttribute("srcset", ResolveSrcset(baseUri, element.GetAttribute("srcset")!));
        return body.InnerHtml;
    }

    /// <summary>One address made absolute; addresses that are already absolute, or not web addresses at all, stay as they are.</summary>
    public static string Resolve(Uri baseUri, string value)
    {
        var v = value.Trim();
        if (v.Length == 0 || Uri.TryCreate(v, UriKind.Absolute, out _) && !v.StartsWith('/')) return v;
        return Uri.TryCreate(baseUri, v, out var resolved) ? resolved.AbsoluteUri : v;
    }

    private static string ResolveSrcset(Uri baseUri, string srcset) =>
        string.Join(", ", srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(candidate =>
        {
            var space = candidate.IndexOf(' ');
            return space < 0 ? Resolve(baseUri, candidate) : Resolve(baseUri, candidate[..space]) + candidate[space..];
        }));
}
