using Thuisbasis.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Thuisbasis.Content;

/// <summary>
/// The YAML block between the two <c>---</c> lines at the top of a content file, and the Markdown body after it.
/// Keeps the YAML nodes (not plain values) so every problem can point at its line and column.
/// </summary>
public sealed class FrontMatter
{
    private FrontMatter(string path, YamlMappingNode map, int lineOffset, string body, int bodyLine)
    {
        Path = path;
        Map = map;
        LineOffset = lineOffset;
        Body = body;
        BodyLine = bodyLine;
    }

    public string Path { get; }
    public YamlMappingNode Map { get; }
    /// <summary>Lines before the YAML text starts in the file (the opening <c>---</c>).</summary>
    public int LineOffset { get; }
    public string Body { get; }
    /// <summary>The 1-based line where the Markdown body starts.</summary>
    public int BodyLine { get; }

    public SourcePosition PositionOf(YamlNode node) =>
        new(Path, (int)node.Start.Line + LineOffset, (int)node.Start.Column);

    public SourcePosition Start => new(Path, 1, 1);

    /// <summary>
    /// Splits and parses a file. Returns null (with diagnostics) when the front matter cannot be read at all. A mistake
    /// with one plain meaning (a tab, curly quotes, a bare hashtag, a key written twice) is reported and the front matter
    /// returned as the writer meant it, so the file's other problems are found in the same build.
    /// </summary>
    public static FrontMatter? Parse(SourceFile file, DiagnosticBag diagnostics)
    {
        // Cut by position rather than into lines: only the YAML between the two `---` lines and the body after them are
        // copied out, once each (splitting a whole file into lines and joining them again cost two copies of every file).
        var text = file.Text.Contains('\r') ? file.Text.Replace("\r\n", "\n").Replace('\r', '\n') : file.Text;
        // A merge conflict first: the YAML parser would stumble on its marker lines with a message that misleads.
        var clean = MergeConflicts.Check(file.Path, text, 0, diagnostics);
        if (!clean && file.Body is null) return null;
        var firstEnd = LineEnd(text, 0);
        if (text.Length == 0 || !text.AsSpan(0, firstEnd).TrimEnd().SequenceEqual("---"))
        {
            ReportOpening(file.Path, text, text.AsSpan(0, firstEnd), diagnostics);
            return null;
        }

        var close = -1;
        int closeStart = -1, closeEnd = -1, dashLine = -1;
        var line = 1;
        for (var start = firstEnd + 1; start <= text.Length && firstEnd < text.Length; line++)
        {
            var end = LineEnd(text, start);
            var l = text.AsSpan(start, end - start).TrimEnd();
            if (l.SequenceEqual("---") || l.SequenceEqual("..."))
            {
                close = line;
                closeStart = start;
                closeEnd = end;
                break;
            }
            if (dashLine < 0 && IsDashLine(text.AsSpan(start, end - start))) dashLine = line + 1;
            if (end == text.Length) break;
            start = end + 1;
        }
        if (file.Body is { } read && close > 0) clean &= MergeConflicts.Check(file.Path, read, close + 1, diagnostics);
        if (!clean) return null;
        if (close < 0 && dashLine > 0)
        {
            diagnostics.Error("TB0113", new SourcePosition(file.Path, dashLine, 1),
                "Deze regel moet de gegevens bovenaan afsluiten, maar het zijn geen drie gewone streepjes.",
                "Maak er `---` van: drie keer het minteken (Word en telefoons maken er soms een lang streepje van).");
            return null;
        }
        if (close < 0)
        {
            diagnostics.Error("TB0113", SourcePosition.StartOf(file.Path),
                "De gegevens bovenaan worden niet afgesloten met een regel `---`.",
                "Zet een regel met alleen `---` onder de laatste regel met gegevens, vóór de tekst.");
            return null;
        }

        var yaml = close == 1 ? "" : text[(firstEnd + 1)..(closeStart - 1)];
        var body = file.Body ?? (closeEnd >= text.Length ? "" : text[(closeEnd + 1)..]);
        var map = ParseYaml(file.Path, yaml, diagnostics);
        return map is null ? null : new FrontMatter(file.Path, map, 1, body, close + 2);
    }

    /// <summary>The file does not start with <c>---</c>: say whether it is empty, starts with empty lines, or starts
    /// with dashes Word turned into a long dash, rather than only that the data is missing.</summary>
    private static void ReportOpening(string path, string text, ReadOnlySpan<char> firstLine, DiagnosticBag diagnostics)
    {
        var at = SourcePosition.StartOf(path);
        if (text.AsSpan().Trim().IsEmpty)
            diagnostics.Error("TB0113", at, "Dit bestand is leeg.",
                "Zet er een regel `---` in, daaronder de gegevens zoals `title: ...`, nog een regel `---` en dan de tekst; of haal het bestand weg.");
        else if (firstLine.Trim().IsEmpty && FirstFilledLine(text).SequenceEqual("---"))
            diagnostics.Error("TB0113", at, "Boven de eerste regel `---` staat een lege regel.",
                "Haal de lege regel(s) weg, zodat `---` op de allereerste regel staat.");
        else if (IsDashLine(firstLine))
            diagnostics.Error("TB0113", at, "De eerste regel moet de gegevens bovenaan openen, maar het zijn geen drie gewone streepjes.",
                "Maak er `---` van: drie keer het minteken (Word en telefoons maken er soms een lang streepje van).");
        else
            diagnostics.Error("TB0113", at,
                "Dit bestand begint niet met `---`, dus de gegevens bovenaan (titel, datum) ontbreken.",
                "Zet op de eerste regel `---`, daaronder de gegevens zoals `title: ...`, en sluit af met nog een regel `---`.");
    }

    private static ReadOnlySpan<char> FirstFilledLine(string text)
    {
        var rest = text.AsSpan().TrimStart();
        var end = rest.IndexOf('\n');
        return (end < 0 ? rest : rest[..end]).TrimEnd();
    }

    /// <summary>A line of dashes that is not <c>---</c>: <c>--</c>, <c>----</c>, or the long dashes Word makes of <c>---</c>.</summary>
    private static bool IsDashLine(ReadOnlySpan<char> line)
    {
        var t = line.TrimEnd();
        return t.Length > 0 && !t.SequenceEqual("---") && !t.SequenceEqual("-") && !t.SequenceEqual("...")
               && !t.ContainsAnyExcept("-—–‒―−");
    }

    /// <summary>Parses a whole YAML file (settings, data) into a mapping; null with a diagnostic when it is not valid YAML.</summary>
    public static FrontMatter? ParseYamlFile(SourceFile file, DiagnosticBag diagnostics)
    {
        if (!MergeConflicts.Check(file.Path, file.Text, 0, diagnostics)) return null;
        var map = ParseYaml(file.Path, file.Text, diagnostics, lineOffset: 0);
        return map is null ? null : new FrontMatter(file.Path, map, 0, "", 1);
    }

    private static YamlMappingNode? ParseYaml(string path, string yaml, DiagnosticBag diagnostics, int lineOffset = 1)
    {
        if (string.IsNullOrWhiteSpace(yaml)) return new YamlMappingNode();
        var lines = SplitLines(yaml);
        if (YamlGuard.CheckText(path, lines, lineOffset, diagnostics) is not { } meant) return null;
        // After a repair the writer's mistakes are reported already; what the parser says of the repaired text may be the
        // repair's own doing (a tab made two spaces, one level too deep), so it is not said.
        var repaired = !ReferenceEquals(meant, lines);
        if (repaired) yaml = string.Join('\n', meant);
        var flat = false;
        for (var dropped = 0; ; dropped++)
        {
            try
            {
                var stream = new YamlStream();
                // Simple `key: value` lines skip YamlDotNet's scanner; the nodes are the same (see SimpleYaml).
                if (SimpleYaml.TryParse(yaml) is { } simple) stream.Load(simple);
                else stream.Load(new StringReader(yaml));
                if (stream.Documents.Count == 0) return new YamlMappingNode();
                var root = stream.Documents[0].RootNode;
                if (!YamlGuard.CheckTree(path, root, lineOffset, diagnostics)) return null;
                if (!YamlProblems.CheckTags(path, lines, lineOffset, root, diagnostics)) return null;
                if (root is YamlMappingNode map) return map;
                if (repaired || dropped > 0) return null;
                diagnostics.Error("TB0100", new SourcePosition(path, (int)root.Start.Line + lineOffset, (int)root.Start.Column),
                    lineOffset == 0 ? "Dit bestand is geen lijst van `sleutel: waarde`-regels." : "De gegevens bovenaan zijn geen lijst van `sleutel: waarde`-regels.",
                    "Schrijf elke regel als `sleutel: waarde`, bijvoorbeeld `title: Mijn verhaal`.");
                return null;
            }
            catch (Exception e) when (e is YamlException or ArgumentException or InvalidOperationException)
            {
                if (repaired && YamlProblems.SecondKeyAt(e) is null)
                {
                    // Two spaces for a tab are one level too deep when the tab stood before a key at the left edge:
                    // once, before any key was left out, the tabs are taken away instead.
                    if (flat || dropped > 0 || YamlGuard.CheckText(path, lines, lineOffset, new DiagnosticBag(), tab: "") is not { } flatLines)
                        return null;
                    (flat, yaml) = (true, string.Join('\n', flatLines));
                    continue;
                }
                YamlProblems.Report(path, lines, lineOffset, e, diagnostics);
                // A key written twice on a line of its own: the first one counts, and the rest of the file is read on
                // without the second, so its other problems are in this build's list too.
                if (dropped >= MaxDuplicateKeys || YamlProblems.SecondKeyAt(e) is not { } second
                    || WithoutKeyLine(yaml, second) is not { } without) return null;
                yaml = without;
            }
        }
    }

    /// <summary>Keys written twice that are each reported and left out before a file is given up on.</summary>
    private const int MaxDuplicateKeys = 20;

    /// <summary>The YAML text with the key that starts line <paramref name="line"/> (1-based) and its indented value
    /// lines blanked, keeping every other line where it was; null when that key does not start its line (it sits
    /// inside <c>{ }</c>, where leaving the line out would lose the other values on it).</summary>
    private static string? WithoutKeyLine(string yaml, (int Line, int Column) second)
    {
        var lines = yaml.Split('\n');
        if (second.Line > lines.Length) return null;
        var row = lines[second.Line - 1];
        var indent = row.Length - row.TrimStart(' ').Length;
        if (second.Column != indent + 1) return null;
        lines[second.Line - 1] = "";
        for (var i = second.Line; i < lines.Length; i++)
        {
            var next = lines[i];
            if (next.Trim().Length > 0 && next.Length - next.TrimStart(' ').Length <= indent) break;
            lines[i] = "";
        }
        return string.Join('\n', lines);
    }

    /// <summary>Where the line starting at <paramref name="start"/> ends: at its newline, or at the end of the text.</summary>
    private static int LineEnd(string text, int start)
    {
        var at = text.IndexOf('\n', start);
        return at < 0 ? text.Length : at;
    }

    private static string[] SplitLines(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
}
