using Thuisbasis.Output;
using Thuisbasis.Pipeline;
using Thuisbasis.Rendering;
using Thuisbasis.Tests.Support;
using Thuisbasis.Model;

namespace Thuisbasis.Tests.Building;

/// <summary>The output generators of a build run side by side; what they make and what goes wrong stay as if they ran in turn.</summary>
public sealed class GeneratorTests
{
    private sealed class Fixed(string path, string text) : IOutputGenerator
    {
        public IEnumerable<OutputFile> Generate(Site site, IReadOnlyList<PageModel> pages)
        {
            Thread.Sleep(20); // finish in a different order from the one they were given in
            yield return OutputFile.Text(path, text, $"(test {path})");
        }
    }

    private sealed class Failing : IOutputGenerator
    {
        public IEnumerable<OutputFile> Generate(Site site, IReadOnlyList<PageModel> pages) =>
            throw new IOException("de schijf is vol");
    }

    [Fact]
    public void FilesOfAllGeneratorsComeInTheOrderOfTheGenerators()
    {
        using var site = new FixtureSite();
        var generators = SiteEngine.DefaultGenerators().Append(new Fixed("a.txt", "A")).Append(new Fixed("b.txt", "B"));

        var result = new SiteEngine(site.Options(), generators).Build();

        Assert.True(result.Succeeded, result.Describe());
        var paths = result.Files.Select(f => f.Path).ToList();
        Assert.Contains("sitemap.xml", paths);
        Assert.Contains("feed.xml", paths);
        Assert.True(paths.IndexOf("sitemap.xml") < paths.IndexOf("a.txt"));
        Assert.Equal(paths.IndexOf("a.txt") + 1, paths.IndexOf("b.txt"));
    }

    [Fact]
    public void AGeneratorThatFailsFailsTheBuildWithItsOwnError()
    {
        using var site = new FixtureSite();
        var engine = new SiteEngine(site.Options(), SiteEngine.DefaultGenerators().Append(new Failing()));

        var error = Assert.Throws<IOException>(() => engine.Build());
        Assert.Equal("de schijf is vol", error.Message);
    }
}
