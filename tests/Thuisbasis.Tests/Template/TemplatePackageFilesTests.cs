using System.Text.Json;
using Thuisbasis.Tests.Building;

namespace Thuisbasis.Tests.Template;

/// <summary>
/// A new site's <c>package.json</c> and <c>package-lock.json</c> (in the template's <c>site/</c>) install what a site
/// needs, Pagefind, at the version this repository builds its sample with, and none of this repository's test tools.
/// </summary>
public sealed class TemplatePackageFilesTests
{
    private static readonly string Root = SampleSiteTests.RepositoryRoot();
    private static readonly string Site = Path.Combine(Root, "src", "Thuisbasis.Templates", "site");

    private static JsonElement Read(string folder, string file) => JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, file))).RootElement;

    [Fact]
    public void ASiteGetsTheRepositorysDependenciesAndNoDevDependencies()
    {
        var site = Read(Site, "package.json");
        Assert.False(site.TryGetProperty("devDependencies", out _));
        Assert.Equal(Read(Root, "package.json").GetProperty("dependencies").ToString(), site.GetProperty("dependencies").ToString());
        Assert.True(Read(Root, "package.json").TryGetProperty("devDependencies", out var dev) && dev.TryGetProperty("html-validate", out _));
    }

    [Fact]
    public void ASitesLockFileHoldsExactlyTheRepositorysPackagesThatAreNotForDevelopment()
    {
        static Dictionary<string, string> Packages(JsonElement lockFile, bool withDev) =>
            lockFile.GetProperty("packages").EnumerateObject()
                .Where(p => p.Name.Length > 0 && (withDev || !(p.Value.TryGetProperty("dev", out var d) && d.GetBoolean())))
                .ToDictionary(p => p.Name, p => $"{p.Value.GetProperty("version")} {p.Value.GetProperty("integrity")}");
        var site = Packages(Read(Site, "package-lock.json"), withDev: true);
        Assert.Contains("node_modules/pagefind", site.Keys);
        Assert.Equal(Packages(Read(Root, "package-lock.json"), withDev: false), site);
    }
}
