using System.Globalization;
using System.Text;
using Thuisbasis.Content;
using Thuisbasis.Model;

namespace Thuisbasis.Reporting;

/// <summary>
/// The report as one HTML page for the team: plain Dutch, each finding followed by what to do about it. Self-contained
/// (inline CSS, inline SVG, no script, nothing loaded from anywhere), so it opens from disk and in the preview alike.
/// Every value from content is escaped.
/// </summary>
public static partial class ReportPage
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    public static string Render(HealthReport report)
    {
        var f = report.Figures;
        var h = new StringBuilder(32 * 1024);
        h.Append("<!doctype html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
         .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"robots\" content=\"noindex, nofollow\">\n")
         .Append($"<title>Gezondheidsrapport: {E(report.Settings.Name)}</title>\n<style>{Css}</style>\n</head>\n<body>\n<main>\n")
         .Append($"<h1>Gezondheidsrapport van {E(report.Settings.Name)}</h1>\n")
         .Append($"<p class=\"lead\">Stand op {E(Dates.ToDutch(f.Today))}. Dit rapport telt wat er op de site staat en zegt bij elk punt wat u kunt doen.</p>\n");
        Unpublished(h, f.Unpublished);
        ReportSections.Rhythm(h, f.Rhythm);
        ReportSections.Voices(h, f.Voices);
        ReportSections.Ambassadors(h, f.Ambassadors);
        ReportSections.Vacancies(h, f.Vacancies);
        ReportSections.Consent(h, f.Consent);
        ReportSections.Readability(h, f.Readability);
        ReportSections.Findability(h, f.Findability);
        ShareKitSection.Write(h, f.ShareKit, report.Settings);
        h.Append("</main>\n<footer>\n<p>Dit rapport is alleen voor het team: het noemt medewerkers bij naam. Het staat in de map <code>report/</code>, ")
         .Append("naast <code>output/</code> en nooit op de website. De map staat in <code>.gitignore</code>, zodat hij ook niet in Git komt. ")
         .Append("Deel het rapport niet buiten het team. Opnieuw maken: <code>dotnet run -- report</code>.</p>\n</footer>\n</body>\n</html>\n");
        return h.ToString();
    }

    private static void Unpublished(StringBuilder h, UnpublishedFigures u)
    {
        if (u.Drafts + u.Scheduled + u.WithoutConsent == 0) return;
        Finding(h, $"Niet op de site en hieronder niet meegeteld: {Count(u.Drafts, "concept", "concepten")}, {Count(u.Scheduled, "ingepland stuk", "ingeplande stukken")} en {Count(u.WithoutConsent, "stuk", "stukken")} zonder toestemming.",
            "Maak concepten af of gooi ze weg; ingeplande stukken verschijnen vanzelf op hun datum.");
    }

    /// <summary>One finding and what to do about it.</summary>
    internal static void Finding(StringBuilder h, string finding, string todo, string? extraHtml = null) =>
        h.Append($"<div class=\"finding\">\n<p>{Code(finding)}</p>\n{extraHtml}<p class=\"todo\"><strong>Wat kunt u doen?</strong> {Code(todo)}</p>\n</div>\n");

    /// <summary>Escaped text in which a `key: value` between backticks becomes code, as in the writers' guide.</summary>
    private static string Code(string text) => Backticks().Replace(E(text), "<code>$1</code>");

    [System.Text.RegularExpressions.GeneratedRegex("`([^`]+)`")]
    private static partial System.Text.RegularExpressions.Regex Backticks();

    internal static string E(string? text) => Html.Escape(text);

    public static string N(double value) => value.ToString("0.#", Nl);

    internal static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";

    internal static string Day(DateOnly? d) => d is { } x ? Dates.ToDutch(x) : "—";

    /// <summary>Names as Dutch write a list: "A, B en C".</summary>
    internal static string List(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + " en " + items[^1];

    internal static string Items(IEnumerable<string> items) =>
        "<ul>\n" + string.Concat(items.Select(i => $"<li>{E(i)}</li>\n")) + "</ul>\n";

    private const string Css = """
        :root{--ink:#1a1a1a;--line:#b0b0b0;--accent:#0b5f7a;--warn:#fff4e5}
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:1.125rem;line-height:1.6;color:var(--ink);background:#fff;margin:0}
        main,footer{max-width:60rem;margin:0 auto;padding:1rem 1.25rem}
        h1{font-size:2rem;line-height:1.2}h2{margin-top:2.5rem;border-top:2px solid var(--accent);padding-top:1rem}
        .lead{font-size:1.2rem}.finding{border-left:4px solid var(--accent);padding:.25rem 1rem;margin:1rem 0;background:#f5f9fa}
        .todo{margin-top:.25rem}table{border-collapse:collapse;margin:1rem 0;width:100%}
        caption{text-align:left;font-weight:bold;padding:.25rem 0}th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
        td.n,th.n{text-align:right}figure{margin:1rem 0}figcaption{font-weight:bold}
        textarea{width:100%;font:inherit;font-size:1rem;border:1px solid #595959;padding:.5rem}
        label{display:block;font-weight:bold;margin-top:1rem}details{margin:1rem 0}summary{cursor:pointer;color:var(--accent);text-decoration:underline}
        a{color:var(--accent)}:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}code{font-size:.95em}
        footer{border-top:1px solid var(--line);margin-top:3rem;font-size:1rem}
        """;
}
