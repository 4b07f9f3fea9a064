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
        Assert.Matches(@"(?m)^bash thuisbasis.sh build ""\$@""$", script);
        AssertNeverCompiles(script);
        AssertNeverCompiles(File.ReadAllText(Path.Combine(site, "thuisbasis.sh")));
    }

    [Fact]
    public void OnNetlifyTheProgramAndTheProcessedImagesStayInTheCacheFolderSoTheNextDeployFetchesAndPaintsNothing()
    {
        var cache = Path.Combine(feed.Work, "netlify-cache");
        var environment = new Dictionary<string, string>(feed.Variables) { ["NETLIFY"] = "true", ["NETLIFY_CACHE_DIR"] = cache };
        var images = Path.Combine(cache, "thuisbasis", "beelden");

        // The first deploy: a fresh site fetches the program and paints every share card and photo variant.
        var first = feed.NewSite("netlify-eerste");
        var run = Tools.Run("bash", ["deploy/netlify-build.sh", "--context", "production", "--date", TemplateSiteTests.Today], first, environment);
        Assert.True(run.Code == 0, run.Text);
        Assert.Contains("wordt opgehaald", run.Text);
        Assert.True(File.Exists(Path.Combine(cache, "thuisbasis", "programma", feed.Current, "thuisbasis")), run.Text);
        Assert.False(Path.Exists(Path.Combine(first, ".thuisbasis", "programma")), "the program was put in the site, not in the cache folder");
        Assert.False(Path.Exists(Path.Combine(first, ".thuisbasis", "cache")), "the processed images were left in the site, not in the cache folder");
        var painted = Painted(images);
        Assert.Contains(painted.Keys, f => f.EndsWith(".png", StringComparison.Ordinal));
        Assert.Contains(painted.Keys, f => f.EndsWith(".webp", StringComparison.Ordinal));

        // The next deploy, from another fresh checkout: nothing fetched, nothing painted again, the same site.
        var second = feed.NewSite("netlify-tweede");
        run = Tools.Run("bash", ["deploy/netlify-build.sh", "--context", "production", "--date", TemplateSiteTests.Today], second, environment);
        Assert.True(run.Code == 0, run.Text);
        Assert.DoesNotContain("wordt opgehaald", run.Text);
        Assert.Equal(painted, Painted(images));
        Tools.SameTree(Path.Combine(first, "output"), Path.Combine(second, "output"), "two deploys of the same site");

        static Dictionary<string, DateTime> Painted(string folder) => Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.GetLastWriteTimeUtc);
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
                    foreach (var line in text.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("dotnet ", StringComparison.Ordinal) || l.StartsWith("bash ", StringComparison.Ordinal)))
                    {
                        var words = ShellWords(line);
                        if (words is [_, "thuisbasis.sh", "build", ..]) words.AddRange(["--date", TemplateSiteTests.Today, "--output", Path.Combine(feed.Work, "pages-" + ran)]);
                        var result = words[0] == "dotnet" ? feed.Dotnet(site, [.. words.Skip(1)]) : Tools.Run("bash", words.Skip(1), site, feed.Variables);
                        Assert.True(result.Code == 0, $"{Path.GetFileName(file)}: {line}\n{result.Text}");
                        Assert.True(File.Exists(Path.Combine(feed.Work, "pages-" + ran, "index.html")), $"{line} built no site:\n{result.Text}");
                        ran++;
                    }
                }
            }
        }
        Assert.Equal(1, ran); // bash thuisbasis.sh build
        // Kept between runs in actions/cache: the program, keyed on the manifest that holds its version, and the
        // processed images, saved anew after every run and restored from the newest.
        var caches = CacheSteps(TemplateSiteTests.Yaml(Path.Combine(folder, "github-pages.yml")));
        Assert.Equal("thuisbasis-programma-${{ runner.os }}-${{ hashFiles('.config/dotnet-tools.json') }}", caches[".thuisbasis/programma"].Key);
        Assert.Null(caches[".thuisbasis/programma"].RestoreKeys);
        Assert.Equal("thuisbasis-beelden-${{ runner.os }}-${{ github.run_id }}", caches[".thuisbasis/cache"].Key);
        Assert.Equal("thuisbasis-beelden-${{ runner.os }}-", caches[".thuisbasis/cache"].RestoreKeys);
        // npm ci fetches Pagefind anew on every run unless setup-node keeps npm's cache, keyed on the lock file the site has.
        var node = Steps(TemplateSiteTests.Yaml(Path.Combine(folder, "github-pages.yml")))
            .Single(s => TemplateSiteTests.Scalar(s, "uses")?.StartsWith("actions/setup-node@", StringComparison.Ordinal) == true);
        Assert.Equal("npm", TemplateSiteTests.Scalar((YamlMappingNode)node.Children[new YamlScalarNode("with")], "cache"));
        Assert.True(File.Exists(Path.Combine(site, "package-lock.json")));
    }

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode workflow) =>
        ((YamlMappingNode)workflow.Children[new YamlScalarNode("jobs")]).Children.Values.Cast<YamlMappingNode>()
            .SelectMany(job => ((YamlSequenceNode)job.Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>());

    private static Dictionary<string, (string Key, string? RestoreKeys)> CacheSteps(YamlMappingNode workflow)
    {
        var caches = new Dictionary<string, (string, string?)>();
        foreach (var step in Steps(workflow))
        {
            if (TemplateSiteTests.Scalar(step, "uses") is not { } uses || !uses.StartsWith("actions/cache@", StringComparison.Ordinal)) continue;
            var with = (YamlMappingNode)step.Children[new YamlScalarNode("with")];
            caches[TemplateSiteTests.Scalar(with, "path")!] = (TemplateSiteTests.Scalar(with, "key")!, TemplateSiteTests.Scalar(with, "restore-keys"));
        }
        return caches;
    }

    private static void AssertNeverCompiles(string commands) =>
        Assert.DoesNotMatch(@"dotnet (run|build|publish|msbuild)\b", commands);

    /// <summary>Splits a command line as a POSIX shell would for plain words and double-quoted ones.</summary>
    private static List<string> ShellWords(string command) =>
        Word().Matches(command).Select(m => m.Groups[1].Success ? m.Groups[1].Value.Replace("\\\"", "\"") : m.Groups[2].Value).ToList();

    [GeneratedRegex(@"""((?:[^""\\]|\\.)*)""|(\S+)")]
    private static partial Regex Word();
}
