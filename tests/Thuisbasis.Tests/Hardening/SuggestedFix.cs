using System.Text;
using System.Text.RegularExpressions;
using Thuisbasis.Diagnostics;

namespace Thuisbasis.Tests.Hardening;

/// <summary>
/// Follows the help of a diagnostic to the letter, the way a writer would. What to write is the first piece of text in
/// backticks that the message did not already quote (the mistake itself, a key name), a whole <c>key: value</c> line
/// first; "Haal `…` weg" and "Haal de regel weg" take a line away. It is written where the diagnostic points: a
/// <c>key: value</c> replaces that key's value on the line (or is added when the file does not have the key), a folder
/// <c>input/…/</c> moves the file, a file name renames a file reported at its start, anything else replaces the key,
/// value, word or link address at the column. A line or column that does not hold what the help is about fails.
/// </summary>
internal static partial class SuggestedFix
{
    /// <summary>The literal text the help tells the writer to write (or, for "Haal `…` weg", to take away), or null when
    /// the help only describes what to do.</summary>
    public static Suggested? Suggestion(Diagnostic d, string root)
    {
        // "Haal de regel weg, of …": the line the diagnostic points at is what goes.
        if (d.Help.StartsWith("Haal de regel weg", StringComparison.Ordinal)) return new Suggested("", Remove: true);
        var quoted = Ticks().Matches(d.Message).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var all = Ticks().Matches(d.Help)
            .Select(m => new Suggested(m.Groups[1].Value, Removes(d.Help, m))).ToList();
        // The mistake and the keys the message names are quoted again in the help; what to take away may be one of them.
        var offered = all.Where(s => s.Remove || !quoted.Contains(s.Text)).ToList();
        // "Schrijf alleen de naam van een map in `themes/`, bijvoorbeeld `theme: default`": a whole line is what to write.
        if (offered.FirstOrDefault(s => s.Remove || KeyValue().Match(s.Text) is { Success: true } kv && kv.Groups[2].Success) is { } line) return line;
        if (offered.Count > 0) return offered[0];
        // "…stuurt bezoekers door naar `/nieuw/`. Schrijf liever meteen `/nieuw/`": the message names it too, but the line does not.
        var full = Path.Combine(root, d.Path);
        var written = File.Exists(full) && File.ReadAllLines(full) is var lines && d.Line >= 1 && d.Line <= lines.Length ? lines[d.Line - 1] : "";
        return all.FirstOrDefault(s => !written.Contains(s.Text, StringComparison.Ordinal));
    }

    /// <summary>"Haal `draft: true` weg", "Haal de regel met `count:` weg": the text is taken away, not "Haal de spaties
    /// vóór `date` weg".</summary>
    private static bool Removes(string help, Match m) =>
        help[(m.Index + m.Length)..].StartsWith(" weg", StringComparison.Ordinal) &&
        (help[..m.Index].EndsWith("Haal ", StringComparison.Ordinal) || help[..m.Index].EndsWith("Haal de regel met ", StringComparison.Ordinal));

    /// <param name="Remove">The help says to take the text away ("Haal `draft: true` weg").</param>
    public sealed record Suggested(string Text, bool Remove);

    /// <summary>What was done, and the file the diagnostic was about after it (moved or renamed).</summary>
    public sealed record Applied(string Path, string What);

    /// <summary>Applies <paramref name="suggestion"/> in the site at <paramref name="root"/>; throws when the diagnostic
    /// does not point at text that the suggestion can replace (a wrong line or column).</summary>
    public static Applied Apply(string root, Diagnostic d, Suggested suggested)
    {
        var (suggestion, full) = (suggested.Text, Path.Combine(root, d.Path));
        if (suggested.Remove) return Remove(d, full, suggestion);
        if (FolderSuggestion().IsMatch(suggestion))
        {
            var moved = suggestion + Path.GetFileName(d.Path);
            Directory.CreateDirectory(Path.Combine(root, suggestion));
            File.Move(full, Path.Combine(root, moved));
            return new Applied(moved, $"verplaatst naar {moved}");
        }
        if (FileSuggestion().IsMatch(suggestion) && File.Exists(full) && !suggestion.StartsWith('/') && (d.Line, d.Column) == (1, 1))
        {
            var renamed = suggestion.Contains('/') ? suggestion : Path.GetDirectoryName(d.Path)!.Replace('\\', '/') + "/" + suggestion;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, renamed))!);
            File.Move(full, Path.Combine(root, renamed));
            return new Applied(renamed, $"hernoemd naar {renamed}");
        }
        if (!File.Exists(full))
        {
            // The diagnostic is about a file that is missing: the writer makes it with what the help says.
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, $"---\n{suggestion}\n---\nTekst.\n", new UTF8Encoding(false));
            return new Applied(d.Path, $"aangemaakt met `{suggestion}`");
        }
        var lines = File.ReadAllText(full).Split('\n').ToList();
        if (d.Line < 1 || d.Line > lines.Count) throw new FixFailed($"regel {d.Line} bestaat niet in {d.Path}");
        var what = KeyValue().Match(suggestion) is { Success: true } kv
            ? kv.Groups[2].Success ? PutKeyValue(d, lines, kv.Groups[1].Value, suggestion) : ReplaceToken(d, lines, kv.Groups[1].Value)
            : ReplaceToken(d, lines, suggestion);
        File.WriteAllText(full, string.Join('\n', lines), new UTF8Encoding(false));
        return new Applied(d.Path, what);
    }

    /// <summary>Takes away the line the diagnostic points at, when it holds the text the help names.</summary>
    private static Applied Remove(Diagnostic d, string full, string text)
    {
        var lines = File.ReadAllText(full).Split('\n').ToList();
        if (d.Line < 1 || d.Line > lines.Count || !lines[d.Line - 1].Contains(text.TrimEnd(':'), StringComparison.Ordinal))
            throw new FixFailed($"de help zegt `{text}` weg te halen, maar dat staat niet op regel {d.Line}");
        if (text.Length == 0 && !YamlLines(d.Path, lines).Contains(d.Line - 1))
            throw new FixFailed($"de help zegt de regel weg te halen, maar regel {d.Line} is geen regel met gegevens");
        var was = lines[d.Line - 1];
        lines.RemoveAt(d.Line - 1);
        File.WriteAllText(full, string.Join('\n', lines), new UTF8Encoding(false));
        return new Applied(d.Path, $"regel {d.Line} (`{was.Trim()}`) weggehaald");
    }

    private static string PutKeyValue(Diagnostic d, List<string> lines, string key, string suggestion)
    {
        var line = lines[d.Line - 1];
        if (KeyOnLine(line, key) is { } at)
        {
            var flow = at > 0 && line[..at].TrimEnd() is var before && before.Length > 0 && before[^1] is '{' or ',';
            var end = flow ? ValueEnd(line, at + key.Length + 1) : line.TrimEnd().Length;
            if (d.Column - 1 < at || d.Column - 1 > end)
                throw new FixFailed($"kolom {d.Column} wijst niet naar `{key}:` op regel {d.Line} (`{line}`)");
            lines[d.Line - 1] = line[..at] + suggestion + line[end..];
            return $"regel {d.Line}: `{line.Trim()}` werd `{lines[d.Line - 1].Trim()}`";
        }
        if (d.Column <= line.Length && (line[(d.Column - 1)..].StartsWith(key + " ", StringComparison.Ordinal) ||
                                        line[(d.Column - 1)..].StartsWith(key + ":", StringComparison.Ordinal)))
        {
            // The key without its colon (`title Nieuw in de wijk`) or without the space after it (`title:Nieuw`): the
            // line is written anew.
            lines[d.Line - 1] = line[..(d.Column - 1)] + suggestion;
            return $"regel {d.Line}: `{line.Trim()}` werd `{suggestion}`";
        }
        var yaml = YamlLines(d.Path, lines);
        // A help may send the writer to another line when the message names it: "`end` is een tijd, maar `start` heeft
        // geen tijd. Zet de begintijd achter de datum: `start: 2026-12-08 10:00`".
        if (yaml.Where(i => KeyOnLine(lines[i], key) is not null).Select(i => (int?)i).FirstOrDefault() is { } other)
        {
            if (d.Message.Contains($"`{key}`", StringComparison.Ordinal))
            {
                var was = lines[other];
                lines[other] = was[..KeyOnLine(was, key)!.Value] + suggestion;
                return $"regel {other + 1} (genoemd in de melding): `{was.Trim()}` werd `{suggestion}`";
            }
            throw new FixFailed($"de help zegt `{suggestion}`, maar `{key}:` staat op regel {other + 1}, niet op regel {d.Line} waar de melding naar wijst");
        }
        if (!yaml.Contains(d.Line - 1) && !(d.Path.EndsWith(".md", StringComparison.Ordinal) && d.Line == 1))
            throw new FixFailed($"`{key}:` ontbreekt, maar regel {d.Line} hoort niet bij de gegevens bovenaan");
        var indent = lines[d.Line - 1].TrimStart().StartsWith("---", StringComparison.Ordinal) ? "" : line[..(line.Length - line.TrimStart().Length)];
        lines.Insert(d.Line, indent + suggestion);
        return $"`{suggestion}` toegevoegd na regel {d.Line}";
    }

    private static string ReplaceToken(Diagnostic d, List<string> lines, string suggestion)
    {
        var line = lines[d.Line - 1];
        var start = d.Column - 1;
        if (start < 0 || start >= line.Length) throw new FixFailed($"kolom {d.Column} ligt buiten regel {d.Line} (`{line}`)");
        var inYaml = YamlLines(d.Path, lines).Contains(d.Line - 1);
        int end;
        if (inYaml && KeyAt().Match(line[start..]) is { Success: true } k) end = start + k.Groups[1].Length;
        else if (inYaml) end = ValueEnd(line, start);
        else if ((line[start..].StartsWith('[') || line[start..].StartsWith("![", StringComparison.Ordinal))
                 && line.IndexOf("](", start, StringComparison.Ordinal) is var close and > 0)
            (start, end) = (close + 2, line.IndexOf(')', close + 2) is var p and > 0 ? p : line.Length);
        else if (start > 0 && line[start - 1] == '(') end = line.IndexOf(')', start) is var p and > 0 ? p : line.Length;
        else if (!suggestion.Any(char.IsLetterOrDigit)) end = start + Marks().Match(line[start..]).Length;
        else if (suggestion.StartsWith('#')) end = line.TrimEnd().Length;
        else end = start + Word().Match(line[start..]).Length;
        var token = line[start..end];
        if (inYaml && token.Length > 0 && token[0] is '[' or '{' && suggestion[0] is not ('[' or '{'))
            throw new FixFailed($"kolom {d.Column} wijst naar de hele lijst `{token}`, niet naar wat erin veranderd moet worden");
        if (token.Trim().Length == 0) throw new FixFailed($"op regel {d.Line}, kolom {d.Column} staat niets om te vervangen (`{line}`)");
        if (token == suggestion) throw new FixFailed($"op regel {d.Line}, kolom {d.Column} staat `{token}` al");
        lines[d.Line - 1] = line[..start] + suggestion + line[end..];
        return $"regel {d.Line}: `{token}` werd `{suggestion}`";
    }

    /// <summary>Where a value that starts at <paramref name="from"/> ends: at the comma or bracket that closes it inside
    /// [ ] or { }, else at the end of the line.</summary>
    private static int ValueEnd(string line, int from)
    {
        var depth = line[..from].Count(c => c is '[' or '{') - line[..from].Count(c => c is ']' or '}');
        if (depth <= 0) return line.TrimEnd().Length;
        var quote = '\0';
        for (var i = from; i < line.Length; i++)
        {
            var c = line[i];
            if (quote != '\0') { if (c == quote) quote = '\0'; continue; }
            if (c is '"' or '\'' && line[from..i].Trim().Length == 0) quote = c;
            else if (c is ',' or ']' or '}') return line[..i].TrimEnd().Length;
        }
        return line.TrimEnd().Length;
    }

    private static int? KeyOnLine(string line, string key)
    {
        foreach (Match m in Regex.Matches(line, $@"(?<=^\s*|[{{,]\s*){Regex.Escape(key)}:(\s|$)"))
            return m.Index;
        return null;
    }

    /// <summary>The 0-based lines that are YAML: all of a settings or data file, the front matter of a Markdown file.</summary>
    public static HashSet<int> YamlLines(string path, List<string> lines)
    {
        if (!path.EndsWith(".md", StringComparison.Ordinal)) return Enumerable.Range(0, lines.Count).ToHashSet();
        var close = lines.FindIndex(1, l => l.TrimEnd() == "---");
        return close < 0 ? [] : Enumerable.Range(1, close - 1).ToHashSet();
    }

    [GeneratedRegex("`([^`]+)`")] private static partial Regex Ticks();
    [GeneratedRegex(@"^input/[a-z]+/$")] private static partial Regex FolderSuggestion();
    [GeneratedRegex(@"^[\w./-]+\.[a-z]{2,4}$")] private static partial Regex FileSuggestion();
    [GeneratedRegex(@"^([a-z_]+):(\s.*)?$", RegexOptions.Singleline)] private static partial Regex KeyValue();
    [GeneratedRegex(@"^([\w-]+)\s*:(\s|$)")] private static partial Regex KeyAt();
    [GeneratedRegex(@"^[\p{L}\p{N}_-]+")] private static partial Regex Word();
    [GeneratedRegex(@"^[^\p{L}\p{N}\s]+")] private static partial Regex Marks();
}

/// <summary>The help could not be followed as written, or the diagnostic did not point at what it is about.</summary>
internal sealed class FixFailed(string message) : Exception(message);
