using System.Globalization;
using System.Text.RegularExpressions;

namespace Thuisbasis.Content.Readers;

/// <summary>
/// How often, as people say it in Dutch ("elke dinsdag", "om de week", "eerste maandag van de maand"): the value of
/// <c>every</c> it means, and a note when the day it names is not the day of <c>start</c>. Never accepted as it is: the
/// message shows the line to write, and the date to start on when the day does not match.
/// </summary>
internal static partial class RepeatInWords
{
    private static readonly string[] Days = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];
    private static readonly string[] Nths = ["eerste", "tweede", "derde", "vierde"];

    public static (string Every, string? Note)? Read(string text, DateTime start)
    {
        var t = Spaces().Replace(text.Trim().ToLowerInvariant(), " ");
        if (t is "wekelijks" or "elke week" or "iedere week" or "ieder week") return ("week", null);
        if (t is "om de week" or "tweewekelijks" or "om de twee weken" or "elke twee weken" or "iedere twee weken") return ("2 weeks", null);
        if (t is "maandelijks" or "elke maand" or "iedere maand") return ("month", null);
        if (Weeks().Match(t) is { Success: true } w && int.TryParse(w.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            return n is >= 1 and <= 52 ? (n == 1 ? "week" : $"{n} weeks", null) : null;
        if (Weekday().Match(t) is { Success: true } d)
        {
            var day = (DayOfWeek)Array.IndexOf(Days, d.Groups["day"].Value);
            return ("week", start.DayOfWeek == day ? null
                : $"Let op: `start` is {Dates.ToDutchWithDay(DateOnly.FromDateTime(start))}, geen {Days[(int)day]}. " + StartOn(start, x => x.DayOfWeek == day));
        }
        if (OfTheMonth().Match(t) is { Success: true } m)
        {
            var day = (DayOfWeek)Array.IndexOf(Days, m.Groups["day"].Value);
            var nthText = m.Groups["nth"].Value;
            var nth = nthText == "laatste" ? -1 : Array.IndexOf(Nths, nthText) + 1;
            // Only a first date in the fifth week repeats as the last of each month (ActivitySchedule); a fourth stays the fourth.
            bool Fits(DateOnly x) => x.DayOfWeek == day && (nth == -1 ? x.Day > 28 : (x.Day - 1) / 7 + 1 == nth);
            var first = DateOnly.FromDateTime(start);
            if (Fits(first)) return ("month", null);
            var isNow = first.DayOfWeek == day ? $"de {OrdinalOf(first)} {Days[(int)day]} van de maand" : $"geen {Days[(int)day]}";
            return ("month", $"Let op: `start` is {Dates.ToDutchWithDay(first)}, {isNow}. " + StartOn(start, Fits));
        }
        return null;
    }

    /// <summary>Which of its weekday in the month a date is: "tweede", or "laatste" for a fifth.</summary>
    public static string OrdinalOf(DateOnly d) => d.Day > 28 ? "laatste" : Nths[(d.Day - 1) / 7];

    /// <summary>The first date from <paramref name="start"/> that fits, written as <c>start</c> with its time.</summary>
    private static string StartOn(DateTime start, Func<DateOnly, bool> fits)
    {
        var d = DateOnly.FromDateTime(start);
        while (!fits(d)) d = d.AddDays(1);
        var time = start.TimeOfDay == TimeSpan.Zero ? "" : start.ToString(" HH:mm", CultureInfo.InvariantCulture);
        return $"Begint het op {Dates.ToDutchWithDay(d)}? Schrijf dan `start: {d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}{time}`.";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:elke|iedere|ieder|om de) (?<n>\d+) weken$")]
    private static partial Regex Weeks();

    [GeneratedRegex(@"^(?:elke|iedere|ieder|op) (?<day>maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?:ochtend|morgen|middag|avond)?$")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"^(?:(?:elke|iedere|ieder|de|op de) )?(?<nth>eerste|tweede|derde|vierde|laatste) (?<day>maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?:ochtend|morgen|middag|avond)? (?:van de|van elke|van iedere|per|in de) maand$")]
    private static partial Regex OfTheMonth();
}
