using System.Text.RegularExpressions;
using Thuisbasis.Checks;
using Thuisbasis.Content.Settings;
using Thuisbasis.Diagnostics;
using Thuisbasis.Tests.Support;
using Xunit.Abstractions;

namespace Thuisbasis.Tests.Hardening;

/// <summary>
/// A writer who does exactly what the help says ends up with a file without that problem and without a new one: for
/// each mistake in <see cref="SuggestedFixCases"/>, the site is built, the help's suggestion is written where the
/// diagnostic points (<see cref="SuggestedFix"/>), and the site is built again.
/// </summary>
public sealed partial class SuggestedFixTests(ITestOutputHelper output)
{
    public static TheoryData<string> Cases() => new(SuggestedFixCases.All.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Cases))]
    public void FollowingTheHelpToTheLetterFixesTheFile(string name)
    {
        var c = SuggestedFixCases.All.Single(x => x.Name == name);
        using var site = new FixtureSite();
        foreach (var (path, text) in c.Files)
            if (text is null) File.Delete(Path.Combine(site.Root, path));
            else site.Write(path, text);

        var before = Diagnose(site, c.Check);
        var d = Assert.Single(before, x => x.Code == c.Code && x.Path == c.File);
        output.WriteLine(d.ToString());
        var suggestion = SuggestedFix.Suggestion(d, site.Root);
        Assert.True(suggestion is not null, $"De help noemt niets letterlijks om te schrijven: {d}");
        output.WriteLine($"Voorstel: {(suggestion.Remove ? "weghalen " : "")}`{suggestion.Text}`");

        SuggestedFix.Applied applied;
        try { applied = SuggestedFix.Apply(site.Root, d, suggestion); }
        catch (FixFailed e) { throw new Xunit.Sdk.XunitException($"{d}\nDe help is niet te volgen: {e.Message}"); }
        output.WriteLine(applied.What);

        var after = Diagnose(site, c.Check);
        string Moved(string p) => p == c.File ? applied.Path : p;
        var had = before.Select(x => (Path: Moved(x.Path), x.Code)).ToHashSet();
        var left = after.Where(x => x.Code == c.Code && x.Path == applied.Path).ToList();
        var added = after.Where(x => !had.Contains((x.Path, x.Code))).ToList();
        Assert.True(left.Count == 0 && added.Count == 0,
            $"{d}\nGevolgd: {applied.What}\nDaarna:\n{string.Join("\n", left.Concat(added))}");
    }

    /// <summary>Every code in the engine is either covered by a case above or listed with the reason its help has no
    /// literal text to write, so a new code cannot slip past this test unseen.</summary>
    [Fact]
    public void EveryCodeIsCoveredOrHasAReasonWhyNot()
    {
        var inSource = CodesInSource();
        var covered = SuggestedFixCases.All.Select(c => c.Code).ToHashSet();
        var unexplained = inSource.Where(code => !covered.Contains(code) && !SuggestedFixCases.NotLiteral.ContainsKey(code)).ToList();
        Assert.True(unexplained.Count == 0, "Zonder geval en zonder reden: " + string.Join(", ", unexplained));
        var stale = SuggestedFixCases.NotLiteral.Keys.Where(k => covered.Contains(k) || !inSource.Contains(k)).ToList();
        Assert.True(stale.Count == 0, "Gedekt of niet meer in de code, maar nog als niet-letterlijk genoemd: " + string.Join(", ", stale));
        output.WriteLine($"{covered.Count} van {inSource.Count} codes gedekt: {string.Join(", ", covered.Order())}");
    }

    private static IReadOnlyList<Diagnostic> Diagnose(FixtureSite site, bool check)
    {
        var result = site.Build();
        if (!check || !result.Succeeded) return result.Diagnostics;
        var bag = new DiagnosticBag();
        bag.AddRange(result.Diagnostics);
        new LinkChecker(site.Root).Check(result, bag);
        var pages = BuiltPages.Parse(result);
        new HtmlQualityChecker(site.Root).Check(pages, bag);
        new PlainLanguageChecker(site.Root, new PlainLanguageSettings()).Check(pages, bag);
        BrandContrast.Check(site.Root, result.Site!.Settings.Brand, bag);
        return bag.Sorted();
    }

    private static HashSet<string> CodesInSource()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Site.sln"))) dir = dir.Parent;
        Assert.NotNull(dir);
        return Directory.EnumerateFiles(Path.Combine(dir.FullName, "src"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => CodeLiteral().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet();
    }

    [GeneratedRegex("\"(TB0[0-9]{3})\"")] private static partial Regex CodeLiteral();
}
