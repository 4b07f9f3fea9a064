using System.Text.RegularExpressions;
using Thuisbasis.Tests.Building;

namespace Thuisbasis.Tests.Template;

/// <summary>The Dutch README a new site gets is all its comms team reads: what it says to type has to work in a fresh clone.</summary>
public sealed partial class TemplateReadmeTests
{
    private static readonly string Root = SampleSiteTests.RepositoryRoot();
    private static readonly string Readme = File.ReadAllText(Path.Combine(Root, "src", "Thuisbasis.Templates", "site", "README.md"));

    [Fact]
    public void TheSampleSearchesSoTheReadmeSaysToInstallPagefindBeforeItsFirstBuildCommand()
    {
        // Without Pagefind every build of a site with `search: true` stops with TB0340; Netlify and the workflow run npm ci themselves.
        Assert.Matches(@"(?m)^search: true", File.ReadAllText(Path.Combine(Root, "statiq.config")));
        var firstBuild = BuildCommand().Match(Readme);
        Assert.True(firstBuild.Success, "the README names no build command");
        var npm = Readme.IndexOf("`npm ci`", StringComparison.Ordinal);
        Assert.True(npm >= 0 && npm < firstBuild.Index, "the README tells to build before it tells to install Pagefind with `npm ci`");
        Assert.Contains("Node.js", Readme[..firstBuild.Index]);
    }

    [Fact]
    public void TheReadmeNamesEveryKindOfFileTheNewCommandMakes()
    {
        var line = Readme.Split('\n').Single(l => l.Contains("-- new story", StringComparison.Ordinal));
        foreach (var kind in new[] { "story", "vacancy", "testimonial", "service", "person", "activity" })
            Assert.Contains($"`{kind}`", line.Replace("new story", "`story`"));
    }

    [Fact]
    public async Task EveryCommandTheReadmeNamesIsOneTheSiteHostKnows()
    {
        var commands = Regex.Matches(Readme, @"(?:dotnet run --|thuisbasis\.sh|dotnet thuisbasis) ([a-z]+)").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Contains("override", commands);
        foreach (var command in commands)
        {
            var stdout = new StringWriter();
            var code = await Thuisbasis.Cli.SiteHost.RunAsync([command, "--help"], stdout, new StringWriter());
            Assert.True(code == 0 && stdout.ToString().Contains(command, StringComparison.Ordinal), $"the README names `{command}`, which the site host does not know");
        }
    }

    [GeneratedRegex(@"(dotnet run -- build|thuisbasis\.sh build|dotnet thuisbasis build)")]
    private static partial Regex BuildCommand();
}
