using AngleSharp.Html.Parser;

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

    private static readonly HtmlParser Parser = new();

    /// <summary>The fragment with every relative address resolved against <paramref name="pageUrl"/> (an absolute URL).</summary>
    public static string Rewrite(string html, string pageUrl)
    {
        if (string.IsNullOrWhiteSpace(html)) return html;
        var baseUri = new Uri(pageUrl, UriKind.Absolute);
        var doc = Parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
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
