using System.IO.Hashing;
using System.Text;

namespace Thuisbasis.Content;

/// <summary>
/// Links to another content file by its name, as a writer makes them in an editor that shows the files
/// (<c>[lees ook](2025-03-12-een-luisterend-oor.md)</c>, <c>[contact](../pages/contact.md)</c>): each becomes the address
/// of that file's page, so the link works in the editor and on the site, and keeps working when the address changes.
/// A name is read from the linking file's folder; one that starts with <c>/</c> from <c>input/</c>.
/// </summary>
public sealed class FileLinks
{
    private readonly ContentSet _content;
    private readonly Lock _making = new();
    private Dictionary<string, string>? _urls;
    private ulong _version;

    public FileLinks(ContentSet content) => _content = content;

    /// <summary>A fingerprint of every file's address: a rendered body with such links is stale when it changes.</summary>
    public ulong Version { get { Urls(); return _version; } }

    /// <summary>Every content file with a page and its address, made when a body first needs them (most builds never do).</summary>
    private Dictionary<string, string> Urls()
    {
        if (Volatile.Read(ref _urls) is { } made) return made;
        lock (_making)
        {
            if (_urls is not null) return _urls;
            var urls = _content.Entries.Where(e => e.Url.Length > 0)
                .ToDictionary(e => e.SourcePath, e => e.Url, StringComparer.Ordinal);
            var all = new StringBuilder();
            foreach (var (path, url) in urls.OrderBy(kv => kv.Key, StringComparer.Ordinal)) all.Append(path).Append(' ').Append(url).Append('\n');
            // Whether a link to a file without a page is reported depends on these too (see HasOwnError).
            foreach (var path in _content.FilesWithErrors.Order(StringComparer.Ordinal)) all.Append(path).Append(" !\n");
            _version = XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(all.ToString())) | 1; // never 0, which means "no such links"
            Volatile.Write(ref _urls, urls);
            return urls;
        }
    }

    /// <summary>Whether a body may hold such a link (a cheap test: its HTML then depends on other files' addresses).</summary>
    public static bool MayHoldOne(string body) => body.Contains(".md", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a link's address names a Markdown file on this site (not another site's, not a mail or phone link).</summary>
    public static bool IsFileLink(string href)
    {
        if (href.Length == 0 || BrowserAddress.IsOtherSite(BrowserAddress.FromMarkdown(href))) return false;
        var path = href.Split('#', '?')[0];
        return !path.Contains(':') && path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The address of the page of the file <paramref name="href"/> names from <paramref name="fromFile"/>, with its
    /// <c>#part</c>; or null with the file it names (<c>input/stories/x.md</c>) when there is no such content file.
    /// </summary>
    public string? Resolve(string fromFile, string href, out string named)
    {
        var hash = href.IndexOf('#');
        var fragment = hash < 0 ? "" : href[hash..];
        var path = Unescaped(href.Split('#', '?')[0]);
        var start = path.StartsWith("/input/", StringComparison.Ordinal) ? path[1..]
            : path.StartsWith('/') ? ContentReader.InputFolder + path
            : fromFile[..(fromFile.LastIndexOf('/') + 1)] + path;
        var parts = new List<string>();
        foreach (var part in start.Split('/'))
        {
            if (part is "" or ".") continue;
            if (part == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
            else parts.Add(part);
        }
        named = string.Join('/', parts).Normalized();
        if (named.StartsWith("input/assets/", StringComparison.Ordinal)) return named["input".Length..] + fragment; // a file published as it is
        return Urls().TryGetValue(named, out var url) ? url + fragment : null;
    }

    /// <summary>
    /// Whether the file a link names is there but has an error of its own: the link is not reported as well, since that
    /// error (TB0001, a front-matter mistake) says what to fix, and then the link works.
    /// </summary>
    public bool HasOwnError(string named) => _content.FilesWithErrors.Contains(named);

    /// <summary>The content file a writer probably meant, for the message.</summary>
    public string? Closest(string named) => Suggest.File(named, Urls().Keys);

    private static string Unescaped(string value)
    {
        try { return Uri.UnescapeDataString(value); }
        catch (UriFormatException) { return value; }
    }
}
