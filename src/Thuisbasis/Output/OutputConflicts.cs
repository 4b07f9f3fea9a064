using Thuisbasis.Diagnostics;
using Thuisbasis.Rendering;

namespace Thuisbasis.Output;

/// <summary>
/// Two sources that would write the same file are an error naming every file involved; so are paths that differ only
/// in case, because a case-insensitive host (and Windows, macOS) would serve one of them for both.
/// </summary>
public static class OutputConflicts
{
    /// <summary>The paths of the last check that found no clash (the preview keeps one between rebuilds).</summary>
    public sealed class Memo
    {
        internal string[]? Paths;
    }

    /// <param name="memo">The preview's last check: when the files have the same paths in the same order as then, there
    /// is nothing to check (at 10,000 stories that is 16,000 paths not hashed again on every keystroke).</param>
    public static void Check(IReadOnlyList<OutputFile> files, IReadOnlyList<PageModel> pages, DiagnosticBag diagnostics, Memo? memo = null)
    {
        if (memo?.Paths is { } last && SamePaths(last, files)) return;
        // One pass to see whether any two paths clash at all (run after every preview rebuild, so it should cost little);
        // only the clashing files are then grouped and explained.
        var firstByKey = new Dictionary<string, OutputFile>(files.Count, StringComparer.Ordinal);
        HashSet<string>? clashing = null;
        foreach (var f in files)
            if (!firstByKey.TryAdd(f.Path.ToLowerInvariant(), f)) (clashing ??= new HashSet<string>(StringComparer.Ordinal)).Add(f.Path.ToLowerInvariant());
        if (memo is not null) memo.Paths = clashing is null ? files.Select(f => f.Path).ToArray() : null;
        if (clashing is null) return;

        var urlOf = pages.GroupBy(p => p.OutputPath).ToDictionary(g => g.Key, g => g.First().Url);
        foreach (var group in files.Where(f => clashing.Contains(f.Path.ToLowerInvariant())).GroupBy(f => f.Path.ToLowerInvariant()))
        {
            var sources = group.Select(f => f.Source).Distinct().OrderBy(s => s, StringComparer.Ordinal).ToList();
            if (group.Count() < 2) continue;
            var paths = group.Select(f => f.Path).Distinct().ToList();
            var address = urlOf.GetValueOrDefault(group.First().Path) ?? "/" + group.First().Path;
            var first = sources.FirstOrDefault(s => !s.StartsWith('(')) ?? sources[0];
            var message = paths.Count > 1
                ? $"Deze bestanden geven adressen die alleen in hoofdletters verschillen ({string.Join(", ", paths.Select(p => "`/" + p + "`"))}): {string.Join(", ", sources)}."
                : $"Twee bestanden krijgen hetzelfde adres `{address}`: {string.Join(" en ", sources)}.";
            diagnostics.Error("TB0110", SourcePosition.StartOf(first), message,
                "Geef een van de bestanden een andere bestandsnaam (alleen kleine letters), zodat elk een eigen adres krijgt.");
        }
    }

    private static bool SamePaths(string[] last, IReadOnlyList<OutputFile> files)
    {
        if (last.Length != files.Count) return false;
        for (var i = 0; i < last.Length; i++)
            if (!ReferenceEquals(last[i], files[i].Path) && !string.Equals(last[i], files[i].Path, StringComparison.Ordinal)) return false;
        return true;
    }
}
