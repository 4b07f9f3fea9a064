using System.Globalization;
using Thuisbasis.Pipeline;

namespace Thuisbasis.Cli;

/// <summary>How the command line prints diagnostics and summaries.</summary>
internal static class Report
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    public static void Diagnostics(BuildResult result, TextWriter stdout, TextWriter stderr)
    {
        foreach (var d in result.Diagnostics) (d.IsError ? stderr : stdout).WriteLine(d.ToString());
    }

    public static void Summary(BuildResult result, BuildOptions options, TextWriter stdout)
    {
        var pages = result.Pages.Count;
        var feeds = result.Files.Count(f => f.Path.EndsWith("feed.xml", StringComparison.Ordinal) || f.Path.EndsWith("feed.json", StringComparison.Ordinal) || f.Path.EndsWith("atom.xml", StringComparison.Ordinal));
        var warnings = result.WarningCount > 0 ? $", {Count(result.WarningCount, "waarschuwing", "waarschuwingen")}" : "";
        var t = result.Timings;
        string S(TimeSpan x) => x.TotalSeconds.ToString("0.00", Nl);
        stdout.WriteLine(
            $"Klaar: {Count(pages, "pagina", "pagina's")}, {Count(feeds, "feed", "feeds")}, {Count(result.Files.Count, "bestand", "bestanden")} in {S(t.Total)} s → {Display(options.OutputPath)}{warnings}.");
        stdout.WriteLine($"  lezen {S(t.Read)} s, verwerken {S(t.Process)} s, opmaken {S(t.Render)} s, schrijven {S(t.Write)} s");
    }

    public static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";

    public static string Display(string path)
    {
        var rel = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return rel.StartsWith("..") ? path : rel;
    }
}
