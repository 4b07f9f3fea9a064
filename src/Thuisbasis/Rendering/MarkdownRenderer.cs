using Markdig;
using Markdig.Syntax;

namespace Thuisbasis.Rendering;

/// <summary>
/// Turns the Markdown body of a content file into HTML with one shared, frozen Markdig pipeline (thread-safe, built once).
/// Headings get ids so links to <c>#anchors</c> work and can be checked.
/// </summary>
public static class MarkdownRenderer
{
    public static readonly MarkdownPipeline Pipeline = Build(autoLinks: true);

    /// <summary>
    /// The same pipeline without bare links made clickable, for text in which there is none to find. The autolink parser
    /// is asked at every h, f, m, t and w of the text (a quarter of the time Markdig took for a story), and only ever
    /// makes a link of text with <c>://</c>, <c>www.</c>, <c>mailto:</c> or <c>tel:</c> in it.
    /// </summary>
    private static readonly MarkdownPipeline WithoutAutoLinks = Build(autoLinks: false);

    private static MarkdownPipeline Build(bool autoLinks)
    {
        var builder = new MarkdownPipelineBuilder()
            .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseListExtras();
        if (autoLinks) builder.UseAutoLinks();
        return builder.UseFootnotes().Use<Video.VideoExtension>().Build();
    }

    /// <summary>Whether the autolink parser could find a link in <paramref name="markdown"/> (see <see cref="WithoutAutoLinks"/>).</summary>
    internal static bool MayHoldAutoLink(string markdown) =>
        markdown.Contains("://", StringComparison.Ordinal) || markdown.Contains("www.", StringComparison.OrdinalIgnoreCase) ||
        markdown.Contains("mailto:", StringComparison.OrdinalIgnoreCase) || markdown.Contains("tel:", StringComparison.OrdinalIgnoreCase);

    internal static MarkdownPipeline PipelineFor(string markdown) => MayHoldAutoLink(markdown) ? Pipeline : WithoutAutoLinks;

    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown, PipelineFor(markdown));

    /// <summary>
    /// The block an excerpt is made from: the first paragraph of the text itself; in a text that has none (only a list,
    /// a quote or a heading) the first paragraph inside one, else the first heading, so no story goes out undescribed.
    /// A paragraph that is only a photo does not count while there is text: its description (<c>Twee buren op een
    /// bankje</c>) is no summary of the story, and it was what Buffer posted for every story that opens with a photo.
    /// </summary>
    internal static LeafBlock? FirstText(MarkdownDocument doc) =>
        doc.Descendants<ParagraphBlock>().FirstOrDefault(p => p.Parent is MarkdownDocument && HasText(p))
        ?? doc.Descendants<ParagraphBlock>().FirstOrDefault(HasText) as LeafBlock
        ?? doc.Descendants<HeadingBlock>().FirstOrDefault() as LeafBlock
        ?? doc.Descendants<ParagraphBlock>().FirstOrDefault();

    /// <summary>Whether a paragraph has words of its own, outside images (an image that is a link counts as an image).</summary>
    private static bool HasText(ParagraphBlock paragraph) =>
        paragraph.Inline is { } inline && inline.Descendants<Markdig.Syntax.Inlines.Inline>().Any(i =>
            i is Markdig.Syntax.Inlines.LiteralInline or Markdig.Syntax.Inlines.CodeInline
            && !IsBlank(i) && !InImage(i));

    private static bool IsBlank(Markdig.Syntax.Inlines.Inline i) =>
        i is Markdig.Syntax.Inlines.LiteralInline literal && literal.Content.IsEmptyOrWhitespace();

    private static bool InImage(Markdig.Syntax.Inlines.Inline i)
    {
        for (var parent = i.Parent; parent is not null; parent = parent.Parent)
            if (parent is Markdig.Syntax.Inlines.LinkInline { IsImage: true }) return true;
        return false;
    }

    /// <summary>
    /// One block of the whole text as plain text, as Markdig's <c>ToPlainText</c> writes it, without its footnote marks.
    /// Read from the whole text, so a footnote or a link defined further down is known: the paragraph read on its own
    /// gave "een voetnoot.[^1]", which Buffer posted and Mailchimp mailed as it stood.
    /// </summary>
    internal static string PlainText(LeafBlock block, MarkdownPipeline pipeline)
    {
        if (block.Inline is { } inline)
            foreach (var mark in inline.Descendants<Markdig.Extensions.Footnotes.FootnoteLink>().ToList()) mark.Remove();
        var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        pipeline.Setup(renderer);
        renderer.Render(block);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>The first text (see <see cref="FirstText"/>) as plain text, shortened to about <paramref name="max"/> characters at a word boundary.</summary>
    public static string Excerpt(string markdown, int max = 300)
    {
        try
        {
            var pipeline = PipelineFor(markdown);
            var doc = Markdown.Parse(markdown, pipeline);
            var first = FirstText(doc);
            if (first is null) return "";
            var text = PlainText(first, pipeline).Trim();
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
