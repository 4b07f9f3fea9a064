using System.Buffers;
using System.Text;

namespace Thuisbasis.Model;

/// <summary>Escaping for HTML text and quoted attributes: the five characters that matter, nothing else (é stays é).</summary>
public static class Html
{
    /// <summary>The characters <see cref="Escape"/> replaces.</summary>
    internal static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'");

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var at = text.AsSpan().IndexOfAny(Special);
        if (at < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        var start = 0;
        while (at >= 0)
        {
            sb.Append(text, start, at).Append(Entity(text[start + at]));
            start += at + 1;
            at = text.AsSpan(start).IndexOfAny(Special);
        }
        return sb.Append(text, start, text.Length - start).ToString();
    }

    /// <summary>The entity for one of the <see cref="Special"/> characters.</summary>
    internal static string Entity(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        _ => "&#39;",
    };
}
