using Thuisbasis.Diagnostics;
using YamlDotNet.Core;

namespace Thuisbasis.Content;

/// <summary>
/// Turns what the YAML parser could not read into one Dutch sentence at the place the writer has to change, with the
/// line as it should be written. The parser's own English ("While scanning a plain scalar…") never reaches a writer.
/// </summary>
internal static partial class YamlProblems
{
    /// <param name="lines">The YAML text in lines; line 1 of the parser is <c>lines[0]</c>.</param>
    /// <param name="lineOffset">Lines in the file before the YAML text (the opening <c>---</c>), 0 for a whole YAML file.</param>
    public static void Report(string path, IReadOnlyList<string> lines, int lineOffset, Exception error, DiagnosticBag diagnostics)
    {
        var (line, column, message, help) = Explain(lines, error, lineOffset == 0);
        diagnostics.Error("TB0100", new SourcePosition(path, line + lineOffset, column), message, help);
    }

    /// <summary>Where the second of a key written twice starts (1-based, in the YAML text), when that is what the
    /// parser stumbled on; null for any other problem.</summary>
    public static (int Line, int Column)? SecondKeyAt(Exception error) =>
        error is YamlException y && Has(y.InnerException?.Message ?? y.Message, "duplicate key")
            ? ((int)Math.Max(1, y.Start.Line), (int)Math.Max(1, y.Start.Column)) : null;

    private static (int Line, int Column, string Message, string Help) Explain(IReadOnlyList<string> lines, Exception error, bool wholeFile)
    {
        var text = error is YamlException y ? (y.InnerException?.Message ?? y.Message) : "";
        var (line, column) = error is YamlException e ? ((int)Math.Max(1, e.Start.Line), (int)Math.Max(1, e.Start.Column)) : (1, 1);
        var row = line <= lines.Count ? lines[line - 1] : "";

        if ((text.Length == 0 || Has(text, "flow")) && OpenBracket(lines) is { } open)
        {
            var closer = open.Bracket == '[' ? ']' : '}';
            // The writer's own line closed, when the rest of it is on that line; else an example.
            var own = open.Line <= lines.Count ? lines[open.Line - 1].TrimEnd() : "";
            var next = LineBelow(lines, open.Line);
            return (open.Line, open.Column, $"De `{open.Bracket}` op deze regel wordt niet gesloten.",
                own.Contains('#') || own.Contains(closer) || next is not null && Indent(next) > Indent(own)
                    ? $"Zet `{closer}` aan het eind, bijvoorbeeld `{(closer == ']' ? "tags: [mantelzorg, buurt]" : "author: { name: Ria, role: cliënt }")}`."
                    : $"Zet `{closer}` aan het eind: `{own.Trim()}{(closer == '}' ? " }" : "]")}`.");
        }
        if (ValueStart(row) is { } sign && sign < row.Length && SignOfItsOwn(row, sign))
        {
            var value = row[sign..].Trim();
            return (line, sign + 1, $"De waarde van `{KeyOf(row)}` begint met `{row[sign]}`; dat teken heeft hier een eigen betekenis.",
                $"Zet de hele waarde tussen aanhalingstekens: `{KeyOf(row)}: {Quoted(value)}`.");
        }
        if (Has(text, "duplicate key"))
            return (line, column, $"`{KeyOf(row)}` staat er twee keer in.", $"Laat één van de twee regels met `{KeyOf(row)}:` staan.");

        // A quote opened and not closed on its line: YAML reads on to the next one, maybe lines further down
        // (`name: 't Buurthuis` … `description: 't Buurthuis helpt`), and stumbles there.
        if (UnclosedQuoteAbove(lines, line) is { } opened)
            return Unclosed(opened.Line, lines[opened.Line - 1], opened.Start);
        if (ValueStart(row) is { } start && start < row.Length && row[start] is '"' or '\'')
        {
            var key = KeyOf(row);
            var quote = row[start];
            var close = ClosingQuote(row, start);
            if (close < 0 && Has(text, "quoted scalar"))
                return Unclosed(line, row, start);
            if (close > 0 && column > close + 1 && row[(close + 1)..].Trim() is { Length: > 0 } after && after[0] != '#')
                return (line, start + 1, $"De waarde van `{key}` staat tussen aanhalingstekens, maar er staan ook aanhalingstekens ín de tekst.",
                    $"Zet de hele waarde tussen enkele aanhalingstekens: `{key}: {SingleQuoted(Inner(row[start..].TrimEnd(), quote))}`.");
        }

        if (NoSpaceAfterColon(lines, line) is { } glued) return glued;

        if (Has(text, "could not find expected ':'") && !row.Contains(':') && row.Trim() is { Length: > 0 } bare)
        {
            if (bare.Length > 1 && bare[0] == '-' && bare[1] != '-')
                return (line, row.Length - row.TrimStart().Length + 1, "Na het streepje (-) van een lijst hoort een spatie.",
                    $"Schrijf `- {bare[1..].Trim()}`.");
            return NoColon(line, row);
        }

        if (Has(text, "invalid mapping") || Has(text, "mapping values are not allowed"))
        {
            var first = row.IndexOf(": ", StringComparison.Ordinal);
            if (first >= 0 && first + 1 < column - 1)
            {
                var key = KeyOf(row);
                var value = row[(first + 2)..].Trim();
                return (line, column, $"In de waarde van `{key}` staat een dubbele punt (:).",
                    $"Zet de hele waarde tussen aanhalingstekens: `{key}: {Quoted(value)}`.");
            }
            var indent = row.Length - row.TrimStart().Length;
            var above = LineAbove(lines, line - 1);
            // `title Nieuw in de wijk` without its colon, then `date: …`: YAML reads the two lines as one key and stumbles
            // on the second, which is not indented at all. The line to change is the one above.
            if (above is not null && !above.Contains(':') && indent <= Indent(above) && !above.TrimStart().StartsWith('-'))
                return NoColon(LastIndexOf(lines, above, line - 1) + 1, above);
            // `city: Amsterdam` that lost its spaces inside a block (`contact:`), with `  phone:` below it: YAML stumbles
            // on `phone`, which is right; the line to change is `city`, the one between two lines of the block.
            if (above is not null && above.Contains(':') && Indent(above) < indent && LastIndexOf(lines, above, line - 1) is var lost &&
                LineAbove(lines, lost) is { } before && Indent(before) == indent && !before.TrimStart().StartsWith('-'))
            {
                var parent = ParentOf(lines, lost, indent);
                return (lost + 1, Indent(above) + 1, $"`{KeyOf(above)}` springt minder ver in dan de regels erboven en eronder.",
                    $"Zet {indent} spaties vóór `{KeyOf(above)}`, recht onder `{KeyOf(before)}`{(parent is null ? "" : $": het hoort bij `{parent}`")}.");
            }
            var aboveKey = above is null ? null : KeyOf(above);
            var help = above is null || aboveKey is null
                ? $"Zet `{KeyOf(row)}` met evenveel spaties ervoor als de andere regels van hetzelfde blok."
                : Indent(above) == 0
                    ? $"Haal de spaties vóór `{KeyOf(row)}` weg, zodat het recht onder `{aboveKey}` staat."
                    : $"Zet `{KeyOf(row)}` recht onder `{aboveKey}`, met {Indent(above)} spaties ervoor.";
            return (line, indent + 1, $"`{KeyOf(row)}` springt verder in dan de regel erboven.", help);
        }

        if (Outdented(lines, line) is { } outdented) return outdented;

        return (Math.Min(line, Math.Max(1, lines.Count)), 1,
            wholeFile ? "Deze regel in dit bestand kan niet gelezen worden." : "Deze regel in de gegevens bovenaan kan niet gelezen worden.",
            "Vergelijk de regel met een voorbeeld uit de handleiding: elke regel `sleutel: waarde`, inspringen met spaties, en tekst met een dubbele punt tussen aanhalingstekens.");
    }

    /// <summary>A line with a key and a value but no colon between them: the line as it should be, the value quoted when
    /// it needs it (<c>title 't Buurthuis</c>: <c>title: "'t Buurthuis"</c>).</summary>
    private static (int, int, string, string) NoColon(int line, string row)
    {
        var bare = row.Trim();
        var space = bare.IndexOf(' ');
        var value = space < 0 ? "" : bare[(space + 1)..].Trim();
        var written = space < 0 ? $"{bare}: ..." : $"{bare[..space]}: {(YamlValue.Written(value) == value ? value : Quoted(value))}";
        return (line, row.Length - row.TrimStart().Length + 1, $"Na `{(space < 0 ? bare : bare[..space])}` ontbreekt de dubbele punt.",
            $"Schrijf `{written}`: de sleutel, een dubbele punt, een spatie en dan de waarde.");
    }

    private static int LastIndexOf(IReadOnlyList<string> lines, string line, int before)
    {
        for (var i = Math.Min(before, lines.Count) - 1; i >= 0; i--)
            if (lines[i] == line) return i;
        return 0;
    }

    private static (int, int, string, string) Unclosed(int line, string row, int start)
    {
        var key = KeyOf(row);
        var quote = row[start];
        var value = row[start..].Trim();
        // 't, 's, 'n: the Dutch apostrophe. Closing it as well would make `'t Buurthuis` read as `t Buurthuis`.
        var rest = row[(start + 1)..].Trim();
        var quoted = Quoted(value);
        var help = quote == '\'' && Elision().IsMatch(value)
            ? "Een ' vooraan begint in deze regels een tekst tussen aanhalingstekens. Zet de hele waarde tussen " +
              (quoted[0] == '"' ? "dubbele aanhalingstekens" : "enkele aanhalingstekens, met elke ' in de tekst dubbel") + $": `{key}: {quoted}`."
            : quote == '"' && rest.Contains('\\')
                ? $"Zet de waarde tussen enkele aanhalingstekens (tussen dubbele leest het programma een \\ als begin van een speciaal teken): `{key}: {SingleQuoted(rest)}`."
                : $"Zet aan het eind van de waarde ook een {quote}: `{key}: {quote}{rest}{quote}`, of haal het eerste weg.";
        return (line, start + 1, $"Het aanhalingsteken ({quote}) aan het begin van `{key}` wordt niet gesloten.", help);
    }

    /// <summary>The first line before <paramref name="errorLine"/> whose value opens a quote it does not close.</summary>
    private static (int Line, int Start)? UnclosedQuoteAbove(IReadOnlyList<string> lines, int errorLine)
    {
        for (var i = 0; i < Math.Min(errorLine - 1, lines.Count); i++)
            if (ValueStart(lines[i]) is { } start && start < lines[i].Length && lines[i][start] is '"' or '\'' && ClosingQuote(lines[i], start) < 0)
                return (i + 1, start);
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^'[a-zA-Z]{1,2}[ -]")]
    private static partial System.Text.RegularExpressions.Regex Elision();

    private static bool Has(string text, string part) => text.Contains(part, StringComparison.OrdinalIgnoreCase);

    private static int Indent(string line) => line.Length - line.TrimStart().Length;

    /// <summary>The name before the first colon, without a list's <c>- </c>; the whole trimmed line when there is no colon.</summary>
    private static string KeyOf(string line)
    {
        var t = line.Trim();
        if (t.StartsWith("- ", StringComparison.Ordinal)) t = t[2..].TrimStart();
        var colon = t.IndexOf(':');
        return (colon < 0 ? t : t[..colon]).Trim();
    }

    /// <summary>Where the value after <c>key: </c> starts, or null when the line has no <c>key: </c>.</summary>
    private static int? ValueStart(string line)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 0 || line.AsSpan(0, colon).ContainsAny('"', '\'')) return null;
        var at = colon + 2;
        while (at < line.Length && line[at] == ' ') at++;
        return at;
    }

    /// <summary>The index of the quote that closes the one at <paramref name="open"/>, or -1.</summary>
    private static int ClosingQuote(string line, int open)
    {
        var quote = line[open];
        for (var c = open + 1; c < line.Length; c++)
        {
            if (quote == '"' && line[c] == '\\') { c++; continue; }
            if (line[c] != quote) continue;
            if (quote == '\'' && c + 1 < line.Length && line[c + 1] == '\'') { c++; continue; }
            return c;
        }
        return -1;
    }

    /// <summary>The text meant by a value that opens with a quote: without the outer quotes when it also ends with one
    /// (<c>"Ria zegt "hallo""</c>), whole when the quote only marks a word (<c>"Nieuw" buurthuis</c>).</summary>
    private static string Inner(string value, char quote) =>
        value.Length > 1 && value[^1] == quote ? value[1..^1] : value;

    /// <summary>The value between quotes as YAML reads it back unchanged: double quotes, or single ones when it has a " or
    /// a \ (between double quotes <c>C:\Users</c> would be read as an escape, and fail).</summary>
    private static string Quoted(string value) => value.Contains('"') || value.Contains('\\') ? SingleQuoted(value) : $"\"{value}\"";

    /// <summary>
    /// A plain value YAML reads as something else because of its first character: <c>*</c> and <c>&amp;</c> (references),
    /// <c>!</c> (a type), <c>@</c>, <c>`</c> and <c>%</c> (reserved), or <c>[…]</c> and <c>{…}</c> followed by more text.
    /// </summary>
    public static bool SignOfItsOwn(string row, int at)
    {
        var ch = row[at];
        if (ch is '*' or '&' or '!' or '@' or '`' or '%') return true;
        if (ch is not ('[' or '{')) return false;
        var close = row.IndexOf(ch == '[' ? ']' : '}', at);
        return close > 0 && row[(close + 1)..].Trim() is { Length: > 0 } after && after[0] != '#';
    }

    /// <summary>
    /// A value that starts with <c>!</c> (<c>title: !Belangrijk: lees dit</c>) is read without its first word, without
    /// any error from the parser: every such value is reported, so no title silently loses words.
    /// </summary>
    public static bool CheckTags(string path, IReadOnlyList<string> lines, int lineOffset, YamlDotNet.RepresentationModel.YamlNode root,
        DiagnosticBag diagnostics)
    {
        var ok = true;
        Walk(root);
        return ok;

        void Walk(YamlDotNet.RepresentationModel.YamlNode node)
        {
            if (!node.Tag.IsEmpty && node.Start.Line >= 1 && node.Start.Line <= lines.Count)
            {
                var row = lines[(int)node.Start.Line - 1];
                var at = (int)node.Start.Column - 1;
                var value = at < row.Length ? row[at..].Trim() : "";
                diagnostics.Error("TB0100", new SourcePosition(path, (int)node.Start.Line + lineOffset, at + 1),
                    $"De waarde van `{KeyOf(row)}` begint met `!`; dan valt het eerste woord weg.",
                    $"Zet de hele waarde tussen aanhalingstekens: `{KeyOf(row)}: {Quoted(value)}`.");
                ok = false;
            }
            switch (node)
            {
                case YamlDotNet.RepresentationModel.YamlSequenceNode seq:
                    foreach (var child in seq.Children) Walk(child);
                    break;
                case YamlDotNet.RepresentationModel.YamlMappingNode map:
                    foreach (var (_, v) in map.Children) Walk(v);
                    break;
            }
        }
    }

    private static string SingleQuoted(string value) => "'" + value.Replace("'", "''") + "'";

    /// <summary>The first line after the 1-based <paramref name="line"/> with data on it; null at the end.</summary>
    private static string? LineBelow(IReadOnlyList<string> lines, int line)
    {
        for (var i = line; i < lines.Count; i++)
            if (lines[i].Trim() is { Length: > 0 } t && t[0] != '#') return lines[i];
        return null;
    }

    /// <summary>
    /// <c>title:Nieuw in de wijk</c>, or with a non-breaking space after the colon (a Mac's Option+Space, Word): YAML reads
    /// the line as one word and stumbles on it or on the next line. The error line or the one above it, when either is
    /// such a line: the line as it should be.
    /// </summary>
    private static (int, int, string, string)? NoSpaceAfterColon(IReadOnlyList<string> lines, int line)
    {
        for (var index = Math.Min(line, lines.Count) - 1; index >= 0 && index >= line - 2; index--)
        {
            var row = lines[index];
            if (row.Trim().Length == 0) { line--; continue; }
            if (Glued().Match(row) is not { Success: true } m) continue;
            var key = m.Groups["key"].Value;
            var value = m.Groups["value"].Value.Trim().Trim('\u00A0').Trim();
            var written = value.Length == 0 ? $"{key}: ..." : $"{key}: {(YamlValue.Written(value) == value ? value : Quoted(value))}";
            // The invisible character named, or the writer sees a space there and does not know what to change.
            if (m.Groups["value"].Value.StartsWith('\u00A0'))
                return (index + 1, m.Groups["key"].Index + 1,
                    $"Na `{key}:` staat een harde spatie (die maakt Word, of een Mac met Option+spatie); die lijkt op een spatie, maar is het niet.",
                    $"Haal het teken na de dubbele punt weg en typ een gewone spatie: `{written}`.");
            return (index + 1, m.Groups["key"].Index + 1, $"Na `{key}:` ontbreekt de spatie.",
                $"Schrijf `{written}`: de sleutel, een dubbele punt, een spatie en dan de waarde.");
        }
        return null;
    }

    // A key at the start of a line (or of a list item), a colon, and then no space: a letter, or a non-breaking space.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:-\s+)?(?<key>[A-Za-z_][\w-]*):(?!//)(?<value>(?:\u00A0|[^\s\u00A0]).*)$")]
    private static partial System.Text.RegularExpressions.Regex Glued();

    /// <summary>The key of the block a line at <paramref name="indent"/> belongs to: the nearest line above with less indent.</summary>
    private static string? ParentOf(IReadOnlyList<string> lines, int index, int indent)
    {
        for (var i = index - 1; i >= 0; i--)
            if (lines[i].Trim() is { Length: > 0 } t && t[0] != '#' && Indent(lines[i]) < indent)
                return t.EndsWith(':') ? KeyOf(lines[i]) : null;
        return null;
    }

    /// <summary>
    /// A line of a block that lost a space (<c>&#160;max: 4400</c> under <c>&#160;&#160;min: 3100</c>): it springs in
    /// less than the block's other lines but more than the key they belong to, so it belongs to neither. The parser
    /// only says it cannot read it; the help says where it goes, under the block's first line.
    /// </summary>
    private static (int, int, string, string)? Outdented(IReadOnlyList<string> lines, int line)
    {
        if (line < 2 || line > lines.Count || lines[line - 1] is not { } row || row.Trim() is not { Length: > 0 } text || text[0] is '#' or '-')
            return null;
        var indent = Indent(row);
        string? first = null;
        for (var i = line - 2; i >= 0; i--)
        {
            if (lines[i].Trim() is not { Length: > 0 } t || t[0] == '#') continue;
            if (Indent(lines[i]) <= indent)
            {
                if (first is null || Indent(lines[i]) == indent || !t.EndsWith(':')) return null;
                var key = KeyOf(row);
                // `apply_email` under a `contact:` block belongs at the start of the line, like `contact` itself.
                return (line, indent + 1, $"`{key}` springt minder ver in dan de regel erboven.", Indent(lines[i]) == 0 && OwnLine(key)
                    ? $"Haal de spaties vóór `{key}` weg, zodat het recht onder `{KeyOf(lines[i])}` staat."
                    : $"Zet `{key}` recht onder `{KeyOf(first)}`, met {Indent(first)} spaties ervoor: het hoort bij `{KeyOf(lines[i])}`.");
            }
            if (first is null || Indent(lines[i]) <= Indent(first)) first = lines[i];
        }
        return null;
    }

    /// <summary>A key that stands on a line of its own in some content file and never inside a block (<c>apply_email</c>, not <c>name</c>).</summary>
    private static bool OwnLine(string key) =>
        !Nested.Contains(key) && new[] { KnownKeys.Page, KnownKeys.Story, KnownKeys.Vacancy, KnownKeys.Testimonial, KnownKeys.Service,
            KnownKeys.Person, KnownKeys.Activity }.Any(keys => keys.Contains(key));

    private static readonly HashSet<string> Nested =
        [.. KnownKeys.Salary, .. KnownKeys.Contact, .. KnownKeys.Repeat, .. KnownKeys.Place, .. KnownKeys.Registration, .. KnownKeys.ClientAuthor, .. KnownKeys.Socials];

    private static string? LineAbove(IReadOnlyList<string> lines, int index)
    {
        for (var i = index - 1; i >= 0; i--)
            if (lines[i].Trim() is { Length: > 0 } t && t[0] != '#') return lines[i];
        return null;
    }

    /// <summary>The last <c>[</c> or <c>{</c> that is never closed, outside quoted text and comments.</summary>
    private static (int Line, int Column, char Bracket)? OpenBracket(IReadOnlyList<string> lines)
    {
        var open = new Stack<(int Line, int Column, char Bracket)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            for (var c = 0; c < line.Length; c++)
            {
                var ch = line[c];
                if (ch is '"' or '\'' && (c == 0 || line[c - 1] is ' ' or '[' or '{' or ','))
                {
                    var close = ClosingQuote(line, c);
                    if (close < 0) break;
                    c = close;
                }
                else if (ch == '#' && (c == 0 || line[c - 1] == ' ')) break;
                else if (ch is '[' or '{') open.Push((i + 1, c + 1, ch));
                else if (ch is ']' or '}' && open.Count > 0) open.Pop();
            }
        }
        return open.Count > 0 ? open.Peek() : null;
    }
}
