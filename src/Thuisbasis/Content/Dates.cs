using System.Globalization;
using System.Text.RegularExpressions;

namespace Thuisbasis.Content;

/// <summary>
/// Reads the two ways writers put a date: ISO (<c>2026-11-23</c>, optionally <c>2026-11-23 09:30</c>) and
/// Dutch (<c>23-11-2026</c>, optionally with a time). Times are local to the site's time zone.
/// </summary>
public static partial class Dates
{
    public static bool TryParse(string text, TimeZoneInfo zone, out DateTimeOffset value)
    {
        value = default;
        var s = text.Trim();
        var m = Iso().Match(s);
        if (!m.Success) m = Dutch().Match(s);
        if (!m.Success) return false;
        int Group(string name) => int.Parse(m.Groups[name].Value, CultureInfo.InvariantCulture);
        int y = Group("y"), mo = Group("m"), d = Group("d"), h = 0, mi = 0;

        if (m.Groups["h"].Success)
        {
            h = Group("h");
            mi = Group("min");
            if (h > 23 || mi > 59) return false;
        }
        if (y < 1900 || y > 2200 || mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return false;

        var local = new DateTime(y, mo, d, h, mi, 0, DateTimeKind.Unspecified);
        if (m.Groups["off"].Success)
        {
            var off = m.Groups["off"].Value;
            var offset = TimeSpan.Zero;
            // An offset no clock has (+99:00, +25:00) is not a date: the writer hears TB0102, the build does not stop.
            if (off is not ("Z" or "z") && (!TimeSpan.TryParseExact(off.TrimStart('+', '-').Replace(":", ""), "hhmm", CultureInfo.InvariantCulture, out offset)
                                             || offset > TimeSpan.FromHours(14)))
                return false;
            if (off.StartsWith('-')) offset = -offset;
            // The moment as the site's clock shows it: 2019-05-02T22:30:00Z is 3 May in Amsterdam, and the page says so.
            value = TimeZoneInfo.ConvertTime(new DateTimeOffset(local, offset), zone);
            return true;
        }
        // The hour that happens twice in autumn is taken the first time (summer time), as ActivitySchedule.Moment does for
        // `start`; GetUtcOffset alone would take it the second time.
        value = new DateTimeOffset(local, zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local));
        return true;
    }

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?:(?:\s+|T)(?<h>\d{1,2})[:.](?<min>\d{2})(?::\d{2}(?:\.\d{1,7})?)?(?<off>Z|z|[+-]\d{2}:?\d{2})?)?$")]
    private static partial Regex Iso();

    [GeneratedRegex(@"^(?<d>\d{1,2})-(?<m>\d{1,2})-(?<y>\d{4})(?:(?:\s+|T)(?<h>\d{1,2})[:.](?<min>\d{2}))?$")]
    private static partial Regex Dutch();

    private static readonly string[] Months =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    /// <summary>"23 november 2026": the way Dutch readers expect a date in running text.</summary>
    public static string ToDutch(DateTimeOffset date) => $"{date.Day} {Months[date.Month - 1]} {date.Year}";

    public static string ToDutch(DateOnly date) => $"{date.Day} {Months[date.Month - 1]} {date.Year}";
}
