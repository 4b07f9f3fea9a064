using Thuisbasis.Diagnostics;
using Thuisbasis.Output;

namespace Thuisbasis.Rendering;

/// <summary>
/// Two sources that would write the same file are an error naming every file involved; so are paths that differ only
/// in case, because a case-insensitive host (and Windows, macOS) would serve one of them for both.
/// </summary>
public static class OutputConflicts
{
    public static void Check(IReadOnlyList<OutputFile> files, IReadOnlyList<PageModel> pages, DiagnosticBag diagnostics)
    {
        // One pass to see whether any two paths clash at all (run after every preview rebuild, so it should cost little);
        // only the clashing files are then grouped and explained.
        var seen = new HashSet<string>(files.Count, StringComparer.OrdinalIgnoreCase);
        HashSet<string>? clashing = null;
        foreach (var f in files)
            if (!seen.Add(f.Path)) (clashing ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(f.Path);
        if (clashing is null) return;

        var urlOf = pages.GroupBy(p => p.OutputPath).ToDictionary(g => g.Key, g => g.First().Url);
        // An activity's page and its calendar clash for the same two files: said once, at the page's address.
        var told = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in files.Where(f => clashing.Contains(f.Path)).GroupBy(f => f.Path, StringComparer.OrdinalIgnoreCase))
        {
            var sources = group.Select(f => f.Source).Distinct().OrderBy(s => s, StringComparer.Ordinal).ToList();
            if (group.Count() < 2 || !told.Add(string.Join('\n', sources))) continue;
            var paths = group.Select(f => f.Path).Distinct().ToList();
            var address = urlOf.GetValueOrDefault(group.First().Path) ?? "/" + group.First().Path;
            var first = sources.FirstOrDefault(s => !s.StartsWith('(')) ?? sources[0];
            var message = paths.Count > 1
                ? $"Deze bestanden geven adressen die alleen in hoofdletters verschillen ({string.Join(", ", paths.Select(p => "`/" + p + "`"))}): {string.Join(", ", sources)}."
                : $"{sources.Count switch { 2 => "Twee", 3 => "Drie", 4 => "Vier", var n => n.ToString() }} bestanden krijgen hetzelfde adres `{address}`: {Listed(sources)}.";
            diagnostics.Error("TB0110", SourcePosition.StartOf(first), message,
                "Geef een van de bestanden een andere bestandsnaam (alleen kleine letters), zodat elk een eigen adres krijgt.");
        }
    }

    /// <summary>"a, b en c".</summary>
    private static string Listed(IReadOnlyList<string> names) =>
        names.Count < 2 ? string.Join("", names) : $"{string.Join(", ", names.Take(names.Count - 1))} en {names[^1]}";
}
