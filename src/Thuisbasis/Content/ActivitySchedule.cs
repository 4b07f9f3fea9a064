namespace Thuisbasis.Content;

/// <summary>One date of an activity as a moment in time, and whether it is cancelled (shown as such, never left out).</summary>
public sealed record Occurrence(DateOnly Date, DateTimeOffset Start, DateTimeOffset End, bool Cancelled);

/// <summary>
/// Works out the dates of an activity from its first date and its repeat rule, in wall-clock time, and only then turns each
/// into a moment in the site's time zone: a weekly 19:30 stays 19:30 in summer and winter, while its UTC time shifts.
/// </summary>
public static class ActivitySchedule
{
    /// <summary>How many dates of a repeat the reader checks for a time the clocks skip (ten years of weeks).</summary>
    public const int MostDates = 520;

    /// <summary>The last year a date can be written in (<see cref="Dates.TryParse"/>): where a repeat without <c>until</c> stops.</summary>
    private const int LastYear = 2200;

    /// <summary>Every date of the rule in order, without the <c>except</c> dates (the cancelled ones included).</summary>
    public static IEnumerable<DateOnly> Dates(Activity a)
    {
        var except = a.Repeat?.Except.ToHashSet() ?? [];
        return RuleDates(a).Where(d => !except.Contains(d));
    }

    /// <summary>The dates the rule makes, <c>except</c> included: what an <c>except</c> date must be one of.</summary>
    public static IEnumerable<DateOnly> RuleDates(Activity a) => RuleDates(a.FirstDate, a.Repeat, 0);

    /// <summary>The dates a rule makes from <paramref name="first"/> on, for the reader before the activity is whole.</summary>
    public static IEnumerable<DateOnly> RuleDates(DateOnly first, ActivityRepeat? repeat) => RuleDates(first, repeat, 0);

    private static IEnumerable<DateOnly> RuleDates(Activity a, int index) => RuleDates(a.FirstDate, a.Repeat, index);

    /// <summary>The rule's dates from its <paramref name="index"/>-th on (0 is the first date). Without <c>until</c> they go on
    /// to <see cref="LastYear"/>: an activity that started years ago keeps its coming dates.</summary>
    private static IEnumerable<DateOnly> RuleDates(DateOnly first, ActivityRepeat? repeat, int index)
    {
        if (repeat is not { } r)
        {
            if (index == 0) yield return first;
            yield break;
        }
        for (var k = index; ; k++)
        {
            var date = r.Unit == RepeatUnit.Week ? first.AddDays(7 * r.Interval * k) : SameWeekdayOfMonth(first, k * r.Interval);
            if (date.Year > LastYear || r.Until is { } until && date > until) yield break;
            yield return date;
        }
    }

    /// <summary>
    /// The index of a date of the rule that lies before <paramref name="from"/> by more than one occurrence lasts, so
    /// <see cref="From"/> starts near the build day instead of walking every week since the first date.
    /// </summary>
    private static int IndexBefore(Activity a, DateOnly from)
    {
        if (a.Repeat is not { } r) return 0;
        var before = from.AddDays(-(int)Math.Ceiling(a.Duration.TotalDays) - 1);
        var k = r.Unit == RepeatUnit.Week
            ? (before.DayNumber - a.FirstDate.DayNumber) / (7 * r.Interval)
            : ((before.Year - a.FirstDate.Year) * 12 + before.Month - a.FirstDate.Month) / r.Interval - 1;
        return Math.Max(0, k);
    }

    /// <summary>
    /// The date <paramref name="months"/> months after <paramref name="first"/> on the same weekday of the month ("the second
    /// Wednesday"). A fifth weekday counts as the last one of the month, which every month has.
    /// </summary>
    public static DateOnly SameWeekdayOfMonth(DateOnly first, int months)
    {
        var nth = (first.Day - 1) / 7 + 1;
        var month = new DateOnly(first.Year, first.Month, 1).AddMonths(months);
        if (nth == 5) return LastWeekday(month, first.DayOfWeek);
        var offset = ((int)first.DayOfWeek - (int)month.DayOfWeek + 7) % 7;
        return month.AddDays(offset + 7 * (nth - 1));
    }

    private static DateOnly LastWeekday(DateOnly monthStart, DayOfWeek day)
    {
        var last = monthStart.AddMonths(1).AddDays(-1);
        return last.AddDays(-(((int)last.DayOfWeek - (int)day + 7) % 7));
    }

    /// <summary>Which weekday of the month a monthly repeat keeps: 1–4, or -1 for the last.</summary>
    public static int WeekdayOfMonth(DateOnly first) => (first.Day - 1) / 7 + 1 is var n && n == 5 ? -1 : n;

    /// <summary>The last date, or null when it repeats without end.</summary>
    public static DateOnly? LastDate(Activity a)
    {
        if (a.Repeat is { Until: null }) return null;
        var last = a.Repeat is null ? a.FirstDate : Dates(a).DefaultIfEmpty(a.FirstDate).Last();
        return DateOnly.FromDateTime((At(last, a) + a.Duration).AddTicks(-1));
    }

    /// <summary>Whether the activity has ended by <paramref name="today"/>: it leaves listings the day after its last date.</summary>
    public static bool HasEnded(Activity a, DateOnly today) => LastDate(a) is { } last && last < today;

    /// <summary>The dates whose end is on or after <paramref name="from"/>, at most <paramref name="max"/>, in order.</summary>
    public static IReadOnlyList<Occurrence> From(Activity a, TimeZoneInfo zone, DateOnly from, int max)
    {
        var cancelled = a.CancelledDates.ToHashSet();
        var except = a.Repeat?.Except.ToHashSet() ?? [];
        var result = new List<Occurrence>();
        foreach (var date in RuleDates(a, IndexBefore(a, from)).Where(d => !except.Contains(d)))
        {
            var start = At(date, a);
            var end = start + a.Duration;
            if (DateOnly.FromDateTime(end.AddTicks(-1)) < from) continue;
            result.Add(new Occurrence(date, Moment(start, zone), Moment(end, zone), a.CancelledAll || cancelled.Contains(date)));
            if (result.Count == max) break;
        }
        return result;
    }

    private static DateTime At(DateOnly date, Activity a) => date.ToDateTime(TimeOnly.FromDateTime(a.Start));

    /// <summary>
    /// A wall-clock time in the zone as a moment. A time that does not exist (the hour skipped when summer time starts)
    /// is moved on by that hour, as clocks do; an hour that happens twice (autumn) is taken the first time.
    /// </summary>
    public static DateTimeOffset Moment(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local)) local = local.AddHours(1);
        if (zone.IsAmbiguousTime(local)) return new DateTimeOffset(local, zone.GetAmbiguousTimeOffsets(local).Max());
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
