using System.Text;

namespace Thuisbasis.Tests.Reporting;

/// <summary>The report names staff: it is written to <c>report/</c> next to <c>output/</c>, and nothing of it ever reaches a build.</summary>
public sealed class ReportPlacementTests
{
    private static readonly string[] ReportMarks = ["Gezondheidsrapport", "_rapport", "thuisbasis-toolbar", "utm_medium=social", "Nog nooit een verhaal geschreven"];

    [Theory]
    [InlineData("production")]
    [InlineData("deploy-preview")]
    [InlineData("branch-deploy")]
    public void NothingOfTheReportIsInTheOutputOfABuild(string context)
    {
        using var site = HistorySite.Create();
        var report = HistoryReport.Run("report", "--root", site.Root, "--date", "2026-11-23");
        Assert.True(report.Code == 0, report.Stderr);
        Assert.True(File.Exists(Path.Combine(site.Root, "report", "index.html")));
        Assert.Contains("report/index.html", report.Stdout.Replace('\\', '/'));

        var build = HistoryReport.Run("build", "--root", site.Root, "--date", "2026-11-23", "--context", context);
        Assert.True(build.Code == 0, build.Stderr);
        var files = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(files);
        Assert.DoesNotContain(files, f => Path.GetRelativePath(site.Output, f).Replace('\\', '/').StartsWith("report/") || f.Contains("_rapport"));
        foreach (var file in files.Where(f => f.EndsWith(".html") || f.EndsWith(".xml") || f.EndsWith(".json") || f.EndsWith(".txt")))
        {
            var text = File.ReadAllText(file, Encoding.UTF8);
            foreach (var mark in ReportMarks)
                Assert.False(text.Contains(mark, StringComparison.Ordinal), $"{Path.GetRelativePath(site.Output, file)} contains `{mark}`");
        }
        Assert.True(File.Exists(Path.Combine(site.Root, "report", "index.html")), "a build must leave the report alone");
    }

    [Fact]
    public void ReportOfASiteWithErrorsIsNotMadeAndSaysWhy()
    {
        using var site = HistorySite.Create();
        site.Write("input/stories/2026-11-21-kapot.md", "---\ntitle: Kapot\ndate: 32-13-2026\nauthor: anouk-visser\n---\nTekst.\n");
        var (code, _, stderr) = HistoryReport.Run("report", "--root", site.Root, "--date", "2026-11-23");
        Assert.Equal(1, code);
        Assert.Contains("input/stories/2026-11-21-kapot.md(3,7): error TB0102", stderr);
        Assert.Contains("Er is geen rapport gemaakt", stderr);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "report")));
    }

    [Fact]
    public void RepositoryIgnoresTheReportFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Site.sln"))) dir = dir.Parent;
        Assert.NotNull(dir);
        Assert.Contains("/report/", File.ReadAllLines(Path.Combine(dir.FullName, ".gitignore")));
    }
}
