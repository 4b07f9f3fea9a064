using System.Text;
using Thuisbasis.Pipeline;
using Thuisbasis.Model;

namespace Thuisbasis.Tests.Reporting;

/// <summary>The preview's incremental rebuilds follow the new settings and keys (feeds.utm, rhythm, consent_date) as a fresh build does.</summary>
public sealed class ReportIncrementalTests : IDisposable
{
    private readonly Support.FixtureSite _site = HistorySite.Create();

    private BuildOptions Options => new()
    {
        Root = _site.Root, IncludeDrafts = true, Mode = "preview", BaseUrl = "http://localhost:5080", Date = new DateOnly(2026, 11, 23),
    };

    private void Replace(string path, string from, string to)
    {
        var full = Path.Combine(_site.Root, path);
        var text = File.ReadAllText(full);
        Assert.Contains(from, text);
        _site.Write(path, text.Replace(from, to));
    }

    [Fact]
    public void EditsOfReportSettingsAndConsentDatesGiveTheSameSiteAsAFreshBuild()
    {
        var engine = new SiteEngine(Options);
        Assert.True(engine.Build().Succeeded);
        Action[] edits =
        [
            () => Replace("statiq.config", "rhythm: { stories_per_month: 2 }", "rhythm: { stories_per_month: 2 }\nfeeds: { utm: true }"),
            () => Replace("input/stories/2026-03-10-mehmet-en-geld.md", "consent: true", "consent: true\nconsent_date: 2026-01-05"),
            () => Replace("statiq.config", "rhythm: { stories_per_month: 2 }", "rhythm: { stories_per_month: 6 }"),
            () => Replace("statiq.config", "feeds: { utm: true }", "feeds: { utm: false }"),
        ];
        foreach (var edit in edits)
        {
            edit();
            var incremental = engine.Build();
            var fresh = new SiteEngine(Options).Build();
            Assert.True(incremental.Succeeded, string.Join("\n", incremental.Diagnostics));
            Assert.Equal(Files(fresh), Files(incremental));
        }
        Assert.DoesNotContain("utm_", Files(engine.Build())["feed.xml"]);
    }

    [Fact]
    public void SwitchingFeedUtmOnInThePreviewTagsTheFeedLinksAtOnce()
    {
        var engine = new SiteEngine(Options);
        Assert.DoesNotContain("utm_", Files(engine.Build())["verhalen/feed.xml"]);
        Replace("statiq.config", "rhythm: { stories_per_month: 2 }", "rhythm: { stories_per_month: 2 }\nfeeds: { utm: true }");
        Assert.Contains("?utm_source=rss&amp;utm_medium=feed&amp;utm_campaign=sara-en-anouk</link>", Files(engine.Build())["verhalen/feed.xml"]);
    }

    private static SortedDictionary<string, string> Files(BuildResult result) =>
        new(result.Files.Where(f => f.Bytes is not null).ToDictionary(f => f.Path, f => Encoding.UTF8.GetString(f.Bytes!)), StringComparer.Ordinal);

    public void Dispose() => _site.Dispose();
}
