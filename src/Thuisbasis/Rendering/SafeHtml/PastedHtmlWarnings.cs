using Thuisbasis.Content;
using Thuisbasis.Diagnostics;

namespace Thuisbasis.Rendering.SafeHtml;

/// <summary>
/// What a writer hears about a body's HTML: TB0240 for each kind of thing the sanitizer left out (once, at its first
/// line, with how often), TB0241 for a video without a title. Formatting that only changed how the text looked
/// (<see cref="Removal.Looks"/>) is one TB0240 for the whole text when there is more than one kind of it: a paste from
/// Word gave five to ten warnings about <c>style</c>, <c>class</c>, <c>&lt;o:p&gt;</c> and table borders, which all ask the
/// same of the writer.
/// </summary>
public static class PastedHtmlWarnings
{
    public const string Removed = "TB0240";
    public const string UntitledVideo = "TB0241";

    public static IReadOnlyList<Diagnostic> For(Entry entry, RenderedBody body)
    {
        var list = new List<Diagnostic>(body.Removed.Count + body.UntitledVideos.Count);
        var looks = body.Removed.Where(r => r.Looks is not null).ToList();
        var together = looks.Select(r => r.Looks).Distinct().Skip(1).Any();
        foreach (var r in body.Removed)
            if (!together || r.Looks is null)
                list.Add(new Diagnostic(Severity.Warning, Removed, entry.SourcePath, entry.BodyLine + r.Line, ColumnOf(entry.Body, r.Line, r.Near),
                    r.MessageIn(entry.BodyLine), r.Fix));
        if (together) list.Add(Formatting(entry, looks));
        foreach (var line in body.UntitledVideos)
            list.Add(new Diagnostic(Severity.Warning, UntitledVideo, entry.SourcePath, entry.BodyLine + line, ColumnOf(entry.Body, line, ["![]("]),
                "De video heeft geen titel; de afspeelknop zegt dan alleen \"Video\".",
                "Schrijf tussen de haken waar de video over gaat, bijvoorbeeld `![Ria vertelt over de markt](https://youtu.be/…)`."));
        return list;
    }

    /// <summary>
    /// The column (1-based) of the first of <paramref name="near"/> found on line <paramref name="line"/> (0-based) of the
    /// body, ignoring case; 1 when none is there (the sanitizer knows the line of what it removed, not the column).
    /// </summary>
    internal static int ColumnOf(string body, int line, IReadOnlyList<string> near)
    {
        var start = 0;
        for (var i = 0; i < line; i++)
        {
            start = body.IndexOf('\n', start) + 1;
            if (start == 0) return 1;
        }
        var end = body.IndexOf('\n', start);
        var text = body.AsSpan(start, (end < 0 ? body.Length : end) - start);
        foreach (var n in near)
        {
            if (n.Length == 0) continue;
            var at = text.IndexOf(n, StringComparison.OrdinalIgnoreCase);
            if (at >= 0) return at + 1 + (n[0] == ' ' ? 1 : 0); // " style=": the column of the name, not of the space
        }
        return 1;
    }

    /// <summary>One warning, at the first place with any of it, naming each kind and how often it was left out.</summary>
    private static Diagnostic Formatting(Entry entry, List<Removal> looks)
    {
        var kinds = looks.GroupBy(r => r.Looks!).Select(g => (Name: g.Key, Count: g.Sum(r => r.Count)))
            .OrderByDescending(k => k.Count).ToList(); // a stable sort: the same count keeps the order of the text
        var named = kinds.Select(k => k.Count > 1 ? $"{k.Name} ({k.Count} keer)" : k.Name).ToList();
        var line = looks.Min(r => r.Line);
        var column = looks.Where(r => r.Line == line).Min(r => ColumnOf(entry.Body, line, r.Near));
        return new Diagnostic(Severity.Warning, Removed, entry.SourcePath, entry.BodyLine + line, column,
            $"Opmaak uit een ander programma (zoals Word of een mailprogramma) is weggelaten: {string.Join(", ", named[..^1])} en {named[^1]}. " +
            "Zulke opmaak kan tekst verbergen of onleesbaar maken; de tekst zelf blijft staan.",
            "Haal die opmaak weg (of plak de tekst opnieuw als platte tekst, zonder opmaak) en maak kopjes en vet met Markdown, zoals `## Kopje` en `**vet**`.");
    }
}
