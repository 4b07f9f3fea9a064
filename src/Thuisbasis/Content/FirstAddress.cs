namespace Thuisbasis.Content;

/// <summary>
/// The first address an item had on this site, for what must not change when it gets another file name: a feed item's
/// id (Buffer, Hootsuite and Mailchimp post an item once, by its id) and a calendar event's UID (a phone that added it
/// updates the event instead of adding a second). That is the first address in <c>redirect_from</c> in the same folder as
/// the page (<c>/verhalen/buurtfeest/</c> for <c>/verhalen/buurtfeest-2026/</c>): a short address for a flyer
/// (<c>/wandelen/</c>), an old site's (<c>/2019/05/03/rias-dag/</c>, <c>/index.php?p=12</c>) or a pattern was never the
/// item's own, and taking it made adding one post the item again.
/// </summary>
public static class FirstAddress
{
    /// <summary>The earlier address (a site path) of the page at <paramref name="pagePath"/>, or null when it had none.</summary>
    public static string? Of(string pagePath, IReadOnlyList<string> redirectFrom)
    {
        if (redirectFrom.Count == 0) return null;
        var folder = Folder(pagePath);
        foreach (var from in redirectFrom)
            if (from.IndexOfAny(['*', ':', '?']) < 0 && from.StartsWith('/') && string.Equals(Folder(from), folder, StringComparison.OrdinalIgnoreCase) && from.Trim('/') != pagePath.Trim('/'))
                // As the site writes its addresses: lower case, with the closing slash. `/verhalen/Buurtfeest` was the
                // page /verhalen/buurtfeest/, and the id it was posted under is that one.
                return from.TrimEnd('/').ToLowerInvariant() + "/";
        return null;
    }

    /// <summary>The last part of an address: <c>buurtfeest</c> for <c>/verhalen/buurtfeest/</c>.</summary>
    public static string LastPart(string path) => path.TrimEnd('/')[(path.TrimEnd('/').LastIndexOf('/') + 1)..];

    /// <summary>The folder of a page's address: <c>/verhalen/</c> for <c>/verhalen/ria/</c> (and for <c>/verhalen/ria</c>).</summary>
    private static string Folder(string path)
    {
        var trimmed = path.TrimEnd('/');
        return trimmed[..(trimmed.LastIndexOf('/') + 1)];
    }
}
