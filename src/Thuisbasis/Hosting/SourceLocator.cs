using Thuisbasis.Diagnostics;

namespace Thuisbasis.Hosting;

/// <summary>
/// Finds where a value was written in a content file, for messages about checks that run long after reading
/// (the front matter keeps values, not positions). Falls back to the start of the file.
/// </summary>
public static class SourceLocator
{
    public static SourcePosition Find(string root, string sourcePath, string value, string? afterKey = null)
    {
        var full = Path.Combine(root, sourcePath);
        if (!File.Exists(full)) return SourcePosition.StartOf(sourcePath);
        var lines = File.ReadAllLines(full);
        var start = afterKey is null ? 0 : Math.Max(0, Array.FindIndex(lines, l => l.TrimStart().StartsWith(afterKey + ":", StringComparison.Ordinal)));
        for (var i = start; i < lines.Length; i++)
        {
            var column = lines[i].IndexOf(value, StringComparison.Ordinal);
            if (column >= 0) return new SourcePosition(sourcePath, i + 1, column + 1);
        }
        return SourcePosition.StartOf(sourcePath);
    }

    /// <summary>
    /// The <paramref name="occurrence"/>-th (from 0) place <paramref name="word"/> is written as a whole word, with the
    /// same capitals, in the text below the front matter: a word that comes back is each time found at its own place.
    /// </summary>
    public static SourcePosition FindWord(string root, string sourcePath, string word, int occurrence)
    {
        var full = Path.Combine(root, sourcePath);
        if (!File.Exists(full)) return SourcePosition.StartOf(sourcePath);
        var lines = File.ReadAllLines(full);
        var start = 0;
        if (lines.Length > 0 && lines[0].TrimEnd() == "---")
            start = Math.Max(0, Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...") + 1);
        for (var i = start; i < lines.Length; i++)
            for (var at = lines[i].IndexOf(word, StringComparison.Ordinal); at >= 0; at = lines[i].IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                var end = at + word.Length;
                if (at > 0 && char.IsLetterOrDigit(lines[i][at - 1]) || end < lines[i].Length && char.IsLetterOrDigit(lines[i][end])) continue;
                if (occurrence-- == 0) return new SourcePosition(sourcePath, i + 1, at + 1);
            }
        return Find(root, sourcePath, word);
    }

    /// <summary>
    /// Where a Markdown heading of <paramref name="level"/> starts (its first #), in the text below the front matter, so a
    /// title or an earlier sentence with the same words, or a <c>##</c> that contains <c>#</c>, is not taken for it. The
    /// first such heading holding <paramref name="text"/> (any, when null); null when there is none (an HTML heading, one
    /// underlined with ===).
    /// </summary>
    public static SourcePosition? FindHeading(string root, string sourcePath, int level, string? text)
    {
        var full = Path.Combine(root, sourcePath);
        if (!File.Exists(full)) return null;
        var lines = File.ReadAllLines(full);
        var start = lines.Length > 0 && lines[0].TrimEnd() == "---" ? Math.Max(0, Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...") + 1) : 0;
        var marks = new string('#', level);
        for (var i = start; i < lines.Length; i++)
        {
            var line = lines[i];
            var indent = line.Length - line.TrimStart(' ').Length;
            if (indent > 3 || !line.AsSpan(indent).StartsWith(marks, StringComparison.Ordinal)) continue;
            var after = line.AsSpan(indent + level);
            if (after.Length > 0 && after[0] is not (' ' or '\t')) continue;
            if (text is null || line.Contains(text, StringComparison.Ordinal)) return new SourcePosition(sourcePath, i + 1, indent + 1);
        }
        return null;
    }

    /// <summary>
    /// Where a link's address was written: inside <c>](…)</c>, <c>&lt;…&gt;</c> or <c>href="…"</c> first, so link text that
    /// repeats the address (<c>[contact](contact)</c>) or a word earlier on the line is not taken for it.
    /// </summary>
    public static SourcePosition FindLink(string root, string sourcePath, string href)
    {
        var full = Path.Combine(root, sourcePath);
        if (!File.Exists(full)) return SourcePosition.StartOf(sourcePath);
        var lines = File.ReadAllLines(full);
        foreach (var before in (string[])["](", "<", "href=\"", "href='", "]: "])
            for (var i = 0; i < lines.Length; i++)
            {
                var column = lines[i].IndexOf(before + href, StringComparison.Ordinal);
                if (column >= 0) return new SourcePosition(sourcePath, i + 1, column + before.Length + 1);
            }
        return Find(root, sourcePath, href);
    }
}
