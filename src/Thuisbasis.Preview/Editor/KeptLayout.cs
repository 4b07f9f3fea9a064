using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Thuisbasis.Preview.Editor;

/// <summary>
/// Keeps the writer's own layout of the front matter (or <c>statiq.config</c>) when the web editor saves. Decap CMS
/// parses the YAML and writes all of it anew: <c>[a, b]</c> and <c>{ }</c> become indented lines, long values are
/// wrapped, keys come in the form's order and quotes go (<c>end: "21:00"</c> becomes <c>end: 21:00</c>), so a one-word
/// edit showed as a diff of twenty lines. Here every top-level key whose value did not change keeps its old text exactly
/// (lines, quotes, flow style, comments, the blank lines after it), in the old order; a changed key takes Decap's text,
/// a removed key goes, a new key goes after the key Decap put it after. Runs before <see cref="KeptComments"/>.
/// </summary>
/// <remarks>
/// Values are compared as Decap reads them (YAML 1.2 core schema: a quoted <c>"21:00"</c> and a plain <c>21:00</c> are
/// the same text, a plain <c>null</c> or <c>12</c> is not the text <c>"null"</c> or <c>"12"</c>). Whenever anything is
/// unclear (YAML that does not parse, anchors, duplicate keys, a line at the left margin that is no <c>key:</c>) or the
/// result would not read exactly as what Decap sent, Decap's text is written as it came.
/// </remarks>
public static partial class KeptLayout
{
    public static string Restore(string? before, string after, bool wholeFileIsYaml)
    {
        if (before is null) return after;
        try
        {
            return Merge(before, after, wholeFileIsYaml) ?? after;
        }
        catch (Exception)
        {
            // Keeping the layout is a courtesy: whatever goes wrong in it, the save itself goes on with Decap's text.
            return after;
        }
    }

    private static string? Merge(string before, string after, bool wholeFileIsYaml)
    {
        var oldLines = KeptComments.Lines(before);
        var lines = KeptComments.Lines(after);
        if (KeptComments.Region(oldLines, wholeFileIsYaml) is not { } oldRegion ||
            KeptComments.Region(lines, wholeFileIsYaml) is not { } region) return null;
        var (oldStart, oldEnd) = oldRegion;
        var (start, end) = region;
        var oldYaml = oldLines.GetRange(oldStart, oldEnd - oldStart);
        var yaml = lines.GetRange(start, end - start);
        if (Split(oldYaml) is not { Blocks.Count: > 0 } old || Split(yaml) is not { } sent) return null;
        if (Mapping(oldYaml, old.Blocks) is not { } oldMap || Mapping(yaml, sent.Blocks) is not { } newMap) return null;

        var newKeys = sent.Blocks.Select(b => b.Key).ToList();
        var result = new List<string>(old.Header);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        // New keys Decap put before every key the file already had.
        AddNewAfter(null);
        foreach (var block in old.Blocks)
        {
            if (!newMap.TryGetValue(block.Key, out var value)) continue; // removed, with the comments above it
            result.AddRange(block.Above);
            if (Same(oldMap[block.Key], value)) result.AddRange(block.Lines);
            else result.AddRange(sent.Blocks.First(b => b.Key == block.Key).Lines);
            result.AddRange(block.Blank);
            placed.Add(block.Key);
            AddNewAfter(block.Key);
        }
        foreach (var key in newKeys.Where(k => !placed.Contains(k)))
            result.AddRange(sent.Blocks.First(b => b.Key == key).Lines);
        result.AddRange(old.Footer);

        // Safety: what is written must read exactly as what Decap sent, or Decap's text is written.
        if (Mapping(result, Split(result)?.Blocks) is not { } written || !SameMap(written, newMap)) return null;
        lines.RemoveRange(start, end - start);
        lines.InsertRange(start, result);
        return string.Join("\n", lines);

        void AddNewAfter(string? key)
        {
            var at = key is null ? 0 : newKeys.IndexOf(key) + 1;
            if (key is not null && at == 0) return;
            for (var i = at; i < newKeys.Count && !oldMap.ContainsKey(newKeys[i]); i++)
            {
                result.AddRange(sent.Blocks[i].Lines);
                placed.Add(newKeys[i]);
            }
        }
    }

    private sealed record Block(string Key, List<string> Above, List<string> Lines, List<string> Blank);

    private sealed record Layout(List<string> Header, List<Block> Blocks, List<string> Footer);

    /// <summary>
    /// The YAML lines cut into top-level keys: each key's own lines (the key line and every indented or <c>- </c> line
    /// after it), the comments and blank lines above it, and the blank lines after it. Null when a line at the left
    /// margin is neither a key, a comment nor a list item.
    /// </summary>
    private static Layout? Split(List<string> yaml)
    {
        var header = new List<string>();
        var blocks = new List<Block>();
        var pending = new List<string>();
        Block? current = null;
        foreach (var line in yaml)
        {
            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                pending.Add(line);
                continue;
            }
            if (line[0] is ' ' || line == "-" || line.StartsWith("- ", StringComparison.Ordinal))
            {
                if (current is null) return null;
                current.Lines.AddRange(pending);
                pending.Clear();
                current.Lines.Add(line);
                continue;
            }
            if (Key().Match(line) is not { Success: true } m) return null;
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
        var map = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, value) in root.Children)
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

    [GeneratedRegex(@"^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$")]
    private static partial Regex Number();
}
