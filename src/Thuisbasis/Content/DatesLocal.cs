using System.Globalization;
using System.Text.RegularExpressions;

namespace Thuisbasis.Content;

public static partial class Dates
{
    /// <summary>
    /// A date as the writer wrote it (ISO or Dutch, optionally with a time), as a wall-clock time without a zone, and
    /// whether a time was written: an activity on a date alone lasts all day.
    /// </summary>
    public static bool TryParseLocal(string text, out DateTime local, out bool hasTime)
    {
        local = default;
        var s = text.Trim();
        hasTime = s.Any(char.IsWhiteSpace) || s.Contains('T');
        if (s.EndsWith('Z') || s.EndsWith('z') || Offset().IsMatch(s)) return false; // a wall-clock time, never an offset
        if (!TryParse(s, TimeZoneInfo.Utc, out var value)) return false;
        local = DateTime.SpecifyKind(value.DateTime, DateTimeKind.Unspecified);
        return true;
    }

    /// <summary>A time of day alone: <c>12:00</c> or <c>12.00</c>.</summary>
    public static bool TryParseTime(string text, out TimeOnly time)
    {
        time = default;
        var m = TimeAlone().Match(text.Trim());
        if (!m.Success) return false;
        var (h, mi) = (int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture));
        if (h > 23 || mi > 59) return false;
        time = new TimeOnly(h, mi);
        return true;
    }

    /// <summary>"dinsdag 8 december 2026".</summary>
    public static string ToDutchWithDay(DateOnly date) => $"{Days[(int)date.DayOfWeek]} {ToDutch(date)}";

    public static string DayName(DayOfWeek day) => Days[(int)day];

    private static readonly string[] Days = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];

    [GeneratedRegex(@"^(?<h>\d{1,2})[:.](?<m>\d{2})$")]
    private static partial Regex TimeAlone();

    [GeneratedRegex(@"[+-]\d{2}:\d{2}$")]
    private static partial Regex Offset();
}
