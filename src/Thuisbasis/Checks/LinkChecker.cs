using AngleSharp.Html.Parser;
using Thuisbasis.Content;
using Thuisbasis.Diagnostics;
using Thuisbasis.Hosting;
using Thuisbasis.Pipeline;
using Thuisbasis.Rendering;
using Thuisbasis.Rendering.SafeHtml;

namespace Thuisbasis.Checks;

/// <summary>
/// Checks every internal link, anchor and referenced file of a built site. Each problem is reported at the file and
/// line that holds the link: the Markdown file when the link is in its text, otherwise the page's source.
/// </summary>
public sealed class LinkChecker(string root)
{
    /// <summary>The build's warning for a link to a Markdown file that is not there; an error in check.</summary>
    public const string FileLinkCode = "TB0138";

    public int PagesChecked { get; private set; }
    public int LinksChecked { get; private set; }

    public void Check(BuildResult result, DiagnosticBag diagnostics)
    {
        var files = result.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var parser = new HtmlParser();
        // A link to a Markdown file that is no content file has its own message from the build (TB0138, at the link, with
        // the file it probably meant); check makes that an error (see CheckCommand) instead of adding a second one here.
        var fileLinks = result.Diagnostics.Where(d => d.Code == FileLinkCode).Select(d => (d.Path, d.Line)).ToHashSet();
        // A dead address in a text has its message from the build too (TB0129, at the link); check makes that an error. The
        // same address is not reported again from the built page, wherever the text is shown.
        var deadInTexts = result.DeadTextLinks.Select(d => d.Target).OfType<string>().ToHashSet(StringComparer.Ordinal);
        // An address without / in a text shown on several pages (a testimonial, a bio) is reported once, at the text.
        var sharedInTexts = result.DeadTextLinks.Where(d => d.Target is null).Select(d => Uri.UnescapeDataString(SiteLink.PathOf(d.Href, out _)))
            .ToHashSet(StringComparer.Ordinal);
        // A link to an old address (redirect_from) works: the host sends the reader on to the page, whose #parts count.
        var oldAddresses = result.Site is { } site ? OldAddresses.Of(site) : OldAddresses.None;
        var idsByPath = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> IdsOf(string path)
        {
            if (idsByPath.TryGetValue(path, out var ids)) return ids;
            ids = [];
            if (files.TryGetValue(path, out var f) && f.Bytes is not null)
            {
                var doc = parser.ParseDocument(System.Text.Encoding.UTF8.GetString(f.Bytes));
                foreach (var el in doc.QuerySelectorAll("[id]")) ids.Add(el.Id!);
                foreach (var el in doc.QuerySelectorAll("a[name]")) ids.Add(el.GetAttribute("name")!);
            }
            return idsByPath[path] = ids;
        }

        foreach (var page in result.Pages)
        {
            if (!files.TryGetValue(page.OutputPath, out var file) || file.Bytes is null) continue;
            PagesChecked++;
            var doc = parser.ParseDocument(System.Text.Encoding.UTF8.GetString(file.Bytes));
            foreach (var (attr, el) in doc.QuerySelectorAll("a[href], link[href]").Select(e => ("href", e))
                         .Concat(doc.QuerySelectorAll("img[src], script[src], source[src]").Select(e => ("src", e))))
            {
                var value = el.GetAttribute(attr)!;
                if (!LinkTargets.IsInternal(value, result.Site!.Settings.Url, out var path, out var fragment)) continue;
                LinksChecked++;
                var target = LinkTargets.Resolve(page.Url, path);
                string? outputPath = target is null ? null : LinkTargets.ToOutputPath(target, files.ContainsKey);
                if (outputPath is null && target is not null && oldAddresses.Find(target, LinkTargets.QueryOf(value)) is { } redirect)
                    outputPath = LinkTargets.ToOutputPath(redirect.To, files.ContainsKey);
                if (outputPath is null)
                {
                    if (target is not null && deadInTexts.Contains(target)) continue;
                    if (!path.StartsWith('/') && sharedInTexts.Contains(Uri.UnescapeDataString(path))) continue;
                    var at = Locate(page, value);
                    if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && fileLinks.Contains((at.Path, at.Line))) continue;
                    if (target is not null && result.Content is { } content && LinkTargets.WhyNotOnTheSite(content, target, result.Site.Today) is { } why)
                        diagnostics.Error("TB0500", at, $"De link `{value}` op {page.Url} wijst naar {why}", LinkTargets.NotYetHelp);
                    else
                        diagnostics.Error("TB0500", at, $"De link `{value}` op {page.Url} wijst naar een pagina of bestand dat niet bestaat.",
                            LinkTargets.MeantHelp(target, result.Pages.Select(p => p.Url), files.Keys));
                    continue;
                }
                if (fragment.Length > 0 && outputPath.EndsWith(".html", StringComparison.Ordinal) &&
                    !IdsOf(outputPath).Contains(Uri.UnescapeDataString(fragment)))
                {
                    diagnostics.Error("TB0501", Locate(page, value), $"De link `{value}` op {page.Url} wijst naar `#{fragment}`, maar dat stukje bestaat niet op die pagina.",
                        AnchorHelp(value, fragment, IdsOf(outputPath)));
                }
            }
        }
    }

    /// <summary>
    /// The link with the nearest heading of the page it points to (<c>#wat-we-dooen</c>: <c>#wat-we-doen</c>), so the writer
    /// can copy it; an example of how headings are written when no heading is near.
    /// </summary>
    private static string AnchorHelp(string value, string fragment, IReadOnlySet<string> ids) =>
        Suggest.Closest(Uri.UnescapeDataString(fragment), ids) is { } near
            ? $"Bedoelde u `{value[..value.IndexOf('#')]}#{near}`? Kopteksten worden kleine letters met streepjes."
            : "Controleer de kop waar de link naartoe wijst; kopteksten worden kleine letters met streepjes, zoals `#wat-ga-je-doen`.";

    /// <summary>The line and column of a link in the page's Markdown source, or the start of that source.</summary>
    private SourcePosition Locate(PageModel page, string href) =>
        page.Source.StartsWith('(') ? SourcePosition.StartOf(page.Source) : SourceLocator.FindLink(root, page.Source, href);
}
