using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Activities;

/// <summary>The agenda's calendars, read back with Ical.Net: the events, their rules, skipped and cancelled dates, and zones.</summary>
public sealed class CalendarFileTests : IDisposable
{
    private readonly FixtureSite _site = AgendaSite.Create();
    private readonly Thuisbasis.Pipeline.BuildResult _result;

    public CalendarFileTests()
    {
        _result = _site.Build();
        Assert.True(_result.Succeeded, _result.Describe());
    }

    private Calendar Load(string path) => Calendar.Load(_result.Text(path))!;

    [Fact]
    public void AgendaHoldsEveryComingActivityOnceAndOneThatEndedLatelyButNotTheDraft()
    {
        var calendar = Load("activiteiten/agenda.ics");
        var uids = calendar.Events.Where(e => e.RecurrenceIdentifier is null).Select(e => e.Uid).Order().ToList();
        // The herfstmarkt ended three weeks ago: a subscriber's calendar keeps it (see CalendarGenerator.EndedKeptDays).
        Assert.Equal(["herfstmarkt@www.test.example", "mantelzorgavond@www.test.example", "online-spreekuur@www.test.example",
            "open-dag@www.test.example", "taalcafe@www.test.example"], uids);
    }

    [Fact]
    public void ARepeatingActivityIsOneEventWithItsRuleSkippedDateAndTimeZone()
    {
        var calendar = Load("activiteiten/agenda.ics");
        var taal = Assert.Single(calendar.Events, e => e.Uid == "taalcafe@www.test.example" && e.RecurrenceIdentifier is null);
        Assert.Equal("FREQ=WEEKLY;UNTIL=20270629T080000Z", taal.RecurrenceRule!.ToString());
        Assert.Equal("Europe/Amsterdam", taal.DtStart!.TzId);
        Assert.Equal(new DateTime(2026, 11, 24, 10, 0, 0), taal.DtStart.Value);
        Assert.Equal(new DateTime(2026, 11, 24, 12, 0, 0), taal.DtEnd!.Value);
        var skipped = Assert.Single(taal.ExceptionDates.GetAllDates());
        Assert.Equal((new DateTime(2026, 12, 29, 10, 0, 0), "Europe/Amsterdam"), (skipped.Value, skipped.TzId));
        Assert.Equal("Europe/Amsterdam", Assert.Single(calendar.TimeZones).TzId);
        var monthly = Assert.Single(calendar.Events, e => e.Uid == "mantelzorgavond@www.test.example");
        Assert.Equal("FREQ=MONTHLY;BYDAY=1TU", monthly.RecurrenceRule!.ToString());
    }

    [Fact]
    public void ACancelledDateStaysInTheCalendarMarkedCancelled()
    {
        var calendar = Load("activiteiten/agenda.ics");
        var cancelled = Assert.Single(calendar.Events, e => e.RecurrenceIdentifier is not null);
        Assert.Equal("taalcafe@www.test.example", cancelled.Uid);
        Assert.Equal("CANCELLED", cancelled.Status);
        Assert.Equal(new DateTime(2026, 12, 1, 10, 0, 0), cancelled.RecurrenceIdentifier!.StartTime.Value);
        var occurrences = calendar.GetOccurrences(new CalDateTime(2026, 11, 23, 0, 0, 0, "Europe/Amsterdam"))
            .TakeWhile(o => o.Period.StartTime.Value < new DateTime(2027, 1, 6))
            .Where(o => ((CalendarEvent)o.Source).Uid == "taalcafe@www.test.example")
            .Select(o => (o.Period.StartTime.Value.Date, ((CalendarEvent)o.Source).Status)).ToList();
        Assert.Equal([(new DateTime(2026, 11, 24), "CONFIRMED"), (new DateTime(2026, 12, 1), "CANCELLED"), (new DateTime(2026, 12, 8), "CONFIRMED"),
            (new DateTime(2026, 12, 15), "CONFIRMED"), (new DateTime(2026, 12, 22), "CONFIRMED"), (new DateTime(2027, 1, 5), "CONFIRMED")], occurrences);
    }

    [Fact]
    public void AnAllDayActivityIsADateEvent()
    {
        var calendar = Load("activiteiten/open-dag/agenda.ics");
        var open = Assert.Single(calendar.Events);
        Assert.False(open.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2027, 4, 10), open.DtStart.Date);
        Assert.Equal(new DateOnly(2027, 4, 11), open.DtEnd!.Date);
        Assert.Empty(calendar.TimeZones);
    }

    [Fact]
    public void EachActivityHasItsOwnCalendarLinkedFromItsPage()
    {
        var page = _result.Html("activiteiten/online-spreekuur/index.html");
        var link = Assert.Single(page.QuerySelectorAll("a"), a => a.TextContent.StartsWith("Zet in mijn agenda"));
        Assert.Equal("/activiteiten/online-spreekuur/agenda.ics", link.GetAttribute("href"));
        var calendar = Load("activiteiten/online-spreekuur/agenda.ics");
        var online = Assert.Single(calendar.Events);
        Assert.Equal("online-spreekuur@www.test.example", online.Uid);
        Assert.Equal("https://meet.test.example/spreekuur", online.Location);
        Assert.Equal(new Uri("https://www.test.example/activiteiten/online-spreekuur/"), online.Url);
        Assert.False(_result.Has("activiteiten/herfstmarkt/agenda.ics"));
        Assert.False(_result.Has("activiteiten/concept/agenda.ics"));
    }

    [Fact]
    public void TheSameInputAndBuildDayGiveTheSameCalendarBytes()
    {
        var again = _site.Build();
        Assert.Equal(_result.Text("activiteiten/agenda.ics"), again.Text("activiteiten/agenda.ics"));
        Assert.Contains("DTSTAMP:20261123T000000Z", Load("activiteiten/agenda.ics").Events.Select(e => $"DTSTAMP:{e.DtStamp!.Value:yyyyMMdd'T'HHmmss}Z"));
    }

    [Fact]
    public void ThePreviewServesCalendarsAsCalendarsInUtf8()
    {
        // Netlify serves .ics as text/calendar by its extension, as the preview does; RFC 5545's character set is UTF-8.
        Assert.Equal("text/calendar; charset=utf-8", Thuisbasis.Preview.SiteResponder.ContentType("activiteiten/agenda.ics"));
    }

    public void Dispose() => _site.Dispose();
}
