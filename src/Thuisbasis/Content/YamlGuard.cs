using System.Text.RegularExpressions;
using Thuisbasis.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Thuisbasis.Content;

/// <summary>
/// Looks at YAML text before and after parsing for the mistakes writers make (tabs, hashtags that YAML reads as
/// comments, curly quotes from Word) and for hostile input (deep nesting, alias bombs), so each gets its own plain
/// message instead of a parser error or an endless expansion.
/// </summary>
internal static partial class YamlGuard
{
    /// <summary>Deeper than any real front matter; keeps the recursive parser and walkers far from the stack limit.</summary>
    public const int MaxDepth = 32;
    /// <summary>Nodes visited with aliases expanded; a real settings file has a few hundred.</summary>
    public const int MaxExpandedNodes = 20_000;

    private const string OpenQuotes = "“„‘‚«";
    private const string CloseQuotes = "”“’‘»";

    /// <summary>
    /// Reports every mistake in the raw text. Returns the lines to give the parser: <paramref name="lines"/> itself when
    /// nothing was wrong; after a tab, curly quotes or a bare hashtag (each reported), a copy with what the writer meant
    /// (spaces, straight quotes, a quoted hashtag), so the rest of the file is still checked in this build; null when the
    /// text is not safe to parse at all (too deeply nested).
    /// </summary>
    /// <param name="tab">What a tab in the indentation becomes in the repaired copy: two spaces, one level as the
    /// message advises; or nothing, for a tab before a key that belongs at the left edge.</param>
    public static IReadOnlyList<string>? CheckText(string path, IReadOnlyList<string> lines, int lineOffset, DiagnosticBag diagnostics,
        string tab = "  ")
    {
        string[]? repaired = null;
        var blockIndent = -1;
        var depth = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var lineNo = i + 1 + lineOffset;
            var indent = line.Length - line.TrimStart(' ', '\t').Length;
            if (blockIndent >= 0)
            {
                if (line.Trim().Length == 0 || indent > blockIndent) continue;
                blockIndent = -1;
            }
            var tabAt = line.AsSpan(0, indent).IndexOf('\t');
            if (tabAt >= 0)
                diagnostics.Error("TB0115", new SourcePosition(path, lineNo, tabAt + 1),
                    lineOffset == 0 ? "Deze regel springt in met een tab; in dit bestand mogen alleen spaties."
                        : "Deze regel springt in met een tab; in de gegevens bovenaan mogen alleen spaties.",
                    "Vervang de tab door twee spaties.");
            if (indent > 4 * MaxDepth || CompactIndicators(line, indent) > MaxDepth)
            {
                diagnostics.Error("TB0118", new SourcePosition(path, lineNo, 1), "De gegevens bovenaan zijn te diep genest.",
                    "Gebruik hoogstens een paar niveaus inspringing, zoals in de voorbeelden van de handleiding.");
                return null;
            }
            var meant = CheckLine(path, line, lineNo, ref depth, diagnostics);
            if (depth > MaxDepth)
            {
                diagnostics.Error("TB0118", new SourcePosition(path, lineNo, 1), "De gegevens bovenaan zijn te diep genest.",
                    "Gebruik hoogstens een paar niveaus haakjes [ ] en { }, zoals in de voorbeelden van de handleiding.");
                return null;
            }
            if (tabAt >= 0) meant = line[..indent].Replace("\t", tab) + meant[indent..];
            if (!ReferenceEquals(meant, line)) (repaired ??= [.. lines])[i] = meant;
            if (BlockScalar().IsMatch(line)) blockIndent = indent;
        }
        return repaired ?? lines;
    }

    /// <summary>How many <c>- </c> or <c>? </c> start one line (<c>- - - x</c> nests a list in a list each time).</summary>
    private static int CompactIndicators(string line, int at)
    {
        var count = 0;
        while (at + 1 < line.Length && line[at] is '-' or '?' && line[at + 1] is ' ')
        {
            count++;
            at += 2;
            while (at < line.Length && line[at] == ' ') at++;
        }
        return count;
    }

    /// <summary>
    /// Hashtags and curly quotes on one line, outside quoted text; tracks [ ] and { } depth across lines. Returns the line
    /// as the writer meant it: the same string when nothing was wrong, else with each reported mistake undone.
    /// </summary>
    private static string CheckLine(string path, string line, int lineNo, ref int depth, DiagnosticBag diagnostics)
    {
        List<(int Start, int End, string Meant)>? repairs = null;
        var quote = '\0';
        for (var c = 0; c < line.Length; c++)
        {
            var ch = line[c];
            if (quote != '\0')
            {
                if (quote == '"' && ch == '\\') c++; // an escape such as \" inside double quotes
                else if (quote == '\'' && ch == '\'' && c + 1 < line.Length && line[c + 1] == '\'') c++; // '' inside single quotes
                else if (ch == quote) quote = '\0';
                continue;
            }
            switch (ch)
            {
                case '"' or '\'' when c == 0 || line[c - 1] is ' ' or '[' or '{' or ',' or ':' or '-':
                    quote = ch;
                    continue;
                case '[' or '{':
                    if (++depth > MaxDepth) return line; // reported by the caller, which sees the depth
                    continue;
                case ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    continue;
                case '#' when IsHashtag(line, c):
                    var end = c + 1;
                    while (end < line.Length && !char.IsWhiteSpace(line[end]) && line[end] is not (',' or ']' or '}')) end++;
                    var tag = line[c..end];
                    diagnostics.Error("TB0116", new SourcePosition(path, lineNo, c + 1),
                        $"`{tag}` wordt gelezen als opmerking, omdat het met # begint; het valt dan weg.",
                        $"Zet het tussen rechte aanhalingstekens: `\"{tag}\"`.");
                    (repairs ??= []).Add((c, end, $"\"{tag}\""));
                    c = end - 1;
                    continue;
                case '#' when c == 0 || char.IsWhiteSpace(line[c - 1]):
                    return Apply(line, repairs); // a real comment: the rest of the line is not data
            }
            if (OpenQuotes.Contains(ch) && StartsValue(line, c) && CurlyQuoted(line, c))
            {
                var close = ClosingCurlyQuote(line, c);
                var inner = line[(c + 1)..close].Replace("\\", "\\\\").Replace("\"", "\\\"");
                diagnostics.Error("TB0117", new SourcePosition(path, lineNo, c + 1),
                    "Deze waarde staat tussen gekrulde aanhalingstekens (zoals Word ze maakt); die horen dan bij de tekst.",
                    $"Vervang ze door rechte aanhalingstekens: `\"{inner}\"`, of laat ze weg.");
                (repairs ??= []).Add((c, close + 1, $"\"{inner}\""));
                c = close;
            }
        }
        return Apply(line, repairs);
    }

    private static string Apply(string line, List<(int Start, int End, string Meant)>? repairs)
    {
        if (repairs is null) return line;
        var meant = new System.Text.StringBuilder(line.Length + 8);
        var at = 0;
        foreach (var (start, end, text) in repairs)
        {
            meant.Append(line, at, start - at).Append(text);
            at = end;
        }
        return meant.Append(line, at, line.Length - at).ToString();
    }

    /// <summary>The first closing curly quote after <paramref name="open"/> that ends the value: followed by nothing, a
    /// comment, or the <c>,</c> <c>]</c> <c>}</c> of a list (so <c>[“a”, “b”]</c> is two values).</summary>
    private static int ClosingCurlyQuote(string line, int open)
    {
        var last = -1;
        for (var j = open + 1; j < line.Length; j++)
        {
            if (!CloseQuotes.Contains(line[j])) continue;
            last = j;
            var after = line.AsSpan(j + 1).TrimStart(' ');
            if (after.IsEmpty || after[0] is ',' or ']' or '}' or '#') return j;
        }
        return last;
    }

    /// <summary>A <c>#</c> right after <c>- </c>, <c>[</c>, <c>,</c> or <c>key: </c>, followed by a letter or digit: a hashtag, not a comment.</summary>
    private static bool IsHashtag(string line, int at)
    {
        if (at + 1 >= line.Length || !char.IsLetterOrDigit(line[at + 1])) return false;
        if (line[..at].Trim().Length == 0) return false; // a whole-line comment written without a space
        // After a space YAML starts a comment, so `tags: #zorg` and `title: Dit is #1` lose text; after [ , { too.
        return char.IsWhiteSpace(line[at - 1]) || line[at - 1] is '[' or '{' or ',';
    }

    private static bool StartsValue(string line, int at)
    {
        var before = line[..at].TrimEnd();
        return before.Length > 0 && before[^1] is ':' or '-' or '[' or ',';
    }

    private static bool CurlyQuoted(string line, int at)
    {
        var rest = line[(at + 1)..];
        var comment = rest.IndexOf(" #", StringComparison.Ordinal);
        if (comment >= 0) rest = rest[..comment];
        rest = rest.TrimEnd().TrimEnd(',', ']', '}').TrimEnd();
        return rest.Length > 0 && CloseQuotes.Contains(rest[^1]);
    }

    /// <summary>Walks the parsed nodes with aliases expanded, stopping at a budget, so an alias bomb is reported, not expanded.</summary>
    public static bool CheckTree(string path, YamlNode root, int lineOffset, DiagnosticBag diagnostics)
    {
        var budget = MaxExpandedNodes;
        var tooDeep = false;
        Walk(root, 0);
        if (budget >= 0 && !tooDeep) return true;
        diagnostics.Error("TB0118", new SourcePosition(path, (int)root.Start.Line + lineOffset, 1),
            tooDeep ? "De gegevens bovenaan zijn te diep genest." : "De gegevens bovenaan verwijzen te vaak naar elkaar (met & en *).",
            "Schrijf elke waarde gewoon uit, zonder & en *.");
        return false;

        void Walk(YamlNode node, int depth)
        {
            if (--budget < 0 || tooDeep) return;
            if (depth > MaxDepth) { tooDeep = true; return; }
            switch (node)
            {
                case YamlSequenceNode seq:
                    foreach (var child in seq.Children) Walk(child, depth + 1);
                    break;
                case YamlMappingNode map:
                    foreach (var (k, v) in map.Children) { Walk(k, depth + 1); Walk(v, depth + 1); }
                    break;
            }
        }
    }

    [GeneratedRegex(@"(:|^\s*-)\s*[|>][+-]?[0-9]?[+-]?\s*(#.*)?$")]
    private static partial Regex BlockScalar();
}
