using Thuisbasis.Model;
using Thuisbasis.Content.Settings;

namespace Thuisbasis.Feeds;

/// <summary>One feed (the whole site, the stories, one tag, …) before it is written in any format.</summary>
/// <param name="Folder">Where its files live: <c>/</c>, <c>/verhalen/</c>, <c>/onderwerp/mantelzorg/</c>.</param>
/// <param name="HomeUrl">The absolute address of the page that lists the same items.</param>
/// <param name="Formats">The formats written for this feed; RSS is always one of them.</param>
public sealed record Feed(string Folder, string Title, string Description, string HomeUrl, IReadOnlyList<FeedItem> Items,
    IReadOnlyList<FeedFormat> Formats);

/// <summary>One story or vacancy as every feed format sees it: plain text fields, absolute addresses, HTML ready to embed.</summary>
/// <param name="Id">An absolute permalink that never changes, so readers never show an item twice: the page's address, or
/// its first old address from <c>redirect_from</c> (which redirects to the page) after the file was renamed.</param>
/// <param name="Summary">Plain text.</param>
/// <param name="ContentHtml">The whole text as HTML with absolute links, or null when the settings ask for summaries only.</param>
public sealed record FeedItem(string Id, string Url, string Title, DateTimeOffset Published, FeedAuthor Author,
    IReadOnlyList<string> Categories, string Summary, string? ContentHtml, FeedImage? Image)
{
    /// <summary>
    /// The photos of this site whose mail image <see cref="ContentHtml"/> shows (<see cref="Images.FeedImages.ForMail"/>):
    /// a build that reuses the item asks for them again, so their files are published with it.
    /// </summary>
    public IReadOnlyList<string> MailPhotos { get; init; } = [];
}

public sealed record FeedAuthor(string Name, string? Url);

/// <summary>A cover image: feed readers and RSS-to-email tools show it when they know its type (and like to know its size).</summary>
public sealed record FeedImage(string Url, string Alt, string MediaType, long? Length, int? Width, int? Height);

/// <summary>A feed format: its file name inside the feed's folder and its media type.</summary>
public sealed record FeedFormat(string Key, string FileName, string MediaType, string Label)
{
    public static readonly FeedFormat Rss = new("rss", "feed.xml", "application/rss+xml", "RSS");
    public static readonly FeedFormat Atom = new("atom", "atom.xml", "application/atom+xml", "Atom");
    public static readonly FeedFormat Json = new("json", "feed.json", "application/feed+json", "JSON Feed");

    public string PathIn(string folder) => folder + FileName;

    /// <summary>RSS always (its addresses are part of the content model); Atom and JSON Feed when the settings list them.</summary>
    public static IReadOnlyList<FeedFormat> Enabled(FeedSettings settings) =>
        [Rss, .. settings.Formats.Contains("atom") ? [Atom] : Array.Empty<FeedFormat>(), .. settings.Formats.Contains("json") ? [Json] : Array.Empty<FeedFormat>()];
}

/// <summary>The addresses of the feeds, shared by the generator and the <c>&lt;link rel="alternate"&gt;</c> tags so they never disagree.</summary>
public static class FeedAddresses
{
    public const string Site = "/";
    public const string Stories = "/verhalen/";
    public const string Vacancies = "/vacatures/";
    public const string Activities = "/activiteiten/";
    public static string Tag(TagIndexEntry tag) => tag.Url;
    public static string Author(PersonView person) => person.Url ?? $"/auteur/{person.Id}/";
}

/// <summary>
/// The buffer a feed is written into, one per thread and kept: a feed with full texts is a few hundred kilobytes, and a
/// new stream for each grew by doubling, copying and zeroing large arrays every time.
/// </summary>
internal static class FeedBuffer
{
    [ThreadStatic] private static MemoryStream? _stream;

    public static MemoryStream Take()
    {
        var stream = _stream ??= new MemoryStream(256 * 1024);
        stream.SetLength(0);
        return stream;
    }
}
