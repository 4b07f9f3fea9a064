using Markdig;
using Markdig.Syntax;
using Thuisbasis.Rendering.Video;

namespace Thuisbasis.Rendering.SafeHtml;

/// <summary>A body's HTML and what went into it that a writer should hear about.</summary>
/// <param name="Removed">What the sanitizer left out (see <see cref="BodySanitizer"/>).</param>
/// <param name="UntitledVideos">The body lines (0-based) of videos written without a title.</param>
public sealed record RenderedBody(string Html, IReadOnlyList<Removal> Removed, IReadOnlyList<int> UntitledVideos)
{
    /// <summary>Link addresses that lead nowhere as written (see <see cref="LinkAddresses"/>).</summary>
    public IReadOnlyList<LinkProblem> Links { get; init; } = [];

    /// <summary>Links to addresses of this site, looked up once the whole build is known (see <see cref="LinkAddresses"/>).</summary>
    public IReadOnlyList<SiteLink> SiteLinks { get; init; } = [];

    /// <summary>Lines that look like a heading without the space after the # (see <see cref="SafeHtml.HeadingMarks"/>).</summary>
    public IReadOnlyList<HeadingMark> HeadingMarks { get; init; } = [];

    /// <summary>Headings written with one # (see <see cref="BodyHeadings"/>), which the site made subheadings.</summary>
    public IReadOnlyList<HeadingMark> TitleHeadings { get; init; } = [];

    /// <summary>Headings without text, left out of the page (see <see cref="BodyHeadings.WithoutText"/>).</summary>
    public IReadOnlyList<HeadingMark> EmptyHeadings { get; init; } = [];
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
    /// <param name="ownSite">The site's <c>url</c>, whose full addresses in the text are links and images of the site.</param>
    public static RenderedBody Render(string markdown, bool allowRawHtml, string noun = "de tekst", Func<string, string?>? fileLink = null,
        string? ownSite = null)
    {
        var pipeline = MarkdownRenderer.PipelineFor(markdown);
        var document = Markdown.Parse(markdown, pipeline);
        // One walk over the document for all: link addresses (set before a link is judged), raw parts (in document
        // order), videos without a title and headings without their space.
        var parts = new List<MarkdownObject>();
        List<int>? untitled = null;
        List<LinkProblem>? links = null;
        List<SiteLink>? siteLinks = null;
        List<HeadingMark>? headings = null;
        List<(int Line, int Column)>? htmlLinks = null;
        List<HeadingBlock>? headingBlocks = null;
        foreach (var node in document.Descendants())
        {
            if (node is HeadingBlock heading) (headingBlocks ??= []).Add(heading);
            if (node is Markdig.Syntax.Inlines.LinkInline link) LinkAddresses.Check(link, markdown, fileLink, ownSite, ref links, ref siteLinks);
            // `<https://www.buurtkracht.nl/diensten/>` shows its address as its text, so it keeps it; it is checked as
            // a link of the site all the same.
            else if (node is Markdig.Syntax.Inlines.AutolinkInline { IsEmail: false } auto && Content.BrowserAddress.OwnPath(auto.Url, ownSite) is { } own)
                (siteLinks ??= []).Add(new SiteLink(auto.Line, auto.Column, own));
            else if (node is ParagraphBlock paragraph)
            {
                SafeHtml.HeadingMarks.Check(paragraph, ref headings);
                SpacedLinks.Check(paragraph, markdown, ref links);
            }
            else if (node is HtmlBlock or Markdig.Syntax.Inlines.HtmlInline) HtmlLinks.Mark(node, markdown, ref htmlLinks);
            if (node is VideoBlock { Untitled: true } video) (untitled ??= []).Add(video.Line);
            else if (!allowRawHtml && RawParts.IsRaw(node)) parts.Add(node);
        }
        var emptyHeadings = BodyHeadings.WithoutText(headingBlocks, markdown);
        var titleHeadings = BodyHeadings.BelowTheTitle(headingBlocks, markdown);
        RenderedBody Made(string html, IReadOnlyList<Removal> removed, IEnumerable<SiteLink>? inHtml) =>
            new(ScrollingTables.Wrap(html), removed, untitled ?? [])
            {
                Links = links ?? [], SiteLinks = WithHtmlLinks(siteLinks, inHtml), HeadingMarks = headings ?? [], TitleHeadings = titleHeadings,
                EmptyHeadings = emptyHeadings,
            };
        if (parts.Count == 0)
        {
            var raw = Markdown.ToHtml(document, pipeline);
            if (htmlLinks is null) return Made(raw, [], null);
            var (unmarked, kept) = HtmlLinks.KeptInRaw(raw, htmlLinks, ownSite);
            return Made(unmarked, [], kept);
        }
        LineMarkers.Insert(parts);
        var (html, removed, keptLinks) = BodySanitizer.Clean(Markdown.ToHtml(document, pipeline), noun, htmlLinks ?? [], ownSite);
        return Made(html, removed, keptLinks);
    }

    /// <summary>The links written in Markdown and those in pasted HTML that are on the page, in the order of the text.</summary>
    private static IReadOnlyList<SiteLink> WithHtmlLinks(List<SiteLink>? markdown, IEnumerable<SiteLink>? inHtml)
    {
        if (inHtml is null) return markdown ?? [];
        var all = new List<SiteLink>(markdown ?? []);
        all.AddRange(inHtml);
        return all.Count == 0 ? [] : all.OrderBy(l => l.Line).ThenBy(l => l.Column).ToList();
    }
}
