using System.Globalization;

namespace Thuisbasis.Content;

public static partial class Dates
{
    /// <summary>
    /// Why a date written in digits does not exist (<c>31-02-2026</c>: "februari 2026 heeft 28 dagen"; <c>2026-13-01</c>:
    /// "er is geen maand 13"), and the nearest date that does in the writer's own form (the last day of that month, or
    /// day and month swapped); null when the text is not such a date.
    /// </summary>
    public static (string Why, string Instead)? Impossible(string text)
    {
        var t = text.Trim();
        var iso = Iso().Match(t);
        var dutch = iso.Success ? iso : Dutch().Match(t);
        if (!dutch.Success || dutch.Groups["h"].Success) return null;
        var (y, m, d) = (int.Parse(dutch.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(dutch.Groups["m"].Value, CultureInfo.InvariantCulture),
            int.Parse(dutch.Groups["d"].Value, CultureInfo.InvariantCulture));
        if (y is < 1 or > 9999 || d < 1) return null;
        string Write(int day, int month) => iso.Success ? $"{y:0000}-{month:00}-{day:00}" : $"{day:00}-{month:00}-{y:0000}";
        if (m is < 1 or > 12)
            return d is >= 1 and <= 12 && m <= DateTime.DaysInMonth(y, d) ? ($"er is geen maand {m}", Write(m, d)) : null;
        var days = DateTime.DaysInMonth(y, m);
        return d > days && d <= 31 ? ($"{Months[m - 1]} {y} heeft {days} dagen", Write(days, m)) : null;
    }
}
