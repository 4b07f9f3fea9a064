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

    /// <summary>
    /// Two services with one title give two equal links to different pages on the services page (WCAG 2.4.4): a
    /// warning at the later file's <c>title</c>, naming both.
    /// </summary>
    public static void WarnSameTitles(IReadOnlyList<Service> services, DiagnosticBag diagnostics)
    {
        foreach (var group in services.GroupBy(s => s.Title.Trim(), StringComparer.CurrentCultureIgnoreCase).Where(g => g.Count() > 1))
        {
            var ordered = group.OrderBy(s => s.Entry.Slug, StringComparer.Ordinal).ToList();
            var files = string.Join(" en ", ordered.Select(s => $"`{s.Entry.SourcePath}`"));
            foreach (var later in ordered.Skip(1))
                diagnostics.Warning("TB0260", later.TitleAt ?? SourcePosition.StartOf(later.Entry.SourcePath),
                    $"De diensten {files} heten {(ordered.Count == 2 ? "allebei" : "allemaal")} `{ordered[0].Title.Trim()}`; bezoekers zien gelijke links naar verschillende pagina's.",
                    "Geef elke dienst een eigen titel, of zet de tekst van beide in één bestand.");
        }
    }
}
