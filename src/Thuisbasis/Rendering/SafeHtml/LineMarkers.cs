using System.Globalization;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Thuisbasis.Rendering.SafeHtml;

/// <summary>
/// Tells which line of the Markdown a piece of the rendered HTML came from. Before rendering, a comment
/// <c>&lt;!--tb:LINE--&gt;</c> is put right before each raw part, on the same output line; the sanitizer later removes
/// every comment. An element's line is then the line of the nearest marker before it, plus the lines between them
/// (an HTML block is written line for line as it was typed).
/// </summary>
internal sealed class LineMarkers
{
    private const string Open = "<!--tb:";
    private readonly List<(int Index, int HtmlLine, int BodyLine)> _markers = [];

    /// <summary>Puts a marker before every part (see <see cref="RawParts"/>) of the document.</summary>
    public static void Insert(IEnumerable<MarkdownObject> parts)
    {
        foreach (var part in parts)
        {
            var marker = Open + part.Line.ToString(CultureInfo.InvariantCulture) + "-->";
            switch (part)
            {
                case Inline inline:
                    inline.InsertBefore(new HtmlInline(marker));
                    break;
                case HtmlBlock block when block.Lines.Count > 0:
                    // Written raw, line by line: the marker goes in front of its first line, so the line count stays.
                    ref var first = ref block.Lines.Lines[0];
                    first.Slice = new StringSlice(marker + first.Slice.ToString());
                    break;
            }
        }
    }

    /// <summary>Finds the markers in <paramref name="html"/>, which is parsed after <paramref name="offset"/> characters of its own.</summary>
    public static LineMarkers Read(string html, int offset)
    {
        var map = new LineMarkers();
        var line = 1;
        var counted = 0;
        for (var at = html.IndexOf(Open, StringComparison.Ordinal); at >= 0; at = html.IndexOf(Open, at + Open.Length, StringComparison.Ordinal))
        {
            line += html.AsSpan(counted, at - counted).Count('\n');
            counted = at;
            var digits = at + Open.Length;
            var end = digits;
            while (end < html.Length && char.IsAsciiDigit(html[end])) end++;
            if (end == digits || !html.AsSpan(end).StartsWith("-->")) continue;
            map._markers.Add((offset + at, line, int.Parse(html.AsSpan(digits, end - digits), CultureInfo.InvariantCulture)));
        }
        return map;
    }

    /// <summary>The line a marker comment (its text between <c>&lt;!--</c> and <c>--&gt;</c>) stands for.</summary>
    public static int? LineIn(string comment) =>
        comment.StartsWith("tb:", StringComparison.Ordinal) && int.TryParse(comment.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out var line)
            ? line : null;

    /// <summary>The highest line of the markers in <paramref name="html"/> (an element's inner HTML), or -1.</summary>
    public static int LastLineIn(string html)
    {
        var last = -1;
        var map = Read(html, 0);
        foreach (var m in map._markers) last = Math.Max(last, m.BodyLine);
        return last;
    }

    /// <summary>The body line (0-based) of what starts at <paramref name="index"/>, on line <paramref name="htmlLine"/> of the parsed text.</summary>
    public int BodyLine(int index, int htmlLine)
    {
        if (_markers.Count == 0) return 0;
        var found = _markers[0];
        foreach (var m in _markers)
        {
            if (m.Index > index) break;
            found = m;
        }
        return found.BodyLine + Math.Max(0, htmlLine - found.HtmlLine);
    }
}
