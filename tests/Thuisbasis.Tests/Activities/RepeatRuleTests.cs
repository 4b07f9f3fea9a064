using Thuisbasis.Content;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Activities;

public sealed class RepeatRuleTests
{
    private static List<DateOnly> Dates(Activity a, int n) => ActivitySchedule.Dates(a).Take(n).ToList();

    [Fact]
    public void WeeklyActivityComesBackOnTheSameWeekday()
    {
        var a = ActivityText.Valid("title: Taalcafé\nstart: 2026-12-08 10:00\nend: \"12:00\"\nrepeat: { every: week }\nlocation: Buurthuis");
        Assert.Equal([new(2026, 12, 8), new(2026, 12, 15), new(2026, 12, 22), new(2026, 12, 29), new(2027, 1, 5)], Dates(a, 5));
        Assert.Null(ActivitySchedule.LastDate(a));
    }

    [Fact]
    public void AWeeklyActivitySinceYearsAgoWithoutEndStillHasItsComingDates()
    {
        // The dates were worked out from the first one, 520 at most: a taalcafé written as "since 2015" left the
        // agenda without a word ten years on.
        var a = ActivityText.Valid("title: Taalcafé\nstart: 2015-09-01 10:00\nend: \"12:00\"\nrepeat: { every: week }\nlocation: Buurthuis");
        var next = ActivitySchedule.From(a, ActivityText.Amsterdam, new DateOnly(2026, 12, 5), 3);
        Assert.Equal([new(2026, 12, 8), new(2026, 12, 15), new(2026, 12, 22)], next.Select(o => o.Date));
        Assert.Equal(new DateTimeOffset(2026, 12, 8, 10, 0, 0, TimeSpan.FromHours(1)), next[0].Start);
        var monthly = ActivityText.Valid("title: Koor\nstart: 1990-01-02 19:30\nrepeat: { every: month }\nlocation: Kerk");
        Assert.Equal([new(2066, 1, 5)], ActivitySchedule.From(monthly, ActivityText.Amsterdam, new DateOnly(2066, 1, 1), 1).Select(o => o.Date));
    }

    [Fact]
    public void AnActivitySinceYearsAgoIsInTheAgendaAndItsCalendar()
    {
        using var site = new Thuisbasis.Tests.Support.FixtureSite();
        site.Write("input/activities/oud.md", "---\ntitle: Taalcafé\nstart: 2015-09-01 10:00\nrepeat: { every: week }\nlocation: Buurthuis\n---\nAl jaren.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal(["Taalcafé"], result.Html("activiteiten/index.html").QuerySelectorAll("main h3").Select(h => h.TextContent));
        var e = Assert.Single(Ical.Net.Calendar.Load(result.Text("activiteiten/oud/agenda.ics"))!.Events);
        Assert.Equal("FREQ=WEEKLY", e.RecurrenceRule!.ToString());
    }

    [Fact]
    public void EveryTwoWeeksSkipsAWeek()
    {
        var a = ActivityText.Valid("title: Wandelen\nstart: 08-12-2026 14:00\nrepeat: { every: 2 weeks }\nlocation: Park");
        Assert.Equal([new(2026, 12, 8), new(2026, 12, 22), new(2027, 1, 5)], Dates(a, 3));
        Assert.Equal(new DateTime(2026, 12, 8, 15, 0, 0), a.End);
        // A small number in words, as Dutch writes it in a sentence.
        Assert.Equal("Om de twee weken op dinsdag", Thuisbasis.Pipeline.SiteBuilder.RepeatText(a));
    }

    [Fact]
    public void MonthlyKeepsTheFirstTuesdayOfTheMonth()
    {
        var a = ActivityText.Valid("title: Mantelzorgcafé\nstart: 2026-12-01 19:30\nrepeat: { every: month }\nlocation: Buurthuis");
        Assert.Equal([new(2026, 12, 1), new(2027, 1, 5), new(2027, 2, 2), new(2027, 3, 2), new(2027, 4, 6)], Dates(a, 5));
        Assert.All(Dates(a, 12), d => Assert.True(d.DayOfWeek == DayOfWeek.Tuesday && d.Day <= 7));
    }

    [Fact]
    public void AFifthWeekdayRepeatsAsTheLastOfEachMonth()
    {
        // 29 December 2026 is the fifth Tuesday; January 2027 has no fifth Tuesday, so the last one (26 January) it is.
        var a = ActivityText.Valid("title: Eindejaarsborrel\nstart: 2026-12-29 17:00\nrepeat: { every: month }\nlocation: Buurthuis");
        Assert.Equal([new(2026, 12, 29), new(2027, 1, 26), new(2027, 2, 23), new(2027, 3, 30)], Dates(a, 4));
        Assert.Equal(-1, ActivitySchedule.WeekdayOfMonth(a.FirstDate));
    }

    [Fact]
    public void UntilIsTheLastPossibleDateAndEndsTheActivity()
    {
        var a = ActivityText.Valid("title: Cursus\nstart: 2026-12-08 10:00\nrepeat: { every: week, until: 2026-12-29 }\nlocation: Buurthuis");
        Assert.Equal([new(2026, 12, 8), new(2026, 12, 15), new(2026, 12, 22), new(2026, 12, 29)], ActivitySchedule.Dates(a).ToList());
        Assert.Equal(new DateOnly(2026, 12, 29), ActivitySchedule.LastDate(a));
        Assert.False(ActivitySchedule.HasEnded(a, new DateOnly(2026, 12, 29)));
        Assert.True(ActivitySchedule.HasEnded(a, new DateOnly(2026, 12, 30)));
    }

    [Fact]
    public void ExceptDatesAreLeftOutAndCancelledDatesStayMarked()
    {
        var a = ActivityText.Valid("title: Taalcafé\nstart: 2026-12-08 10:00\nrepeat: { every: week, except: [2026-12-29] }\n" +
            "cancelled: [22-12-2026]\nlocation: Buurthuis");
        var next = ActivitySchedule.From(a, ActivityText.Amsterdam, new DateOnly(2026, 12, 1), 4);
        Assert.Equal([new(2026, 12, 8), new(2026, 12, 15), new(2026, 12, 22), new(2027, 1, 5)], next.Select(o => o.Date));
        Assert.Equal([false, false, true, false], next.Select(o => o.Cancelled));
    }

    [Fact]
    public void CancelledTrueCancelsEveryDate()
    {
        var a = ActivityText.Valid("title: Koor\nstart: 2026-12-08 19:00\nrepeat: { every: week }\ncancelled: true\nlocation: Kerk");
        Assert.All(ActivitySchedule.From(a, ActivityText.Amsterdam, new DateOnly(2026, 12, 1), 5), o => Assert.True(o.Cancelled));
    }

    [Fact]
    public void WeeklyEveningStaysAtHalfPastSevenAcrossBothClockChanges()
    {
        // Summer time starts on 28 March 2027 and ends on 31 October 2027.
        var a = ActivityText.Valid("title: Koor\nstart: 2027-03-22 19:30\nrepeat: { every: week }\nlocation: Kerk");
        var spring = ActivitySchedule.From(a, ActivityText.Amsterdam, new DateOnly(2027, 3, 22), 2);
        Assert.Equal([new DateTime(2027, 3, 22, 19, 30, 0), new DateTime(2027, 3, 29, 19, 30, 0)], spring.Select(o => o.Start.DateTime));
        Assert.Equal([TimeSpan.FromHours(1), TimeSpan.FromHours(2)], spring.Select(o => o.Start.Offset));
        Assert.Equal([18, 17], spring.Select(o => o.Start.UtcDateTime.Hour));
        var autumn = ActivitySchedule.From(a, ActivityText.Amsterdam, new DateOnly(2027, 10, 25), 2);
        Assert.Equal([new DateOnly(2027, 10, 25), new DateOnly(2027, 11, 1)], autumn.Select(o => o.Date));
        Assert.Equal([19, 19], autumn.Select(o => o.Start.Hour));
        Assert.Equal([17, 18], autumn.Select(o => o.Start.UtcDateTime.Hour));
        Assert.All(autumn, o => Assert.Equal(TimeSpan.FromHours(1), o.End - o.Start));
    }

    [Fact]
    public void ADateAloneIsAnAllDayActivityThatEndsThatDay()
    {
        var a = ActivityText.Valid("title: Open dag\nstart: 2027-04-10\nlocation: { name: Buurthuis, street: Dorpsstraat 1, postal_code: 1234 AB, city: Oost }");
        Assert.True(a.AllDay);
        Assert.Equal(new DateTime(2027, 4, 11), a.End);
        Assert.Equal(new DateOnly(2027, 4, 10), ActivitySchedule.LastDate(a));
        Assert.Equal("Dorpsstraat 1", a.Location.Street);
    }
}
