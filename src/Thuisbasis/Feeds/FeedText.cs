using Thuisbasis.Model;

namespace Thuisbasis.Feeds;

/// <summary>
/// Feeds and their items with every text as XML allows it (<see cref="PastedText"/>); JSON Feed gets the same text, so
/// every format says the same.
/// </summary>
public static class FeedText
{
    public static string Clean(string text) => PastedText.Clean(text);

    public static string? CleanOrNull(string? text) => PastedText.CleanOrNull(text);

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

    private static bool IsClean(string text) => PastedText.IsClean(text);
}
