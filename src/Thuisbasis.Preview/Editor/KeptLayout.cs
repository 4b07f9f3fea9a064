using System.Text.RegularExpressions;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Thuisbasis.Preview.Editor;

/// <summary>
/// Keeps the writer's own layout of the front matter (or <c>statiq.config</c>) when the web editor saves. Decap CMS
/// parses the YAML and writes all of it anew: <c>[a, b]</c> and <c>{ }</c> become indented lines, long values are
/// wrapped, keys come in the form's order and quotes go (<c>end: "21:00"</c> becomes <c>end: 21:00</c>), so a one-word
/// edit showed as a diff of twenty lines. Here every top-level key whose value did not change keeps its old text exactly
/// (lines, quotes, flow style, comments, the blank lines after it), in the old order; a changed key takes Decap's text,
/// a removed key goes, a new key goes after the key Decap put it after. Inside a changed block of indented keys
/// (<c>contact:</c>, <c>pages:</c>) the same is done key by key, at any depth, so changing one page's title in
/// <c>statiq.config</c> changes that page's line only; Decap's lines go in at the writer's indentation. A changed
/// <c>[a, b]</c> or <c>{ }</c> takes Decap's lines whole. Runs before <see cref="KeptComments"/>.
/// </summary>
/// <remarks>
/// Values are compared as Decap reads them (YAML 1.2 core schema: a quoted <c>"21:00"</c> and a plain <c>21:00</c> are
/// the same text, a plain <c>null</c> or <c>12</c> is not the text <c>"null"</c> or <c>"12"</c>). Whenever anything is
/// unclear (YAML that does not parse, anchors, duplicate keys, a line at the left margin that is no <c>key:</c>) or the
/// result would not read exactly as what Decap sent, less is kept: first only the top-level keys, then nothing (Decap's
/// text as it came).
/// </remarks>
public static partial class KeptLayout
{
    public static string Restore(string? before, string after, bool wholeFileIsYaml)
    {
        if (before is null) return after;
        // Inside changed blocks first; if that cannot be done safely, key by key at the top; else Decap's text as it came.
        return Attempt(nested: true) ?? Attempt(nested: false) ?? after;

        string? Attempt(bool nested)
        {
            try
            {
                return Merge(before, after, wholeFileIsYaml, nested);
            }
            catch (Exception)
            {
                // Keeping the layout is a courtesy: whatever goes wrong in it, the save itself goes on.
                return null;
            }
        }
    }

    private static string? Merge(string before, string after, bool wholeFileIsYaml, bool nested)
    {
        var oldLines = KeptComments.Lines(before);
        var lines = KeptComments.Lines(after);
        if (KeptComments.Region(oldLines, wholeFileIsYaml) is not { } oldRegion ||
            KeptComments.Region(lines, wholeFileIsYaml) is not { } region) return null;
        var (oldStart, oldEnd) = oldRegion;
        var (start, end) = region;
        var oldYaml = oldLines.GetRange(oldStart, oldEnd - oldStart);
        var yaml = lines.GetRange(start, end - start);
        if (Split(oldYaml, 0) is not { Blocks.Count: > 0 } old || Split(yaml, 0) is not { } sent) return null;
        if (Mapping(oldYaml, old.Blocks) is not { } oldMap || Mapping(yaml, sent.Blocks) is not { } newMap) return null;
        if (Merge(old, oldMap, 0, sent, newMap, 0, nested) is not { } result) return null;

        // Safety: what is written must read exactly as what Decap sent, or Decap's text is written.
        if (Mapping(result, Split(result, 0)?.Blocks) is not { } written || !SameMap(written, newMap)) return null;
        lines.RemoveRange(start, end - start);
        lines.InsertRange(start, result);
        return string.Join("\n", lines);
    }

    /// <summary>
    /// One mapping's lines, its keys at <paramref name="oldIndent"/> in the writer's text and at
    /// <paramref name="indent"/> in Decap's: every key whose value reads the same keeps the writer's text, in the writer's
    /// order; a changed key takes Decap's lines at the writer's indentation (or, when <paramref name="nested"/> and both
    /// are block mappings, the same done inside it); a removed key goes, a new key goes after the key Decap put it after.
    /// </summary>
    private static List<string>? Merge(Layout old, Dictionary<string, YamlNode> oldMap, int oldIndent,
        Layout sent, Dictionary<string, YamlNode> newMap, int indent, bool nested)
    {
        var newKeys = sent.Blocks.Select(b => b.Key).ToList();
        var result = new List<string>(old.Header);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        // New keys Decap put before every key the file already had.
        if (!AddNewAfter(null)) return null;
        foreach (var block in old.Blocks)
        {
            if (!newMap.TryGetValue(block.Key, out var value)) continue; // removed, with the comments above it
            var sentBlock = sent.Blocks.First(b => b.Key == block.Key);
            var lines = Same(oldMap[block.Key], value) ? block.Lines
                : (nested ? Inside(block, oldMap[block.Key], oldIndent, sentBlock, value, indent) : null)
                    ?? Shifted(sentBlock.Lines, indent, oldIndent);
            if (lines is null) return null;
            result.AddRange(block.Above);
            result.AddRange(lines);
            result.AddRange(block.Blank);
            placed.Add(block.Key);
            if (!AddNewAfter(block.Key)) return null;
        }
        foreach (var key in newKeys.Where(k => !placed.Contains(k)))
        {
            if (Shifted(sent.Blocks.First(b => b.Key == key).Lines, indent, oldIndent) is not { } lines) return null;
            result.AddRange(lines);
        }
        result.AddRange(old.Footer);
        return result;

        bool AddNewAfter(string? key)
        {
            var at = key is null ? 0 : newKeys.IndexOf(key) + 1;
            if (key is not null && at == 0) return true;
            for (var i = at; i < newKeys.Count && !oldMap.ContainsKey(newKeys[i]); i++)
            {
                if (Shifted(sent.Blocks[i].Lines, indent, oldIndent) is not { } lines) return false;
                result.AddRange(lines);
                placed.Add(newKeys[i]);
            }
            return true;
        }
    }

    /// <summary>
    /// A changed key whose value is a block mapping on both sides (the writer's <c>contact:</c> with indented lines
    /// under it): the writer's key line, then the keys under it merged the same way. Null when either side is anything
    /// else (a <c>{ }</c> on one line, a list, a tag) or its lines are unclear; the key then takes Decap's lines whole.
    /// </summary>
    private static List<string>? Inside(Block old, YamlNode oldValue, int oldIndent, Block sent, YamlNode value, int indent)
    {
        if (oldValue is not YamlMappingNode { Style: not MappingStyle.Flow } oldNode ||
            value is not YamlMappingNode { Style: not MappingStyle.Flow } node) return null;
        if (!BareKey().IsMatch(old.Lines[0]) || !BareKey().IsMatch(sent.Lines[0])) return null;
        var oldInner = old.Lines.GetRange(1, old.Lines.Count - 1);
        var inner = sent.Lines.GetRange(1, sent.Lines.Count - 1);
        if (Indentation(oldInner) is not { } oldAt || oldAt <= oldIndent || Indentation(inner) is not { } at || at <= indent) return null;
        if (Split(oldInner, oldAt) is not { Blocks.Count: > 0 } oldLayout || Split(inner, at) is not { } layout) return null;
        if (Keys(oldNode, oldLayout.Blocks) is not { } oldMap || Keys(node, layout.Blocks) is not { } map) return null;
        return Merge(oldLayout, oldMap, oldAt, layout, map, at, nested: true) is { } merged ? [old.Lines[0], .. merged] : null;
    }

    /// <summary>Decap's lines moved from its indentation to the writer's; null when a line is less indented than that.</summary>
    private static List<string>? Shifted(List<string> lines, int from, int to)
    {
        if (from == to) return lines;
        var shifted = new List<string>(lines.Count);
        foreach (var line in lines)
        {
            if (line.Trim().Length == 0) shifted.Add(line);
            else if (Depth(line) < from) return null;
            else shifted.Add(new string(' ', to) + line[from..]);
        }
        return shifted;
    }

    /// <summary>How far the first line that is neither blank nor a comment is indented.</summary>
    private static int? Indentation(List<string> lines) =>
        lines.FirstOrDefault(l => l.Trim().Length > 0 && l[Depth(l)] != '#') is { } line ? Depth(line) : null;

    private static int Depth(string line) => line.Length - line.TrimStart(' ').Length;

    private sealed record Block(string Key, List<string> Above, List<string> Lines, List<string> Blank);

    private sealed record Layout(List<string> Header, List<Block> Blocks, List<string> Footer);

    /// <summary>
    /// The YAML lines cut into the keys at <paramref name="indent"/> (0 for the top level): each key's own lines (the key
    /// line and every deeper or <c>- </c> line after it), the comments and blank lines above it, and the blank lines after
    /// it. Null when a line at that indentation is neither a key, a comment nor a list item, or a line is less indented.
    /// </summary>
    private static Layout? Split(List<string> yaml, int indent)
    {
        var header = new List<string>();
        var blocks = new List<Block>();
        var pending = new List<string>();
        Block? current = null;
        foreach (var line in yaml)
        {
            var depth = Depth(line);
            if (line.Trim().Length == 0 || (depth <= indent && line[depth] == '#'))
            {
                pending.Add(line);
                continue;
            }
            if (depth > indent || (depth == indent && (line[depth..] == "-" || line[depth..].StartsWith("- ", StringComparison.Ordinal))))
            {
                if (current is null) return null;
                current.Lines.AddRange(pending);
                pending.Clear();
                current.Lines.Add(line);
                continue;
            }
            if (depth < indent || Key().Match(line[indent..]) is not { Success: true } m) return null;
            // Blank lines straight after a value stay with it; comments (and what follows them) belong to the next key.
            var blank = pending.TakeWhile(l => l.Trim().Length == 0).Count();
            if (current is null) header.AddRange(pending);
            else current.Blank.AddRange(pending.Take(blank));
            current = new Block(m.Groups[1].Value, current is null ? [] : [.. pending.Skip(blank)], [line], []);
            blocks.Add(current);
            pending.Clear();
        }
        return new Layout(header, blocks, pending);
    }

    /// <summary>The parsed mapping, key by key, when its keys are exactly the blocks' keys and nothing is anchored.</summary>
    private static Dictionary<string, YamlNode>? Mapping(List<string> yaml, List<Block>? blocks)
    {
        if (blocks is null) return null;
        var stream = new YamlStream();
        stream.Load(new StringReader(string.Join("\n", yaml) + "\n"));
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root) return null;
        if (root.AllNodes.Any(n => !n.Anchor.IsEmpty)) return null;
        return Keys(root, blocks);
    }

    /// <summary>A mapping's values by key, when every key is text, none comes twice, and they are the blocks' keys in order.</summary>
    private static Dictionary<string, YamlNode>? Keys(YamlMappingNode node, List<Block> blocks)
    {
        var map = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, value) in node.Children)
            if (key is not YamlScalarNode { Value: { } name } || !map.TryAdd(name, value)) return null;
        return map.Keys.SequenceEqual(blocks.Select(b => b.Key)) ? map : null;
    }

    private static bool SameMap(Dictionary<string, YamlNode> a, Dictionary<string, YamlNode> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var v) && Same(p.Value, v));

    /// <summary>Whether two values read the same (YAML 1.2 core schema, as Decap reads them).</summary>
    internal static bool Same(YamlNode a, YamlNode b) => (a, b) switch
    {
        (YamlScalarNode x, YamlScalarNode y) => Resolve(x) == Resolve(y),
        (YamlSequenceNode x, YamlSequenceNode y) => x.Tag == y.Tag && x.Children.Count == y.Children.Count &&
            x.Children.Zip(y.Children).All(p => Same(p.First, p.Second)),
        // A mapping's keys have no order in YAML: the writer's order of `contact:` lines is kept when only Decap's differs.
        (YamlMappingNode x, YamlMappingNode y) => x.Tag == y.Tag && x.Children.Count == y.Children.Count &&
            x.Children.All(p => y.Children.Count(q => Same(p.Key, q.Key) && Same(p.Value, q.Value)) == 1),
        _ => false,
    };

    private static (string Kind, string Value) Resolve(YamlScalarNode node)
    {
        var value = node.Value ?? "";
        if (!node.Tag.IsEmpty) return (node.Tag.Value, value);
        if (node.Style is not YamlDotNet.Core.ScalarStyle.Plain) return ("str", value);
        if (value is "" or "~" or "null" or "Null" or "NULL") return ("null", "");
        if (value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE") return ("bool", value.ToLowerInvariant());
        // Numbers keep their spelling: 1.0 and 1 count as different, so the writer's text is only kept when it is the same.
        return Number().IsMatch(value) ? ("number", value) : ("str", value);
    }

    [GeneratedRegex(@"^([A-Za-z_][\w-]*)\s*:(\s|$)")]
    private static partial Regex Key();

    /// <summary>A key line with nothing after the colon but perhaps a comment: a block of indented lines follows.</summary>
    [GeneratedRegex(@"^ *[A-Za-z_][\w-]*\s*:\s*(#.*)?$")]
    private static partial Regex BareKey();

    [GeneratedRegex(@"^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$")]
    private static partial Regex Number();
}
