using Thuisbasis.Model;

namespace Thuisbasis.Reporting;

/// <summary>
/// The publishing rhythm: items per week over the last 52 weeks. Each kind of item is one series of dates, so a new
/// kind is one more entry in <see cref="SeriesOf"/> and nothing else changes. An activity has no publication date, so
/// it counts in the week of its first date (its <c>start</c>, a wall-clock date in the site's time zone): a repeating
/// activity counts once, and one that has not begun yet is not counted until it does.
/// </summary>
public static class Rhythm
{
    public const int WeekCount = 52;

    /// <summary>The dates of everything published today, per kind. Add a kind here and it is charted and tabled.</summary>
    public static IReadOnlyList<(string Key, string Label, IReadOnlyList<DateOnly> Dates)> SeriesOf(Site site) =>
    [
        ("stories", "Verhalen", site.Stories.Where(s => s.Marker is null).Select(s => Day(s.Date)).ToList()),
        ("vacancies", "Vacatures", site.AllVacancies.Where(v => !v.Source.Draft && Day(v.Date) <= site.Today).Select(v => Day(v.Date)).ToList()),
        ("activities", "Activiteiten", site.AllActivities.Where(a => !a.Source.Draft).Select(a => a.Source.FirstDate).ToList()),
    ];

    public static RhythmFigures Measure(Site site)
    {
        var today = site.Today;
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var weeks = Enumerable.Range(0, WeekCount).Select(i => monday.AddDays(7 * (i - WeekCount + 1))).ToList();
        var series = SeriesOf(site).Select(s => PerWeek(s.Key, s.Label, s.Dates, weeks, today)).ToList();
        var stories = SeriesOf(site)[0].Dates.Where(d => d <= today).Order().ToList();
        var total = series[0].Total;
        return new RhythmFigures(site.Settings.Rhythm.StoriesPerMonth, weeks, series, total, Math.Round(total / 12.0, 1),
            stories.Count == 0 ? null : today.DayNumber - stories[^1].DayNumber, Silences(stories, weeks[0], today));
    }

    private static RhythmSeries PerWeek(string key, string label, IReadOnlyList<DateOnly> dates, List<DateOnly> weeks, DateOnly today)
    {
        var counts = new int[weeks.Count];
        foreach (var d in dates)
        {
            if (d < weeks[0] || d > today) continue;
            counts[(d.DayNumber - weeks[0].DayNumber) / 7]++;
        }
        return new RhythmSeries(key, label, counts, counts.Sum());
    }

    /// <summary>The three longest stretches without a new story that reach into the last 52 weeks, the current one included.</summary>
    private static IReadOnlyList<Silence> Silences(List<DateOnly> stories, DateOnly windowStart, DateOnly today)
    {
        var gaps = new List<Silence>();
        for (var i = 1; i < stories.Count; i++)
            if (stories[i] >= windowStart) gaps.Add(new Silence(stories[i - 1], stories[i], stories[i].DayNumber - stories[i - 1].DayNumber));
        if (stories.Count > 0) gaps.Add(new Silence(stories[^1], today, today.DayNumber - stories[^1].DayNumber));
        return gaps.Where(g => g.Days > 0).OrderByDescending(g => g.Days).ThenBy(g => g.From).Take(3).ToList();
    }

    internal static DateOnly Day(DateTimeOffset date) => DateOnly.FromDateTime(date.DateTime);
}
