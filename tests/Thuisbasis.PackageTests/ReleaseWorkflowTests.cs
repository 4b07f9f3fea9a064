using YamlDotNet.RepresentationModel;

namespace Thuisbasis.PackageTests;

/// <summary>
/// The release workflow (<c>.github/workflows/release.yml</c>) and the script it runs on each system (<c>.ci/pack</c>):
/// the workflow parses, packs a native program on each system the pointer package names and no other, checks the
/// version before packing, and pushes only from a tag or when asked, with a short-lived key. Its scripts are run here
/// as the runner runs them. (Packing itself is what the package tests and NativeBuildTests do; the full release run
/// of .ci/pack for linux-x64 is measured in the note of the change that added it.)
/// </summary>
public sealed class ReleaseWorkflowTests
{
    private static readonly string Root = Tools.RepositoryRoot();

    private static YamlMappingNode Workflow()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(Root, ".github", "workflows", "release.yml"))));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static YamlMappingNode Job(string name) => (YamlMappingNode)((YamlMappingNode)Workflow()["jobs"])[name];

    private static List<YamlMappingNode> Steps(string job) =>
        ((YamlSequenceNode)Job(job)["steps"]).Children.Cast<YamlMappingNode>().ToList();

    private static string? Get(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(key, out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    private static string NativeRids() => Get((YamlMappingNode)Workflow()["env"], "THUISBASIS_NATIVE_RIDS")!;

    [Fact]
    public void ATagOrAHandStartsItAndByHandItPushesNothingUnlessAsked()
    {
        var on = (YamlMappingNode)Workflow()["on"];
        var tags = (YamlSequenceNode)((YamlMappingNode)on["push"])["tags"];
        Assert.Equal(new[] { "v*" }, tags.Children.Select(t => ((YamlScalarNode)t).Value));
        var publish = (YamlMappingNode)((YamlMappingNode)((YamlMappingNode)on["workflow_dispatch"])["inputs"])["publish"];
        Assert.Equal("boolean", Get(publish, "type"));
        Assert.Equal("false", Get(publish, "default"));

        var steps = Steps("publish");
        var login = steps.FindIndex(s => Get(s, "uses")?.StartsWith("NuGet/login@", StringComparison.Ordinal) == true);
        var push = steps.FindIndex(s => Get(s, "run")?.Contains("dotnet nuget push", StringComparison.Ordinal) == true);
        var install = steps.FindIndex(s => Get(s, "run")?.Contains("dotnet tool install thuisbasis", StringComparison.Ordinal) == true);
        Assert.True(install >= 0 && install < login && login < push, $"install {install}, login {login}, push {push}");
        Assert.Equal("github.ref_type == 'tag' || inputs.publish", Get(steps[login], "if"));
        Assert.Equal(Get(steps[login], "if"), Get(steps[push], "if"));
        Assert.Equal("${{ steps.login.outputs.NUGET_API_KEY }}", Get((YamlMappingNode)steps[push]["env"], "NUGET_API_KEY"));
        Assert.Equal("login", Get(steps[login], "id"));
        // The install proves the pointer package sends linux-x64 to the native program, not to the `any` launcher.
        Assert.Contains("readlink tool/thuisbasis | grep -q \"thuisbasis.linux-x64/\"", Get(steps[install], "run"));
        Assert.DoesNotContain("secrets.NUGET_API_KEY", File.ReadAllText(Path.Combine(Root, ".github", "workflows", "release.yml")));
    }

    [Fact]
    public void OnlyThePushingJobMayAskForAnIdentityTokenAndItWaitsForEveryPackage()
    {
        var top = (YamlMappingNode)Workflow()["permissions"];
        Assert.Equal("read", Get(top, "contents"));
        Assert.False(top.Children.ContainsKey("id-token"));
        var jobs = (YamlMappingNode)Workflow()["jobs"];
        foreach (var (name, job) in jobs.Children.Select(kv => (((YamlScalarNode)kv.Key).Value!, (YamlMappingNode)kv.Value)))
        {
            var writes = job.Children.TryGetValue("permissions", out var p) && Get((YamlMappingNode)p, "id-token") == "write";
            Assert.True(writes == (name == "publish"), $"job {name}: id-token write is {writes}");
        }
        var needs = ((YamlSequenceNode)Job("publish")["needs"]).Children.Select(n => ((YamlScalarNode)n).Value).ToHashSet();
        Assert.Superset(new HashSet<string?> { "native", "packages", "version" }, needs);
        Assert.Equal("nuget", Get(Job("publish"), "environment"));
        foreach (var uses in jobs.Children.Values.Cast<YamlMappingNode>().SelectMany(j => ((YamlSequenceNode)j["steps"]).Children)
                     .Cast<YamlMappingNode>().Select(s => Get(s, "uses")).OfType<string>())
            Assert.Matches(@"^[\w.-]+/[\w.-]+@v\d+$", uses);
    }

    /// <summary>
    /// The pointer package sends a platform to its native program only when a release packs one for it: the matrix,
    /// the list the workflow passes to every pack, and the tool's project evaluated with that list agree.
    /// </summary>
    [Fact]
    public void EveryPlatformThePointerPackageNamesGetsItsNativeProgramPackedOnItsOwnSystem()
    {
        var matrix = ((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)Job("native")["strategy"])["matrix"])["include"])
            .Children.Cast<YamlMappingNode>().Select(m => (Rid: Get(m, "rid")!, Os: Get(m, "os")!)).ToList();
        var rids = NativeRids().Split(',');
        Assert.Equal(rids.Order(), matrix.Select(m => m.Rid).Order());
        Assert.Equal(new[] { "linux-x64", "osx-arm64", "win-x64" }, rids.Order());
        foreach (var (rid, os) in matrix)
        {
            var system = rid.Split('-')[0] switch { "linux" => "ubuntu-", "osx" => "macos-", "win" => "windows-", var x => x };
            Assert.StartsWith(system, os);
        }
        Assert.Equal("ubuntu-22.04", matrix.Single(m => m.Rid == "linux-x64").Os);
        Assert.Equal("bash .ci/pack native ${{ matrix.rid }} feed", Steps("native").Select(s => Get(s, "run")).OfType<string>().Single());
        Assert.Equal("bash .ci/pack rest feed", Steps("packages").Select(s => Get(s, "run")).OfType<string>().Single());

        // The platforms the pointer package will name: the SDK's own list, made from the project as a pack makes it
        // (not the property's text alone: a `;` made by a property function stays one item unless it is unescaped).
        string[] Named(params string[] properties)
        {
            var obj = Path.Combine(Path.GetTempPath(), "tb-rids-" + Guid.NewGuid().ToString("N")[..8]) + Path.DirectorySeparatorChar;
            try
            {
                var run = Tools.Run(Tools.DotnetHost(), ["msbuild", Path.Combine(Root, "src", "Thuisbasis.Tool", "Thuisbasis.Tool.csproj"),
                    "-t:_GenerateToolsSettingsFileInputCache", "-getItem:_ToolPackageRuntimeIdentifier", $"-p:IntermediateOutputPath={obj}",
                    "-nologo", .. properties], Root);
                Assert.True(run.Code == 0, run.Text);
                using var json = System.Text.Json.JsonDocument.Parse(run.Text);
                return json.RootElement.GetProperty("Items").GetProperty("_ToolPackageRuntimeIdentifier").EnumerateArray()
                    .Select(i => i.GetProperty("Identity").GetString()!).ToArray();
            }
            finally { if (Directory.Exists(obj)) Directory.Delete(obj, recursive: true); }
        }
        // As .ci/pack passes the list: on MSBuild's command line a comma separates properties.
        Assert.Equal(rids.Append("any").ToArray(), Named($"-p:ThuisbasisNativeRids={NativeRids().Replace(",", "%2C")}"));
        Assert.Equal(new[] { "linux-x64", "any" }, Named()); // a pack on one Linux machine, as the README's "Packing a release"
    }

    /// <summary>The version job's script, run as the runner runs it: a tag must name the version the packages get.</summary>
    [Fact]
    public void AReleaseWhoseTagDiffersFromTheVersionStopsBeforeAnythingIsPacked()
    {
        var version = Tools.Run("bash", [".ci/pack", "version"], Root);
        Assert.Equal(0, version.Code);
        var props = File.ReadAllText(Path.Combine(Root, "src", "Directory.Build.props"));
        Assert.Contains($"<VersionPrefix>{version.Text.Trim()}</VersionPrefix>", props);
        Assert.Equal("7.7.7-rc.1", Tools.Run("bash", [".ci/pack", "version"], Root, new Dictionary<string, string> { ["RELEASE_VERSION"] = "7.7.7-rc.1" }).Text.Trim());

        var script = Steps("version").Select(s => Get(s, "run")).OfType<string>().Single();
        (int Code, string Text, string Output) Run(string refType, string refName)
        {
            var output = Path.GetTempFileName();
            try
            {
                var run = Tools.Run("bash", ["-e", "-c", script], Root, new Dictionary<string, string>
                {
                    ["GITHUB_REF_TYPE"] = refType, ["GITHUB_REF_NAME"] = refName, ["GITHUB_OUTPUT"] = output,
                });
                return (run.Code, run.Text, File.ReadAllText(output));
            }
            finally { File.Delete(output); }
        }
        var v = version.Text.Trim();
        var ok = Run("tag", "v" + v);
        Assert.True(ok.Code == 0, ok.Text);
        Assert.Equal($"version={v}\n", ok.Output);
        Assert.Equal(0, Run("branch", "main").Code);
        var wrong = Run("tag", "v99.0.0");
        Assert.NotEqual(0, wrong.Code);
        Assert.Contains("::error::", wrong.Text);
        Assert.Contains($"tag v{v}", wrong.Text);
        Assert.Equal("", wrong.Output);
    }

    [Fact]
    public void PackRefusesAPlatformThePointerPackageDoesNotName()
    {
        var run = Tools.Run("bash", [".ci/pack", "native", "freebsd-x64", Path.GetTempPath()], Root);
        Assert.Equal(2, run.Code);
        Assert.Contains("freebsd-x64", run.Text);
        Assert.Equal(2, Tools.Run("bash", [".ci/pack", "iets"], Root).Code);
    }
}
