using System.Text.RegularExpressions;

namespace Thuisbasis.Content;

/// <summary>
/// An address written out in a plain <c>location</c>, as writers type it: <c>Buurthuis De Brug, Kerkstraat 12, 1234 AB
/// Amsterdam</c>. Only a Dutch postcode (four digits, the first not 0, and two letters) makes it an address: it starts a
/// part between commas, or follows a street and house number in one; the part before it is the street when it has a
/// number in it, and what comes before that is the name. Without a postcode nothing is guessed.
/// </summary>
public static partial class PlainAddress
{
    /// <summary>The parts of an address; <see cref="Name"/> is the whole text when no name comes before the street.</summary>
    public sealed record Parts(string Name, string? Street, string PostalCode, string? City);

    public static Parts? Parse(string text)
    {
        var segments = text.Split(',', StringSplitOptions.TrimEntries);
        for (var i = 0; i < segments.Length; i++)
        {
            var m = PostcodeFirst().Match(segments[i]) is { Success: true } first ? first : AfterStreet().Match(segments[i]);
            if (!m.Success) continue;
            var postcode = $"{m.Groups["digits"].Value} {m.Groups["letters"].Value.ToUpperInvariant()}";
            var city = m.Groups["city"].Success ? Spaces().Replace(m.Groups["city"].Value, " ")
                : i + 1 < segments.Length && segments[i + 1].Length > 0 ? segments[i + 1] : null;
            var nameEnd = i;
            var street = m.Groups["street"].Success ? m.Groups["street"].Value.Trim() : null;
            if (street is null && i > 0 && segments[i - 1].Any(char.IsAsciiDigit)) street = segments[nameEnd = i - 1];
            var name = nameEnd > 0 ? string.Join(", ", segments[..nameEnd]) : text.Trim();
            return new Parts(name, street, postcode, city);
        }
        return null;
    }

    [GeneratedRegex(@"^(?<digits>[1-9]\d{3})\s?(?<letters>[A-Za-z]{2})(?![A-Za-z])(?:\s+(?<city>\S.*))?$")]
    private static partial Regex PostcodeFirst();

    [GeneratedRegex(@"^(?<street>.*\S\s+\d+\S*)\s+(?<digits>[1-9]\d{3})\s?(?<letters>[A-Za-z]{2})(?![A-Za-z])(?:\s+(?<city>\S.*))?$")]
    private static partial Regex AfterStreet();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
