using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Activities;

/// <summary>
/// Times on the nights the clocks change in Europe/Amsterdam: 02:30 on the last Sunday of March does not exist (02:00 becomes
/// 03:00), 02:30 on the last Sunday of October happens twice (03:00 becomes 02:00 again).
/// </summary>
public sealed class ClockChangeTests
{
    /// <summary>
    /// A weekly night from 22:00 to 04:00 is six hours, but five the night summer time starts and seven the night it
    /// ends. RFC 5545 gives every date of a rule the first one's length, so calendar apps ended those two nights at
    /// 05:00 and 03:00 where the page says 04:00: those dates get an event of their own, ending at 04:00.
    /// </summary>
    [Fact]
    public void AWeeklyNightThroughAClockChangeEndsAtItsOwnTimeInTheCalendar()
    {
        using var site = new FixtureSite();
        site.Write("input/activities/nachtopvang.md",
            "---\ntitle: Nachtopvang\nstart: 2027-03-13 22:00\nend: 2027-03-14 04:00\nrepeat: { every: week }\nlocation: Buurthuis\n---\nWelkom.\n");
        var result = site.Build(date: new DateOnly(2027, 3, 1));
        Assert.True(result.Succeeded, result.Describe());

        foreach (var path in new[] { "activiteiten/nachtopvang/agenda.ics", "activiteiten/agenda.ics" })
        {
            var events = IcsText.Events(result.Text(path));
            var master = Assert.Single(events, e => !e.ContainsKey("RECURRENCE-ID"));
            Assert.Equal(("20270313T220000", "20270314T040000"), (master["DTSTART"], master["DTEND"]));
            var nights = events.Where(e => e.ContainsKey("RECURRENCE-ID")).Select(e => (e["RECURRENCE-ID"], e["DTSTART"], e["DTEND"])).ToList();
            Assert.Equal([("20270327T220000", "20270327T220000", "20270328T040000"), ("20271030T220000", "20271030T220000", "20271031T040000")], nights);
            Assert.All(events.Where(e => e.ContainsKey("RECURRENCE-ID")), e => Assert.Equal(master["UID"], e["UID"]));
        }
    }

    [Fact]
    public void AStartInTheHourSkippedInSpringIsAnErrorThatSaysWhichTimesExist()
    {
        // Accepted, it became "03:30 tot 03:30": moved on by the skipped hour, while its end (03:30) was not.
        var (_, found) = ActivityText.Read("title: Nachtwandeling\nstart: 2027-03-28 02:30\nlocation: Park");
        var d = Assert.Single(found);
        Assert.Equal(("TB0145", 3, 8), (d.Code, d.Line, d.Column));
        Assert.Equal("`start` is `2027-03-28 02:30`, maar op zondag 28 maart 2027 bestaat 02:30 niet: die nacht gaat de klok van 02:00 naar 03:00.", d.Message);
        Assert.Equal("Kies een tijd vóór 02:00 of vanaf 03:00.", d.Help);
    }

    [Fact]
    public void AnEndInTheSkippedHourIsAnErrorToo()
    {
        var (_, found) = ActivityText.Read("title: Nachtwandeling\nstart: 2027-03-28 01:00\nend: \"02:15\"\nlocation: Park");
        var d = Assert.Single(found);
        Assert.Equal(("TB0145", 4, 6), (d.Code, d.Line, d.Column));
        Assert.StartsWith("`end` is `02:15`, maar op zondag 28 maart 2027 bestaat 02:15 niet", d.Message);
    }

    [Fact]
    public void ARepeatThatMeetsTheSkippedHourOnOneDateNamesThatDateAndTheWayOut()
    {
        var (_, found) = ActivityText.Read("title: Nachtdienst\nstart: 2027-03-07 02:30\nrepeat: { every: week, until: 2027-04-25 }\nlocation: Kerk");
        var d = Assert.Single(found);
        Assert.Equal("TB0145", d.Code);
        Assert.Contains("op zondag 28 maart 2027 bestaat 02:30 niet", d.Message);
        Assert.Equal("Kies een tijd vóór 02:00 of vanaf 03:00, of zet 2027-03-28 bij `repeat.except`.", d.Help);
        ActivityText.Valid("title: Nachtdienst\nstart: 2027-03-07 02:30\nrepeat: { every: week, until: 2027-04-25, except: [2027-03-28] }\nlocation: Kerk");
    }

    [Fact]
    public void AWeeklyNightThatEndsInTheSkippedHourNamesTheDateItStartsAsTheOneToSkip()
    {
        var (_, found) = ActivityText.Read("title: Nachtopvang\nstart: 2027-03-06 22:00\nend: 2027-03-07 02:30\nrepeat: { every: week }\nlocation: Kerk");
        var d = Assert.Single(found);
        Assert.Equal(("TB0145", 4, 6), (d.Code, d.Line, d.Column));
        Assert.Contains("op zondag 28 maart 2027 bestaat 02:30 niet", d.Message);
        Assert.EndsWith(", of zet 2027-03-27 bij `repeat.except`.", d.Help);
    }

    [Fact]
    public void AnEveningOnTheNightOfTheChangeIsFineAndItsDefaultHourEndsAnHourLater()
    {
        // Without `end` it lasts an hour: 01:30 winter time to 03:30 summer time is that hour; nothing to report.
        var a = ActivityText.Valid("title: Nacht\nstart: 2027-03-28 01:30\nlocation: Park");
        var o = Assert.Single(Thuisbasis.Content.ActivitySchedule.From(a, ActivityText.Amsterdam, new DateOnly(2027, 3, 1), 5));
        Assert.Equal(TimeSpan.FromHours(1), o.End - o.Start);
    }

    [Fact]
    public void TheDefaultHourAcrossTheSkippedHourEndsAtTheSameMomentInThePageDataAndTheCalendar()
    {
        // The calendar said DTEND 02:30 (a time that does not exist), which calendar apps read as the start's own moment.
        using var site = new FixtureSite();
        site.Write("input/activities/nacht.md", "---\ntitle: Nacht\nstart: 2027-03-28 01:30\nlocation: Park\n---\nSamen.\n");
        var result = site.Build(date: new DateOnly(2027, 3, 1));
        Assert.True(result.Succeeded, result.Describe());
        var e = Assert.Single(StructuredData(result.Html("activiteiten/nacht/index.html")), o => o.GetProperty("@type").GetString() == "Event");
        Assert.Equal("2027-03-28T01:30:00+01:00", e.GetProperty("startDate").GetString());
        Assert.Equal("2027-03-28T03:30:00+02:00", e.GetProperty("endDate").GetString());
        foreach (var file in new[] { "activiteiten/nacht/agenda.ics", "activiteiten/agenda.ics" })
        {
            Assert.Contains("DTEND;TZID=Europe/Amsterdam:20270328T033000\r\n", result.Text(file));
            var ev = Assert.Single(Ical.Net.Calendar.Load(result.Text(file))!.Events);
            Assert.Equal(new DateTimeOffset(2027, 3, 28, 0, 30, 0, TimeSpan.Zero), ev.DtStart!.AsUtc);
            Assert.Equal(new DateTimeOffset(2027, 3, 28, 1, 30, 0, TimeSpan.Zero), ev.DtEnd!.AsUtc);
        }
    }

    [Fact]
    public void TheHourThatHappensTwiceInAutumnIsTakenTheFirstTimeInPageDataAndCalendar()
    {
        using var site = new FixtureSite();
        site.Write("input/activities/nacht.md", "---\ntitle: Nachtwandeling\nstart: 2026-10-25 02:30\nend: \"03:30\"\nlocation: Park\n---\nSamen.\n");
        var result = site.Build(date: new DateOnly(2026, 10, 1));
        Assert.True(result.Succeeded, result.Describe());
        var page = result.Html("activiteiten/nacht/index.html");
        var e = Assert.Single(StructuredData(page), o => o.GetProperty("@type").GetString() == "Event");
        Assert.Equal("2026-10-25T02:30:00+02:00", e.GetProperty("startDate").GetString());
        Assert.Equal("2026-10-25T03:30:00+01:00", e.GetProperty("endDate").GetString());
        var ev = Assert.Single(Ical.Net.Calendar.Load(result.Text("activiteiten/nacht/agenda.ics"))!.Events);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), ev.DtStart!.AsUtc);
    }

    [Fact]
    public void AStoryOrAnnouncementDatedInTheHourThatHappensTwiceIsTakenTheFirstTimeToo()
    {
        // `date` took that hour the second time (winter time, +01:00) while `start` took the first: an activity announced
        // and starting at 02:30 was announced an hour after it began, and a story's feed date differed from the rule.
        using var site = new FixtureSite();
        site.Write("input/stories/nacht.md", "---\ntitle: De nacht van de klok\ndate: 2026-10-25 02:30\nauthor: { name: Ria, role: buurtbewoner }\nconsent: true\n---\nEen uur extra slapen.\n");
        site.Write("input/activities/nacht.md", "---\ntitle: Nachtwandeling\ndate: 2026-10-25 02:30\nstart: 2026-10-25 02:30\nlocation: Park\n---\nSamen.\n");
        var result = site.Build(date: new DateOnly(2026, 10, 25));
        Assert.True(result.Succeeded, result.Describe());
        var first = new DateTimeOffset(2026, 10, 25, 2, 30, 0, TimeSpan.FromHours(2));

        var article = Assert.Single(StructuredData(result.Html("verhalen/nacht/index.html")), o => o.GetProperty("@type").GetString() == "BlogPosting");
        Assert.Equal("2026-10-25T02:30:00+02:00", article.GetProperty("datePublished").GetString());
        Assert.Equal(first, FeedDate(result, "verhalen/feed.xml", "/verhalen/nacht/"));
        var e = Assert.Single(StructuredData(result.Html("activiteiten/nacht/index.html")), o => o.GetProperty("@type").GetString() == "Event");
        Assert.Equal("2026-10-25T02:30:00+02:00", e.GetProperty("startDate").GetString());
        Assert.Equal(first, FeedDate(result, "activiteiten/feed.xml", "/activiteiten/nacht/"));
    }

    private static DateTimeOffset FeedDate(Thuisbasis.Pipeline.BuildResult result, string feed, string page) =>
        System.Xml.Linq.XDocument.Parse(result.Text(feed)).Descendants("item")
            .Where(i => i.Element("guid")!.Value.EndsWith(page, StringComparison.Ordinal))
            .Select(i => DateTimeOffset.Parse(i.Element("pubDate")!.Value, System.Globalization.CultureInfo.InvariantCulture)).Single();

    [Fact]
    public void AWeeklyEveningAcrossTheChangeToSummerTimeHasTheSameMomentsInCalendarAndPageData()
    {
        using var site = new FixtureSite();
        site.Write("input/activities/koor.md", "---\ntitle: Koor\nstart: 2027-03-02 19:30\nend: \"21:30\"\n" +
            "repeat: { every: week, until: 2027-04-13, except: [2027-03-30] }\ncancelled: [2027-03-23]\nlocation: Kerk\n---\nZingen.\n");
        var result = site.Build(date: new DateOnly(2027, 3, 1));
        Assert.True(result.Succeeded, result.Describe());
        var page = StructuredData(result.Html("activiteiten/koor/index.html")).Where(o => o.GetProperty("@type").GetString() == "Event")
            .Select(o => (DateTimeOffset.Parse(o.GetProperty("startDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime,
                o.GetProperty("eventStatus").GetString()!.EndsWith("Cancelled"))).ToList();
        var calendar = Ical.Net.Calendar.Load(result.Text("activiteiten/koor/agenda.ics"))!;
        var ics = calendar.GetOccurrences(new Ical.Net.DataTypes.CalDateTime(2027, 3, 1, 0, 0, 0, "UTC"))
            .TakeWhile(o => o.Period.StartTime.AsUtc < new DateTime(2027, 5, 1, 0, 0, 0, DateTimeKind.Utc))
            .Select(o => (o.Period.StartTime.AsUtc, ((Ical.Net.CalendarComponents.CalendarEvent)o.Source).Status == "CANCELLED")).ToList();
        Assert.Equal(page, ics);
        // 19:30 winter time is 18:30 UTC, 19:30 summer time 17:30 UTC; the 30th of March is skipped, the 23rd cancelled.
        Assert.Equal([(new DateTime(2027, 3, 2, 18, 30, 0), false), (new DateTime(2027, 3, 9, 18, 30, 0), false), (new DateTime(2027, 3, 16, 18, 30, 0), false),
            (new DateTime(2027, 3, 23, 18, 30, 0), true), (new DateTime(2027, 4, 6, 17, 30, 0), false), (new DateTime(2027, 4, 13, 17, 30, 0), false)],
            page.Select(p => (DateTime.SpecifyKind(p.UtcDateTime, DateTimeKind.Unspecified), p.Item2)));
    }

    private static IEnumerable<System.Text.Json.JsonElement> StructuredData(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => System.Text.Json.JsonDocument.Parse(s.TextContent).RootElement)
            .SelectMany(r => r.ValueKind == System.Text.Json.JsonValueKind.Array ? r.EnumerateArray().ToList()
                : r.TryGetProperty("@graph", out var g) ? g.EnumerateArray().ToList() : [r]);
}
