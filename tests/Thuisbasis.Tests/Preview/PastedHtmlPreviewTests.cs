using Thuisbasis.Pipeline;

namespace Thuisbasis.Tests.Preview;

/// <summary>
/// The preview keeps every promise of pasted HTML and videos: after each edit its files and warnings are those of a
/// fresh build, whether it patched the last snapshot (a story's text) or made a new one (the settings).
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
        (Action Edit, string[] Paths, bool Patched, int Warnings)[] steps =
        [
            (() => _site.Replace(Walk, Text, Text + "\n\n<script>alert(1)</script>\n"), [Walk], true, 1),
            (() => _site.Replace(Walk, "<script>", "Eerst dit.\n\n<iframe src=\"https://evil.example/\"></iframe><script>"), [Walk], true, 2),
            (() => _site.Replace(Walk, "Eerst dit.", "![Wandelen in het park](https://youtu.be/dQw4w9WgXcQ)"), [Walk], true, 2),
            (() => { }, [], true, 2), // nothing changed
            (() => _site.Save("statiq.config", _site.Read("statiq.config") + "\nsecurity:\n  raw_html: true\n"), ["statiq.config"], false, 0),
            (() => _site.Replace(Walk, "<iframe", "<p>Los</p><iframe"), [Walk], true, 0),
            (() => _site.Save("statiq.config", _site.Read("statiq.config").Replace("raw_html: true", "raw_html: false")), ["statiq.config"], false, 2),
            (() => _site.Replace(Walk, "<iframe src=\"https://evil.example/\"></iframe><script>alert(1)</script>\n", ""), [Walk], true, 0),
        ];
        var step = 0;
        foreach (var (edit, paths, patched, warnings) in steps)
        {
            step++;
            edit();
            var incremental = engine.Build(paths);
            var fresh = new SiteEngine(Options).Build();
            Assert.True(fresh.Succeeded, string.Join("\n", fresh.Diagnostics));
            Assert.Equal(fresh.Diagnostics.Select(d => d.ToString()), incremental.Diagnostics.Select(d => d.ToString()));
            Assert.Equal(warnings, incremental.Diagnostics.Count(d => d.Code == "TB0240" && d.Path == Walk));
            if (paths.Length > 0) Assert.True(patched == incremental.Site!.PatchedFrom is not null, $"step {step}");
            Assert.Equal(Files(fresh), Files(incremental));
        }
    }

    private static SortedDictionary<string, string> Files(BuildResult result) =>
        new(result.Files.Where(f => f.Bytes is not null).ToDictionary(f => f.Path, f => System.Text.Encoding.UTF8.GetString(f.Bytes!)),
            StringComparer.Ordinal);

    public void Dispose() => _site.Dispose();
}
