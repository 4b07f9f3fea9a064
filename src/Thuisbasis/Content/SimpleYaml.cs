using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Thuisbasis.Content;

/// <summary>
/// The front matter nearly every content file has (<c>key: value</c> lines, values plain or in quotes, lists as
/// <c>[a, b]</c>) read without YamlDotNet's scanner, the costliest part of reading a large site.
/// </summary>
/// <remarks>
/// It hands YamlDotNet the very events (values, styles and line and column marks) YamlDotNet's own parser gives for the
/// same text, so the nodes, the duplicate-key check and every message that points at a line are the same; a test holds
/// it to that over the sample site and generated variations. Anything else (indentation, <c>-</c> lists, comments,
/// block text, anchors, escapes, empty values) returns null and goes through YamlDotNet's parser.
/// </remarks>
internal sealed class SimpleYaml : IParser
{
    private readonly List<ParsingEvent> _events;
    private int _next;

    private SimpleYaml(List<ParsingEvent> events) => _events = events;

    public ParsingEvent? Current { get; private set; }

    public bool MoveNext()
    {
        if (_next >= _events.Count)
        {
            Current = null;
            return false;
        }
        Current = _events[_next++];
        return true;
    }

    /// <summary>The events of <paramref name="yaml"/> (without the <c>---</c> lines), or null when it is not this simple.</summary>
    public static SimpleYaml? TryParse(string yaml)
    {
        if (yaml.Length == 0 || yaml.Contains('\r') || yaml.Contains('\t')) return null;
        var events = new List<ParsingEvent>(24) { null!, null!, null! }; // stream, document and mapping start, set below
        var line = 1;
        var lineStart = 0;
        Mark first = default;
        var any = false;
        while (lineStart < yaml.Length)
        {
            var end = yaml.IndexOf('\n', lineStart);
            if (end < 0) end = yaml.Length;
            if (end > lineStart)
            {
                if (!Line(yaml, lineStart, end, line, events)) return null;
                if (!any) first = ((Scalar)events[3]).Start;
                any = true;
            }
            if (end == yaml.Length) break;
            lineStart = end + 1;
            line++;
        }
        if (!any) return null;
        // YamlDotNet's mapping, document and stream end all sit at the end of the text, at the start of a line after the
        // last one (whether or not the text ends with a line break).
        var last = new Mark(yaml.Length, yaml[^1] == '\n' ? line : line + 1, 1);
        var zero = new Mark(0, 1, 1);
        events[0] = new StreamStart(zero, zero);
        events[1] = new DocumentStart(null, null, isImplicit: true, first, first);
        events[2] = new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block, first, first);
        events.Add(new MappingEnd(last, last));
        events.Add(new DocumentEnd(isImplicit: true, last, last));
        events.Add(new StreamEnd(last, last));
        return new SimpleYaml(events);
    }

    /// <summary>One <c>key: value</c> line, from <paramref name="start"/> to <paramref name="end"/> (its line break).</summary>
    private static bool Line(string yaml, int start, int end, int line, List<ParsingEvent> events)
    {
        Mark At(int i) => new(i, line, i - start + 1);

        // The key: a plain word at the start of the line, then a colon and at least one space.
        var i = start;
        if (!char.IsAsciiLetter(yaml[i]) && yaml[i] != '_') return false;
        while (i < end && (char.IsAsciiLetterOrDigit(yaml[i]) || yaml[i] is '_' or '-')) i++;
        if (i + 1 >= end || yaml[i] != ':' || yaml[i + 1] != ' ') return false;
        events.Add(new Scalar(AnchorName.Empty, TagName.Empty, yaml[start..i], ScalarStyle.Plain, true, false, At(start), At(i), isKey: true));
        i += 2;
        while (i < end && yaml[i] == ' ') i++;
        if (i == end || yaml[end - 1] == ' ') return false; // no value, or spaces at the end of the line
        var value = yaml.AsSpan(i, end - i);
        switch (value[0])
        {
            case '"' or '\'':
                var quote = value[0];
                if (value.Length < 2 || value[^1] != quote || value[1..^1].IndexOfAny(quote, '\\') >= 0 || HasControl(value)) return false;
                events.Add(new Scalar(AnchorName.Empty, TagName.Empty, yaml[(i + 1)..(end - 1)],
                    quote == '"' ? ScalarStyle.DoubleQuoted : ScalarStyle.SingleQuoted, false, true, At(i), At(end), isKey: false));
                return true;
            case '[':
                return List(yaml, i, end, At, events);
            default:
                if (!Plain(value)) return false;
                events.Add(new Scalar(AnchorName.Empty, TagName.Empty, yaml[i..end], ScalarStyle.Plain, true, false, At(i), At(end), isKey: false));
                return true;
        }
    }

    /// <summary><c>[a, b, c]</c> with plain words in it (or nothing), closed at the end of the line.</summary>
    private static bool List(string yaml, int open, int end, Func<int, Mark> at, List<ParsingEvent> events)
    {
        if (yaml[end - 1] != ']') return false;
        events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Flow, at(open), at(open)));
        var close = end - 1;
        var i = open + 1;
        while (i < close && yaml[i] == ' ') i++;
        if (i < close)
        {
            while (true)
            {
                var itemEnd = yaml.IndexOf(',', i, close - i);
                if (itemEnd < 0) itemEnd = close;
                var last = itemEnd;
                while (last > i && yaml[last - 1] == ' ') last--;
                if (last == i || !Word(yaml.AsSpan(i, last - i))) return false;
                events.Add(new Scalar(AnchorName.Empty, TagName.Empty, yaml[i..last], ScalarStyle.Plain, true, false, at(i), at(last), isKey: false));
                if (itemEnd == close) break;
                i = itemEnd + 1;
                while (i < close && yaml[i] == ' ') i++;
                if (i == close) return false; // `[a, ]`
            }
        }
        events.Add(new SequenceEnd(at(close), at(close)));
        return true;
    }

    /// <summary>
    /// A plain value YAML reads as exactly its text: it starts with a letter, digit or <c>/</c> and has no <c>: </c>, no
    /// <c> #</c> and no colon at its end; whether it means a date, a number or yes/no is for the field reader.
    /// </summary>
    private static bool Plain(ReadOnlySpan<char> value) =>
        (char.IsLetterOrDigit(value[0]) || value[0] == '/') && value.IndexOf(": ") < 0 && value.IndexOf(" #") < 0 && value[^1] != ':' && !HasControl(value);

    /// <summary>A list item: letters, digits, spaces and <c>- _ .</c> only, starting with a letter or digit.</summary>
    private static bool Word(ReadOnlySpan<char> item)
    {
        if (!char.IsLetterOrDigit(item[0])) return false;
        foreach (var c in item)
            if (!char.IsLetterOrDigit(c) && c is not (' ' or '-' or '_' or '.')) return false;
        return true;
    }

    /// <summary>Control characters, and the characters YAML treats as line breaks, are left to YamlDotNet.</summary>
    private static bool HasControl(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
            if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF' || char.IsSurrogate(c)) return true;
        return false;
    }
}
