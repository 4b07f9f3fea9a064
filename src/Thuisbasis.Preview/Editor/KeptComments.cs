using System.Text.RegularExpressions;

namespace Thuisbasis.Preview.Editor;

/// <summary>
/// Puts the writer's YAML comments back into a file the web editor saves. Decap CMS parses the front matter (or
/// <c>statiq.config</c>) and writes it anew, which drops every <c># note</c> a writer left for a colleague
/// ("# Op nieuwjaarsdag wandelen we niet."). A comment on its own line goes back above the key it stood above, at any
/// depth (<c>contact:</c> then <c># alleen op werkdagen</c> above <c>phone:</c>; the ones above the first key stay at the
/// top), also inside a list's items; a comment after a value goes back on the line that still reads the same. A comment above a key the writer
/// removed goes with it.
/// </summary>
public static partial class KeptComments
{
    public static string Restore(string? before, string after, bool wholeFileIsYaml)
    {
        if (before is null) return after;
        var old = Region(Lines(before), wholeFileIsYaml);
        var lines = Lines(after);
        var region = Region(lines, wholeFileIsYaml);
        if (old is null || region is null) return after;
        var (oldStart, oldEnd) = old.Value;
        var oldLines = Lines(before);
        var (start, end) = region.Value;
        var yaml = lines.GetRange(start, end - start);
        var present = new HashSet<string>(yaml.Where(IsComment).Select(l => l.Trim()), StringComparer.Ordinal);

        var header = new List<string>();
        var above = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var pending = new List<string>();
        var seenKey = false;
        var oldPaths = KeyPaths(oldLines, oldStart, oldEnd);
        for (var i = oldStart; i < oldEnd; i++)
        {
            var line = oldLines[i];
            if (IsComment(line))
            {
                if (!present.Contains(line.Trim())) pending.Add(line);
                continue;
            }
            if (oldPaths[i - oldStart] is not { } key) continue;
            if (pending.Count > 0 && !seenKey) header.AddRange(pending);
            else if (pending.Count > 0 && above.TryGetValue(key, out var list)) list.AddRange(pending);
            else if (pending.Count > 0) above[key] = [.. pending];
            pending.Clear();
            seenKey = true;
        }

        for (var i = 0; i < yaml.Count; i++)
            if (TrailingComment(oldLines, oldStart, oldEnd, yaml[i]) is { } withComment) yaml[i] = withComment;
        var result = new List<string>(header);
        var paths = KeyPaths(yaml, 0, yaml.Count);
        for (var i = 0; i < yaml.Count; i++)
        {
            if (paths[i] is { } key && above.Remove(key, out var comments)) result.AddRange(comments);
            result.Add(yaml[i]);
        }
        result.AddRange(pending);
        lines.RemoveRange(start, end - start);
        lines.InsertRange(start, result);
        return string.Join("\n", lines);
    }

    /// <summary>The old line that reads like <paramref name="line"/> followed by a comment, or null.</summary>
    private static string? TrailingComment(List<string> old, int start, int end, string line)
    {
        for (var i = start; i < end; i++)
        {
            var at = CommentStart(old[i]);
            if (at > 0 && old[i][..at].TrimEnd() == line.TrimEnd()) return old[i];
        }
        return null;
    }

    /// <summary>Where a comment after a value starts: a <c>#</c> after a space, outside quotes; -1 when there is none.</summary>
    private static int CommentStart(string line)
    {
        char? quote = null;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote is not null) { if (c == quote) quote = null; continue; }
            if (c is '"' or '\'') quote = c;
            else if (c == '#' && i > 0 && char.IsWhiteSpace(line[i - 1])) return line[..i].Trim().Length == 0 ? -1 : i;
        }
        return -1;
    }

    /// <summary>The YAML lines: the whole file, or those between the front matter's <c>---</c> fences.</summary>
    internal static (int Start, int End)? Region(List<string> lines, bool wholeFileIsYaml)
    {
        // The empty string after the file's last newline is not a line: comments at the end go before it, and the file
        // keeps ending in a newline.
        if (wholeFileIsYaml) return (0, lines.Count > 0 && lines[^1].Length == 0 ? lines.Count - 1 : lines.Count);
        if (lines.Count == 0 || lines[0].TrimEnd() != "---") return null;
        var close = lines.FindIndex(1, l => l.TrimEnd() is "---" or "...");
        return close < 0 ? null : (1, close);
    }

    internal static List<string> Lines(string text) => [.. text.Replace("\r\n", "\n").Split('\n')];

    private static bool IsComment(string line) => line.TrimStart().StartsWith('#');

    /// <summary>
    /// Each line's key as a path from the top by indentation (<c>contact/phone</c>), so a key keeps its comment when
    /// Decap puts it elsewhere in its group; an item of a list counts as a step of its own (<c>links/2/url</c>), as its
    /// keys have the same names in every item. Null for a line that holds no key (a plain list item, a comment, an empty line).
    /// </summary>
    private static string?[] KeyPaths(List<string> lines, int start, int end)
    {
        var paths = new string?[end - start];
        var open = new List<(int Indent, string Step, bool Item)>();
        var items = new Dictionary<string, int>(StringComparer.Ordinal);
        string PathOf() => string.Join('/', open.Select(o => o.Step));
        for (var i = start; i < end; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0 || IsComment(line)) continue;
            var indent = line.Length - line.TrimStart(' ').Length;
            var item = line[indent] == '-' && (indent + 1 == line.Length || line[indent + 1] == ' ');
            // A list's items may stand at its key's own indent (`links:`, then `- title: …`): they stay under that key.
            while (open.Count > 0 && (open[^1].Indent > indent || open[^1].Indent == indent && (!item || open[^1].Item)))
                open.RemoveAt(open.Count - 1);
            if (item)
            {
                var list = PathOf();
                items[list] = items.GetValueOrDefault(list) + 1;
                open.Add((indent, items[list].ToString(System.Globalization.CultureInfo.InvariantCulture), true));
                indent++;
                while (indent < line.Length && line[indent] == ' ') indent++;
            }
            if (Key().Match(line, indent) is not { Success: true } m) continue;
            open.Add((indent, m.Groups[1].Value, false));
            paths[i - start] = PathOf();
        }
        return paths;
    }

    [GeneratedRegex(@"\G([A-Za-z_][\w-]*)\s*:(\s|$)")]
    private static partial Regex Key();
}
