namespace Thuisbasis.Hosting;

/// <summary>One old address (<c>redirect_from:</c>) that now points at the page of <see cref="Source"/>.</summary>
public sealed record Redirect(string From, string To, string Source)
{
    /// <summary>
    /// The form under which hosts match a path: without a trailing slash and without <c>index.html</c>, so
    /// <c>/oud/</c>, <c>/oud</c> and <c>/oud/index.html</c> count as the same old address.
    /// </summary>
    public static string Key(string path)
    {
        var p = path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path;
        p = p.TrimEnd('/');
        return p.Length == 0 ? "/" : p;
    }
}
