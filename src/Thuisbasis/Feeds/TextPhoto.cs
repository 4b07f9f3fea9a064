using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Thuisbasis.Content;

namespace Thuisbasis.Feeds;

/// <summary>
/// The first photo in a text, for an item without a cover image: Mailchimp's <c>*|RSSITEM:IMAGE|*</c> and Buffer take an
/// item's picture from its enclosure, so a story whose only photo is in its text otherwise went out without one.
/// </summary>
public static class TextPhoto
{
    /// <summary>The first image written in Markdown (<c>![description](/assets/img/x.jpg)</c>) with its description, or null.</summary>
    public static ImageRef? First(string markdown)
    {
        if (!markdown.Contains("![", StringComparison.Ordinal)) return null;
        try
        {
            var doc = Markdown.Parse(markdown, Rendering.MarkdownRenderer.Pipeline);
            var image = doc.Descendants<LinkInline>().FirstOrDefault(l => l.IsImage && !string.IsNullOrWhiteSpace(l.Url));
            return image is null ? null : new ImageRef(image.Url!, string.Concat(image.Descendants<LiteralInline>().Select(t => t.Content.ToString())).Trim());
        }
        catch (ArgumentException)
        {
            return null; // nested too deeply for Markdig; the body itself is reported elsewhere
        }
    }
}
