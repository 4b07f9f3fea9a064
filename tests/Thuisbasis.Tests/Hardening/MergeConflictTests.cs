using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Hardening;

/// <summary>
/// A <c>git merge</c> (or pull, or stash pop) that could not join two versions of a file leaves both in it, between
/// <c>&lt;&lt;&lt;&lt;&lt;&lt;&lt;</c>, <c>=======</c> and <c>&gt;&gt;&gt;&gt;&gt;&gt;&gt;</c> lines. The writer hears that
/// at the conflict's first line, with what to do, and never a YAML message about a missing colon.
/// </summary>
public sealed class MergeConflictTests
{
    private const string Story = "input/stories/a.md";

    private static List<Diagnostics.Diagnostic> ProblemsIn(string path, string text)
    {
        using var site = new FixtureSite();
        site.Write(path, text);
        var result = site.Build();
        Assert.False(result.Succeeded, "a file with a merge conflict must stop the build: " + result.Describe());
        return result.Diagnostics.Where(d => d.Path == path).ToList();
    }

    private static void AssertConflictAt(Diagnostics.Diagnostic d, int line)
    {
        Assert.Equal(("TB0112", Diagnostics.Severity.Error, line, 1), (d.Code, d.Severity, d.Line, d.Column));
        Assert.Contains("Git", d.Message);
        Assert.Contains("`<<<<<<<`", d.Help);
        Assert.Contains("`>>>>>>>`", d.Help);
        Assert.DoesNotContain("dubbele punt", d.Message + d.Help);
    }

    [Fact]
    public void AConflictInTheFrontMatterIsNamedAtItsFirstLine()
    {
        var problems = ProblemsIn(Story,
            "---\n<<<<<<< HEAD\ntitle: Van main\n=======\ntitle: Van de tak\n>>>>>>> botsing\ndate: 2026-01-01\nauthor: anouk-visser\n---\nTekst.\n");
        AssertConflictAt(Assert.Single(problems), 2);
        Assert.Contains("`botsing`", problems[0].Message);
    }

    [Fact]
    public void AConflictInTheTextIsNamedAtItsLineAndNotPublished()
    {
        var problems = ProblemsIn(Story,
            "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\n---\nEerste zin.\n\n<<<<<<< HEAD\nVan main.\n=======\nVan de tak.\n>>>>>>> 3f2a9c1 (Tekst)\n\nSlot.\n");
        AssertConflictAt(Assert.Single(problems), 8);
    }

    [Fact]
    public void AConflictInAnOverriddenLayoutIsNamedAtItsLine()
    {
        // Inside {{ }}, Scriban stopped with TB0400 about its own language; outside, the marker lines were published.
        var problems = ProblemsIn("overrides/layouts/page.sbn-html",
            "{{ if page.title }}\n<<<<<<< HEAD\n<p>{{ page.title }}</p>\n=======\n<p class=\"titel\">{{ page.title }}</p>\n>>>>>>> botsing\n{{ end }}\n");
        AssertConflictAt(Assert.Single(problems), 2);
    }

    [Fact]
    public void AConflictInAnOverriddenPartialIsNamedAtItsLineAndNotPublished()
    {
        // Outside {{ }}, Scriban took the marker lines as text and every page showed both versions.
        using var site = new FixtureSite();
        site.Write("overrides/partials/footer.sbn-html", "<footer>\n<<<<<<< HEAD\n<p>Van main</p>\n=======\n<p>Van de tak</p>\n>>>>>>> botsing\n</footer>\n");
        var result = site.Build();
        Assert.False(result.Succeeded, "a partial with a merge conflict must stop the build: " + result.Describe());
        // A partial's problem is told on each page that includes it, naming the partial's own line.
        Assert.All(result.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error), d =>
        {
            Assert.Contains("overrides/partials/footer.sbn-html(2,1): error TB0112", d.Message);
            Assert.Contains("Git kon hier twee versies niet samenvoegen", d.Message);
        });
    }

    [Fact]
    public void EveryConflictInAFileIsNamedOnce()
    {
        var problems = ProblemsIn(Story,
            "---\n<<<<<<< HEAD\ntitle: Van main\n=======\ntitle: Van de tak\n>>>>>>> botsing\ndate: 2026-01-01\nauthor: anouk-visser\n---\n" +
            "<<<<<<< HEAD\nVan main.\n||||||| basis\nOud.\n=======\nVan de tak.\n>>>>>>> botsing\n");
        Assert.Equal([2, 10], problems.Select(d => d.Line));
        Assert.All(problems, d => Assert.Equal("TB0112", d.Code));
    }

    [Fact]
    public void AConflictInTheSettingsIsNamedAtItsLine()
    {
        var settings = AnalyticsSites.BaseConfig + "\n<<<<<<< Updated upstream\ntagline: Een\n=======\ntagline: Twee\n>>>>>>> Stashed changes\n";
        var line = settings.Split('\n').ToList().FindIndex(l => l.StartsWith("<<<<<<<", StringComparison.Ordinal)) + 1;
        AssertConflictAt(Assert.Single(ProblemsIn("statiq.config", settings)), line);
    }

    [Fact]
    public void AConflictInADataFileIsNamedAtItsLine()
    {
        AssertConflictAt(Assert.Single(ProblemsIn("input/data/buurt.yml", "wijken:\n<<<<<<< HEAD\n  - Oost\n=======\n  - West\n>>>>>>> tak\n")), 2);
    }

    [Theory]
    [InlineData("\r\n")] // Git on Windows (core.autocrlf)
    [InlineData("\r")]
    public void AConflictIsNamedAtItsLineWhateverTheLineEndings(string newline)
    {
        var text = "wijken:\n<<<<<<< HEAD\n  - Oost\n=======\n  - West\n>>>>>>> tak\n".Replace("\n", newline);
        AssertConflictAt(Assert.Single(ProblemsIn("input/data/buurt.yml", text)), 2);
        AssertConflictAt(Assert.Single(ProblemsIn("overrides/layouts/page.sbn-html", "<p>{{ page.title }}</p>\n<<<<<<< HEAD\na\n=======\nb\n>>>>>>> tak\n".Replace("\n", newline))), 2);
    }

    [Fact]
    public void EqualsSignsUnderAHeadingAreNoConflict()
    {
        using var site = new FixtureSite();
        site.Write(Story, "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\n---\nKop\n=======\n\nTekst met >>>>>>> pijlen.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.DoesNotContain("TB0112", result.Codes());
    }

    /// <summary>Half mended: the `>>>>>>>` line taken away, `<<<<<<< HEAD` left; it read as a missing colon (TB0100).</summary>
    [Fact]
    public void AMarkLeftAfterAConflictWasHalfMendedIsNamed()
    {
        var problems = ProblemsIn(Story, "---\n<<<<<<< HEAD\ntitle: Van main\n=======\ndate: 2026-01-01\nauthor: anouk-visser\n---\nTekst.\n");
        var d = Assert.Single(problems);
        Assert.Equal(("TB0112", 2, 1), (d.Code, d.Line, d.Column));
        Assert.Contains("`<<<<<<< HEAD`", d.Message);
    }

    /// <summary>
    /// Style sheets, scripts and SVGs are published as they are: with Git's marks in `site.css` a browser drops the rule
    /// they stand in (every brand colour), silently. TB0112 for them too, and for an SVG instead of TB0132's "export again".
    /// </summary>
    [Theory]
    [InlineData("overrides/assets/css/site.css", "/* mijn css */", "/* van de collega */")]
    [InlineData("input/assets/extra.js", "const a = 1;", "const a = 2;")]
    [InlineData("input/assets/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/></svg>", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")]
    public void AConflictInAFilePublishedAsItIsStopsTheBuild(string path, string ours, string theirs)
    {
        var problems = ProblemsIn(path, $"<<<<<<< HEAD\n{ours}\n=======\n{theirs}\n>>>>>>> 9b09e0c\n:root {{ }}\n");
        AssertConflictAt(Assert.Single(problems), 1);
    }
}
