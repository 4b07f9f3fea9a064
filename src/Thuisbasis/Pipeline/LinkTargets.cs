using Thuisbasis.Content;
using Thuisbasis.Rendering;
using Thuisbasis.Rendering.SafeHtml;

namespace Thuisbasis.Pipeline;

/// <summary>
/// Where an internal link leads and what to tell a writer when that is nowhere: shared by <c>check</c>
/// (<see cref="Checks.LinkChecker"/>, over built pages) and every build (<see cref="DeadTextLinks"/>, over the links in texts).
/// </summary>
internal static class LinkTargets
{
    public const string NotThereHelp = "Controleer het adres: bestaat de pagina, en is het goed gespeld (met / aan het eind)?";

    public const string NotYetHelp = "Haal de link weg, of wacht met deze tekst tot die pagina op de site staat.";

    /// <summary>For a link in a text, which the site shows without its address until the page is there (<see cref="WithheldLinks"/>).</summary>
    public const string HiddenUntilThereHelp = "Zodra die pagina op de site staat, is het vanzelf weer een link. Komt ze er nooit? Haal de link dan weg.";

    /// <summary>
    /// Whether <paramref name="href"/> is an address on this site (from its root, from the page, or the site's own full
    /// address), with its path and its <c>#part</c>.
    /// </summary>
    public static bool IsInternal(string href, string siteUrl, out string path, out string fragment)
    {
        path = "";
        fragment = "";
        // As a browser reads it: `/\evil.example/` leads to another site, `/%5Cevil.example/` to a page of this one.
        var value = BrowserAddress.Read(href).Trim();
        if (value.Length > siteUrl.Length && value[siteUrl.Length] == '/' && value.StartsWith(siteUrl, StringComparison.Ordinal)) value = value[siteUrl.Length..];
        if (value.Length == 0 || BrowserAddress.IsOtherSite(value)) return false;
        path = SiteLink.PathOf(value, out fragment);
        return true;
    }

    /// <summary>The query of an address, without <c>?</c> and without the <c>#part</c>; empty when it has none.</summary>
    public static string QueryOf(string href)
    {
        var end = href.IndexOf('#') is var hash and >= 0 ? hash : href.Length;
        var q = href.IndexOf('?', 0, end);
        return q < 0 ? "" : href[(q + 1)..end];
    }

    /// <summary>The site path a link's path leads to from the page at <paramref name="pageUrl"/>; null when it cannot be read.</summary>
    public static string? Resolve(string pageUrl, string path)
    {
        if (path.Length == 0) return pageUrl;
        if (path.StartsWith('/')) return Uri.UnescapeDataString(path);
        try
        {
            return Uri.UnescapeDataString(new Uri(new Uri("http://x" + pageUrl), path).AbsolutePath);
        }
        catch (UriFormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// The output file a site path is served from (<c>/x/</c> → <c>x/index.html</c>, and <c>/x</c> too when only that
    /// exists), or null when no file of the build has it.
    /// </summary>
    /// <param name="direct"><see cref="OutputPaths.FromUrl"/> of <paramref name="url"/> when it is known already.</param>
    public static string? ToOutputPath(string url, Func<string, bool> exists, string? direct = null)
    {
        direct ??= OutputPaths.FromUrl(url);
        if (exists(direct)) return direct;
        var folder = url.TrimStart('/') + "/index.html";
        if (!url.EndsWith('/') && exists(folder)) return folder;
        return null;
    }

    /// <summary>
    /// Why a page that exists in <c>input/</c> is not on the site today (a draft, a date still to come, no consent), as the
    /// end of a sentence naming its file; null when no content file has that address.
    /// </summary>
    public static string? WhyNotOnTheSite(ContentSet content, string url, DateOnly today)
    {
        var address = url.EndsWith('/') ? url : url + "/";
        if (PublishingRules.All(content, today, includeDrafts: false).LastOrDefault(d => d.Entry.Url == address) is not { Decision.HasPage: false } withheld)
            return null;
        var (decision, source, date) = (withheld.Decision, withheld.Entry.SourcePath, withheld.Date ?? default);
        return decision.Visibility switch
        {
            Visibility.Draft => $"de pagina van `{source}`, maar dat is nog een concept (`draft: true`): die pagina staat niet op de site.",
            Visibility.Scheduled => $"de pagina van `{source}`, maar die komt pas op {Dates.ToDutch(date)} op de site.",
            Visibility.NoConsent => $"de pagina van `{source}`, maar die staat niet op de site: daarvoor is geen toestemming (er staat geen `consent: true`).",
            _ => null,
        };
    }

    /// <summary>
    /// The page or file a broken link probably meant: one capital off (the host tells them apart), or a letter or two;
    /// else <see cref="NotThereHelp"/>.
    /// </summary>
    /// <param name="pages">The addresses of the build's pages.</param>
    /// <param name="files">The paths of the build's output files (<c>assets/x.pdf</c>).</param>
    public static string MeantHelp(string? target, IEnumerable<string> pages, IEnumerable<string> files)
    {
        if (MeantBy(target, pages, files) is not { } meant) return NotThereHelp;
        return string.Equals(meant, Address(target!), StringComparison.OrdinalIgnoreCase)
            ? $"Bedoelde u `{meant}`? Let op hoofdletters: op de site telt elke hoofdletter mee."
            : $"Bedoelde u `{meant}`?";
    }

    private static string? MeantBy(string? target, IEnumerable<string> pages, IEnumerable<string> files)
    {
        if (target is null) return null;
        var file = IsFile(target);
        var address = Address(target);
        // A letter or two per four of the address's last part: `/werkwijz/` finds `/werkwijze/`, `/verhalen/weg/` nothing.
        var last = address.TrimEnd('/')[(address.TrimEnd('/').LastIndexOf('/') + 1)..];
        var most = Math.Max(1, last.Length / 4);
        // Only addresses of about the same length can be that close: on a site of 10,000 pages most are not compared at all.
        var known = (file ? files.Where(f => !f.EndsWith(".html", StringComparison.Ordinal)).Select(f => "/" + f) : pages)
            .Where(k => Math.Abs(k.Length - address.Length) <= most);
        return Suggest.Closest(address, known, most) is { } meant && meant != address ? meant : null;
    }

    private static bool IsFile(string target) => Path.HasExtension(target) && !target.EndsWith('/');

    private static string Address(string target) => IsFile(target) || target.EndsWith('/') ? target : target + "/";
}
