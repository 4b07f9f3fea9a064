using Thuisbasis.Output;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Hardening;

/// <summary>No value in content or settings makes the build read outside the site root or write outside the output folder.</summary>
public sealed class PathSafetyTests
{
    private static void AssertNothingOutside(FixtureSite site, Pipeline.BuildResult result)
    {
        foreach (var f in result.Files)
        {
            Assert.DoesNotContain("..", f.Path.Split('/'));
            Assert.False(Path.IsPathRooted(f.Path), f.Path);
            Assert.StartsWith(site.Output + Path.DirectorySeparatorChar, OutputWriter.SafeJoin(site.Output, f.Path));
            if (f.CopyFrom is not null && !f.CopyFrom.Contains(Path.Combine("themes", "default")))
                Assert.StartsWith(site.Root + Path.DirectorySeparatorChar, Path.GetFullPath(f.CopyFrom));
        }
    }

    [Fact]
    public void DotDotInFileNamesImagesAndRedirectsStaysInside()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/x..%2F..%2Fevil.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: ../../etc/passwd\n---\nT.\n");
        site.Write("input/stories/b.md",
            "---\ntitle: B\ndate: 2026-01-01\nauthor: anouk-visser\nimage: ../../../etc/passwd\nimage_alt: x\nredirect_from: [/../../../tmp/x.html, '//evil.example/', '/a\\..\\b']\n---\nT.\n");
        site.Write("input/services/c.md", "---\ntitle: C\nsummary: S\nimage: /assets/../../statiq.config\nimage_alt: x\n---\nT.\n");
        site.Write("input/pages/d.md", "---\ntitle: D\nlayout: ../../../etc/passwd\n---\nT.\n");
        var result = site.Build();
        AssertNothingOutside(site, result);
        Assert.Contains(result.Diagnostics, d => d.Code == "TB0106" && d.Path == "input/stories/x..%2F..%2Fevil.md");
        Assert.Equal(3, result.Diagnostics.Count(d => d.Code == "TB0111" && d.Path == "input/stories/b.md"));
        Assert.Contains(result.Diagnostics, d => d.Code == "TB0107" && d.Path == "input/stories/b.md");
        Assert.Contains(result.Diagnostics, d => d.Code == "TB0107" && d.Path == "input/services/c.md");
        Assert.Contains(result.Diagnostics, d => d.Code == "TB0103" && d.Path == "input/pages/d.md");
    }

    [Fact]
    public void SettingsCannotPointThemeOrLogoOutside()
    {
        using var site = new FixtureSite();
        site.Write("statiq.config", "name: T\nurl: https://www.test.example\ntheme: ../../..\nlogo: javascript:alert(1)\nshare_image: ../../etc/passwd\n");
        var result = site.Build();
        Assert.Equal(3, result.Diagnostics.Count(d => d.Code == "TB0302"));
        Assert.DoesNotContain("javascript:", result.AllText());
    }

    [Fact]
    public void SymlinkLeadingOutsideTheSiteIsRefused()
    {
        using var site = new FixtureSite();
        using var outside = new FixtureSite(withDefaults: false);
        outside.Write("secret.md", "---\ntitle: Geheim\n---\nGEHEIM\n");
        outside.WriteBytes("secret.png", [1, 2, 3]);
        Directory.CreateDirectory(Path.Combine(site.Root, "input/assets"));
        File.CreateSymbolicLink(Path.Combine(site.Root, "input/pages/geheim.md"), Path.Combine(outside.Root, "secret.md"));
        File.CreateSymbolicLink(Path.Combine(site.Root, "input/assets/secret.png"), Path.Combine(outside.Root, "secret.png"));
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "input/stories"), outside.Root);
        var result = site.Build();
        Assert.Equal(3, result.Diagnostics.Count(d => d.Code == "TB0004"));
        Assert.DoesNotContain("GEHEIM", result.AllText());
        AssertNothingOutside(site, result);
    }

    /// <summary>
    /// A link to itself, or two links to each other, lead nowhere: an error at each, with the other files of the site
    /// read as always. It was an exception that stopped the build (and a "try again" in the preview that never helped).
    /// </summary>
    [Fact]
    public void ASymlinkThatLeadsToItselfIsAnErrorAtTheLinkNotACrash()
    {
        using var site = new FixtureSite();
        Directory.CreateDirectory(Path.Combine(site.Root, "input/stories"));
        File.CreateSymbolicLink(Path.Combine(site.Root, "input/stories/lus.md"), "lus.md");
        File.CreateSymbolicLink(Path.Combine(site.Root, "input/stories/heen.md"), "terug.md");
        File.CreateSymbolicLink(Path.Combine(site.Root, "input/stories/terug.md"), "heen.md");

        var result = site.Build();

        Assert.False(result.Succeeded);
        var loops = result.Diagnostics.Where(d => d.Code == "TB0004").ToList();
        Assert.Equal(["input/stories/heen.md", "input/stories/lus.md", "input/stories/terug.md"], loops.Select(d => d.Path).Order(StringComparer.Ordinal));
        Assert.All(loops, d => Assert.Contains("leidt nergens heen", d.Message));
        Assert.Equal(["TB0004"], result.Diagnostics.Where(d => d.IsError).Select(d => d.Code).Distinct());
    }

    [Fact]
    public void VeryLongTagsAndFileNamesStillWriteBecauseSlugsAreCapped()
    {
        using var site = new FixtureSite();
        var words = string.Join(' ', Enumerable.Repeat("mantelzorg", 60));
        site.Write($"input/stories/{string.Join('-', Enumerable.Repeat("lang", 50))}.md",
            $"---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\ntags: [\"{words}\"]\n---\nT.\n");
        var result = site.BuildAndWrite();
        Assert.True(result.Succeeded, result.Describe());
        Assert.All(result.Files, f => Assert.All(f.Path.Split('/'), part => Assert.True(part.Length <= Thuisbasis.Content.Slug.MaxLength + 11, part)));
        Assert.True(File.Exists(Path.Combine(site.Output, "onderwerp", Thuisbasis.Content.Slug.From(words), "index.html")));
    }

    [Theory]
    [InlineData("../x.html")]
    [InlineData("a/../../x.html")]
    [InlineData("/etc/passwd")]
    [InlineData("a\0b")]
    public void SafeJoinRefusesPathsOutsideTheOutput(string relative)
    {
        using var site = new FixtureSite(withDefaults: false);
        Assert.Throws<InvalidOperationException>(() => OutputWriter.SafeJoin(site.Output, relative));
    }
}
