using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Thuisbasis.Content;

namespace Thuisbasis.Feeds;

/// <summary>
/// The photos in a text, for an item without a cover image: Mailchimp's <c>*|RSSITEM:IMAGE|*</c> and Buffer take an
/// item's picture from its enclosure, so a story whose only photo is in its text otherwise went out without one.
/// </summary>
public static class TextPhoto
{
    /// <summary>The images written in Markdown (<c>![description](/assets/img/x.jpg)</c>) in the order of the text, with their descriptions.</summary>
    public static IReadOnlyList<ImageRef> All(string markdown) =>
        !markdown.Contains("![", StringComparison.Ordinal) ? [] : Found.GetValue(markdown, Parse);

    /// <summary>
    /// By text, while the text is alive: an unchanged story keeps its body string between preview rebuilds, and its
    /// feed item's image is looked up on every rebuild (to see whether the photo file changed).
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, IReadOnlyList<ImageRef>> Found = new();

    private static IReadOnlyList<ImageRef> Parse(string markdown)
    {
        try
        {
            var doc = Markdown.Parse(markdown, Rendering.MarkdownRenderer.Pipeline);
            return doc.Descendants<LinkInline>().Where(l => l.IsImage && !string.IsNullOrWhiteSpace(l.Url))
                .Select(l => new ImageRef(l.Url!, string.Concat(l.Descendants<LiteralInline>().Select(t => t.Content.ToString())).Trim()))
                .ToList();
        }
        catch (ArgumentException)
        {
            return []; // nested too deeply for Markdig; the body itself is reported elsewhere
        }
    }
}
