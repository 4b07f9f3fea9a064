using System.Runtime.InteropServices;

namespace Thuisbasis.Search;

/// <summary>
/// Finds the Pagefind program that indexes the built site. Where to look, first match wins:
/// <list type="number">
/// <item><c>THUISBASIS_PAGEFIND</c>: the full path of the program, for machines that keep it elsewhere;</item>
/// <item>the native program of npm's platform package (<c>node_modules/@pagefind/linux-x64/bin/</c>) in the site's folder
/// or a folder above it, which runs without Node.js;</item>
/// <item>npm's launcher <c>node_modules/.bin/pagefind</c> there (needs Node.js);</item>
/// <item><c>pagefind</c> or <c>pagefind_extended</c> on the <c>PATH</c>.</item>
/// </list>
/// </summary>
public static class PagefindLocator
{
    public const string EnvironmentVariable = "THUISBASIS_PAGEFIND";
    /// <summary>The version the theme's search page is written and tested against (npm <c>pagefind</c>).</summary>
    public const string Version = "1.6.0";
    public const string InstallCommand = "npm install pagefind@" + Version;

    /// <param name="siteRoot">The site's folder (where <c>statiq.config</c> is).</param>
    /// <param name="environment">Reads an environment variable (tests pass their own, so nothing global is changed).</param>
    public static string? Find(string siteRoot, Func<string, string?> environment)
    {
        if (environment(EnvironmentVariable) is { Length: > 0 } configured)
            return IsProgram(configured) ? Path.GetFullPath(configured) : null;
        for (var dir = new DirectoryInfo(Path.GetFullPath(siteRoot)); dir is not null; dir = dir.Parent)
        {
            var modules = Path.Combine(dir.FullName, "node_modules");
            if (!Directory.Exists(modules)) continue;
            foreach (var candidate in InNodeModules(modules))
                if (IsProgram(candidate)) return candidate;
        }
        foreach (var folder in (environment("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            foreach (var name in ProgramNames("pagefind").Concat(ProgramNames("pagefind_extended")))
            {
                var candidate = Path.Combine(folder, name);
                if (IsProgram(candidate)) return candidate;
            }
        return null;
    }

    /// <summary>The plain-language fix when no program was found (or the configured path is wrong).</summary>
    public static string MissingHelp(Func<string, string?> environment) =>
        environment(EnvironmentVariable) is { Length: > 0 } configured
            ? $"`{EnvironmentVariable}` wijst naar `{configured}`, maar daar staat geen programma. Zet het juiste pad in `{EnvironmentVariable}`, " +
              $"of haal de variabele weg en installeer Pagefind in de map van de site met `{InstallCommand}`. Zoeken niet nodig? Zet `search: false` in statiq.config."
            : $"Installeer Pagefind in de map van de site met `npm ci` (of `{InstallCommand}`); daarvoor is Node.js nodig. " +
              "Zoeken niet nodig? Zet `search: false` in statiq.config.";

    private static IEnumerable<string> InNodeModules(string modules)
    {
        if (PlatformPackage() is { } package)
        {
            var bin = Path.Combine(modules, "@pagefind", package, "bin");
            foreach (var name in ProgramNames("pagefind_extended").Concat(ProgramNames("pagefind")))
                yield return Path.Combine(bin, name);
        }
        foreach (var name in ProgramNames("pagefind"))
            yield return Path.Combine(modules, ".bin", name);
    }

    /// <summary>npm's name for this machine's package: <c>linux-x64</c>, <c>darwin-arm64</c>, <c>windows-x64</c>, …</summary>
    private static string? PlatformPackage()
    {
        var os = OperatingSystem.IsLinux() ? "linux" : OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsWindows() ? "windows"
            : OperatingSystem.IsFreeBSD() ? "freebsd" : null;
        var cpu = RuntimeInformation.OSArchitecture switch
        {
            Architecture.X64 => "x64",
            Architecture.Arm64 => "arm64",
            _ => null,
        };
        return os is null || cpu is null ? null : $"{os}-{cpu}";
    }

    private static IEnumerable<string> ProgramNames(string name) =>
        OperatingSystem.IsWindows() ? [name + ".exe", name + ".cmd"] : [name];

    private static bool IsProgram(string path)
    {
        if (!File.Exists(path)) return false;
        if (OperatingSystem.IsWindows()) return true;
        return (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
    }
}
