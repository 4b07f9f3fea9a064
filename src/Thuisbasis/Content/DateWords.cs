using System.Globalization;
using System.Text.RegularExpressions;

namespace Thuisbasis.Content;

public static partial class Dates
{
    /// <summary>
    /// The ISO form of a date a writer typed as words or with slashes (<c>1 oktober 2026</c>, <c>1 okt</c>, <c>1/10/2026</c>),
    /// to put in the error message; it is never accepted silently, because <c>1/10</c> means different days in different countries.
    /// A date without a year gets the year of <paramref name="today"/>.
    /// </summary>
    /// <param name="today">The build day (<see cref="FieldReader.Today"/>), not the computer's: the preview keeps a file's
    /// messages until the file or the day changes, so the message must follow from the two.</param>
    /// <param name="coming">For an agenda: a date without a year that has passed this year is next year's ("3 maart" in December).</param>
    public static string? SuggestFromWords(string text, DateOnly today, bool coming = false)
    {
        var s = text.Trim().ToLowerInvariant();
        var year = today.Year;
        int d, m, y;
        var words = Words().Match(s);
        var slashes = Slashes().Match(s);
        if (words.Success)
        {
            var name = words.Groups["m"].Value;
            m = Array.FindIndex(Months, x => x.StartsWith(name, StringComparison.Ordinal) && name.Length >= 3) + 1;
            if (m == 0) return null;
            d = int.Parse(words.Groups["d"].Value, CultureInfo.InvariantCulture);
            y = words.Groups["y"].Success ? int.Parse(words.Groups["y"].Value, CultureInfo.InvariantCulture) : year;
        }
        else if (slashes.Success)
        {
            d = int.Parse(slashes.Groups["d"].Value, CultureInfo.InvariantCulture);
            m = int.Parse(slashes.Groups["m"].Value, CultureInfo.InvariantCulture);
            y = int.Parse(slashes.Groups["y"].Value, CultureInfo.InvariantCulture);
        }
        else return null;
        if (coming && words.Success && !words.Groups["y"].Success
            && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) && new DateOnly(y, m, d) < today) y++;
        if (y is < 1900 or > 2200 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return null;
        return $"{y:0000}-{m:00}-{d:00}";
    }

    [GeneratedRegex(@"^(?:[a-z]+dag\s+)?(?<d>\d{1,2})\.?\s+(?<m>[a-z]+)\.?(?:\s+(?<y>\d{4}))?$")]
    private static partial Regex Words();

    [GeneratedRegex(@"^(?<d>\d{1,2})[/.](?<m>\d{1,2})[/.](?<y>\d{4})$")]
    private static partial Regex Slashes();
}
