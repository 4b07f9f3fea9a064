namespace Thuisbasis.Hosting;

/// <summary>One old address (<c>redirect_from:</c>) that now points at the page of <see cref="Source"/>.</summary>
public sealed record Redirect(string From, string To, string Source)
{
    /// <summary>The old address without its query: <c>/index.php</c> of <c>/index.php?id=12</c>.</summary>
    public string Path => From.IndexOf('?') is var q and >= 0 ? From[..q] : From;

    /// <summary>The query of the old address (<c>id=12</c>), or null: Netlify matches it as separate <c>name=value</c> pairs.</summary>
    public string? Query => From.IndexOf('?') is var q and >= 0 ? From[(q + 1)..] : null;

    /// <summary>
    /// A splat (<c>/nieuws/*</c>) or a placeholder (<c>/nieuws/:jaar/</c>) matches many addresses; Netlify takes the first
    /// rule that matches, so such a rule goes after the exact ones.
    /// </summary>
    public bool IsPattern => Path.Contains('*') || Path.Contains("/:", StringComparison.Ordinal);

    /// <summary>
    /// The form under which hosts match a path: decoded, without a trailing slash and without <c>index.html</c>, so
    /// <c>/oud/</c>, <c>/oud</c>, <c>/oud/index.html</c> count as the same old address, and so do <c>/café</c> and <c>/caf%C3%A9</c>.
    /// </summary>
    public static string Key(string path)
    {
        var p = path.Contains('%') ? Uri.UnescapeDataString(path) : path;
        p = p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p;
        p = p.TrimEnd('/');
        return p.Length == 0 ? "/" : p;
    }
}
