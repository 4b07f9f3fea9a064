using Tomlyn;
using Tomlyn.Model;
using Thuisbasis.Tests.Building;
using YamlDotNet.RepresentationModel;

namespace Thuisbasis.Tests.Hosting;

public sealed class NetlifyConfigTests
{
    private static readonly string Root = SampleSiteTests.RepositoryRoot();

    private static TomlTable NetlifyToml() => TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(Path.Combine(Root, "netlify.toml")))!;

    private static string Command(TomlTable toml, string context) =>
        (string)((TomlTable)((TomlTable)toml["context"])[context])["command"];

    [Fact]
    public void NetlifyTomlParsesAndPublishesTheOutputFolder()
    {
        var build = (TomlTable)NetlifyToml()["build"];
        Assert.Equal("output", build["publish"]);
        Assert.Matches(@"^\d+\.\d+\.\d+$", (string)((TomlTable)build["environment"])["DOTNET_SDK_VERSION"]);
    }

    [Fact]
    public void ProductionBuildsThePublishedSiteWithItsOwnUrl()
    {
        var command = Command(NetlifyToml(), "production");
        Assert.Contains("--context production", command);
        Assert.DoesNotContain("--drafts", command);
        Assert.DoesNotContain("--base-url", command);
    }

    [Theory]
    [InlineData("deploy-preview")]
    [InlineData("branch-deploy")]
    public void PreviewContextsBuildDraftsOnTheirOwnAddress(string context)
    {
        var command = Command(NetlifyToml(), context);
        Assert.Contains($"--context {context}", command);
        Assert.Contains("--drafts", command);
        Assert.Contains("--base-url \"$DEPLOY_PRIME_URL\"", command);
    }

    [Fact]
    public void TheBuildScriptInstallsThePinnedSdkWithMicrosoftsScriptOnlyWhenDotnetIsMissing()
    {
        var build = (TomlTable)NetlifyToml()["build"];
        var script = ((string)build["command"]).Split(' ')[1];
        var text = File.ReadAllText(Path.Combine(Root, script));
        Assert.Contains("https://dot.net/v1/dotnet-install.sh", text);
        Assert.Contains("--version \"$SDK_VERSION\"", text);
        Assert.Contains("DOTNET_SDK_VERSION", text);
        Assert.Contains("if ! has_sdk dotnet", text);
        Assert.Contains("-- build \"$@\"", text);
    }

    private static YamlMappingNode Workflow(string name)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(Root, ".github/workflows", name))));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    [Fact]
    public void TheNightlyWorkflowCallsTheBuildHookFromTheSecretTheReadmeNames()
    {
        var workflow = Workflow("dagelijks-bouwen.yml");
        var on = (YamlMappingNode)workflow["on"];
        var cron = ((YamlScalarNode)((YamlMappingNode)((YamlSequenceNode)on["schedule"])[0])["cron"]).Value!;
        Assert.Equal(5, cron.Split(' ').Length);
        Assert.EndsWith("* * *", cron);
        var text = File.ReadAllText(Path.Combine(Root, ".github/workflows/dagelijks-bouwen.yml"));
        Assert.Contains("secrets.NETLIFY_BUILD_HOOK", text);
        Assert.Contains("--request POST", text);
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        Assert.Contains("## Online zetten", readme);
        Assert.Contains("`NETLIFY_BUILD_HOOK`", readme[readme.IndexOf("## Online zetten", StringComparison.Ordinal)..]);
        // A site on GitHub Pages rebuilds there each night: its nightly Netlify job does not run to warn of a missing hook.
        var pages = ((YamlScalarNode)((YamlMappingNode)Workflow("github-pages.yml")["jobs"]["build"])["if"]).Value;
        var hook = ((YamlScalarNode)((YamlMappingNode)workflow["jobs"]["build-hook"])["if"]).Value;
        Assert.Equal("vars.PUBLISH_TO_GITHUB_PAGES == 'true'", pages);
        Assert.Equal("vars.PUBLISH_TO_GITHUB_PAGES != 'true'", hook);
    }

    [Fact]
    public void TheGitHubPagesWorkflowBuildsAndDeploysTheOutputFolder()
    {
        var workflow = Workflow("github-pages.yml");
        var jobs = (YamlMappingNode)workflow["jobs"];
        var steps = (YamlSequenceNode)((YamlMappingNode)jobs["build"])["steps"];
        var text = string.Join("\n", steps.Children.Select(s => s.ToString()));
        Assert.Contains("-- build", text);
        Assert.Contains("actions/upload-pages-artifact", text);
        Assert.Contains("output", text);
        Assert.Contains("actions/deploy-pages", ((YamlMappingNode)jobs["deploy"]).ToString());
    }
    /// <summary>
    /// Without a domain of its own a GitHub Pages site lives under <c>/repository/</c>, where every address of the site
    /// (<c>/assets/…</c>, the menu, the 404 page's links) misses. Both workflows, this repository's and the one new
    /// sites get, stop with a message before publishing such a broken site. The guard's script is run here as the
    /// runner would, with the base path that <c>actions/configure-pages</c> reports.
    /// </summary>
    [Theory]
    [InlineData(".github/workflows/github-pages.yml")]
    [InlineData("src/Thuisbasis.Templates/site/.github/workflows/github-pages.yml")]
    public void TheGitHubPagesWorkflowStopsBeforePublishingUnderASubfolder(string path)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(Root, path))));
        var steps = ((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["jobs"])["build"])["steps"])
            .Children.Cast<YamlMappingNode>().ToList();
        string? Get(YamlMappingNode step, string key) => step.Children.TryGetValue(key, out var v) ? ((YamlScalarNode)v).Value : null;
        var configure = steps.FindIndex(s => Get(s, "uses")?.StartsWith("actions/configure-pages@", StringComparison.Ordinal) == true);
        Assert.Equal("pages", Get(steps[configure], "id"));
        var guard = steps.FindIndex(s => s.Children.TryGetValue("env", out var env) &&
            ((YamlMappingNode)env).Children.Values.Any(v => ((YamlScalarNode)v).Value == "${{ steps.pages.outputs.base_path }}"));
        var upload = steps.FindIndex(s => Get(s, "uses")?.StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal) == true);
        Assert.True(configure < guard && guard < upload, $"configure {configure}, guard {guard}, upload {upload}");
        var variable = ((YamlMappingNode)steps[guard]["env"]).Children.Single(kv => ((YamlScalarNode)kv.Value).Value!.Contains("base_path")).Key.ToString();

        (int Code, string Output) Run(string basePath)
        {
            var start = new System.Diagnostics.ProcessStartInfo("bash", ["-e", "-c", Get(steps[guard], "run")!]) { RedirectStandardOutput = true, RedirectStandardError = true };
            start.Environment[variable] = basePath;
            using var process = System.Diagnostics.Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output);
        }
        Assert.Equal(0, Run("").Code);
        var (code, message) = Run("/buurtkracht-site");
        Assert.NotEqual(0, code);
        Assert.Contains("::error", message);
        Assert.Contains("eigen domeinnaam", message);
    }
}
