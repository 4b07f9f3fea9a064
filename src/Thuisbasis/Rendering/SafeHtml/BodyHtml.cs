using Markdig;
using Markdig.Syntax;
using Thuisbasis.Rendering.Video;

namespace Thuisbasis.Rendering.SafeHtml;

/// <summary>A body's HTML and what went into it that a writer should hear about.</summary>
/// <param name="Removed">What the sanitizer left out (see <see cref="BodySanitizer"/>).</param>
/// <param name="UntitledVideos">The body lines (0-based) of videos written without a title.</param>
public sealed record RenderedBody(string Html, IReadOnlyList<Removal> Removed, IReadOnlyList<int> UntitledVideos)
{
    /// <summary>Links to a Markdown file that is not a content file of the site: body line and column (0-based), and the address.</summary>
    public IReadOnlyList<(int Line, int Column, string Href)> UnknownFiles { get; init; } = [];
}

/// <summary>
/// Markdown to HTML that is safe to publish. A body with no pasted HTML and no unusual link address is Markdig's own
/// output, unchanged (see <see cref="RawParts"/>); any other body goes through <see cref="BodySanitizer"/>, unless the
/// site allows raw HTML (<c>security: { raw_html: true }</c>).
/// </summary>
public static class BodyHtml
{
    /// <param name="noun">The kind of text, for the messages: "een verhaal".</param>
    /// <param name="fileLink">The page address for a link to a content file by its name (see <see cref="Content.FileLinks"/>), or null.</param>
    public static RenderedBody Render(string markdown, bool allowRawHtml, string noun = "de tekst", Func<string, string?>? fileLink = null)
    {
        var pipeline = MarkdownRenderer.PipelineFor(markdown);
        var document = Markdown.Parse(markdown, pipeline);
        var unknown = fileLink is null ? [] : LinkFiles(document, fileLink);
        // One walk over the document for both: raw parts (in document order) and videos without a title.
        var parts = new List<MarkdownObject>();
        List<int>? untitled = null;
        foreach (var node in document.Descendants())
        {
            if (node is VideoBlock { Untitled: true } video) (untitled ??= []).Add(video.Line);
            else if (!allowRawHtml && RawParts.IsRaw(node)) parts.Add(node);
        }
        if (parts.Count == 0) return new RenderedBody(Markdown.ToHtml(document, pipeline), [], untitled ?? []) { UnknownFiles = unknown };
        LineMarkers.Insert(parts);
        var (html, removed) = BodySanitizer.Clean(Markdown.ToHtml(document, pipeline), noun);
        return new RenderedBody(html, removed, untitled ?? []) { UnknownFiles = unknown };
    }

    /// <summary>Points each link to a content file by name at that file's page; returns the links to files that are not there.</summary>
    private static List<(int Line, int Column, string Href)> LinkFiles(MarkdownDocument document, Func<string, string?> fileLink)
    {
        var unknown = new List<(int, int, string)>();
        foreach (var link in document.Descendants<Markdig.Syntax.Inlines.LinkInline>())
        {
            if (link.IsImage || link.Url is not { } href || !Content.FileLinks.IsFileLink(href)) continue;
            if (fileLink(href) is { } url) link.Url = url;
            else unknown.Add((link.Line, link.Column, href));
        }
        return unknown;
    }
}
