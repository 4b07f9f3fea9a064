using YamlDotNet.Core;

namespace Thuisbasis.Content;

/// <summary>
/// Recognises a list written as a sentence (<c>tags: mantelzorg en vrijwilligers</c>), which would otherwise become
/// one long tag; a single word or a comma-separated line is a fine list.
/// </summary>
internal static class ListSentence
{
    private static readonly string[] Joiners = [" en ", " and ", " of ", " & ", "; ", " / "];

    public static bool Looks(string value, ScalarStyle style)
    {
        if (style is not ScalarStyle.Plain || value.Contains(',')) return false;
        var padded = " " + value.Trim() + " ";
        return Joiners.Any(j => padded.Contains(j, StringComparison.OrdinalIgnoreCase)) ||
               value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 3;
    }

    /// <summary>
    /// "mantelzorg en vrijwilligers" → "mantelzorg, vrijwilligers"; "eenzaamheid ouderen en vrijwilligers" → "eenzaamheid,
    /// ouderen, vrijwilligers": every word its own, since a topic with a space is a warning of its own (TB0121) and
    /// "eenzaamheid ouderen" is no hashtag.
    /// </summary>
    public static string Suggest(string value) =>
        string.Join(", ", value.Split([" en ", " and ", " of ", " & ", ";", " / "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(part => part.Split(' ', StringSplitOptions.RemoveEmptyEntries)));

    /// <summary>Whether a topic with spaces reads as several (joined by "en", "of", a slash, or three words and more).</summary>
    public static bool Several(string topic)
    {
        var padded = " " + topic.Trim() + " ";
        return padded.Contains(" en ", StringComparison.OrdinalIgnoreCase) || padded.Contains(" of ", StringComparison.OrdinalIgnoreCase) ||
               padded.Contains(" and ", StringComparison.OrdinalIgnoreCase) || topic.Contains('/') || topic.Contains(';') ||
               topic.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3;
    }
}
