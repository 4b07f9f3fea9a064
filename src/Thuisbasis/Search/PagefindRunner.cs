using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Thuisbasis.Search;

/// <summary>What one Pagefind run did: whether it made an index, how many pages it took, and what it printed.</summary>
public sealed record PagefindRun(bool Succeeded, int Pages, TimeSpan Elapsed, string Output);

/// <summary>
/// Runs Pagefind over a folder of built HTML and writes the index into its <c>pagefind/</c> subfolder. The site's language
/// is forced (<c>--force-language nl</c>), so the whole site is one Dutch index with Dutch stemming ("vrijwilligers"
/// finds "vrijwilliger") whatever a single page says.
/// </summary>
public static partial class PagefindRunner
{
    public const string OutputFolder = "pagefind";

    /// <param name="program">From <see cref="PagefindLocator.Find"/>.</param>
    /// <param name="site">The folder with the built pages.</param>
    /// <param name="output">Where the index goes; default <c>site/pagefind</c>.</param>
    /// <param name="cancel">Stops Pagefind at once (the preview shutting down).</param>
    public static PagefindRun Index(string program, string site, string language, string? output = null, TimeSpan? timeout = null,
        CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("--site");
        start.ArgumentList.Add(site);
        if (output is null)
        {
            start.ArgumentList.Add("--output-subdir");
            start.ArgumentList.Add(OutputFolder);
        }
        else
        {
            start.ArgumentList.Add("--output-path");
            start.ArgumentList.Add(output);
        }
        if (LanguageCode(language) is { } code)
        {
            start.ArgumentList.Add("--force-language");
            start.ArgumentList.Add(code);
        }
        var text = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (text) text.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (text) text.AppendLine(e.Data); };
        try
        {
            process.Start();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return new PagefindRun(false, 0, clock.Elapsed, e.Message);
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var stop = cancel.Register(() =>
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        });
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(10)))
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            return new PagefindRun(false, 0, clock.Elapsed, text + "(gestopt: Pagefind deed er te lang over)");
        }
        process.WaitForExit(); // the last lines of output
        var printed = text.ToString();
        var pages = IndexedPages().Match(printed) is { Success: true } m ? int.Parse(m.Groups[1].Value) : 0;
        return new PagefindRun(process.ExitCode == 0, pages, clock.Elapsed, printed);
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

    [GeneratedRegex(@"Indexed (\d+) pages?")]
    private static partial Regex IndexedPages();
}
