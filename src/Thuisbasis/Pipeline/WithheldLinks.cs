using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Thuisbasis.Content;
using Thuisbasis.Content.Settings;
using Thuisbasis.Model;
using Thuisbasis.Rendering.SafeHtml;

namespace Thuisbasis.Pipeline;

/// <summary>
/// A link in a text to a page that is in <c>input/</c> but not on the site (a draft, a story or vacancy whose date is
/// still to come, a client's story without consent) keeps its words on the site but loses its address: the address
/// would lead nowhere, and a client's story's address often carries the client's name. <see cref="DeadTextLinks"/>
/// tells the writer (TB0129); once the page is on the site, the link is a link again by itself.
/// </summary>
internal static class WithheldLinks
{
    private static readonly Lazy<HtmlParser> Parser = new(() => new HtmlParser());

    /// <summary>Replaces, in <paramref name="bodies"/>, each body that links to such a page by the same HTML without those links.</summary>
    public static void Remove(Dictionary<string, RawHtml> bodies, IReadOnlyDictionary<string, IReadOnlyList<SiteLink>> links,
        ContentSet content, SiteSettings settings, DateOnly today, bool drafts)
    {
        if (links.Count == 0) return;
        HashSet<string>? withheld = null;
        Dictionary<string, string>? pageOf = null;
        foreach (var (source, inText) in links)
        {
            withheld ??= Addresses(content, today, drafts);
            if (withheld.Count == 0) return;
            pageOf ??= content.Entries.ToDictionary(e => e.SourcePath, e => e.Url, StringComparer.Ordinal);
            var page = pageOf.GetValueOrDefault(source, "");
            if (!inText.Any(link => Leads(link.Target ?? (page.Length > 0 ? LinkTargets.Resolve(page, link.Path) : null), withheld))) continue;
            bodies[source] = new RawHtml(Without(bodies[source].Value, page, settings.Url, withheld));
        }
    }

    private static bool Leads(string? target, HashSet<string> withheld) =>
        target is not null && withheld.Contains(target.EndsWith('/') ? target : target + "/");

    /// <summary>The addresses of the content files whose page is not on the site in this build.</summary>
    private static HashSet<string> Addresses(ContentSet content, DateOnly today, bool drafts) =>
        PublishingRules.WithoutPage(content, today, drafts).Select(e => e.Url).Where(url => url.Length > 0).ToHashSet(StringComparer.Ordinal);

    /// <summary>The HTML with each <c>&lt;a&gt;</c> that leads to one of <paramref name="withheld"/> replaced by what it holds.</summary>
    private static string Without(string html, string page, string siteUrl, HashSet<string> withheld)
    {
        var doc = Parser.Value.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        var body = doc.Body!;
        var changed = false;
        foreach (var a in body.QuerySelectorAll("a[href]").ToList())
        {
            if (!LinkTargets.IsInternal(a.GetAttribute("href")!, siteUrl, out var path, out _) ||
                !Leads(path.Length == 0 ? null : LinkTargets.Resolve(page.Length > 0 ? page : "/", path), withheld)) continue;
            var parent = a.Parent!;
            while (a.FirstChild is { } child) parent.InsertBefore(child, a);
            a.Remove();
            changed = true;
        }
        return changed ? body.InnerHtml : html;
    }
}
