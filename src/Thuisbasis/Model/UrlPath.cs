using System.Buffers;
using System.Text;

namespace Thuisbasis.Model;

/// <summary>
/// A site path as an address: a file a writer named <c>Foto markt zaterdag.jpeg</c> is at
/// <c>Foto%20markt%20zaterdag.jpeg</c>. A space splits a <c>srcset</c> candidate in two and makes an Open Graph or
/// feed address invalid, so every character that may not stand in a URL is percent-encoded; what is escaped already
/// (<c>%20</c>) and letters such as é stay as they are, as browsers and crawlers read them.
/// </summary>
public static class UrlPath
{
    private static readonly SearchValues<char> NotInUrl = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        " \"<>\\^`{|}\u007F\u00A0");

    public static string Escape(string path)
    {
        var at = path.AsSpan().IndexOfAny(NotInUrl);
        if (at < 0) return path;
        var sb = new StringBuilder(path.Length + 16).Append(path, 0, at);
        foreach (var c in path.AsSpan(at))
        {
            if (!NotInUrl.Contains(c)) { sb.Append(c); continue; }
            foreach (var b in Encoding.UTF8.GetBytes(c.ToString())) sb.Append('%').Append(b.ToString("X2"));
        }
        return sb.ToString();
    }
}
