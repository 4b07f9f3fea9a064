using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Thuisbasis.Rendering.SafeHtml;

/// <summary>
/// The page's title is its one main heading (h1), and the layout makes it: a text is written below it. A writer who
/// starts headings with one <c>#</c> (as "Kop 1" in a word processor) would give the page a second h1, and screen-reader
/// users, who move through a page by its headings, a second start. When a text has a <c>#</c> heading, every heading
/// in it moves one level down (<c>#</c> becomes h2, <c>##</c> h3, to h6 at most), so the writer's own order stays.
/// </summary>
internal static class BodyHeadings
{
    /// <summary>Moves the headings down when one of them has level 1; returns those, as written, for the writer's warning.</summary>
    public static IReadOnlyList<HeadingMark> BelowTheTitle(List<HeadingBlock>? headings, string markdown)
    {
        if (headings is null || !headings.Exists(h => h.Level == 1)) return [];
        var titles = headings.Where(h => h.Level == 1)
            .Select(h => new HeadingMark(h.Line, h.Column, FirstLine(markdown, h)))
            .ToList();
        foreach (var heading in headings) heading.Level = Math.Min(heading.Level + 1, 6);
        return titles;
    }

    /// <summary>
    /// Takes headings without text (<c>##</c> on a line of its own, often a heading button pressed in the editor) out of
    /// the text: screen readers would announce an empty heading. Returns them, as written, for the writer's warning.
    /// </summary>
    public static IReadOnlyList<HeadingMark> WithoutText(List<HeadingBlock>? headings, string markdown)
    {
        if (headings is null || !headings.Exists(IsEmpty)) return [];
        var empty = headings.Where(IsEmpty).ToList();
        foreach (var heading in empty)
        {
            heading.Parent?.Remove(heading);
            headings.Remove(heading);
        }
        return empty.Select(h => new HeadingMark(h.Line, h.Column, FirstLine(markdown, h))).ToList();
    }

    private static bool IsEmpty(HeadingBlock heading) =>
        heading.Inline?.FirstChild is null
        || heading.Inline.All(i => i is LiteralInline literal && literal.Content.IsEmptyOrWhitespace());

    private static string FirstLine(string markdown, HeadingBlock heading)
    {
        var text = markdown.Substring(heading.Span.Start, Math.Min(heading.Span.Length, markdown.Length - heading.Span.Start));
        var end = text.IndexOfAny(['\r', '\n']);
        return (end < 0 ? text : text[..end]).Trim();
    }
}
