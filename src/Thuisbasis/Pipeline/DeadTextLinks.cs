using Thuisbasis.Content;
using Thuisbasis.Diagnostics;
using Thuisbasis.Hosting;
using Thuisbasis.Model;
using Thuisbasis.Output;
using Thuisbasis.Rendering;
using Thuisbasis.Rendering.SafeHtml;

namespace Thuisbasis.Pipeline;

/// <summary>The links to the site's own addresses in each text, by its file, as rendering found them.</summary>
internal sealed record TextLinks(IReadOnlyDictionary<string, IReadOnlyList<SiteLink>> BySource);

/// <summary>
/// A link in a text that leads to no page or file of its build: the text's file, the site path it leads to, and the
/// address as written. The path is null for an address without / in a text shown on several pages (a testimonial, a
/// bio): each page reads it from itself.
/// </summary>
public sealed record DeadTextLink(string SourcePath, string? Target, string Href);

/// <summary>
/// TB0129 in every build and in the preview: a link in a text on the site to an address of the site
/// (<c>/verhalen/ria/</c>, <c>../werkwijze/</c>, <c>/assets/rooster.pdf</c>) that no page or file of this build has, at
/// the link, with the page it probably meant or why that page is not on the site. <c>check</c> finds the same links by
/// parsing every page; a writer sees them while writing. The links were collected when the texts were rendered (and are
/// kept with them in the preview); where they lead depends on every other file, so it is looked up again on every build,
/// one set lookup per link. A <c>#part</c> is not looked at here: that is <c>check</c>'s TB0501.
/// A link to an old address of a page (<c>redirect_from</c>) works on the site: TB0126 names the new address instead.
/// A link to the address of a content file with an error of its own (its front matter broken) is left to that error,
/// which says what to fix: the writer should not go looking for a wrong link.
/// </summary>
public static class DeadTextLinks
{
    /// <summary>A warning in the build and the preview; an error in check, which then does not report those links again.</summary>
    public const string Code = "TB0129";

    /// <summary>A link to an old address that the host redirects: a warning everywhere, check included, with the new address.</summary>
    public const string OldAddressCode = "TB0126";

    internal static IReadOnlyList<DeadTextLink> Check(Site site, ContentSet content, IReadOnlyList<PageModel> pages, IReadOnlyList<OutputFile> files,
        DiagnosticBag diagnostics)
    {
        if (site.Find<TextLinks>() is not { BySource.Count: > 0 } links) return [];
        var paths = new HashSet<string>(files.Count, StringComparer.Ordinal);
        foreach (var f in files) paths.Add(f.Path);
        var oldAddresses = OldAddresses.Of(site);
        var dead = new List<DeadTextLink>();
        HashSet<string>? withOwnError = null; // made at the first link that leads nowhere: most builds have none
        foreach (var (entry, shared) in OnTheSite(site).Concat(content.Unusable.Select(e => (e, false))))
        {
            if (!links.BySource.TryGetValue(entry.SourcePath, out var inText)) continue;
            foreach (var link in inText)
            {
                var path = link.Path;
                if (link.Target is null && shared)
                {
                    dead.Add(new DeadTextLink(entry.SourcePath, null, link.Href));
                    diagnostics.Warning(Code, At(entry, link), $"De link `{link.Href}` heeft geen / vooraan, en deze tekst staat op meer dan één pagina: " +
                        "op elke pagina zoekt de browser het adres vanaf die pagina.", SharedTextHelp(link, entry.Url, paths, oldAddresses));
                    continue;
                }
                if ((link.Target ?? LinkTargets.Resolve(entry.Url, path)) is not { } target ||
                    LinkTargets.ToOutputPath(target, paths.Contains, link.OutputPath) is not null) continue;
                if (oldAddresses.Find(target, LinkTargets.QueryOf(link.Href)) is { } redirect)
                {
                    var to = redirect.To + link.Href[(link.Href.IndexOf('#') is var hash and >= 0 ? hash : link.Href.Length)..];
                    diagnostics.Warning(OldAddressCode, At(entry, link),
                        $"De link `{link.Href}` gaat naar een oud adres: de site stuurt bezoekers door naar `{to}` (`redirect_from` in `{redirect.Source}`).",
                        $"Schrijf liever meteen `{to}`: dan hoeft de bezoeker niet om te lopen, en de link blijft werken als het oude adres " +
                        "ooit weggaat of de site verhuist naar GitHub Pages (dat kent geen doorsturen).");
                    continue;
                }
                // The page of a file with an error of its own (broken front matter): that error says what to fix, and then the link works.
                withOwnError ??= AddressesWithOwnError(content, site);
                if (withOwnError.Contains(target.EndsWith('/') ? target : target + "/")) continue;
                dead.Add(new DeadTextLink(entry.SourcePath, target, link.Href));
                var at = At(entry, link);
                if (LinkTargets.WhyNotOnTheSite(content, target, site.Today) is { } why)
                    diagnostics.Warning(Code, at, $"De link `{link.Written ?? link.Href}` wijst naar {why} Op de site staan de woorden van de link zonder link.",
                        LinkTargets.HiddenUntilThereHelp);
                else
                    diagnostics.Warning(Code, at, $"De link `{link.Href}` wijst naar een pagina of bestand dat niet op de site staat.",
                        FromRootHelp(path, entry.Url, paths) ?? LinkTargets.MeantHelp(target, pages.Select(p => p.Url), paths));
            }
        }
        return dead;
    }

    /// <summary>
    /// The addresses of the content files that have an error of their own, so no page in this build: known from their
    /// folder and name, also when their front matter could not be read at all.
    /// </summary>
    private static HashSet<string> AddressesWithOwnError(ContentSet content, Site site) =>
        content.FilesWithErrors.Select(path => ContentAddress.UrlOf(path, site.Settings)).Where(url => url.Length > 0).ToHashSet(StringComparer.Ordinal);

    private static SourcePosition At(Entry entry, SiteLink link) => new(entry.SourcePath, entry.BodyLine + link.Line, link.Column + 1);

    /// <summary>
    /// For <c>werkwijze/</c> or <c>../joost/</c> in a text shown on several pages: the address from the root that it
    /// leads to from the text's own page (a bio's author page) or from the root, when that is a page or file of the site.
    /// </summary>
    private static string SharedTextHelp(SiteLink link, string ownUrl, HashSet<string> paths, OldAddresses oldAddresses)
    {
        var fromRoot = "/" + link.Path.TrimStart('.', '/');
        var rest = link.Href[link.Path.Length..]; // ?query and #part
        foreach (var candidate in new[] { ownUrl.Length > 0 ? LinkTargets.Resolve(ownUrl, link.Path) : null, LinkTargets.Resolve("/", fromRoot) })
            if (candidate is not null && (LinkTargets.ToOutputPath(candidate, paths.Contains) is not null ||
                                          oldAddresses.Find(candidate, LinkTargets.QueryOf(link.Href)) is not null))
                return $"Schrijf `{candidate}{rest}`: met / vooraan wijst de link vanaf elke pagina naar dezelfde plek.";
        return $"Schrijf het adres vanaf de hoofdmap van de site, met / vooraan, en controleer het: `{fromRoot}` is geen pagina of bestand van de site.";
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

    /// <summary>
    /// Every text that is on the site in this build, with its own address, and whether it is shown on more than one
    /// page: a testimonial (no address of its own) on Onze klanten and Extra, featured on the home page, and on its
    /// service's page; a bio on Over ons and on its author page.
    /// </summary>
    private static IEnumerable<(Entry Entry, bool Shared)> OnTheSite(Site site) =>
        site.Stories.Select(s => s.Source.Entry)
            .Concat(site.AllVacancies.Select(v => v.Source.Entry))
            .Concat(site.Pages.Values.Concat(site.ExtraPages).Distinct().Select(p => p.Source.Entry))
            .Concat(site.Services.Select(s => s.Source.Entry))
            .Concat(site.AllActivities.Select(a => a.Source.Entry))
            .Select(e => (e, false))
            .Concat(site.Testimonials.Select(t => (t.Source.Entry, true)))
            .Concat(site.Team.Select(p => (p.Source.Entry, true)));
}
