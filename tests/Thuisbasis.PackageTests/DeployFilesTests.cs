using System.Text.RegularExpressions;
using Tomlyn;
using Tomlyn.Model;
using YamlDotNet.RepresentationModel;

namespace Thuisbasis.PackageTests;

/// <summary>
/// The template site's deploys: netlify.toml and the GitHub workflows parse, and every command they run exists and
/// works in the site: the deploy script, `dotnet tool restore` and `dotnet thuisbasis …`. None of them compiles the engine.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed partial class DeployFilesTests(PackageFeed feed)
{
    [Fact]
    public void NetlifyTomlParsesAndEveryContextsCommandBuildsTheSiteWithTheRestoredTool()
    {
        var site = feed.DefaultSite;
        var toml = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(Path.Combine(site, "netlify.toml")))!;
        var build = (TomlTable)toml["build"];
        Assert.Equal("output", build["publish"]);
        var commands = new List<string> { (string)build["command"] };
        commands.AddRange(((TomlTable)toml["context"]).Values.Select(c => (string)((TomlTable)c)["command"]));
        Assert.Equal(4, commands.Count);

        var environment = new Dictionary<string, string>(feed.Variables) { ["DEPLOY_PRIME_URL"] = "https://deploy-preview-7--buurtkracht.netlify.app" };
        foreach (var (command, i) in commands.Select((c, i) => (c, i)))
        {
            var words = ShellWords(command.Replace("$DEPLOY_PRIME_URL", environment["DEPLOY_PRIME_URL"]));
            Assert.Equal("bash", words[0]);
            Assert.True(File.Exists(Path.Combine(site, words[1])), $"{words[1]} is not in the site");
            var output = Path.Combine(feed.Work, "netlify-" + i);
            var run = Tools.Run("bash", [.. words.Skip(1), "--date", TemplateSiteTests.Today, "--output", output], site, environment);
            Assert.True(run.Code == 0, $"{command}:\n{run.Text}");
            Assert.True(File.Exists(Path.Combine(output, "index.html")), run.Text);
        }
        var script = File.ReadAllText(Path.Combine(site, "deploy", "netlify-build.sh"));
        Assert.Contains("dotnet tool restore", script);
        Assert.Matches(@"(?m)^dotnet thuisbasis build ""\$@""$", script);
        AssertNeverCompiles(script);
    }

    [Fact]
    public void TheWorkflowsParseAndTheirDotnetCommandsExistInTheSite()
    {
        var site = feed.DefaultSite;
        var folder = Path.Combine(site, ".github", "workflows");
        var workflows = Directory.GetFiles(folder, "*.yml").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["dagelijks-bouwen.yml", "github-pages.yml"], workflows.Select(Path.GetFileName));
        var ran = 0;
        foreach (var file in workflows)
        {
            var root = TemplateSiteTests.Yaml(file);
            var on = (YamlMappingNode)root.Children[new YamlScalarNode("on")];
            Assert.True(on.Children.ContainsKey(new YamlScalarNode("schedule")), $"{file} does not run every day");
            foreach (var job in ((YamlMappingNode)root.Children[new YamlScalarNode("jobs")]).Children.Values.Cast<YamlMappingNode>())
            {
                if (!job.Children.TryGetValue(new YamlScalarNode("steps"), out var steps)) continue;
                foreach (var step in ((YamlSequenceNode)steps).Children.Cast<YamlMappingNode>())
                {
                    if (!step.Children.TryGetValue(new YamlScalarNode("run"), out var run)) continue;
                    var text = ((YamlScalarNode)run).Value!;
                    AssertNeverCompiles(text);
                    foreach (var line in text.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("dotnet ", StringComparison.Ordinal)))
                    {
                        List<string> words = [.. ShellWords(line).Skip(1)];
                        if (words is ["thuisbasis", "build", ..]) words.AddRange(["--date", TemplateSiteTests.Today, "--output", Path.Combine(feed.Work, "pages-" + ran)]);
                        var result = feed.Dotnet(site, [.. words]);
                        Assert.True(result.Code == 0, $"{Path.GetFileName(file)}: {line}\n{result.Text}");
                        ran++;
                    }
                }
            }
        }
        Assert.Equal(2, ran); // dotnet tool restore, dotnet thuisbasis build
        // The tool is kept between runs in actions/cache, keyed on the manifest that holds its version.
        Assert.Contains("hashFiles('.config/dotnet-tools.json')", File.ReadAllText(Path.Combine(folder, "github-pages.yml")));
    }

    private static void AssertNeverCompiles(string commands) =>
        Assert.DoesNotMatch(@"dotnet (run|build|publish|msbuild)\b", commands);

    /// <summary>Splits a command line as a POSIX shell would for plain words and double-quoted ones.</summary>
    private static List<string> ShellWords(string command) =>
        Word().Matches(command).Select(m => m.Groups[1].Success ? m.Groups[1].Value.Replace("\\\"", "\"") : m.Groups[2].Value).ToList();

    [GeneratedRegex(@"""((?:[^""\\]|\\.)*)""|(\S+)")]
    private static partial Regex Word();
}
