using System.Text;
using System.Xml;

namespace Thuisbasis.Model;

/// <summary>
/// Text as XML 1.0 and iCalendar (RFC 5545) allow it. Text pasted from Word holds characters both forbid (U+000B for a
/// line break made with Shift+Enter, U+000C for a page break, NUL, escape and other control characters), which the front
/// matter and Markdown let through; an XML writer refuses them with an exception that stopped the whole build, and a
/// calendar app refuses the whole file. Line and page breaks become a space, the rest goes (DEL and the C1 controls too,
/// which XML merely discourages and iCalendar forbids), so every format says the same.
/// </summary>
public static class PastedText
{
    /// <summary>The text without those characters; the same string when it has none (nearly always).</summary>
    public static string Clean(string text)
    {
        var first = FirstInvalid(text);
        if (first < 0) return text;
        var sb = new StringBuilder(text.Length).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) sb.Append(c).Append(text[++i]);
            else if (Allowed(c)) sb.Append(c);
            else if (c is '\v' or '\f') sb.Append(' ');
        }
        return sb.ToString();
    }

    public static string? CleanOrNull(string? text) => text is null ? null : Clean(text);

    /// <summary>Whether <see cref="Clean(string)"/> would give the same string back.</summary>
    public static bool IsClean(string text) => FirstInvalid(text) < 0;

    private static bool Allowed(char c) => XmlConvert.IsXmlChar(c) && c is not (>= '\u007F' and <= '\u009F');

    private static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (Allowed(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            return i;
        }
        return -1;
    }
}
