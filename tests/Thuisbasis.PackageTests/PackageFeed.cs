namespace Thuisbasis.PackageTests;

/// <summary>
/// The packages packed from a copy of this repository into a folder feed, twice: the current code as version
/// <see cref="Current"/> and, to upgrade from, as an older <see cref="Previous"/>. Everything the sites restore goes into a
/// packages folder of their own (the machine's NuGet cache is only read, as a fallback, and nuget.org stays a source),
/// and the template is installed into a template-engine folder of its own, so the machine is left as it was.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    private static readonly string Stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmss");

    public PackageFeed()
    {
        Work = Path.Combine(Path.GetTempPath(), "tb-packages-" + Guid.NewGuid().ToString("N")[..10]);
        Feed = Path.Combine(Work, "feed");
        Directory.CreateDirectory(Feed);
        var machineCache = System.Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } cache
            ? cache : Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        // Found by every site below Work (NuGet reads NuGet.config files from a folder upwards, then the machine's own).
        File.WriteAllText(Path.Combine(Work, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources><add key="thuisbasis-test-feed" value="{Feed}" /></packageSources>
              <fallbackPackageFolders><add key="machine" value="{machineCache}" /></fallbackPackageFolders>
            </configuration>
            """);
        Variables = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(Work, "packages") };
        // The sample site (and so the template) has search on: the sites below use the repository's Pagefind (`npm ci`).
        var pagefind = Path.Combine(Tools.RepositoryRoot(), "node_modules", "@pagefind", "linux-x64", "bin", "pagefind_extended");
        if (File.Exists(pagefind)) ((Dictionary<string, string>)Variables)["THUISBASIS_PAGEFIND"] = pagefind;

        var source = Path.Combine(Work, "source");
        CopyRepository(Tools.RepositoryRoot(), source);
        Pack(source, Current, build: true);
        // The same code under a lower version number (no second compile): what a site made a while ago restores.
        Pack(source, Previous, build: false);
        PackFallbackTool(source, Current);
        CurrentTemplates = InstallTemplate(Current);
        PreviousTemplates = InstallTemplate(Previous);
        _defaultSite = new Lazy<string>(() =>
        {
            var site = NewSite("buurtkracht");
            var restore = Dotnet(site, "tool", "restore");
            Assert.True(restore.Code == 0, restore.Text);
            return site;
        });
    }

    /// <summary>Unique per run, so no package of an earlier run in any cache can stand in for this one.</summary>
    public string Current { get; } = $"0.1.0-test.{Stamp}";
    public string Previous { get; } = $"0.0.9-test.{Stamp}";

    public string Work { get; }
    public string Feed { get; }
    public IReadOnlyDictionary<string, string> Variables { get; }
    private string CurrentTemplates { get; }
    private string PreviousTemplates { get; }

    /// <summary>A site made with the current template and its defaults (the sample's organisation), its tools restored.</summary>
    public string DefaultSite => _defaultSite.Value;
    private readonly Lazy<string> _defaultSite;

    /// <summary>`dotnet new thuisbasis` into a fresh folder under the work folder; returns the site's folder.</summary>
    public string NewSite(string name, bool previous = false, params string[] options)
    {
        var site = Path.Combine(Work, "sites", name);
        var result = Tools.Run(Tools.DotnetHost(),
            ["new", "thuisbasis", "-n", name, "-o", site, .. options, "--debug:custom-hive", previous ? PreviousTemplates : CurrentTemplates],
            Work, Variables);
        Assert.True(result.Code == 0, "dotnet new thuisbasis failed:\n" + result.Text);
        return site;
    }

    public Tools.Result Dotnet(string site, params string[] args) =>
        Tools.Run(Tools.DotnetHost(), args, site, Variables);

    private void Pack(string source, string version, bool build)
    {
        List<string> args = ["pack", Path.Combine(source, "src", "Thuisbasis.Packages.slnf"), "-c", "Release", "-o", Feed,
            $"-p:Version={version}", "-p:ThuisbasisToolNative=false", "-nologo"];
        if (!build) args.Add("--no-build");
        var result = Tools.Run(Tools.DotnetHost(), args, source, timeout: TimeSpan.FromMinutes(15));
        Assert.True(result.Code == 0, $"dotnet pack {version} failed:\n{result.Text}");
        foreach (var id in new[] { "Thuisbasis.Engine", "Thuisbasis.Preview", "Thuisbasis.Cli", "thuisbasis", "Thuisbasis.Templates" })
            Assert.True(File.Exists(Path.Combine(Feed, $"{id}.{version}.nupkg")), $"{id} {version} was not packed:\n{result.Text}");
    }

    /// <summary>
    /// The tool's framework-dependent package (<c>thuisbasis.any</c>), as a release packs it next to the native one:
    /// what thuisbasis.sh fetches where the native program does not start. Packed last: it restores the tool for RID any.
    /// </summary>
    private void PackFallbackTool(string source, string version)
    {
        var result = Tools.Run(Tools.DotnetHost(), ["pack", Path.Combine(source, "src", "Thuisbasis.Tool"), "-r", "any", "-c", "Release",
            "-o", Feed, $"-p:Version={version}", "-nologo"], source, timeout: TimeSpan.FromMinutes(15));
        Assert.True(result.Code == 0, $"dotnet pack -r any {version} failed:\n{result.Text}");
        Assert.True(File.Exists(Path.Combine(Feed, $"thuisbasis.any.{version}.nupkg")), $"thuisbasis.any {version} was not packed:\n{result.Text}");
    }

    private string InstallTemplate(string version)
    {
        var hive = Path.Combine(Work, "templates-" + version);
        var result = Tools.Run(Tools.DotnetHost(),
            ["new", "install", Path.Combine(Feed, $"Thuisbasis.Templates.{version}.nupkg"), "--debug:custom-hive", hive], Work, Variables);
        Assert.True(result.Code == 0, "dotnet new install failed:\n" + result.Text);
        return hive;
    }

    /// <summary>What packing needs: the projects, the theme, and the sample site and guide the template is made from.</summary>
    private static void CopyRepository(string repo, string to)
    {
        foreach (var file in new[] { "Site.sln", "Site.csproj", "Program.cs", "Directory.Build.props", "statiq.config", "netlify.toml",
                     ".gitignore", "LICENSE", "CHANGELOG.md", "package.json", "package-lock.json" })
        {
            Directory.CreateDirectory(to);
            File.Copy(Path.Combine(repo, file), Path.Combine(to, file));
        }
        foreach (var folder in new[] { "src", "themes", "input", "docs", ".github" })
            Tools.CopyFolder(Path.Combine(repo, folder), Path.Combine(to, folder));
    }

    public void Dispose()
    {
        try { Directory.Delete(Work, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class PackageFeedCollection : ICollectionFixture<PackageFeed>
{
    public const string Name = "package feed";
}
