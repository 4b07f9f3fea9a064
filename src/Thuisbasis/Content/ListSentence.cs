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

    /// <summary>"mantelzorg en vrijwilligers" → "mantelzorg, vrijwilligers".</summary>
    public static string Suggest(string value)
    {
        var parts = value.Split([" en ", " and ", " of ", " & ", ";", " / "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 1) parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(", ", parts);
    }
}
