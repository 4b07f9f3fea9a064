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

    /// <summary>
    /// Explorer's <c>henk (1).md</c> and <c>henk - kopie.md</c>, Finder's <c>henk kopie.md</c> and <c>henk 2.md</c>: a copy
    /// keeps title and date but gets an address of its own, so the story would be on the site twice. Two stories or
    /// vacancies with one title and one date, or activities with one title and one start, are an error at the copy's
    /// title (the longer file name), naming the other file. Drafts do not count: a copy being rewritten is not published.
    /// One title on different days (the new year's meeting of each year) is two items.
    /// </summary>
    public static void ReportCopies(ContentSet content, DiagnosticBag diagnostics)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        // Grouped by the day (stories, vacancies) or the minute (activities) the message names, which is written only for a copy.
        static string Day(DateTime d) => Dates.ToDutch(DateOnly.FromDateTime(d));
        Report(content.Stories.Where(s => !s.Draft).Select(s => (s.Entry, s.Title, s.Date.Date)), Day, "het verhaal", diagnostics, reported);
        Report(content.Vacancies.Where(v => !v.Draft).Select(v => (v.Entry, v.Title, v.Date.Date)), Day, "de vacature", diagnostics, reported);
        Report(content.Activities.Where(a => !a.Draft).Select(a => (a.Entry, a.Title, a.Start.AddTicks(-(a.Start.Ticks % TimeSpan.TicksPerMinute)))),
            d => $"{Day(d)} {d:HH:mm}", "de activiteit", diagnostics, reported);
        ReportCopyNames(content, diagnostics, reported);
    }

    /// <summary>
    /// A copy that Explorer, Finder, Dropbox, OneDrive or Google Drive made beside a file (<see cref="CopyNames"/>) is
    /// published under an address of its own even when its title was changed since: a Dropbox conflict of a story edited
    /// on two laptops went to the feeds, and so to social media, twice. An error at the copy naming the file it was made
    /// from, when both are published (a draft copy is someone's rewrite) and no same-title error named it already.
    /// Testimonials are left to <see cref="WarnSameTestimonials"/>: they reach no feed, and a copied quote is a warning.
    /// </summary>
    private static void ReportCopyNames(ContentSet content, DiagnosticBag diagnostics, HashSet<string> reported)
    {
        var published = new List<(Entry Entry, string What)>();
        published.AddRange(content.Stories.Where(s => !s.Draft).Select(s => (s.Entry, "het verhaal")));
        published.AddRange(content.Vacancies.Where(v => !v.Draft).Select(v => (v.Entry, "de vacature")));
        published.AddRange(content.Activities.Where(a => !a.Draft).Select(a => (a.Entry, "de activiteit")));
        published.AddRange(content.Pages.Where(p => !p.Draft).Select(p => (p.Entry, "de pagina")));
        published.AddRange(content.Services.Select(s => (s.Entry, "de dienst")));
        published.AddRange(content.People.Select(p => (p.Entry, "deze persoon")));
        // `_concept.md`: a _ hides a file in Jekyll and Hugo (`_index.md`, `_drafts/`), not here, and the writer was not told.
        foreach (var (entry, what) in published.Where(p => Path.GetFileName(p.Entry.SourcePath).StartsWith('_')))
            diagnostics.Warning("TB0173", SourcePosition.StartOf(entry.SourcePath),
                $"`{Path.GetFileName(entry.SourcePath)}` begint met een _, maar dat verbergt {what} niet: het staat gewoon op de site.",
                "Wilt u het nog niet publiceren, zet dan `draft: true` bij de gegevens bovenaan. Anders kunt u de _ uit de naam van het bestand halen.");
        if (!published.Any(p => CopyNames.MayBeCopy(Path.GetFileNameWithoutExtension(p.Entry.SourcePath.AsSpan())))) return;
        var paths = published.Select(p => p.Entry.SourcePath).ToHashSet(StringComparer.Ordinal);
        foreach (var (entry, what) in published.OrderBy(p => p.Entry.SourcePath, StringComparer.Ordinal))
        {
            if (reported.Contains(entry.SourcePath) || CopyOf(entry.SourcePath, paths) is not { } original) continue;
            diagnostics.Error("TB0165", entry.TitleAt ?? SourcePosition.StartOf(entry.SourcePath),
                $"`{Path.GetFileName(entry.SourcePath)}` is een kopie van `{original}`, zoals Windows, een Mac, OneDrive, Dropbox of Google Drive die maakt; zo zou {what} twee keer op de site (en in de feeds) staan.",
                $"Vergelijk de twee, zet wat u wilt houden in `{Path.GetFileName(original)}` en haal de kopie weg. Is het echt iets nieuws, geef het bestand dan een eigen naam met alleen kleine letters en streepjes.");
        }
    }

    /// <summary>The file in the same folder that <paramref name="path"/> is a copy of by its name, if it is there.</summary>
    private static string? CopyOf(string path, IReadOnlySet<string> paths)
    {
        var slash = path.LastIndexOf('/');
        var name = path[(slash + 1)..];
        var dot = name.LastIndexOf('.');
        if (dot <= 0) return null;
        foreach (var stem in CopyNames.Originals(name[..dot]))
        {
            var original = path[..(slash + 1)] + stem + name[dot..];
            if (paths.Contains(original)) return original;
        }
        return null;
    }

    /// <summary>
    /// One person's quote in two files (a copy, or the same words saved again under another name) stands twice on every
    /// page with testimonials: a warning at the second file's quote (the longer file name), naming the first. Only
    /// testimonials with <c>consent: true</c> count (<see cref="Pipeline.PublishingRules.ForTestimonial"/>): without it a
    /// quote is on no page. The words count as the same whatever the line breaks, spaces and capitals.
    /// </summary>
    public static void WarnSameTestimonials(IReadOnlyList<Testimonial> testimonials, DiagnosticBag diagnostics)
    {
        var published = testimonials.Where(t => t.Consent == true).ToList();
        if (published.Count < 2) return;
        var groups = published.GroupBy(t => (Name: Words(t.Name), Quote: Words(t.Entry.Body)));
        foreach (var group in groups.Where(g => g.Key.Quote.Length > 0 && g.Skip(1).Any()))
        {
            var ordered = OriginalFirst(group, t => t.Entry);
            foreach (var copy in ordered.Skip(1))
                diagnostics.Warning("TB0125", QuoteAt(copy.Entry),
                    $"Deze aanbeveling staat er al: `{ordered[0].Entry.SourcePath}` heeft dezelfde woorden van {ordered[0].Name.Trim()}, " +
                    "dus ze staan twee keer op elke pagina met aanbevelingen.",
                    "Haal de kopie weg. Is het een nieuwe aanbeveling, schrijf dan de woorden en de naam van die persoon.");
        }
    }

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    /// <summary>The first line of a body with words on it.</summary>
    private static SourcePosition QuoteAt(Entry entry)
    {
        var lines = entry.Body.Split('\n');
        var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        return new SourcePosition(entry.SourcePath, entry.BodyLine + Math.Max(first, 0), 1);
    }

    /// <param name="items">Each item with its title and its date (or start), which <paramref name="when"/> writes as the writer reads it.</param>
    private static void Report(IEnumerable<(Entry Entry, string Title, DateTime When)> items, Func<DateTime, string> when, string what,
        DiagnosticBag diagnostics, HashSet<string> reported)
    {
        foreach (var group in items.GroupBy(i => (i.Title, i.When), SameTitleAndTime.Instance))
        {
            if (!group.Skip(1).Any()) continue;
            var ordered = OriginalFirst(group, i => i.Entry);
            foreach (var copy in ordered.Skip(1).Where(c => reported.Add(c.Entry.SourcePath)))
                diagnostics.Error("TB0124", copy.Entry.TitleAt ?? SourcePosition.StartOf(copy.Entry.SourcePath),
                    $"Dit bestand lijkt een kopie van `{ordered[0].Entry.SourcePath}`: beide heten `{ordered[0].Title.Trim()}` en staan op {when(group.Key.When)}, dus {what} zou twee keer op de site staan.",
                    "Haal de kopie weg. Is het iets nieuws, geef het dan een eigen titel.");
        }
    }

    /// <summary>One title (whatever its capitals and the spaces around it) at one time.</summary>
    private sealed class SameTitleAndTime : IEqualityComparer<(string Title, DateTime When)>
    {
        public static readonly SameTitleAndTime Instance = new();

        public bool Equals((string Title, DateTime When) a, (string Title, DateTime When) b) =>
            a.When == b.When && a.Title.AsSpan().Trim().Equals(b.Title.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string Title, DateTime When) item) =>
            HashCode.Combine(string.GetHashCode(item.Title.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase), item.When);
    }

    /// <summary>
    /// The original before its copies: Explorer and Finder give a copy a longer name (<c>henk (1).md</c>), and a file
    /// whose name is no copy's (<see cref="CopyNames"/>) goes before one that is, so two edited copies name each other
    /// only when the original is not among them.
    /// </summary>
    private static List<T> OriginalFirst<T>(IEnumerable<T> items, Func<T, Entry> entry)
    {
        var list = items.ToList();
        var paths = list.Select(i => entry(i).SourcePath).ToHashSet(StringComparer.Ordinal);
        return list.OrderBy(i => CopyOf(entry(i).SourcePath, paths) is null ? 0 : 1).ThenBy(i => Path.GetFileName(entry(i).SourcePath).Length).ThenBy(i => entry(i).SourcePath, StringComparer.Ordinal).ToList();
    }
}
