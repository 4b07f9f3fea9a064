using System.Text;

namespace Thuisbasis.Content;

/// <summary>
/// Unicode normalisation for text that comes from writers. .NET's <see cref="string.Normalize(NormalizationForm)"/> throws
/// on what is no character at all: U+FFFE (a byte-order mark read the wrong way round, which a YAML <c>\uFFFE</c> or a
/// badly converted paste puts in a title or tag) and half of a surrogate pair. One such value stopped the whole build
/// with an exception; here it becomes U+FFFD, the sign for a character that could not be read, and the rest is normalised.
/// </summary>
public static class UnicodeText
{
    public static string Normalized(this string text, NormalizationForm form = NormalizationForm.FormC)
    {
        try { return text.Normalize(form); }
        catch (ArgumentException) { return Readable(text).Normalize(form); }
    }

    /// <summary>The text with each non-character and each unpaired surrogate replaced by U+FFFD.</summary>
    private static string Readable(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) sb.Append(c).Append(text[++i]);
            else if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF') sb.Append('\uFFFD');
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
