using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Thuisbasis.Search;

/// <summary>What one Pagefind run did: whether it made an index, how many pages it took, and what it printed.</summary>
public sealed record PagefindRun(bool Succeeded, int Pages, TimeSpan Elapsed, string Output);

/// <summary>
/// Runs Pagefind over a folder of built HTML and writes the index into its <c>pagefind/</c> subfolder. The site's language
/// is forced (<c>nl</c>), so the whole site is one Dutch index with Dutch stemming ("vrijwilligers" finds "vrijwilliger")
/// whatever a single page says. The pages are handed to Pagefind one by one in the order of their paths: left to walk
/// the folder itself, Pagefind numbers pages in the order the file system lists them (on tmpfs the order they were
/// written, which a parallel build varies), so the same site gave a different index on every build.
/// </summary>
public static partial class PagefindRunner
{
    public const string OutputFolder = "pagefind";

    /// <param name="program">From <see cref="PagefindLocator.Find"/>.</param>
    /// <param name="site">The folder with the built pages.</param>
    /// <param name="output">Where the index goes; default <c>site/pagefind</c>.</param>
    /// <param name="cancel">Stops Pagefind at once (the preview shutting down).</param>
    public static PagefindRun Index(string program, string site, string language, string? output = null, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        site = Path.GetFullPath(site);
        var target = Path.GetFullPath(output ?? Path.Combine(site, OutputFolder));
        var pages = PagesOf(site, target);
        PagefindService service;
        try
        {
            service = PagefindService.Start(program, site);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            // The system's words are English and name paths; what happened, for a writer: the program is not there.
            return new PagefindRun(false, 0, clock.Elapsed,
                $"het programma Pagefind ({Path.GetFileName(program)}) start niet; is `node_modules` weggehaald (git clean, git stash -u)? Zet het terug met `npm ci`.");
        }
        using (service)
        using (var limit = CancellationTokenSource.CreateLinkedTokenSource(cancel))
        {
            limit.CancelAfter(TimeSpan.FromMinutes(10));
            using var stop = limit.Token.Register(service.Kill);
            try
            {
                var config = new JsonObject();
                if (LanguageCode(language) is { } code) config["force_language"] = code;
                var index = service.Send(new JsonObject { ["type"] = "NewIndex", ["config"] = config }).GetProperty("index_id").GetInt32();
                foreach (var page in pages)
                {
                    // Gone since it was listed: the preview's mirror deleted a page that is no longer in the build (a
                    // story deleted while this run was under way). It is left out; the run that follows has it right.
                    if (ReadPage(site, page) is not { } contents) continue;
                    service.AddFile(index, page, Separated(contents));
                }
                service.Send(new JsonObject { ["type"] = "WriteFiles", ["index_id"] = index, ["output_path"] = target });
                service.Finish(TimeSpan.FromSeconds(30));
                return new PagefindRun(true, PageCount(target), clock.Elapsed, service.Log);
            }
            catch (PagefindServiceFailed e)
            {
                var why = limit.IsCancellationRequested && !cancel.IsCancellationRequested ? "\n(gestopt: Pagefind deed er te lang over)" : "";
                return new PagefindRun(false, 0, clock.Elapsed, e.Message + why);
            }
        }
    }

    /// <summary>
    /// Every HTML page Pagefind would find in <paramref name="site"/> (not in the index folder), by path in ordinal order.
    /// Pages without <c>data-pagefind-body</c> are left out when any page has it, as Pagefind then ignores them anyway.
    /// Only the paths are kept: each page is read again when it is sent, so a large site is never in memory at once.
    /// </summary>
    private static List<string> PagesOf(string site, string target)
    {
        var pages = Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(target + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(f => System.IO.Path.GetRelativePath(site, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var marked = pages.Where(p => ReadPage(site, p) is { } page && page.AsSpan().IndexOf("data-pagefind-body"u8) >= 0).ToList();
        return marked.Count > 0 ? marked : pages;
    }

    /// <summary>
    /// The page with a space after the end of each element that a browser shows on a line of its own but Pagefind runs
    /// into the next one's text: a list of facts (<c>&lt;dt&gt;Plaats&lt;/dt&gt;&lt;dd&gt;Amsterdam-Oost&lt;/dd&gt;</c>) was
    /// indexed as "PlaatsAmsterdam-Oost", so the place found nothing. Only the text Pagefind reads changes.
    /// </summary>
    internal static byte[] Separated(byte[] page)
    {
        var html = System.Text.Encoding.UTF8.GetString(page);
        var separated = LineEnds().Replace(html, "$0 ");
        return ReferenceEquals(separated, html) ? page : System.Text.Encoding.UTF8.GetBytes(separated);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"</(?:dt|dd|th|td|li|caption|figcaption|summary|label|legend|option)\s*>|<br\s*/?>",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LineEnds();

    /// <summary>A page's bytes; null when it was deleted after the folder was listed.</summary>
    private static byte[]? ReadPage(string site, string page)
    {
        try { return File.ReadAllBytes(System.IO.Path.Combine(site, page)); }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException) { return null; }
    }

    /// <summary>The pages in the index as its entry file counts them, over all languages.</summary>
    private static int PageCount(string index)
    {
        try
        {
            using var entry = JsonDocument.Parse(File.ReadAllBytes(System.IO.Path.Combine(index, "pagefind-entry.json")));
            return entry.RootElement.GetProperty("languages").EnumerateObject().Sum(l => l.Value.GetProperty("page_count").GetInt32());
        }
        catch (Exception e) when (e is IOException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return 0;
        }
    }

    /// <summary>The first line of Pagefind's output that says what went wrong, for the one-line message.</summary>
    public static string Problem(PagefindRun run)
    {
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.FirstOrDefault(l => l.StartsWith("Error", StringComparison.OrdinalIgnoreCase)) ?? lines.LastOrDefault() ?? "geen uitleg";
    }

    /// <summary><c>nl</c> from <c>nl</c> or <c>nl-NL</c>; null for anything that is not a language code.</summary>
    internal static string? LanguageCode(string language)
    {
        var primary = language.Split('-', '_')[0].Trim().ToLowerInvariant();
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }
}
