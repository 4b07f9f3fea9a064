using System.Text;
using System.Text.RegularExpressions;

namespace Thuisbasis.Rendering.SafeHtml;

/// <summary>
/// Puts every table of a body in a block that scrolls sideways by itself: on a phone a wide table keeps its columns
/// without making the whole page scroll (WCAG 1.4.10). The block can be reached with the keyboard and is named, so a
/// keyboard or screen-reader user can scroll it too (WCAG 2.1.1). Works on the finished HTML, whichever way it was made,
/// without parsing it again: a body without tables is returned as it was.
/// </summary>
internal static partial class ScrollingTables
{
    [GeneratedRegex("</?table(?=[\\s>/])[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TableTag();

    public static string Wrap(string html)
    {
        if (!html.Contains("<table", StringComparison.OrdinalIgnoreCase)) return html;
        var text = new StringBuilder(html.Length + 100);
        int depth = 0, from = 0, count = 0;
        foreach (Match tag in TableTag().Matches(html))
        {
            if (tag.Value[1] != '/')
            {
                if (depth++ > 0) continue; // a table inside a table scrolls with the outer one
                count++;
                text.Append(html, from, tag.Index - from)
                    .Append("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Tabel")
                    .Append(count > 1 ? $" {count}" : "").Append("\">");
                from = tag.Index;
            }
            else if (depth > 0 && --depth == 0)
            {
                var end = tag.Index + tag.Length;
                text.Append(html, from, end - from).Append("</div>");
                from = end;
            }
        }
        if (depth > 0) return html; // a table left open (only in a site that publishes pasted HTML as it is): left alone
        return text.Append(html, from, html.Length - from).ToString();
    }
}
