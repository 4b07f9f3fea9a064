using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Thuisbasis.Rendering.Video;

/// <summary>
/// Writers put a video in a text the way they put in an image, with the video's address:
/// <c>![Ria vertelt over de markt](https://www.youtube.com/watch?v=…)</c> on a line of its own. That becomes a
/// <see cref="VideoBlock"/>. Such an image inside a sentence becomes a plain link to the video, never an image
/// (which would be broken, and a request to YouTube on every visit).
/// </summary>
public sealed class VideoExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += MakeVideos;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<VideoMarkup>()) html.ObjectRenderers.Insert(0, new VideoMarkup());
    }

    private static void MakeVideos(MarkdownDocument document)
    {
        List<LinkInline>? images = null;
        foreach (var link in document.Descendants<LinkInline>())
            if (link.IsImage && VideoAddress.Parse(link.Url) is not null) (images ??= []).Add(link);
        if (images is null) return;
        foreach (var image in images)
        {
            var address = VideoAddress.Parse(image.Url)!;
            if (image.Parent is { } inline && inline.ParentBlock is ParagraphBlock { Parent: { } container } paragraph &&
                ReferenceEquals(paragraph.Inline, inline) && IsAlone(image, inline))
            {
                var title = Text(image).Trim();
                var video = new VideoBlock(null, address, title.Length > 0 ? title : $"Video op {address.Host}")
                {
                    Untitled = title.Length == 0, Line = paragraph.Line, Column = paragraph.Column, Span = paragraph.Span,
                };
                container[container.IndexOf(paragraph)] = video;
            }
            else
            {
                image.IsImage = false;
                image.Url = address.PageUrl;
            }
        }
    }

    /// <summary>Whether the image is all there is in its paragraph (spaces and line breaks aside).</summary>
    private static bool IsAlone(LinkInline image, ContainerInline paragraph)
    {
        foreach (var inline in paragraph)
        {
            if (ReferenceEquals(inline, image) || inline is LineBreakInline) continue;
            if (inline is LiteralInline literal && literal.Content.IsEmptyOrWhitespace()) continue;
            return false;
        }
        return true;
    }

    private static string Text(ContainerInline container) => string.Concat(container.Descendants<Inline>().Select(i => i switch
    {
        LiteralInline l => l.Content.ToString(),
        CodeInline c => c.Content,
        _ => "",
    }));
}
