using System.Text;
using System.Xml;

namespace Thuisbasis.Feeds;

/// <summary>
/// Text as XML 1.0 allows it. Text pasted from Word holds characters XML forbids (U+000B for a line break made with
/// Shift+Enter, U+000C for a page break, and other control characters), which the front matter and Markdown let
/// through and the XML writer refused with an exception that stopped the whole build. Line and page breaks become a
/// space, the rest goes; JSON Feed gets the same text, so every format says the same.
/// </summary>
public static class FeedText
{
    /// <summary>The text without characters XML forbids; the same string when it has none (nearly always).</summary>
    public static string Clean(string text)
    {
        var first = FirstInvalid(text);
        if (first < 0) return text;
        var sb = new StringBuilder(text.Length).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) sb.Append(c).Append(text[++i]);
            else if (XmlConvert.IsXmlChar(c)) sb.Append(c);
            else if (c is '\v' or '\f') sb.Append(' ');
        }
        return sb.ToString();
    }

    public static string? CleanOrNull(string? text) => text is null ? null : Clean(text);

    private static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (XmlConvert.IsXmlChar(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            return i;
        }
        return -1;
    }

    /// <summary>An item with every text in it clean; the same item when there was nothing to clean.</summary>
    public static FeedItem Clean(FeedItem item) =>
        IsClean(item.Title) && IsClean(item.Summary) && (item.ContentHtml is null || IsClean(item.ContentHtml))
        && IsClean(item.Author.Name) && item.Categories.All(IsClean) && (item.Image is null || IsClean(item.Image.Alt))
            ? item
            : item with
            {
                Title = Clean(item.Title), Summary = Clean(item.Summary), ContentHtml = CleanOrNull(item.ContentHtml),
                Author = item.Author with { Name = Clean(item.Author.Name) },
                Categories = item.Categories.Select(Clean).ToList(),
                Image = item.Image is { } image ? image with { Alt = Clean(image.Alt) } : null,
            };

    /// <summary>A feed whose own title and description are clean (its items are cleaned as they are made).</summary>
    public static Feed Clean(Feed feed) =>
        IsClean(feed.Title) && IsClean(feed.Description)
            ? feed
            : feed with { Title = Clean(feed.Title), Description = Clean(feed.Description) };

    private static bool IsClean(string text) => FirstInvalid(text) < 0;
}
