using Thuisbasis.Pipeline;
using Thuisbasis.Model;

namespace Thuisbasis.Tests.Preview;

/// <summary>
/// The preview keeps every promise of pasted HTML and videos: after each edit its files and warnings are those of a
/// fresh build, after edits of a story's text and of the settings.
/// </summary>
public sealed class PastedHtmlPreviewTests : IDisposable
{
    private const string Walk = "input/stories/2026-02-14-wandelen.md";
    private const string Text = "Op vrijdag lopen we een rondje door het park.";
    private readonly FixtureSite _site = new();

    private BuildOptions Options => new()
    {
        Root = _site.Root, IncludeDrafts = true, Mode = "preview", BaseUrl = "http://localhost:5080", Date = new DateOnly(2026, 6, 1),
    };

    [Fact]
    public void EditsWithPastedHtmlAndVideosGiveTheSameFilesAndWarningsAsAFreshBuild()
    {
        var engine = new SiteEngine(Options);
        engine.Build(changed: null);
        (Action Edit, string[] Paths, int Warnings)[] steps =
        [
            (() => _site.Replace(Walk, Text, Text + "\n\n<script>alert(1)</script>\n"), [Walk], 1),
            (() => _site.Replace(Walk, "<script>", "Eerst dit.\n\n<iframe src=\"https://evil.example/\"></iframe><script>"), [Walk], 2),
            (() => _site.Replace(Walk, "Eerst dit.", "![Wandelen in het park](https://youtu.be/dQw4w9WgXcQ)"), [Walk], 2),
            (() => { }, [], 2), // nothing changed
            (() => _site.Save("statiq.config", _site.Read("statiq.config") + "\nsecurity:\n  raw_html: true\n"), ["statiq.config"], 0),
            (() => _site.Replace(Walk, "<iframe", "<p>Los</p><iframe"), [Walk], 0),
            (() => _site.Save("statiq.config", _site.Read("statiq.config").Replace("raw_html: true", "raw_html: false")), ["statiq.config"], 2),
            (() => _site.Replace(Walk, "<iframe src=\"https://evil.example/\"></iframe><script>alert(1)</script>\n", ""), [Walk], 0),
        ];
        foreach (var (edit, paths, warnings) in steps)
        {
            edit();
            var incremental = engine.Build(paths);
            var fresh = new SiteEngine(Options).Build();
            Assert.True(fresh.Succeeded, string.Join("\n", fresh.Diagnostics));
            Assert.Equal(fresh.Diagnostics.Select(d => d.ToString()), incremental.Diagnostics.Select(d => d.ToString()));
            Assert.Equal(warnings, incremental.Diagnostics.Count(d => d.Code == "TB0240" && d.Path == Walk));
            Assert.Equal(Files(fresh), Files(incremental));
        }
    }

    private static SortedDictionary<string, string> Files(BuildResult result) =>
        new(result.Files.Where(f => f.Bytes is not null).ToDictionary(f => f.Path, f => System.Text.Encoding.UTF8.GetString(f.Bytes!)),
            StringComparer.Ordinal);

    public void Dispose() => _site.Dispose();
}
