namespace Thuisbasis.Model;

/// <summary>
/// What a shared link shows: the values of the Open Graph and Twitter Card tags, all final (absolute addresses, a
/// description and an image even when the page has none of its own). Templates only write them out.
/// </summary>
public sealed record SocialCard
{
    public required string Title { get; init; }
    public required string Description { get; init; }
    /// <summary>The canonical, absolute address of the page.</summary>
    public required string Url { get; init; }
    public required string SiteName { get; init; }
    /// <summary>Open Graph locale, e.g. <c>nl_NL</c>.</summary>
    public required string Locale { get; init; }
    /// <summary><c>website</c> or <c>article</c>.</summary>
    public required string Type { get; init; }
    /// <summary><c>summary_large_image</c> with a wide enough image, else <c>summary</c>.</summary>
    public required string TwitterCard { get; init; }
    public SocialImage? Image { get; init; }
    /// <summary>For articles: when it was published (RFC 3339).</summary>
    public string? PublishedTime { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    /// <summary>Share links for stories and vacancies; empty on other pages.</summary>
    public IReadOnlyList<ShareLink> Share { get; init; } = [];
}

/// <summary>A preview image: absolute address, alt text and, when the file could be read, its size and type.</summary>
public sealed record SocialImage(string Url, string Alt, int? Width, int? Height, string? Type);

/// <summary>A plain link that opens a network's own share page: no script, no pixel, nothing loaded from the network.</summary>
/// <param name="Network">For <c>data-network</c>: facebook, linkedin, whatsapp, x, email.</param>
public sealed record ShareLink(string Network, string Label, string Url);
