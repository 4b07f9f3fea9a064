using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Thuisbasis.Rendering.SafeHtml;

/// <param name="Line">The body line, 0-based.</param>
/// <param name="Text">The line as written: <c>##Wat we doen</c>.</param>
public sealed record HeadingMark(int Line, int Column, string Text);

/// <summary>
/// A line of its own that looks like a heading without the space Markdown needs after the <c>#</c>, so the site shows
/// the hashes as text. Two or more hashes before a letter never start a hashtag; one hash counts only before words with
/// a space and no other <c>#</c> (<c>#Samen sterk</c>), so <c>#zorg</c> and <c>#zorg #welzijn</c> stay hashtags.
/// </summary>
internal static class HeadingMarks
{
    public static void Check(ParagraphBlock paragraph, ref List<HeadingMark>? found)
    {
        // Markdig has turned the paragraph's lines into inlines by now: one line of plain text is literals only.
        if (paragraph.Parent is not MarkdownDocument || paragraph.Inline?.FirstChild is not LiteralInline { Content.CurrentChar: '#', IsFirstCharacterEscaped: false }) return;
        var text = new System.Text.StringBuilder();
        foreach (var inline in paragraph.Inline)
        {
            if (inline is not LiteralInline literal) return;
            text.Append(literal.Content.AsSpan());
        }
        var line = text.ToString().Trim();
        var hashes = line.Length - line.TrimStart('#').Length;
        if (hashes is 0 or > 6 || hashes == line.Length || !char.IsLetter(line[hashes])) return;
        if (hashes == 1 && (!line.Contains(' ') || line.IndexOf('#', 1) >= 0)) return;
        (found ??= []).Add(new HeadingMark(paragraph.Line, paragraph.Column, line));
    }
}
