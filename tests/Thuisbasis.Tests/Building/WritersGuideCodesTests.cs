using System.Text.RegularExpressions;

namespace Thuisbasis.Tests.Building;

/// <summary>Writers look a message's code up in docs/handleiding.md: every code the program can give is there,
/// and the guide names no code the program no longer gives.</summary>
public sealed class WritersGuideCodesTests
{
    private static readonly Regex Code = new(@"TB\d{4}");

    private static SortedSet<string> CodesInSource()
    {
        var src = Path.Combine(SampleSiteTests.RepositoryRoot(), "src");
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")) continue;
            foreach (Match m in Regex.Matches(File.ReadAllText(file), "\"(TB\\d{4})\"")) codes.Add(m.Groups[1].Value);
        }
        return codes;
    }

    private static SortedSet<string> CodesInGuide() =>
        new(Code.Matches(File.ReadAllText(Path.Combine(SampleSiteTests.RepositoryRoot(), "docs", "handleiding.md")))
            .Select(m => m.Value), StringComparer.Ordinal);

    [Fact]
    public void EveryCodeTheProgramGivesIsInTheWritersGuide()
    {
        var inSource = CodesInSource();
        Assert.True(inSource.Count > 50, $"found only {inSource.Count} codes in src");
        var missing = inSource.Except(CodesInGuide()).ToList();
        Assert.True(missing.Count == 0, "not in docs/handleiding.md: " + string.Join(", ", missing));
    }

    [Fact]
    public void TheWritersGuideNamesNoCodeTheProgramDoesNotGive()
    {
        var stale = CodesInGuide().Except(CodesInSource()).ToList();
        Assert.True(stale.Count == 0, "in docs/handleiding.md but not in src: " + string.Join(", ", stale));
    }
}
