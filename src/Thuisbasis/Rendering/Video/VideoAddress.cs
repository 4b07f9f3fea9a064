using System.Text.RegularExpressions;

namespace Thuisbasis.Rendering.Video;

/// <summary>
/// A YouTube or Vimeo video a writer linked to, in the forms people copy from the address bar or the share button
/// (<c>youtube.com/watch?v=…</c>, <c>youtu.be/…</c>, <c>youtube.com/shorts/…</c>, <c>vimeo.com/123456</c>, …).
/// </summary>
/// <param name="Host">The service as visitors know it: YouTube or Vimeo.</param>
/// <param name="PageUrl">The video's own page, where the link goes without JavaScript.</param>
/// <param name="EmbedUrl">The player, loaded only after a click: youtube-nocookie.com, or Vimeo with do-not-track.</param>
public sealed partial record VideoAddress(string Host, string Id, string PageUrl, string EmbedUrl)
{
    public const string YouTubePlayer = "https://www.youtube-nocookie.com";
    public const string VimeoPlayer = "https://player.vimeo.com";

    public static VideoAddress? Parse(string? url)
    {
        if (url is null || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")) return null;
        var host = uri.Host.ToLowerInvariant();
        var path = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (host is "youtu.be" or "www.youtu.be")
            return path.Length == 1 ? YouTube(path[0]) : null;
        if (host is "youtube.com" or "www.youtube.com" or "m.youtube.com" or "youtube-nocookie.com" or "www.youtube-nocookie.com")
        {
            if (path is ["watch"]) return YouTube(Query(uri, "v"));
            return path is [("embed" or "shorts" or "live" or "v"), var id] ? YouTube(id) : null;
        }
        if (host is "vimeo.com" or "www.vimeo.com")
            return path switch
            {
                [var id] => Vimeo(id, null),
                [var id, var hash] => Vimeo(id, hash),
                _ => null,
            };
        if (host == "player.vimeo.com" && path is ["video", var video]) return Vimeo(video, Query(uri, "h"));
        return null;
    }

    private static VideoAddress? YouTube(string? id) => id is not null && YouTubeId().IsMatch(id)
        ? new("YouTube", id, $"https://www.youtube.com/watch?v={id}", $"{YouTubePlayer}/embed/{id}")
        : null;

    private static VideoAddress? Vimeo(string id, string? hash)
    {
        if (!VimeoId().IsMatch(id) || hash is not null && !VimeoHash().IsMatch(hash)) return null;
        return hash is null
            ? new("Vimeo", id, $"https://vimeo.com/{id}", $"{VimeoPlayer}/video/{id}?dnt=1")
            : new("Vimeo", id, $"https://vimeo.com/{id}/{hash}", $"{VimeoPlayer}/video/{id}?h={hash}&dnt=1");
    }

    private static string? Query(Uri uri, string key)
    {
        foreach (var pair in uri.Query.TrimStart('?').Split('&'))
            if (pair.StartsWith(key + "=", StringComparison.Ordinal)) return Uri.UnescapeDataString(pair[(key.Length + 1)..]);
        return null;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{11}$")]
    private static partial Regex YouTubeId();

    [GeneratedRegex("^[0-9]{1,12}$")]
    private static partial Regex VimeoId();

    [GeneratedRegex("^[0-9a-f]{6,32}$")]
    private static partial Regex VimeoHash();
}
