using Thuisbasis.Diagnostics;
using Thuisbasis.Output;
using Thuisbasis.Model;

namespace Thuisbasis.Hosting;

/// <summary>
/// Collects every <c>redirect_from:</c> of the pages on the site and checks them: one old address may lead to one page
/// only, and an old address must not be a live page or file (Netlify would serve that page and never redirect).
/// </summary>
public static class RedirectRules
{
    public static IReadOnlyList<Redirect> Collect(Site site)
    {
        // Only files that name old addresses make a redirect; the preview collects them on every rebuild, so the
        // thousands of stories without one are passed over without making anything.
        var redirects = new List<Redirect>();
        void Add(IReadOnlyList<string> from, string url, string source)
        {
            foreach (var f in from) redirects.Add(new Redirect(f, url, source));
        }
        foreach (var p in site.Pages.Values.Concat(site.ExtraPages).Distinct()) Add(p.Source.RedirectFrom, p.Url, p.SourcePath);
        foreach (var s in site.Stories) Add(s.Source.RedirectFrom, s.Url, s.SourcePath);
        foreach (var v in site.AllVacancies) Add(v.Source.RedirectFrom, v.Url, v.SourcePath);
        foreach (var s in site.Services) Add(s.Source.RedirectFrom, s.Url, s.SourcePath);
        foreach (var a in site.AllActivities) Add(a.Source.RedirectFrom, a.Url, a.Source.Entry.SourcePath);
        return redirects.OrderBy(r => r.Source, StringComparer.Ordinal).ThenBy(r => r.From, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The redirects to write: the first of each old address (the others are errors already), in the order Netlify
    /// needs, since it takes the first rule that matches: those with a query first (a rule without one matches any
    /// query), then the other exact addresses, then splats and placeholders. An old address on the page's own path is
    /// left out: Netlify passes the query on, so <c>/?p=12</c> to <c>/</c> would redirect to itself forever.
    /// </summary>
    public static IReadOnlyList<Redirect> Unique(Site site) =>
        Collect(site).GroupBy(r => Redirect.Key(r.From)).Select(g => g.First()).Where(r => Redirect.Key(r.Path) != Redirect.Key(r.To))
            .OrderBy(r => r.IsPattern ? 2 : r.Query is null ? 1 : 0).ToList();

    public static void Check(Site site, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        var redirects = Collect(site);
        if (redirects.Count == 0) return;
        var live = files.GroupBy(f => Redirect.Key("/" + f.Path)).ToDictionary(g => g.Key, g => g.First().Source);
        var seen = new Dictionary<string, Redirect>();
        foreach (var r in redirects)
        {
            var key = Redirect.Key(r.From);
            // Where in the file, read only for a message: the preview checks every redirect on every rebuild.
            SourcePosition At() => SourceLocator.Find(site.Options.Root, r.Source, r.From, "redirect_from");
            if (seen.TryGetValue(key, out var first))
            {
                var where = first.Source == r.Source ? $"twee keer in {r.Source}" : $"zowel in {first.Source} als in {r.Source}";
                diagnostics.Error("TB0161", At(), $"Het oude adres `{r.From}` staat bij `redirect_from` {where}.",
                    "Een oud adres kan maar naar één pagina doorverwijzen: laat het staan bij de pagina waar bezoekers moeten uitkomen en haal het bij de andere weg.");
                continue;
            }
            seen[key] = r;
            if (live.TryGetValue(key, out var owner))
                diagnostics.Error("TB0162", At(),
                    $"`redirect_from` in {r.Source} noemt `{r.From}`, maar op dat adres staat al een pagina of bestand van deze site (uit {owner}).",
                    "Dan toont Netlify die pagina en verwijst nooit door. Haal het adres weg bij `redirect_from`, of geef de andere pagina een ander adres.");
        }
    }
}
