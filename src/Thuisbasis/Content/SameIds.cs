using Thuisbasis.Diagnostics;

namespace Thuisbasis.Content;

/// <summary>
/// File names are ids and addresses: <c>Ria.md</c> and <c>ria.md</c> (or <c>ría.md</c>) are the same person, and a
/// name without any letter a–z or digit gives no address at all. Both are errors that name every file involved.
/// </summary>
internal static class SameIds
{
    /// <summary>False (with an error) when the file name gives an empty slug, such as <c>日本.md</c> or <c>2026-01-01-.md</c>.</summary>
    public static bool HasSlug(string folder, string rel, DiagnosticBag diagnostics)
    {
        var name = Path.GetFileNameWithoutExtension(rel);
        var slug = folder == "pages" ? Slug.From(name) : Slug.FromFileName(rel);
        if (slug.Length > 0) return true;
        diagnostics.Error("TB0120", SourcePosition.StartOf(rel),
            $"De bestandsnaam `{Path.GetFileName(rel)}` geeft geen webadres: er staan geen gewone letters (a-z) of cijfers in.",
            "Geef het bestand een naam met gewone letters, bijvoorbeeld `mijn-verhaal.md`.");
        return false;
    }

    /// <summary>Keeps the first item of every id (by path) and reports the others, so two files never fight over one id.</summary>
    public static List<T> KeepFirst<T>(List<T> items, Func<T, Entry> entry, DiagnosticBag diagnostics)
    {
        var kept = new List<T>();
        foreach (var group in items.GroupBy(i => entry(i).Slug, StringComparer.OrdinalIgnoreCase))
        {
            var ordered = group.OrderBy(i => entry(i).SourcePath, StringComparer.Ordinal).ToList();
            kept.Add(ordered[0]);
            if (ordered.Count == 1) continue;
            var files = ordered.Select(i => $"`{entry(i).SourcePath}`").ToList();
            diagnostics.Error("TB0110", SourcePosition.StartOf(entry(ordered[0]).SourcePath),
                $"Deze bestanden krijgen dezelfde id `{group.Key}` en hetzelfde adres {entry(ordered[0]).Url}: {string.Join(" en ", files)}.",
                "Geef een van de bestanden een andere naam (alleen kleine letters), zodat elk een eigen id krijgt.");
        }
        return kept;
    }
}
