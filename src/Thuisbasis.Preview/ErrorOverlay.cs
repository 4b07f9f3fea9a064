using System.Text;
using Thuisbasis.Diagnostics;
using static Thuisbasis.Model.Html;

namespace Thuisbasis.Preview;

/// <summary>
/// The box a writer sees over the page when a rebuild failed: in plain Dutch, per error the file and line, two lines of
/// context around it, what is wrong and what to do. Behind it the last good version of the site stays visible.
/// </summary>
public static class ErrorOverlay
{
    public const string Id = "thuisbasis-overlay";

    /// <param name="goodBuildBehind">Whether a good version of the site is served behind the box (not before the first
    /// good build), so the box does not promise one that is not there.</param>
    public static string Render(IReadOnlyList<Diagnostic> diagnostics, string root, bool goodBuildBehind = true)
    {
        var errors = diagnostics.Where(d => d.IsError).ToList();
        // A mistake in a layout or partial (TB0401) stops every page that uses it with the same message: shown once, with
        // on how many more pages, as the command line prints it, so it does not push the other errors out of sight.
        var sameThemeError = errors.Where(d => d.Code == "TB0401").GroupBy(d => (d.Message, d.Help)).ToDictionary(g => g.Key, g => g.Count());
        var shown = errors.Where(d => d.Code != "TB0401")
            .Concat(errors.Where(d => d.Code == "TB0401").DistinctBy(d => (d.Message, d.Help))).ToList();
        var sb = new StringBuilder();
        sb.Append($"<div id=\"{Id}\" role=\"alert\" lang=\"nl\" style=\"position:fixed;inset:0;z-index:2147483647;overflow:auto;" +
                  "background:rgba(20,20,20,.78);padding:4vh 4vw;font:18px/1.5 system-ui,sans-serif;color:#1a1a1a\">");
        sb.Append("<div style=\"max-width:52rem;margin:0 auto;background:#fff;border-left:10px solid #b00020;padding:1.25rem 1.5rem;" +
                  "box-shadow:0 4px 24px rgba(0,0,0,.4)\">");
        var title = errors.Count == 1 ? "Er is een fout in de site" : $"Er zijn {errors.Count} fouten in de site";
        sb.Append($"<h2 style=\"margin:0 0 .5rem;font-size:1.4rem;color:#b00020\">{title}</h2>");
        sb.Append(goodBuildBehind
            ? "<p style=\"margin:0 0 1rem\">U ziet hierachter de laatste versie die wel goed was. Verbeter het bestand en sla het op: " +
              "deze melding verdwijnt dan vanzelf.</p>"
            : "<p style=\"margin:0 0 1rem\">Er is nog geen versie van de site die goed is. Verbeter het bestand en sla het op: " +
              "dan verschijnt de site vanzelf.</p>");
        foreach (var d in shown.Take(20))
        {
            sb.Append("<section style=\"border-top:1px solid #ddd;padding-top:.75rem;margin-top:.75rem\">");
            sb.Append($"<p style=\"margin:0;font-weight:bold\" class=\"thuisbasis-where\">{Escape(d.Path)}, regel {d.Line}</p>");
            sb.Append(Context(root, d));
            sb.Append($"<p style=\"margin:.5rem 0 0\">{Escape(d.Message)}</p>");
            if (!string.IsNullOrEmpty(d.Help)) sb.Append($"<p style=\"margin:.25rem 0 0\"><strong>Wat te doen:</strong> {Escape(d.Help)}</p>");
            if (d.Code == "TB0401" && sameThemeError[(d.Message, d.Help)] - 1 is var more and > 0)
                sb.Append($"<p style=\"margin:.25rem 0 0\">Dezelfde fout op nog {more} {(more == 1 ? "pagina" : "pagina's")}.</p>");
            sb.Append($"<p style=\"margin:.25rem 0 0;font-size:.8em;color:#555\">{Escape(d.Code)}</p>");
            sb.Append("</section>");
        }
        if (shown.Count > 20) sb.Append($"<p>En nog {shown.Count - 20} fouten; zie het venster waarin de preview draait.</p>");
        sb.Append("</div></div>");
        return sb.ToString();
    }

    /// <summary>Two lines before and after the line of the problem, the line itself marked.</summary>
    private static string Context(string root, Diagnostic d)
    {
        string[] lines;
        try
        {
            var full = Path.GetFullPath(Path.Combine(root, d.Path));
            if (!Content.SiteFiles.IsInside(Path.GetFullPath(root), full) || !File.Exists(full)) return "";
            lines = File.ReadAllLines(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return "";
        }
        if (d.Line < 1 || d.Line > lines.Length) return "";
        var sb = new StringBuilder("<pre style=\"margin:.5rem 0 0;padding:.5rem;background:#f4f4f4;overflow:auto;font-size:15px\">");
        for (var n = Math.Max(1, d.Line - 2); n <= Math.Min(lines.Length, d.Line + 2); n++)
        {
            var text = $"{n,4} | {lines[n - 1]}";
            sb.Append(n == d.Line ? $"<mark style=\"background:#ffd7d7;display:block\">{Escape(text)}</mark>" : Escape(text) + "\n");
        }
        return sb.Append("</pre>").ToString();
    }

    /// <summary>A whole page for when there is no good version yet to show behind the overlay.</summary>
    public static string Page(string overlay) =>
        $"<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Fout in de site</title></head><body>{overlay}</body></html>";
}
