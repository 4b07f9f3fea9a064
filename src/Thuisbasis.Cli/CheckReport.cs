using System.Globalization;
using Spectre.Console;
using Thuisbasis.Checks;
using Thuisbasis.Diagnostics;

namespace Thuisbasis.Cli;

/// <summary>
/// The summary at the end of <c>check</c>: pages checked, problems by kind, readability per story. A table in a terminal;
/// plain lines when the output is redirected or <c>CI=true</c>, so logs stay readable.
/// </summary>
internal static class CheckReport
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>What each code means, for the summary; codes not listed are shown by number only.</summary>
    private static readonly Dictionary<string, string> Kinds = new()
    {
        ["TB0500"] = "link naar een pagina die niet bestaat", ["TB0501"] = "link naar een plek op een pagina die niet bestaat",
        ["TB0129"] = "link in de tekst naar een pagina die niet op de site staat", ["TB0138"] = "link naar een bestand dat niet bestaat",
        ["TB0306"] = "merkkleur met te weinig contrast", ["TB0307"] = "activiteit zonder adres",
        ["TB0502"] = "afbeelding zonder beschrijving", ["TB0503"] = "niet precies één hoofdkop", ["TB0504"] = "kopniveau overgeslagen",
        ["TB0505"] = "HTML klopt niet", ["TB0601"] = "lange zin", ["TB0602"] = "moeilijke taal",
    };

    public sealed record Totals(int Pages, int Links, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<PlainLanguageChecker.StoryScore> Scores);

    public static bool Fancy(TextWriter stdout) =>
        ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected &&
        !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static void Write(Totals totals, TextWriter stdout)
    {
        var errors = totals.Diagnostics.Count(d => d.IsError);
        var byKind = totals.Diagnostics.GroupBy(d => (d.Code, d.IsError)).OrderBy(g => g.Key.Code, StringComparer.Ordinal)
            .Select(g => (g.Key.Code, Kind: Kinds.GetValueOrDefault(g.Key.Code, ""), Severity: g.Key.IsError ? "fout" : "waarschuwing", Count: g.Count()))
            .ToList();
        var headline = $"Gecontroleerd: {Report.Count(totals.Pages, "pagina", "pagina's")}, {Report.Count(totals.Links, "link", "links")}; " +
                       $"{Report.Count(errors, "fout", "fouten")}, {Report.Count(totals.Diagnostics.Count - errors, "waarschuwing", "waarschuwingen")}.";
        if (!Fancy(stdout))
        {
            foreach (var k in byKind) stdout.WriteLine($"  {k.Code} {k.Severity}: {k.Count}×{(k.Kind.Length > 0 ? " " + k.Kind : "")}");
            foreach (var s in totals.Scores)
                stdout.WriteLine($"  leesbaarheid {s.Score.Value.ToString("0", Nl)} ({s.Score.Level}): {s.Source}");
            stdout.WriteLine(headline);
            return;
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout) });
        if (byKind.Count > 0)
        {
            var table = new Table().Title("Problemen per soort").AddColumns("code", "soort", "ernst", "aantal");
            foreach (var k in byKind)
                table.AddRow(Markup.Escape(k.Code), Markup.Escape(k.Kind), k.Severity == "fout" ? "[red]fout[/]" : "[yellow]waarschuwing[/]", k.Count.ToString(Nl));
            console.Write(table);
        }
        if (totals.Scores.Count > 0)
        {
            var table = new Table().Title("Leesbaarheid per verhaal (Flesch-Douma; 60 of hoger is B1)").AddColumns("score", "niveau", "verhaal");
            foreach (var s in totals.Scores)
                table.AddRow(s.Score.Value.ToString("0", Nl), Markup.Escape(s.Score.Level), Markup.Escape(s.Source));
            console.Write(table);
        }
        console.MarkupLine(errors > 0 ? $"[red]{Markup.Escape(headline)}[/]" : $"[green]{Markup.Escape(headline)}[/]");
    }
}
