using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Activities;

/// <summary>Times as comms staff write them: what is read, and for what is not, a message that shows the way to write it.</summary>
public sealed class ActivityTimeWritingTests
{
    [Fact]
    public void AnHourWithOneDigitAndADotAreRead()
    {
        var a = ActivityText.Valid("title: A\nstart: 2026-12-08 9:00\nend: 11.30\nlocation: Buurthuis");
        Assert.Equal((new DateTime(2026, 12, 8, 9, 0, 0), new DateTime(2026, 12, 8, 11, 30, 0)), (a.Start, a.End));
        Assert.Equal(new DateTime(2026, 12, 8, 9, 0, 0), ActivityText.Valid("title: A\nstart: 2026-12-08 09.00\nlocation: Buurthuis").Start);
    }

    [Fact]
    public void TwoSpacesBetweenDateAndTimeAreReadAsOne()
    {
        var a = ActivityText.Valid("title: A\nstart: 2026-12-08  10:00\nlocation: Buurthuis");
        Assert.Equal((new DateTime(2026, 12, 8, 10, 0, 0), false), (a.Start, a.AllDay));
    }

    [Fact]
    public void ATimeRangeInStartSaysToPutTheEndInEnd()
    {
        var d = ActivityText.Only("title: A\nstart: 2026-12-08 14:00-16:00\nlocation: Buurthuis");
        Assert.Equal(("TB0102", 3, 8), (d.Code, d.Line, d.Column));
        Assert.Equal("Schrijf het begin en het einde apart: `start: 2026-12-08 14:00` en `end: \"16:00\"`.", d.Help);
        Assert.Equal("`start` is `2026-12-08 14:00-16:00`: een begin- en een eindtijd; bij `start` hoort alleen het begin.", d.Message);
        // "-12:00" could be read as a time zone; a writer means the end.
        Assert.Equal("Schrijf het begin en het einde apart: `start: 2026-12-08 10:00` en `end: \"12:00\"`.",
            ActivityText.Only("title: A\nstart: 2026-12-08 10:00-12:00\nlocation: Buurthuis").Help);
        Assert.Equal("Zet bij `end` alleen de eindtijd: `end: \"16:00\"`.", ActivityText.Only("title: A\nstart: 2026-12-08 14:00\nend: 14:00 - 16:00\nlocation: B").Help);
    }

    [Theory]
    [InlineData("start: 2026-12-08 14:00 - 16.00 uur", "Schrijf het begin en het einde apart: `start: 2026-12-08 14:00` en `end: \"16:00\"`.")]
    [InlineData("start: 3 maart 2027 14:00", "Schrijf de datum in cijfers: `start: 2027-03-03 14:00`.")]
    [InlineData("start: 31.12.2026 20:00", "Schrijf de datum in cijfers: `start: 2026-12-31 20:00`.")]
    public void ASloppyStartGetsTheWayToWriteIt(string start, string help)
    {
        var d = ActivityText.Only($"title: A\n{start}\nlocation: Buurthuis");
        Assert.Equal(("TB0102", help), (d.Code, d.Help));
    }

    [Theory]
    [InlineData("start: 2026-13-01 10:00", 3, 8, "`start` is `2026-13-01 10:00`; die datum bestaat niet: er is geen maand 13.",
        "Controleer de datum. Bedoelde u `start: 2026-01-13 10:00`?")]
    [InlineData("start: 31-02-2027", 3, 8, "`start` is `31-02-2027`; die datum bestaat niet: februari 2027 heeft 28 dagen.",
        "Controleer de datum. Bedoelde u `start: 28-02-2027`?")]
    [InlineData("start: 2026-12-08 10:00\nend: 2026-11-31 12:00", 4, 6, "`end` is `2026-11-31 12:00`; die datum bestaat niet: november 2026 heeft 30 dagen.",
        "Controleer de datum. Bedoelde u `end: 2026-11-30 12:00`?")]
    [InlineData("start: 2026-12-08 10:00\nrepeat: { every: week, until: 2027-02-30 }", 4, 31, "`until` is `2027-02-30`; die datum bestaat niet: februari 2027 heeft 28 dagen.",
        "Controleer de datum. Bedoelde u `until: 2027-02-28`?")]
    [InlineData("start: 2026-12-08 10:00\nrepeat: { every: week, except: [2026-12-32] }", 4, 33, "`except` noemt `2026-12-32`; dat is geen datum.",
        "Schrijf 2026-12-08 of 08-12-2026.")]
    [InlineData("start: 2026-12-08 10:00\nrepeat: { every: week }\ncancelled: [2027-02-29]", 5, 13, "`cancelled` noemt `2027-02-29`; die datum bestaat niet: februari 2027 heeft 28 dagen.",
        "Controleer de datum. Bedoelde u dinsdag 2 maart 2027 (`2027-03-02`)?")] // 28 February is a Sunday, not a date of the activity
    [InlineData("start: 2026-11-02 10:00\nrepeat: { every: week }\ncancelled: [31-11-2026]", 5, 13, "`cancelled` noemt `31-11-2026`; die datum bestaat niet: november 2026 heeft 30 dagen.",
        "Controleer de datum. Bedoelde u `30-11-2026`?")] // a Monday, as the activity
    public void ADateThatDoesNotExistIsSaidAsForAStory(string lines, int line, int column, string message, string help)
    {
        // As `date: 2026-13-01` of a story: what is wrong with the date and the date it most likely is, time kept.
        var d = ActivityText.Only($"title: A\n{lines}\nlocation: Buurthuis");
        Assert.Equal(("TB0102", line, column, message, help), (d.Code, d.Line, d.Column, d.Message, d.Help));
    }

    [Theory]
    [InlineData("end: \"24:00\"", "`end` is `24:00`; die tijd bestaat niet.",
        "Eindigt het om middernacht? Schrijf dan de volgende dag: `end: 2026-12-09 00:00`.")]
    public void ASloppyEndTimeGetsTheWayToWriteIt(string end, string message, string help)
    {
        var d = ActivityText.Only($"title: A\nstart: 2026-12-08 14:00\n{end}\nlocation: Buurthuis");
        Assert.Equal(("TB0102", message, help), (d.Code, d.Message, d.Help));
    }

    [Fact]
    public void ATimeWithAZoneFromAnExportIsWrittenAsDutchTime()
    {
        // 09:00 UTC on 8 December is 10:00 in Amsterdam; in June (summer time) 08:00 UTC is 10:00.
        var d = ActivityText.Only("title: A\nstart: 2026-12-08T09:00:00Z\nlocation: Buurthuis");
        Assert.Equal(("TB0102", "`start` is `2026-12-08T09:00:00Z`; daar staat een tijdzone achter."), (d.Code, d.Message));
        Assert.Equal("Alle tijden zijn Nederlandse tijd. Schrijf `start: 2026-12-08 10:00`.", d.Help);
        var e = ActivityText.Only("title: A\nstart: 2027-06-08 10:00\nend: 2027-06-08T10:00:00+00:00\nlocation: Buurthuis");
        Assert.Equal("Alle tijden zijn Nederlandse tijd. Schrijf `end: 2027-06-08 12:00`.", e.Help);
    }

    [Fact]
    public void AnEndTimeBeforeTheStartTimeAsksWhetherItGoesPastMidnight()
    {
        var d = ActivityText.Only("title: Oudjaar\nstart: 2026-12-31 22:00\nend: \"01:00\"\nlocation: Buurthuis");
        Assert.Equal(("TB0140", 4, 6), (d.Code, d.Line, d.Column));
        Assert.Equal("Gaat het door na middernacht? Schrijf dan de datum erbij: `end: 2027-01-01 01:00`.", d.Help);
        // An end in the afternoon before a start in the afternoon is a slip, not a night of 22 hours.
        Assert.StartsWith("Zet bij `end` een tijd later dan het begin", ActivityText.Only("title: A\nstart: 2026-12-08 14:00\nend: \"12:00\"\nlocation: B").Help);
        var a = ActivityText.Valid("title: Oudjaar\nstart: 2026-12-31 22:00\nend: 2027-01-01 01:00\nlocation: Buurthuis");
        Assert.Equal(TimeSpan.FromHours(3), a.Duration);
    }

    [Fact]
    public void AnAllDayEndBeforeItsStartDoesNotSayItWouldLastAnHour()
    {
        var d = ActivityText.Only("title: Kamp\nstart: 2027-07-12\nend: 2027-07-10\nlocation: Bos");
        Assert.Equal("TB0140", d.Code);
        Assert.Equal("Zet bij `end` de laatste dag, op of na `start`; of haal `end` weg (dan duurt het de hele dag).", d.Help);
    }

    [Fact]
    public void AnEndDateWithoutATimeAfterAStartWithATimeAsksForTheTime()
    {
        // It was read as midnight after that day and shown as "10:00 tot woensdag 9 december 2026 00:00".
        var d = ActivityText.Only("title: A\nstart: 2026-12-08 10:00\nend: 2026-12-09\nlocation: Buurthuis");
        Assert.Equal(("TB0140", 4, 6), (d.Code, d.Line, d.Column));
        Assert.Equal("`end` is een datum zonder tijd (`2026-12-09`), maar `start` heeft een tijd.", d.Message);
        Assert.Equal("Zet de eindtijd achter de datum: `end: 2026-12-09 16:00`.", d.Help);
    }

    [Fact]
    public void AnEndWithATimeAfterAStartWithoutOneIsAnError()
    {
        var d = ActivityText.Only("title: A\nstart: 2027-06-19\nend: 2027-06-20 16:00\nlocation: B");
        Assert.Equal(("TB0140", 4, 6), (d.Code, d.Line, d.Column));
        Assert.Equal("`end` heeft een tijd (`2027-06-20 16:00`), maar `start` heeft geen tijd.", d.Message);
        Assert.Equal("Zet de begintijd achter de datum: `start: 2027-06-19 10:00`, of schrijf bij `end` alleen de laatste dag: `end: 2027-06-20`.", d.Help);
        // The last day alone is an activity of two whole days.
        var a = ActivityText.Valid("title: A\nstart: 2027-06-19\nend: 2027-06-20\nlocation: B");
        Assert.Equal((true, new DateTime(2027, 6, 21)), (a.AllDay, a.End));
    }

    [Fact]
    public void ADateOfWordsWithoutAYearSuggestsTheNextSuchDateNotOneThatHasPassed()
    {
        // Read on 6 December 2026: 1 January is next year's, 7 December this year's.
        var d = ActivityText.Only("title: A\nstart: 1 januari\nlocation: Buurthuis");
        Assert.Equal("Schrijf de datum in cijfers: `start: 2027-01-01`.", d.Help);
        Assert.Equal("Schrijf de datum in cijfers: `start: 2026-12-07`.", ActivityText.Only("title: A\nstart: 7 december\nlocation: Buurthuis").Help);
    }

    [Fact]
    public void AMultiDayActivityEndingAtMidnightShowsTheDayOfItsEnd()
    {
        using var site = new FixtureSite();
        site.Write("input/activities/weekend.md", "---\ntitle: Weekend\nstart: 2026-12-04 10:00\nend: 2026-12-06 00:00\nlocation: Bos\n---\nWeg.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var when = result.Html("activiteiten/weekend/index.html").QuerySelector("main dd")!.TextContent;
        Assert.Equal("vrijdag 4 december 2026, 10:00 tot zondag 6 december 2026 00:00", System.Text.RegularExpressions.Regex.Replace(when, @"\s+", " ").Trim().Replace(" ,", ","));
    }

    [Theory]
    [InlineData("0", "`registration.places` is `0`; er moet minstens één plaats zijn.")]
    [InlineData("-5", "`registration.places` is `-5`; er moet minstens één plaats zijn.")]
    [InlineData("12.5", "`registration.places` is `12.5`; dat is geen heel getal.")]
    public void PlacesAreAWholeNumberOfAtLeastOne(string places, string message)
    {
        var d = ActivityText.Only($"title: A\nstart: 2026-12-08 10:00\nregistration: {{ required: true, places: {places} }}\nlocation: Buurthuis");
        Assert.Equal(("TB0108", message), (d.Code, d.Message));
    }
}
