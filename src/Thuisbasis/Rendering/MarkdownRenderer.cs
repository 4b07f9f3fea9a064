using Markdig;
using Markdig.Syntax;

namespace Thuisbasis.Rendering;

/// <summary>
/// Turns the Markdown body of a content file into HTML with one shared, frozen Markdig pipeline (thread-safe, built once).
/// Headings get ids so links to <c>#anchors</c> work and can be checked.
/// </summary>
public static class MarkdownRenderer
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseAutoLinks()
        .UseFootnotes()
        .Build();

    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown, Pipeline);

    /// <summary>The first paragraph as plain text, shortened to about <paramref name="max"/> characters at a word boundary.</summary>
    public static string Excerpt(string markdown, int max = 300)
    {
        try
        {
            var doc = Markdown.Parse(markdown, Pipeline);
            var first = doc.Descendants<ParagraphBlock>().FirstOrDefault(p => p.Parent is MarkdownDocument);
            if (first is null) return "";
            var text = Markdown.ToPlainText(markdown.Substring(first.Span.Start, first.Span.Length), Pipeline).Trim();
            text = string.Join(' ', text.Split((char[])['\n', '\r', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
            if (text.Length <= max) return text;
            var cut = text.LastIndexOf(' ', max);
            return text[..(cut > max / 2 ? cut : max)].TrimEnd(',', ';', ':', '.') + "…";
        }
        catch (ArgumentException)
        {
            return ""; // nested too deeply for Markdig; the body itself is reported by MarkdownCache
        }
    }
}
