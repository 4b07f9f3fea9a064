using Markdig;
using Markdig.Syntax;
using Thuisbasis.Rendering.Video;

namespace Thuisbasis.Rendering.SafeHtml;

/// <summary>A body's HTML and what went into it that a writer should hear about.</summary>
/// <param name="Removed">What the sanitizer left out (see <see cref="BodySanitizer"/>).</param>
/// <param name="UntitledVideos">The body lines (0-based) of videos written without a title.</param>
public sealed record RenderedBody(string Html, IReadOnlyList<Removal> Removed, IReadOnlyList<int> UntitledVideos);

/// <summary>
/// Markdown to HTML that is safe to publish. A body with no pasted HTML and no unusual link address is Markdig's own
/// output, unchanged (see <see cref="RawParts"/>); any other body goes through <see cref="BodySanitizer"/>, unless the
/// site allows raw HTML (<c>security: { raw_html: true }</c>).
/// </summary>
public static class BodyHtml
{
    /// <param name="noun">The kind of text, for the messages: "een verhaal".</param>
    public static RenderedBody Render(string markdown, bool allowRawHtml, string noun = "de tekst")
    {
        var pipeline = MarkdownRenderer.PipelineFor(markdown);
        var document = Markdown.Parse(markdown, pipeline);
        // One walk over the document for both: raw parts (in document order) and videos without a title.
        var parts = new List<MarkdownObject>();
        List<int>? untitled = null;
        foreach (var node in document.Descendants())
        {
            if (node is VideoBlock { Untitled: true } video) (untitled ??= []).Add(video.Line);
            else if (!allowRawHtml && RawParts.IsRaw(node)) parts.Add(node);
        }
        if (parts.Count == 0) return new RenderedBody(Markdown.ToHtml(document, pipeline), [], untitled ?? []);
        LineMarkers.Insert(parts);
        var (html, removed) = BodySanitizer.Clean(Markdown.ToHtml(document, pipeline), noun);
        return new RenderedBody(html, removed, untitled ?? []);
    }
}
