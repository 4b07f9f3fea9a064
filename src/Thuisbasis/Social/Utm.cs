namespace Thuisbasis.Social;

/// <summary>
/// Campaign parameters on a link to the site (<c>?utm_source=facebook&amp;utm_medium=social&amp;utm_campaign=slug</c>):
/// every statistics tool the site can use (Plausible, Matomo, GoatCounter, Umami) reads them, so visits from each
/// channel can be told apart without cookies.
/// </summary>
public static class Utm
{
    /// <summary>Where share-kit links come from.</summary>
    public const string Social = "social";

    /// <summary>Feed item links with <c>feeds.utm: true</c>: source <c>rss</c> (every format), medium <c>feed</c>.</summary>
    public const string FeedSource = "rss";
    public const string FeedMedium = "feed";

    /// <summary>The address with the three parameters added; an existing query or <c>#fragment</c> is kept in place.</summary>
    public static string Tag(string url, string source, string medium, string campaign)
    {
        var hash = url.IndexOf('#');
        var (path, fragment) = hash < 0 ? (url, "") : (url[..hash], url[hash..]);
        var query = $"utm_source={Uri.EscapeDataString(source)}&utm_medium={Uri.EscapeDataString(medium)}&utm_campaign={Uri.EscapeDataString(campaign)}";
        return path + (path.Contains('?') ? "&" : "?") + query + fragment;
    }
}
