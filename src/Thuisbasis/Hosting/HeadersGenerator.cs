using System.Text;
using Thuisbasis.Output;
using Thuisbasis.Rendering;
using Thuisbasis.Model;
using Thuisbasis.Content.Settings;

namespace Thuisbasis.Hosting;

/// <summary>
/// Writes Netlify's <c>_headers</c> file: security headers on every path and a year of immutable caching for the
/// fingerprinted scripts (their name changes whenever their content does). Every other file keeps Netlify's default,
/// <c>public, max-age=0, must-revalidate</c>: a browser asks again on every visit, so a change is online at once.
/// Netlify joins equal headers of overlapping rules with a comma, so every header is set by exactly one rule per path:
/// security headers on <c>/*</c>, caching and calendar types only on exact paths.
/// Deploy previews and branch deploys also say <c>X-Robots-Tag: noindex</c>.
/// </summary>
public sealed class HeadersGenerator : IOutputGenerator
{
    public const string Immutable = "public, max-age=31536000, immutable";

    /// <summary>The folders of Pagefind's bundle whose files are named by their content hash.</summary>
    public static readonly string[] PagefindHashedFolders = ["fragment", "index", "filter"];

    /// <summary>
    /// Browser features the site never uses; the one-line list keeps a third-party script from using them either.
    /// Autoplay is the one exception: a video player the visitor started with "Video afspelen" may play at once (the
    /// header is the ceiling for every frame, so <c>allow="autoplay"</c> on the player alone is not enough). A browser
    /// hands a feature to a frame only when the page has it itself, hence <c>self</c>; the theme autoplays nothing.
    /// </summary>
    public static string PermissionsPolicy(Site site)
    {
        var players = Rendering.Video.VideoHosts.UsedBy(site);
        var autoplay = players.Count == 0 ? "()" : $"(self {string.Join(' ', players.Select(p => $"\"{p}\""))})";
        return $"accelerometer=(), autoplay={autoplay}, camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), " +
            "microphone=(), midi=(), payment=(), usb=(), browsing-topics=()";
    }

    public IEnumerable<OutputFile> Generate(Site site, IReadOnlyList<PageModel> pages)
    {
        var head = new StringBuilder();
        head.Append("# Gemaakt door Thuisbasis uit statiq.config; wijzigingen hier gaan bij de volgende bouw verloren.\n");
        var editor = site.Settings.Editor;
        var policy = ContentSecurityPolicy.Header(site);
        head.Append("/*\n");
        if (editor is null) head.Append($"  Content-Security-Policy: {policy}\n");
        head.Append("  Referrer-Policy: strict-origin-when-cross-origin\n");
        head.Append("  X-Content-Type-Options: nosniff\n");
        head.Append($"  X-Frame-Options: {(site.Settings.Security.FrameAncestors == "self" ? "SAMEORIGIN" : "DENY")}\n");
        head.Append($"  Permissions-Policy: {PermissionsPolicy(site)}\n");
        if (editor is null) head.Append($"  Cross-Origin-Opener-Policy: {OpenerPolicy}\n");
        if (!site.IsProduction) head.Append("  X-Robots-Tag: noindex\n");
        if (editor is not null) AppendEditorPolicies(head, site, pages, policy, editor);
        foreach (var file in Analytics.AnalyticsPlan.Of(site).Files.OrderBy(f => f.Path, StringComparer.Ordinal))
            head.Append($"\n/{file.Path}\n  Cache-Control: {Immutable}\n");
        // Pagefind names its index and fragment files by their content: a new build writes new names, so a visitor's
        // browser may keep them (each search fetched them again, ten or more small files).
        if (site.Settings.Search)
            foreach (var folder in PagefindHashedFolders) head.Append($"\n/pagefind/{folder}/*\n  Cache-Control: {Immutable}\n");
        foreach (var calendar in Calendars(site))
            head.Append($"\n{calendar}\n  Content-Type: {CalendarType}\n");
        yield return OutputFile.Text("_headers", head.ToString(), "statiq.config");
    }

    /// <summary>
    /// Netlify picks a file's type by its extension from a table it does not publish; a phone offers "add to calendar"
    /// only for <c>text/calendar</c>, and the titles have é and ë. So each calendar the build writes says so itself.
    /// </summary>
    public const string CalendarType = "text/calendar; charset=utf-8";

    private static IEnumerable<string> Calendars(Site site) =>
        site.Activities.Select(a => a.IcsUrl).Append(Thuisbasis.Calendars.CalendarGenerator.AgendaPath).Distinct().Order(StringComparer.Ordinal);

    /// <summary>A page opened from the site's pages (none is) gets no handle on them, nor they on it.</summary>
    public const string OpenerPolicy = "same-origin";

    /// <summary>
    /// The editor logs in in a window of its own on another site (Netlify's or GitHub's login), which hands the key back
    /// to <c>/admin/</c> through <c>window.opener</c>. With <see cref="OpenerPolicy"/> the browser cuts that link and the
    /// login never finishes; this keeps it for windows the editor opens, and still keeps other sites' pages from reaching in.
    /// </summary>
    public const string EditorOpenerPolicy = "same-origin-allow-popups";

    /// <summary>
    /// With the web editor online, <c>/admin/*</c> needs a looser policy than the rest, and a looser opener policy
    /// (<see cref="EditorOpenerPolicy"/>). Netlify would join a header on <c>/*</c> with the one on <c>/admin/*</c> (and a
    /// browser enforces both policies, or drops a joined opener policy), so the strict headers go on every other top-level
    /// folder and file of the site instead, and <c>/admin/*</c> gets only its own.
    /// </summary>
    private static void AppendEditorPolicies(StringBuilder head, Site site, IReadOnlyList<PageModel> pages, string policy, EditorSettings editor)
    {
        var admin = Editor.EditorFilesGenerator.Folder;
        var paths = new SortedSet<string>(StringComparer.Ordinal) { "/" };
        if (site.Settings.Search) paths.Add("/pagefind/*"); // the search's files, written after this one
        foreach (var url in pages.Select(p => p.Url).Concat(site.Assets.Select(a => a.Url)))
        {
            var trimmed = url.TrimStart('/');
            if (trimmed.Length == 0) continue;
            var slash = trimmed.IndexOf('/');
            var first = slash < 0 ? trimmed : trimmed[..slash];
            if (first == admin) continue;
            paths.Add(slash < 0 ? "/" + first : $"/{first}/*");
        }
        foreach (var path in paths) head.Append($"\n{path}\n  Content-Security-Policy: {policy}\n  Cross-Origin-Opener-Policy: {OpenerPolicy}\n");
        head.Append($"\n/{admin}/*\n  Content-Security-Policy: {Editor.EditorPolicy.Header(editor, local: false)}\n");
        head.Append($"  Cross-Origin-Opener-Policy: {EditorOpenerPolicy}\n");
    }
}
