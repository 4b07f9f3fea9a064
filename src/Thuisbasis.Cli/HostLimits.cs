using System.Globalization;
using Thuisbasis.Content.Settings;

namespace Thuisbasis.Cli;

/// <summary>
/// GitHub Pages publishes a site of at most 1 GB. A site with many phone photos passes that without a word at the
/// build (each phone photo is half a MB to a MB of versions on the site), and then its deploy fails. A build for GitHub Pages
/// (<c>THUISBASIS_HOST=github-pages</c>, set by the template's workflow) says so as soon as the site comes near.
/// </summary>
internal static class HostLimits
{
    private const long GitHubPagesLimit = 1_000_000_000;

    /// <returns>The warning to print, or null.</returns>
    public static string? Check(string outputPath, Func<string, string?> environment)
    {
        if (environment(SettingsReader.HostVariable) is not { } host || !host.Equals("github-pages", StringComparison.OrdinalIgnoreCase) ||
            !Directory.Exists(outputPath))
            return null;
        long size = 0;
        foreach (var file in new DirectoryInfo(outputPath).EnumerateFiles("*", SearchOption.AllDirectories)) size += file.Length;
        if (size < GitHubPagesLimit * 8 / 10) return null;
        var shown = (size / 1e9).ToString("0.0", CultureInfo.GetCultureInfo("nl-NL"));
        return size >= GitHubPagesLimit
            ? $"Let op: de site is {shown} GB; GitHub Pages publiceert een site van hoogstens 1 GB, dus deze komt niet online. " +
              "Haal foto's weg die niet meer nodig zijn, of zet de site op Netlify (zie de handleiding, 'Online zetten')."
            : $"Let op: de site is {shown} GB; GitHub Pages publiceert een site van hoogstens 1 GB. " +
              "Met veel nieuwe foto's komt die grens in zicht: haal foto's weg die niet meer nodig zijn, of zet de site op Netlify.";
    }
}
