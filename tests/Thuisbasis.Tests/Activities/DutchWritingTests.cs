namespace Thuisbasis.Tests.Activities;

/// <summary>
/// How often and what time, written the way people say it in Dutch. What can only mean one thing is read, with a
/// warning that shows the way to write it (as TB0139 does for a www. link); what can mean two things is an error that
/// names both; a weekday that does not match the date is pointed out.
/// </summary>
public sealed class DutchWritingTests
{
    [Theory]
    [InlineData("repeat: elke dinsdag", 9, "`repeat: { every: week }`")]
    [InlineData("repeat: iedere week", 9, "`repeat: { every: week }`")]
    [InlineData("repeat: om de week", 9, "`repeat: { every: 2 weeks }`")]
    [InlineData("repeat: { every: iedere 2 weken }", 18, "`every: 2 weeks`")]
    [InlineData("repeat: { every: tweewekelijks }", 18, "`every: 2 weeks`")]
    [InlineData("repeat: elke tweede dinsdag van de maand", 9, "`repeat: { every: month }`")]
    [InlineData("repeat: { every: elke maand, until: 2027-06-30 }", 18, "`every: month`")]
    public void HowOftenInDutchGetsTheExactLineToWrite(string repeat, int column, string write)
    {
        // Tuesday 8 December 2026 is the second Tuesday of the month.
        var d = ActivityText.Only($"title: A\nstart: 2026-12-08 10:00\n{repeat}\nlocation: Buurthuis");
        Assert.Equal(("TB0141", 4, column), (d.Code, d.Line, d.Column));
        Assert.Contains($"Schrijf {write}", d.Help);
        Assert.DoesNotContain("Let op", d.Help);
    }

    /// <summary>
    /// Every day is no repeat the agenda has. It used to say "write `week` or `month`", which a writer follows and so gets
    /// one day a week; now it says so, and what works for a few fixed days a week.
    /// </summary>
    [Theory]
    [InlineData("repeat: { every: day }", 18, "day")]
    [InlineData("repeat: { every: daily, until: 2027-01-29 }", 18, "daily")]
    [InlineData("repeat: { every: dagelijks }", 18, "dagelijks")]
    [InlineData("repeat: { every: elke werkdag }", 18, "elke werkdag")]
    [InlineData("repeat: { every: 2 dagen }", 18, "2 dagen")]
    [InlineData("repeat: elke dag", 9, "elke dag")]
    [InlineData("repeat: dagelijks", 9, "dagelijks")]
    public void EveryDayIsSaidToBeNoRepeatWithWhatToDoInstead(string repeat, int column, string said)
    {
        var d = ActivityText.Only($"title: Inloop\nstart: 2027-01-04 09:00\n{repeat}\nlocation: Buurthuis");
        Assert.Equal(("TB0141", 4, column), (d.Code, d.Line, d.Column));
        Assert.Contains($"`{said}`", d.Message);
        Assert.Contains("elke dag", d.Message);
        Assert.Equal("Komt het op vaste dagen van de week? Maak dan voor elke dag een eigen activiteit met `repeat: { every: week }`, " +
            "zoals `inloop-maandag.md` en `inloop-dinsdag.md`.", d.Help);
    }

    [Fact]
    public void AWeekdayOrWeekOfTheMonthThatIsNotTheStartsIsPointedOut()
    {
        var d = ActivityText.Only("title: A\nstart: 2026-12-07 10:00\nrepeat: elke dinsdag\nlocation: Buurthuis");
        Assert.Equal("Schrijf `repeat: { every: week }`; dan komt de activiteit elke week terug op de dag van `start`. Let op: `start` is maandag 7 december 2026, geen dinsdag. Begint het op dinsdag 8 december 2026? Schrijf dan `start: 2026-12-08 10:00`.", d.Help);
        var m = ActivityText.Only("title: A\nstart: 2026-12-08 10:00\nrepeat: { every: eerste dinsdag van de maand }\nlocation: Buurthuis");
        Assert.EndsWith("Let op: `start` is dinsdag 8 december 2026, de tweede dinsdag van de maand. Begint het op dinsdag 5 januari 2027? Schrijf dan `start: 2027-01-05 10:00`.", m.Help);
    }

    [Theory]
    [InlineData("start: 2026-12-08 14.00 uur", "start", 3, 8, 14, 0, "`start: 2026-12-08 14:00`")]
    [InlineData("start: 2026-12-08 14u", "start", 3, 8, 14, 0, "`start: 2026-12-08 14:00`")]
    [InlineData("start: 2026-12-08 9.30 uur", "start", 3, 8, 9, 30, "`start: 2026-12-08 09:30`")]
    [InlineData("start: 2026-12-08 2 uur 's middags", "start", 3, 8, 14, 0, "`start: 2026-12-08 14:00`")]
    [InlineData("start: 08-12-2026 8 uur 's avonds", "start", 3, 8, 20, 0, "`start: 08-12-2026 20:00`")]
    [InlineData("start: 2026-12-08 10 uur 's ochtends", "start", 3, 8, 10, 0, "`start: 2026-12-08 10:00`")]
    public void AnUnmistakableTimeIsAnErrorThatShowsExactlyHowToWriteIt(string line, string key, int row, int column, int hour, int minute, string write)
    {
        var (a, diagnostics) = ActivityText.Read($"title: A\n{line}\nlocation: Buurthuis");
        var d = Assert.Single(diagnostics);
        Assert.Equal(("TB0146", Thuisbasis.Diagnostics.Severity.Error, row, column), (d.Code, d.Severity, d.Line, d.Column));
        Assert.Equal($"Schrijf {write}.", d.Help);
        Assert.Contains($"`{key}`", d.Message);
        Assert.Equal(new DateTime(2026, 12, 8, hour, minute, 0), a!.Start);
    }

    [Fact]
    public void AnUnmistakableEndTimeIsAnErrorWithTheLineToWriteToo()
    {
        var (a, diagnostics) = ActivityText.Read("title: A\nstart: 2026-12-08 14:00\nend: 16.30 uur\nlocation: Buurthuis");
        var d = Assert.Single(diagnostics);
        Assert.Equal(("TB0146", 4, 6, "Schrijf `end: \"16:30\"`."), (d.Code, d.Line, d.Column, d.Help));
        Assert.Equal(new DateTime(2026, 12, 8, 16, 30, 0), a!.End);
    }

    [Theory]
    [InlineData("title: A\nstart: 2026-12-08 2 uur\nlocation: B", "TB0102", "Bedoelt u 's nachts of 's middags? Schrijf `start: 2026-12-08 02:00` of `start: 2026-12-08 14:00`.")]
    [InlineData("title: A\nstart: 2026-12-08 8u\nlocation: B", "TB0102", "Bedoelt u 's ochtends of 's avonds? Schrijf `start: 2026-12-08 08:00` of `start: 2026-12-08 20:00`.")]
    public void AnHourThatCanBeMorningOrEveningIsAnErrorThatNamesBoth(string frontMatter, string code, string help)
    {
        var d = ActivityText.Only(frontMatter);
        Assert.Equal((code, Thuisbasis.Diagnostics.Severity.Error, help), (d.Code, d.Severity, d.Help));
    }

    [Fact]
    public void ADateInWordsWithoutAYearAndATimeGetsTheDateInDigitsAndAWrongWeekdayIsPointedOut()
    {
        var year = ActivityText.Today.Year + 1;
        var friday = Enumerable.Range(1, 31).Select(d => new DateOnly(year, 12, d)).First(d => d.DayOfWeek == DayOfWeek.Friday);
        var d = ActivityText.Only($"title: A\nstart: vrijdag {friday.Day} december {year} 14:00\nlocation: Buurthuis");
        Assert.Equal($"Schrijf de datum in cijfers: `start: {friday:yyyy-MM-dd} 14:00`.", d.Help);
        var saturday = friday.AddDays(1);
        var wrong = ActivityText.Only($"title: A\nstart: vrijdag {saturday.Day} december {year} 14:00\nlocation: Buurthuis");
        Assert.Equal($"Schrijf de datum in cijfers: `start: {saturday:yyyy-MM-dd} 14:00`. Let op: {saturday.Day} december {year} is een zaterdag, geen vrijdag.", wrong.Help);
        // Without a year: the coming 5 December (read on 6 December 2026, so next year's).
        Assert.StartsWith("Schrijf de datum in cijfers: `start: 2027-12-05 14:00`.", ActivityText.Only("title: A\nstart: 5 december 14:00\nlocation: B").Help);
    }
}

/// <summary>The web editor's form writes <c>location</c> as a group; an online activity is written there as its name.</summary>
public sealed class OnlineInTheFormTests
{
    [Fact]
    public void APlaceNamedOnlineIsAnOnlineActivity()
    {
        var a = ActivityText.Valid("title: A\nstart: 2026-12-08 10:00\nlocation: { name: Online }\nonline_url: https://meet.test.example/x");
        Assert.True(a.Location.Online);
        Assert.Equal("https://meet.test.example/x", a.Location.OnlineUrl);
        var (_, diagnostics) = ActivityText.Read("title: A\nstart: 2026-12-08 10:00\nlocation:\n  name: online\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal(("TB0144", 5, 3), (d.Code, d.Line, d.Column));
    }

    [Fact]
    public void TheFormSaysToWriteOnlineAsTheNameOfThePlace()
    {
        var location = Thuisbasis.Content.Model.ContentTypes.Activity.Field("location");
        Assert.DoesNotContain("in het bestand", location.Hint);
        Assert.Contains("Naam van de plek", location.Hint);
        Assert.Contains("online", location.Fields.Single(f => f.Key == "name").Hint);
    }

    [Fact]
    public void TheEndHintSaysHowToWriteTheLastDayOfAnAllDayActivity()
    {
        // An end with a time after a start without one is TB0140; the form must not lead there.
        var hint = Thuisbasis.Content.Model.ContentTypes.Activity.Field("end").Hint!;
        Assert.Contains("hele dag", hint);
        Assert.Contains("alleen de laatste datum", hint);
    }
}

/// <summary>A sign-up or meeting link without <c>https://</c>: used with it, and reported as TB0139 is for a link in the text.</summary>
public sealed class LinkWithoutHttpsTests
{
    [Fact]
    public void AWwwAddressForSignUpOrMeetingIsUsedWithHttpsAndAWarning()
    {
        var (a, diagnostics) = ActivityText.Read(
            "title: A\nstart: 2026-12-08 10:00\nlocation: online\nonline_url: www.meet.test.example/x\nregistration: { url: www.test.example/aanmelden }");
        Assert.Equal("https://www.meet.test.example/x", a!.Location.OnlineUrl);
        Assert.Equal("https://www.test.example/aanmelden", a.Registration!.Url);
        Assert.Equal([("TB0139", Thuisbasis.Diagnostics.Severity.Warning, 5, 13), ("TB0139", Thuisbasis.Diagnostics.Severity.Warning, 6, 22)],
            diagnostics.Select(d => (d.Code, d.Severity, d.Line, d.Column)));
        Assert.Equal("Schrijf `url: https://www.test.example/aanmelden`.", diagnostics[1].Help);
        // Anything else that is no web address stays an error.
        var (_, wrong) = ActivityText.Read("title: A\nstart: 2026-12-08 10:00\nlocation: B\nregistration: { url: aanmelden bij de balie }");
        Assert.Equal("TB0111", Assert.Single(wrong).Code);
    }
}

public sealed class LastWeekdayInWordsTests
{
    [Fact]
    public void TheLastMondayOfTheMonthNeedsAFirstDateInTheFifthWeek()
    {
        // 22 February 2027 is the fourth and last Monday of February, but {every: month} from it means every fourth Monday.
        var (_, diagnostics) = ActivityText.Read("title: A\nstart: 2027-02-22 10:00\nrepeat: laatste maandag van de maand\nlocation: B");
        var d = Assert.Single(diagnostics);
        Assert.Equal("Schrijf `repeat: { every: month }`; dan komt de activiteit elke maand terug op dezelfde weekdag als `start`: nu de vierde maandag van de maand. "
            + "Let op: `start` is maandag 22 februari 2027, de vierde maandag van de maand. Begint het op maandag 29 maart 2027? Schrijf dan `start: 2027-03-29 10:00`.", d.Help);
    }
}

/// <summary>All problems at once: a mistake elsewhere in the file does not hide a wrong date in <c>cancelled</c> or <c>except</c>.</summary>
public sealed class AllAtOnceTests
{
    [Fact]
    public void AMissingPlaceOrAWrongEndDoesNotHideAWrongCancelledOrExceptDate()
    {
        var (_, diagnostics) = ActivityText.Read(
            "title: A\nstart: 2026-12-08 10:00\nend: \"09:00\"\nrepeat: { every: week, except: [2026-12-24] }\ncancelled: [2026-12-16]");
        Assert.Equal([("TB0101", 2), ("TB0140", 4), ("TB0143", 5), ("TB0143", 6)], diagnostics.Select(d => (d.Code, d.Line)).Order());
    }

    [Fact]
    public void ARepeatThatCannotBeReadDoesNotMakeItsCancelledDatesWrong()
    {
        var (_, diagnostics) = ActivityText.Read("title: A\nstart: 2026-12-08 10:00\nrepeat: elke dinsdag\ncancelled: [2026-12-15]\nlocation: B");
        Assert.Equal("TB0141", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void AnEndHourAfterAStartCanOnlyBeOneOfItsTwoReadings()
    {
        var (a, diagnostics) = ActivityText.Read("title: A\nstart: 2026-12-08 14:00\nend: 4 uur\nlocation: B");
        var d = Assert.Single(diagnostics);
        Assert.Equal(("TB0146", "Schrijf `end: \"16:00\"`."), (d.Code, d.Help));
        Assert.Equal(new DateTime(2026, 12, 8, 16, 0, 0), a!.End);
        var (b, _) = ActivityText.Read("title: A\nstart: 2026-12-08 09:30\nend: 11u\nlocation: B");
        Assert.Equal(new DateTime(2026, 12, 8, 11, 0, 0), b!.End);
    }
}
