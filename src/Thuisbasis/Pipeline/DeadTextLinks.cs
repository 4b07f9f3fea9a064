using Thuisbasis.Content;
using Thuisbasis.Diagnostics;
using Thuisbasis.Model;
using Thuisbasis.Output;
using Thuisbasis.Rendering;
using Thuisbasis.Rendering.SafeHtml;

namespace Thuisbasis.Pipeline;

/// <summary>The links to the site's own addresses in each text, by its file, as rendering found them.</summary>
internal sealed record TextLinks(IReadOnlyDictionary<string, IReadOnlyList<SiteLink>> BySource);

/// <summary>A link in a text that leads to no page or file of its build: the text's file and the site path it leads to.</summary>
public sealed record DeadTextLink(string SourcePath, string Target);

/// <summary>
/// TB0129 in every build and in the preview: a link in a text on the site to an address of the site
/// (<c>/verhalen/ria/</c>, <c>../werkwijze/</c>, <c>/assets/rooster.pdf</c>) that no page or file of this build has, at
/// the link, with the page it probably meant or why that page is not on the site. <c>check</c> finds the same links by
/// parsing every page; a writer sees them while writing. The links were collected when the texts were rendered (and are
/// kept with them in the preview); where they lead depends on every other file, so it is looked up again on every build,
/// one set lookup per link. A <c>#part</c> is not looked at here: that is <c>check</c>'s TB0501.
/// </summary>
public static class DeadTextLinks
{
    /// <summary>A warning in the build and the preview; an error in check, which then does not report those links again.</summary>
    public const string Code = "TB0129";

    internal static IReadOnlyList<DeadTextLink> Check(Site site, ContentSet content, IReadOnlyList<PageModel> pages, IReadOnlyList<OutputFile> files,
        DiagnosticBag diagnostics)
    {
        if (site.Find<TextLinks>() is not { BySource.Count: > 0 } links) return [];
        var paths = new HashSet<string>(files.Count, StringComparer.Ordinal);
        foreach (var f in files) paths.Add(f.Path);
        var dead = new List<DeadTextLink>();
        foreach (var entry in OnTheSite(site))
        {
            if (!links.BySource.TryGetValue(entry.SourcePath, out var inText)) continue;
            foreach (var link in inText)
            {
                var path = link.Path;
                // A text without a page of its own (a testimonial) is shown on several: an address from the page is not one address.
                if (link.Target is null && entry.Url.Length == 0) continue;
                if ((link.Target ?? LinkTargets.Resolve(entry.Url, path)) is not { } target ||
                    LinkTargets.ToOutputPath(target, paths.Contains, link.OutputPath) is not null) continue;
                dead.Add(new DeadTextLink(entry.SourcePath, target));
                var at = new SourcePosition(entry.SourcePath, entry.BodyLine + link.Line, link.Column + 1);
                if (LinkTargets.WhyNotOnTheSite(content, target, site.Today) is { } why)
                    diagnostics.Warning(Code, at, $"De link `{link.Href}` wijst naar {why}", LinkTargets.NotYetHelp);
                else
                    diagnostics.Warning(Code, at, $"De link `{link.Href}` wijst naar een pagina of bestand dat niet op de site staat.",
                        FromRootHelp(path, entry.Url, paths) ?? LinkTargets.MeantHelp(target, pages.Select(p => p.Url), paths));
            }
        }
        return dead;
    }

    /// <summary>
    /// For <c>werkwijze/</c> written on <c>/verhalen/a/</c>: the same address from the site's root, when that is a page or
    /// file (a writer who leaves off the first / means it from the root; the browser reads it from the page).
    /// </summary>
    private static string? FromRootHelp(string path, string pageUrl, HashSet<string> paths)
    {
        if (path.StartsWith('/')) return null;
        var fromRoot = "/" + path.TrimStart('.', '/');
        if (fromRoot.Length == 1 || LinkTargets.Resolve("/", fromRoot) is not { } target || LinkTargets.ToOutputPath(target, paths.Contains) is null) return null;
        return $"Bedoelde u `{fromRoot}`? Zonder / vooraan zoekt de browser vanaf deze pagina ({pageUrl}).";
    }

    /// <summary>Every text that is on the site in this build, with its own address (empty for a testimonial).</summary>
    private static IEnumerable<Entry> OnTheSite(Site site) =>
        site.Stories.Select(s => s.Source.Entry)
            .Concat(site.AllVacancies.Select(v => v.Source.Entry))
            .Concat(site.Pages.Values.Concat(site.ExtraPages).Distinct().Select(p => p.Source.Entry))
            .Concat(site.Services.Select(s => s.Source.Entry))
            .Concat(site.Testimonials.Select(t => t.Source.Entry))
            .Concat(site.Team.Select(p => p.Source.Entry))
            .Concat(site.AllActivities.Select(a => a.Source.Entry));
}
