using Thuisbasis.Search;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Search;

/// <summary>Where the build looks for Pagefind, and what a writer reads when it is not there.</summary>
public sealed class PagefindLocatorTests
{
    private static string Program(FixtureSite site, string relative)
    {
        site.Write(relative, "#!/bin/sh\nexit 0\n");
        var full = Path.Combine(site.Root, relative);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(full, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return full;
    }

    [Fact]
    public void NothingIsFoundInAnEmptyFolderWithAnEmptyPath()
    {
        using var empty = new FixtureSite(withDefaults: false);
        Assert.Null(PagefindLocator.Find(empty.Root, _ => null));
    }

    [Fact]
    public void TheMissingMessageSaysHowToInstallAndHowToSwitchSearchOff()
    {
        var help = PagefindLocator.MissingHelp(_ => null);
        Assert.Contains("`npm install pagefind@1.6.0`", help);
        Assert.Contains("`npm ci`", help);
        Assert.Contains("`search: false`", help);
    }

    [Fact]
    public void TheEnvironmentVariableWinsWhenItNamesAProgram()
    {
        using var site = new FixtureSite(withDefaults: false);
        Program(site, "node_modules/.bin/pagefind");
        var elsewhere = Program(site, "tools/pagefind");
        Assert.Equal(elsewhere, PagefindLocator.Find(site.Root, SearchSites.OnlyPagefind(elsewhere)));
    }

    [Fact]
    public void AnEnvironmentVariableThatNamesNothingFindsNothingAndIsNamedInTheHelp()
    {
        using var site = new FixtureSite(withDefaults: false);
        Program(site, "node_modules/.bin/pagefind");
        var wrong = Path.Combine(site.Root, "nergens", "pagefind");
        Assert.Null(PagefindLocator.Find(site.Root, SearchSites.OnlyPagefind(wrong)));
        var help = PagefindLocator.MissingHelp(SearchSites.OnlyPagefind(wrong));
        Assert.Contains($"`{PagefindLocator.EnvironmentVariable}` wijst naar `{wrong}`", help);
    }

    [Fact]
    public void NpmsLauncherInTheSitesNodeModulesIsFound()
    {
        using var site = new FixtureSite(withDefaults: false);
        var launcher = Program(site, "node_modules/.bin/pagefind");
        Assert.Equal(launcher, PagefindLocator.Find(site.Root, _ => null));
    }

    [Fact]
    public void NodeModulesInAFolderAboveTheSiteCountAsNpmResolvesThem()
    {
        using var repository = new FixtureSite(withDefaults: false);
        var launcher = Program(repository, "node_modules/.bin/pagefind");
        var siteFolder = Path.Combine(repository.Root, "sites", "oost");
        Directory.CreateDirectory(siteFolder);
        Assert.Equal(launcher, PagefindLocator.Find(siteFolder, _ => null));
    }

    [Fact]
    public void APagefindOnThePathIsFoundLast()
    {
        using var site = new FixtureSite(withDefaults: false);
        var onPath = Program(site, "bin/pagefind");
        var path = Path.Combine(site.Root, "bin");
        Assert.Equal(onPath, PagefindLocator.Find(site.Root, name => name == "PATH" ? path : null));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // Windows has no execute bit
    public void AFileWithoutTheExecuteBitIsNotTakenForTheProgram()
    {
        using var site = new FixtureSite(withDefaults: false);
        site.Write("node_modules/.bin/pagefind", "niet uitvoerbaar");
        File.SetUnixFileMode(Path.Combine(site.Root, "node_modules/.bin/pagefind"), UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Assert.Null(PagefindLocator.Find(site.Root, _ => null));
    }

    [Fact]
    public void TheRepositoryInstallsTheNativeProgramOfThePinnedVersion()
    {
        var found = SearchSites.RepositoryPagefind();
        Assert.Contains(Path.Combine("node_modules", "@pagefind"), found);
        var version = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(found, "--version") { RedirectStandardOutput = true })!;
        var text = version.StandardOutput.ReadToEnd();
        version.WaitForExit();
        Assert.Contains(PagefindLocator.Version, text);
    }
}
