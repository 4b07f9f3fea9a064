using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Thuisbasis.Checks;
using Thuisbasis.Diagnostics;
using Thuisbasis.Pipeline;
using Thuisbasis.Content.Settings;
using Thuisbasis.Model;

namespace Thuisbasis.Reporting;

/// <summary>The health report of one site on one day: its figures and the settings they were measured against.</summary>
public sealed record HealthReport(HealthFigures Figures, SiteSettings Settings)
{
    /// <summary>The folder the report is written to: <c>report/</c> next to <c>output/</c>, never inside it (it names staff).</summary>
    public const string Folder = "report";

    /// <summary>
    /// Builds the site in memory as production would today (nothing is written; drafts, scheduled items and items without
    /// consent stay off it, and are only counted) and measures it. Null, with the build's errors, when the site does not build.
    /// </summary>
    /// <param name="date">"Today", as <c>--date</c> gives it to a build; null: today in the site's time zone.</param>
    public static (HealthReport? Report, IReadOnlyList<Diagnostic> Diagnostics) Make(string root, DateOnly? date)
    {
        var options = new BuildOptions { Root = Path.GetFullPath(root), Date = date, Mode = "production" };
        var result = new SiteEngine(options) { Incremental = false }.Build();
        if (!result.Succeeded || result.Site is not { } site || result.Content is not { } content) return (null, result.Diagnostics);
        // check's plain-language pass, over the story pages only (the report ranks stories).
        var plain = new PlainLanguageChecker(options.Root, site.Settings.PlainLanguage);
        var found = new DiagnosticBag();
        plain.Check(BuiltPages.Parse(result with { Pages = result.Pages.Where(p => p.Kind == "story").ToList() }), found);
        var figures = HealthAnalysis.Measure(site, content, plain.Scores, found.Sorted(), site.Settings.Url);
        return (new HealthReport(figures, site.Settings), result.Diagnostics);
    }

    public static string PathIn(string root) => Path.Combine(Path.GetFullPath(root), Folder, "index.html");

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>The figures as JSON, for scripts (<c>report --json</c>).</summary>
    public string Json() => JsonSerializer.Serialize(Figures, JsonOptions);

    /// <summary>The report as one self-contained HTML page.</summary>
    public string Html() => ReportPage.Render(this);

    /// <summary>Writes <c>report/index.html</c> (only the file changes; a fresh write each time).</summary>
    public string Write(string root)
    {
        var path = PathIn(root);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Html(), new System.Text.UTF8Encoding(false));
        return path;
    }
}
