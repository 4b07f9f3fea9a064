using Thuisbasis.Diagnostics;
using Thuisbasis.Content.Settings;

namespace Thuisbasis.Search;

/// <summary>
/// The build's last step when <c>search: true</c>: Pagefind indexes the staged output before it is swapped in, so a
/// failed index leaves the previous site (and its search) exactly as it was.
/// </summary>
public static class SearchIndex
{
    /// <summary>The message when no Pagefind program was found: a build with search on must not ship a search page without index.</summary>
    public static Diagnostic Missing(string root, Func<string, string?> environment) =>
        new(Severity.Error, "TB0340", SettingsReader.FileName, SearchLine(root), 1,
            "`search: true` staat aan, maar het programma Pagefind (dat de zoekindex maakt) is niet gevonden.",
            PagefindLocator.MissingHelp(environment));

    /// <summary>Indexes <paramref name="staged"/>; throws <see cref="SearchIndexFailed"/> when Pagefind made no index.</summary>
    /// <param name="previous">The output folder now online: index files with the same bytes keep its timestamps.</param>
    public static PagefindRun Write(string program, string staged, string language, string root, string? previous)
    {
        var run = PagefindRunner.Index(program, staged, language);
        if (!run.Succeeded)
            throw new SearchIndexFailed(new Diagnostic(Severity.Error, "TB0341", SettingsReader.FileName, SearchLine(root), 1,
                $"Pagefind kon de zoekindex niet maken: `{PagefindRunner.Problem(run)}`.",
                $"De vorige versie van de site blijft staan. Controleer of Pagefind {PagefindLocator.Version} goed geïnstalleerd is (`npm ci`), " +
                "of zet `search: false` in statiq.config."));
        if (previous is not null) KeepTimestamps(Path.Combine(staged, PagefindRunner.OutputFolder), Path.Combine(previous, PagefindRunner.OutputFolder));
        return run;
    }

    /// <summary>Pagefind writes every file anew; an unchanged one gets its old time back, as the other output files keep theirs.</summary>
    private static void KeepTimestamps(string fresh, string old)
    {
        if (!Directory.Exists(fresh) || !Directory.Exists(old)) return;
        foreach (var file in Directory.EnumerateFiles(fresh, "*", SearchOption.AllDirectories))
        {
            var before = new FileInfo(Path.Combine(old, Path.GetRelativePath(fresh, file)));
            var now = new FileInfo(file);
            if (before.Exists && before.Length == now.Length && File.ReadAllBytes(before.FullName).AsSpan().SequenceEqual(File.ReadAllBytes(file)))
                File.SetLastWriteTimeUtc(file, before.LastWriteTimeUtc);
        }
    }

    /// <summary>The line of <c>search:</c> in <c>statiq.config</c>, so the message points at the switch.</summary>
    private static int SearchLine(string root)
    {
        try
        {
            var lines = File.ReadAllLines(Path.Combine(root, SettingsReader.FileName));
            for (var i = 0; i < lines.Length; i++)
                if (lines[i].StartsWith("search:", StringComparison.Ordinal)) return i + 1;
        }
        catch (IOException) { }
        return 1;
    }
}

/// <summary>Pagefind ran and failed; the build stops and the previous output stays.</summary>
public sealed class SearchIndexFailed(Diagnostic diagnostic) : Exception(diagnostic.Message)
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
