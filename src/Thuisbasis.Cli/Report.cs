using System.Globalization;
using Thuisbasis.Pipeline;
using Thuisbasis.Model;

namespace Thuisbasis.Cli;

/// <summary>How the command line prints diagnostics and summaries.</summary>
internal static class Report
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    public static void Diagnostics(BuildResult result, TextWriter stdout, TextWriter stderr) => Print(result.Diagnostics, stdout, stderr);

    /// <summary>
    /// Every diagnostic, one a line. A mistake in a layout or partial (TB0401) stops every page that uses it with the
    /// same message: printed once, at the first page, with a line saying on how many more pages it happened.
    /// </summary>
    public static void Print(IEnumerable<Diagnostics.Diagnostic> diagnostics, TextWriter stdout, TextWriter stderr)
    {
        var list = diagnostics.ToList();
        var sameThemeError = list.Where(d => d.Code == "TB0401").GroupBy(d => (d.Message, d.Help)).ToDictionary(g => g.Key, g => g.Count());
        var printed = new HashSet<(string, string)>();
        foreach (var d in list)
        {
            var writer = d.IsError ? stderr : stdout;
            if (d.Code != "TB0401")
            {
                writer.WriteLine(d.ToString());
                continue;
            }
            if (!printed.Add((d.Message, d.Help))) continue;
            writer.WriteLine(d.ToString());
            if (sameThemeError[(d.Message, d.Help)] - 1 is var more and > 0)
                writer.WriteLine($"  dezelfde fout op nog {Count(more, "pagina", "pagina's")}.");
        }
    }

    public static void Summary(BuildResult result, BuildOptions options, TextWriter stdout)
    {
        var c = result.Counts;
        var t = result.Timings;
        string S(TimeSpan x) => x.TotalSeconds.ToString("0.00", Nl);
        var warnings = result.WarningCount > 0 ? $", {Count(result.WarningCount, "waarschuwing", "waarschuwingen")}" : "";
        if (result.UpToDate)
        {
            stdout.WriteLine($"Niets veranderd sinds de vorige keer: {Display(options.OutputPath)} is al bij ({Count(c.Pages, "pagina", "pagina's")}{warnings}; {S(t.Total)} s).");
            Scheduled(result, stdout);
            return;
        }
        stdout.WriteLine(
            $"Klaar: {Count(c.Pages, "pagina", "pagina's")}, {Count(c.Feeds, "feed", "feeds")}, {Count(c.Files, "bestand", "bestanden")} in {S(t.Total)} s → {Display(options.OutputPath)}{warnings}.");
        stdout.WriteLine($"  lezen {S(t.Read)} s, verwerken {S(t.Process)} s, opmaken {S(t.Render)} s, schrijven {S(t.Write)} s");
        if (result.SearchIndex is { } index)
            stdout.WriteLine($"  zoekindex: {Count(index.Pages, "pagina", "pagina's")} in {S(index.Elapsed)} s (Pagefind)");
        Scheduled(result, stdout);
    }

    /// <summary>Stories and vacancies dated after today, with the day each appears (the first five, then how many more).</summary>
    private static void Scheduled(BuildResult result, TextWriter stdout)
    {
        var items = result.Scheduled;
        if (items.Count == 0) return;
        const int shown = 5;
        var named = string.Join(", ", items.Take(shown).Select(i => $"{i.Path} op {Content.Dates.ToDutch(i.Date)}"));
        var more = items.Count > shown ? $" en {items.Count - shown} meer" : "";
        stdout.WriteLine($"  {items.Count} ingepland, nog niet op de site: {named}{more}. {(items.Count == 1 ? "Het verschijnt" : "Ze verschijnen")} bij de eerste bouw op of na die dag.");
    }

    public static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";

    public static string Display(string path)
    {
        var rel = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return rel.StartsWith("..") ? path : rel;
    }
}
