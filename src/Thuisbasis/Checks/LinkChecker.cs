using AngleSharp.Html.Parser;
using Thuisbasis.Content;
using Thuisbasis.Diagnostics;
using Thuisbasis.Hosting;
using Thuisbasis.Output;
using Thuisbasis.Pipeline;
using Thuisbasis.Rendering;

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
                if (!IsInternal(value, result.Site!.Settings.Url, out var path, out var fragment)) continue;
                LinksChecked++;
                var target = ResolvePath(page.Url, path);
                string? outputPath = target is null ? null : ToOutputPath(target, files);
                if (outputPath is null)
                {
                    var at = Locate(page, value);
                    if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && fileLinks.Contains((at.Path, at.Line))) continue;
                    if (target is not null && result.Content is { } content && WhyNotOnTheSite(content, target, result.Site.Today) is { } why)
                        diagnostics.Error("TB0500", at, $"De link `{value}` op {page.Url} wijst naar {why}",
                            "Haal de link weg, of wacht met deze tekst tot die pagina op de site staat.");
                    else
                        diagnostics.Error("TB0500", at, $"De link `{value}` op {page.Url} wijst naar een pagina of bestand dat niet bestaat.",
                            MeantHelp(target, result.Pages, files.Keys));
                    continue;
                }
                if (fragment.Length > 0 && outputPath.EndsWith(".html", StringComparison.Ordinal) &&
                    !IdsOf(outputPath).Contains(Uri.UnescapeDataString(fragment)))
                {
                    diagnostics.Error("TB0501", Locate(page, value), $"De link `{value}` op {page.Url} wijst naar `#{fragment}`, maar dat stukje bestaat niet op die pagina.",
                        "Controleer de kop waar de link naartoe wijst; kopteksten worden kleine letters met streepjes, zoals `#wat-ga-je-doen`.");
                }
            }
        }
    }

    /// <summary>
    /// Why a page that exists in <c>input/</c> is not on the site today (a draft, a date still to come, no consent), as the
    /// end of a sentence naming its file; null when no content file has that address.
    /// </summary>
    private static string? WhyNotOnTheSite(ContentSet content, string url, DateOnly today)
    {
        var address = url.EndsWith('/') ? url : url + "/";
        PublishingRules.Decision? decision = null;
        DateTimeOffset date = default;
        string? source = null;
        foreach (var s in content.Stories.Where(s => s.Entry.Url == address))
            (decision, date, source) = (PublishingRules.ForStory(s, today, includeDrafts: false), s.Date, s.Entry.SourcePath);
        foreach (var v in content.Vacancies.Where(v => v.Entry.Url == address))
            (decision, date, source) = (PublishingRules.ForVacancy(v, today, includeDrafts: false), v.Date, v.Entry.SourcePath);
        foreach (var p in content.Pages.Where(p => p.Entry.Url == address))
            (decision, source) = (PublishingRules.ForPage(p, includeDrafts: false), p.Entry.SourcePath);
        foreach (var a in content.Activities.Where(a => a.Entry.Url == address))
            (decision, source) = (PublishingRules.ForActivity(a, today, includeDrafts: false), a.Entry.SourcePath);
        if (decision is null || decision.HasPage) return null;
        return decision.Visibility switch
        {
            Visibility.Draft => $"de pagina van `{source}`, maar dat is nog een concept (`draft: true`): die pagina staat niet op de site.",
            Visibility.Scheduled => $"de pagina van `{source}`, maar die komt pas op {Dates.ToDutch(date)} op de site.",
            Visibility.NoConsent => $"de pagina van `{source}`, maar die staat niet op de site: er is nog geen toestemming (`consent: true`).",
            _ => null,
        };
    }

    /// <summary>The page or file a broken link probably meant: one capital off (the host tells them apart), or a letter
    /// or two.</summary>
    private static string MeantHelp(string? target, IReadOnlyList<PageModel> pages, IEnumerable<string> files)
    {
        if (target is null) return NotThereHelp;
        var file = Path.HasExtension(target) && !target.EndsWith('/');
        var address = file || target.EndsWith('/') ? target : target + "/";
        var known = file ? files.Where(f => !f.EndsWith(".html", StringComparison.Ordinal)).Select(f => "/" + f) : pages.Select(p => p.Url);
        // A letter or two per four of the address's last part: `/werkwijz/` finds `/werkwijze/`, `/verhalen/weg/` nothing.
        var last = address.TrimEnd('/')[(address.TrimEnd('/').LastIndexOf('/') + 1)..];
        if (Suggest.Closest(address, known, Math.Max(1, last.Length / 4)) is not { } meant || meant == address) return NotThereHelp;
        return string.Equals(meant, address, StringComparison.OrdinalIgnoreCase)
            ? $"Bedoelde u `{meant}`? Let op hoofdletters: op de site telt elke hoofdletter mee."
            : $"Bedoelde u `{meant}`?";
    }

    private const string NotThereHelp = "Controleer het adres: bestaat de pagina, en is het goed gespeld (met / aan het eind)?";

    private static bool IsInternal(string href, string siteUrl, out string path, out string fragment)
    {
        path = "";
        fragment = "";
        // As a browser reads it: `/\\evil.example/` leads to another site, `/%5Cevil.example/` to a page of this one.
        var value = BrowserAddress.Read(href).Trim();
        if (value.StartsWith(siteUrl + "/", StringComparison.Ordinal)) value = value[siteUrl.Length..];
        if (value.Length == 0 || BrowserAddress.IsOtherSite(value)) return false;
        var hash = value.IndexOf('#');
        if (hash >= 0) { fragment = value[(hash + 1)..]; value = value[..hash]; }
        var query = value.IndexOf('?');
        if (query >= 0) value = value[..query];
        path = value;
        return true;
    }

    private static string? ResolvePath(string pageUrl, string path)
    {
        if (path.Length == 0) return pageUrl;
        if (path.StartsWith('/')) return Uri.UnescapeDataString(path);
        var baseUri = new Uri("http://x" + pageUrl);
        return Uri.UnescapeDataString(new Uri(baseUri, path).AbsolutePath);
    }

    private static string? ToOutputPath(string url, IReadOnlyDictionary<string, OutputFile> files)
    {
        var direct = OutputPaths.FromUrl(url);
        if (files.ContainsKey(direct)) return direct;
        if (!url.EndsWith('/') && files.ContainsKey(url.TrimStart('/') + "/index.html")) return url.TrimStart('/') + "/index.html";
        return null;
    }

    /// <summary>The line and column of a link in the page's Markdown source, or the start of that source.</summary>
    private SourcePosition Locate(PageModel page, string href) =>
        page.Source.StartsWith('(') ? SourcePosition.StartOf(page.Source) : SourceLocator.FindLink(root, page.Source, href);
}
