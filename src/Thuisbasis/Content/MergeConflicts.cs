using Thuisbasis.Diagnostics;

namespace Thuisbasis.Content;

/// <summary>
/// What a <c>git merge</c>, pull or <c>stash pop</c> leaves in a file it could not join: both versions, between a
/// <c>&lt;&lt;&lt;&lt;&lt;&lt;&lt;</c>, a <c>=======</c> and a <c>&gt;&gt;&gt;&gt;&gt;&gt;&gt;</c> line. Looked for before
/// the YAML is read, so the writer hears of the conflict at its first line, not of a colon the YAML parser misses there.
/// </summary>
internal static class MergeConflicts
{
    public const string Code = "TB0112";

    /// <summary>Reports each conflict in <paramref name="text"/> (any line endings), whose first line is line
    /// <paramref name="lineOffset"/> + 1 of the file; true when there is none.</summary>
    public static bool Check(string path, string text, int lineOffset, DiagnosticBag diagnostics)
    {
        if (!text.Contains("<<<<<<<", StringComparison.Ordinal) && !text.Contains(">>>>>>> ", StringComparison.Ordinal)) return true;
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var clean = true;
        var inConflict = new bool[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            if (Label(lines[i], '<') is not { } ours) continue;
            var (middle, end) = (-1, -1);
            for (var j = i + 1; j < lines.Length && end < 0; j++)
            {
                if (Label(lines[j], '<') is not null) break;
                if (middle < 0 && lines[j].TrimEnd() == "=======") middle = j;
                else if (middle >= 0 && Label(lines[j], '>') is not null) end = j;
            }
            if (end < 0) continue;
            clean = false;
            var theirs = Label(lines[end], '>')!;
            var versions = ours.Length > 0 && theirs.Length > 0 ? $" (`{ours}` en `{theirs}`)" : "";
            diagnostics.Error(Code, new SourcePosition(path, lineOffset + i + 1, 1),
                $"Git kon hier twee versies niet samenvoegen{versions}: beide staan nog in het bestand, tot regel {lineOffset + end + 1}.",
                "Kies welke versie blijft, haal de andere weg en ook de regels met `<<<<<<<`, `=======` en `>>>>>>>`, en sla het bestand op.");
            Array.Fill(inConflict, true, i, end - i + 1);
            i = end;
        }
        // A conflict mended halfway: the line of one mark taken away, another left (`<<<<<<< HEAD` without its
        // `>>>>>>>`). A `=======` alone is left be: in Markdown it underlines a heading.
        for (var i = 0; i < lines.Length; i++)
        {
            if (inConflict[i] || !(Label(lines[i], '<') is not null || Label(lines[i], '>') is { Length: > 0 })) continue;
            clean = false;
            diagnostics.Error(Code, new SourcePosition(path, lineOffset + i + 1, 1),
                $"Hier staat nog een regel die Git bij het samenvoegen van twee versies schreef: `{lines[i].TrimEnd()}`.",
                "Haal deze regel weg, en ook een regel met alleen `=======` in de buurt; kijk of van de twee versies alleen de goede over is, en sla het bestand op.");
        }
        return clean;
    }

    /// <summary>The name after a line of seven <paramref name="mark"/>s (empty when there is none); null for any other line.</summary>
    private static string? Label(string line, char mark)
    {
        var l = line.TrimEnd();
        if (l.Length < 7 || l.AsSpan(0, 7).ContainsAnyExcept(mark)) return null;
        if (l.Length == 7) return "";
        return l[7] == ' ' ? l[8..].Trim() : null;
    }
}
