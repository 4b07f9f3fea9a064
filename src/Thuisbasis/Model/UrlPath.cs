using System.Buffers;
using System.Text;

namespace Thuisbasis.Model;

/// <summary>
/// A site path (a file's name as the writer gave it) as an address: <c>Foto markt zaterdag.jpeg</c> is at
/// <c>Foto%20markt%20zaterdag.jpeg</c>. A space splits a <c>srcset</c> candidate in two and makes an Open Graph or feed
/// address invalid; a <c>#</c> or <c>?</c> would start a fragment or a query, and a lone <c>%</c> (<c>Actie 100%.jpg</c>)
/// is an invalid escape. So every character that may not stand in a path is percent-encoded. What is escaped already
/// (<c>%20</c>, as a writer may copy an address) stays as it is. Letters such as é stay too in a page's own links, which
/// browsers read as they are; <see cref="Ascii"/> encodes them as well, for addresses that crawlers and feed readers read.
/// </summary>
public static class UrlPath
{
    private static readonly SearchValues<char> NotInUrl = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        " \"<>\\^`{|}#?%\u007F\u00A0");

    public static string Escape(string path) => Encode(path, ascii: false);

    /// <summary>As <see cref="Escape"/>, and every letter outside ASCII too (<c>café</c> → <c>caf%C3%A9</c>): a URL, not an IRI.</summary>
    public static string Ascii(string path) => Encode(path, ascii: true);

    private static string Encode(string path, bool ascii)
    {
        if (path.AsSpan().IndexOfAny(NotInUrl) < 0 && (!ascii || System.Text.Ascii.IsValid(path))) return path;
        var at = 0;
        while (at < path.Length && !NeedsEscape(path, at, ascii)) at++;
        if (at == path.Length) return path;
        var sb = new StringBuilder(path.Length + 16).Append(path, 0, at);
        for (var i = at; i < path.Length; i++)
        {
            if (!NeedsEscape(path, i, ascii)) { sb.Append(path[i]); continue; }
            var length = char.IsHighSurrogate(path[i]) && i + 1 < path.Length ? 2 : 1;
            foreach (var b in Encoding.UTF8.GetBytes(path.Substring(i, length))) sb.Append('%').Append(b.ToString("X2"));
            i += length - 1;
        }
        return sb.ToString();
    }

    private static bool NeedsEscape(string path, int i, bool ascii)
    {
        var c = path[i];
        if (c == '%') return !(i + 2 < path.Length && char.IsAsciiHexDigit(path[i + 1]) && char.IsAsciiHexDigit(path[i + 2]));
        return NotInUrl.Contains(c) || (ascii && c > '\u007F');
    }
}
