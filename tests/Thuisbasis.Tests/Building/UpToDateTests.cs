using Thuisbasis.Tests.Support;
using Thuisbasis.Model;

namespace Thuisbasis.Tests.Building;

/// <summary>A build with nothing changed finishes at once, repeats its warnings, and never hides a real change.</summary>
public sealed class UpToDateTests
{
    private static FixtureSite Site()
    {
        var site = new FixtureSite();
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\ntitel: typo\n---\nA.\n");
        return site;
    }

    [Fact]
    public void ASecondBuildWithNothingChangedIsSkippedAndRepeatsTheWarnings()
    {
        using var site = Site();
        var first = site.BuildAndWrite();
        Assert.False(first.UpToDate);
        var stamp = File.GetLastWriteTimeUtc(Path.Combine(site.Output, "verhalen/a/index.html"));

        var second = site.BuildAndWrite();

        Assert.True(second.UpToDate);
        Assert.Equal(first.Counts, second.Counts);
        Assert.Contains(second.Diagnostics, d => d.Code == "TB0201" && d.Path == "input/stories/a.md" && d.Line == 5);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(Path.Combine(site.Output, "verhalen/a/index.html")));
    }

    [Fact]
    public void AChangedFileIsBuilt()
    {
        using var site = Site();
        site.BuildAndWrite();
        site.Write("input/stories/a.md", "---\ntitle: Nieuwe titel\ndate: 2026-01-01\nauthor: anouk-visser\n---\nA.\n");
        var result = site.BuildAndWrite();
        Assert.False(result.UpToDate);
        Assert.Contains("Nieuwe titel", File.ReadAllText(Path.Combine(site.Output, "verhalen/a/index.html")));
    }

    [Fact]
    public void AnotherBuildDayOrOptionIsBuilt()
    {
        using var site = Site();
        site.BuildAndWrite();
        Assert.False(site.BuildAndWrite(date: new DateOnly(2026, 11, 24)).UpToDate);
        Assert.False(site.BuildAndWrite(drafts: true, date: new DateOnly(2026, 11, 24)).UpToDate);
    }

    [Fact]
    public void AFileRenamedInTheOutputByHandIsBuiltAgainThoughTheOutputHasAsManyFiles()
    {
        using var site = Site();
        site.BuildAndWrite();
        var page = Path.Combine(site.Output, "verhalen/a/index.html");
        File.Move(page, Path.Combine(site.Output, "verhalen/a/index.htm"));
        var result = site.BuildAndWrite();
        Assert.False(result.UpToDate);
        Assert.True(File.Exists(page));
        Assert.True(site.BuildAndWrite().UpToDate);
    }

    [Fact]
    public void AFileRemovedFromTheOutputByHandIsBuiltAgain()
    {
        using var site = Site();
        site.BuildAndWrite();
        File.Delete(Path.Combine(site.Output, "verhalen/a/index.html"));
        var result = site.BuildAndWrite();
        Assert.False(result.UpToDate);
        Assert.True(File.Exists(Path.Combine(site.Output, "verhalen/a/index.html")));
    }

    [Fact]
    public void AFailedBuildIsNeverTakenAsUpToDate()
    {
        using var site = Site();
        site.BuildAndWrite();
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 32-13-2026\nauthor: anouk-visser\n---\nA.\n");
        Assert.False(site.BuildAndWrite().Succeeded);
        Assert.False(site.BuildAndWrite().Succeeded);
    }
}
