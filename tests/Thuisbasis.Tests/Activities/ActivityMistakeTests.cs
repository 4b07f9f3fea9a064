namespace Thuisbasis.Tests.Activities;

/// <summary>Each writer's mistake in an activity: its code, line and column, and a message that says what to do.</summary>
public sealed class ActivityMistakeTests
{
    private static Thuisbasis.Diagnostics.Diagnostic Only(string frontMatter, string code)
    {
        var (_, diagnostics) = ActivityText.Read(frontMatter);
        return Assert.Single(diagnostics, d => d.Code == code);
    }

    [Fact]
    public void EndBeforeStartIsAnError()
    {
        var d = Only("title: A\nstart: 2026-12-08 10:00\nend: \"09:00\"\nlocation: Buurthuis", "TB0140");
        Assert.Equal((ActivityText.Path, 4, 6), (d.Path, d.Line, d.Column));
        Assert.Contains("ligt niet na `start`", d.Message);
    }

    [Fact]
    public void EndBeforeStartDoesNotHideAMistakeInRepeat()
    {
        var (_, diagnostics) = ActivityText.Read("title: A\nstart: 2026-12-08 10:00\nend: \"09:00\"\nrepeat: { every: weeks }\nlocation: Buurthuis");
        Assert.Equal([("TB0140", 4), ("TB0141", 5)], diagnostics.Select(d => (d.Code, d.Line)).Order());
    }

    [Fact]
    public void EveryWeeksSuggestsWeek()
    {
        var d = Only("title: A\nstart: 2026-12-08 10:00\nrepeat:\n  every: weeks\nlocation: Buurthuis", "TB0141");
        Assert.Equal((5, 10), (d.Line, d.Column));
        Assert.StartsWith("Bedoelde u `week`?", d.Help);
    }

    [Fact]
    public void UntilBeforeStartIsAnError()
    {
        var d = Only("title: A\nstart: 2026-12-08 10:00\nrepeat: { every: week, until: 01-12-2026 }\nlocation: Buurthuis", "TB0142");
        Assert.Equal((4, 31), (d.Line, d.Column));
    }

    [Fact]
    public void AnExceptDateThatIsNotOneOfItsDatesNamesTheNearestOne()
    {
        var d = Only("title: A\nstart: 2026-12-08 10:00\nrepeat:\n  every: week\n  except: [2026-12-23]\nlocation: Buurthuis", "TB0143");
        Assert.Equal((6, 12), (d.Line, d.Column));
        Assert.Contains("woensdag 23 december 2026", d.Message);
        Assert.StartsWith("Bedoelde u dinsdag 22 december 2026 (`2026-12-22`)?", d.Help);
    }

    [Fact]
    public void ACancelledDateThatIsNotOneOfItsDatesIsAnError()
    {
        var d = Only("title: A\nstart: 2026-12-08 10:00\nlocation: Buurthuis\ncancelled: [2026-12-09]", "TB0143");
        Assert.Equal((5, 13), (d.Line, d.Column));
    }

    /// <summary>
    /// A cancelled date that is one of <c>repeat.except</c>, or after <c>until</c>: the nearest other date was offered, and
    /// copying it called off a session that does take place. The message says why the date is none of the activity's.
    /// </summary>
    [Theory]
    [InlineData("2027-01-12", "`cancelled` noemt `2027-01-12` (dinsdag 12 januari 2027), maar die datum staat ook bij `repeat.except`: op die dag is de activiteit er al niet.")]
    [InlineData("2027-03-02", "`cancelled` noemt `2027-03-02` (dinsdag 2 maart 2027), maar de activiteit herhaalt tot en met dinsdag 23 februari 2027 (`until`).")]
    public void ACancelledDateLeftOutByExceptOrUntilSaysSoAndOffersNoOtherDate(string date, string message)
    {
        var d = Only($"title: A\nstart: 2027-01-05 10:00\nrepeat: {{ every: week, until: 2027-02-23, except: [2027-01-12] }}\nlocation: Buurthuis\ncancelled: [{date}]", "TB0143");
        Assert.Equal((6, 13), (d.Line, d.Column));
        Assert.Equal(message, d.Message);
        Assert.DoesNotContain("Bedoelde u", d.Help);
    }

    [Theory]
    [InlineData("07-12-26 10:00", "Schrijf het jaar helemaal: `start: 2026-12-07 10:00`.")]
    [InlineData("7/12/26", "Schrijf het jaar helemaal: `start: 2026-12-07`.")]
    public void AStartWithTheYearInTwoDigitsSuggestsThatDayNotAnExample(string start, string help)
    {
        var d = Only($"title: A\nstart: {start}\nlocation: Buurthuis", "TB0102");
        Assert.Equal(help, d.Help);
    }

    [Fact]
    public void ExceptBesideRepeatSaysToPutItInside()
    {
        var d = Only("title: A\nstart: 2027-01-05 10:00\nrepeat: { every: week }\nexcept: [2027-01-12]\nlocation: Buurthuis", "TB0201");
        Assert.Equal((5, 1), (d.Line, d.Column));
        Assert.Equal("`except` hoort binnen `repeat`; los ervan wordt het niet gebruikt.", d.Message);
        Assert.StartsWith("Zet `except` in het blok van `repeat`", d.Help);
    }

    /// <summary>The dots a help shows for what the writer fills in, copied as they are, are example text (TB0209): they went on the page as the address.</summary>
    [Fact]
    public void DotsLeftInTheAddressAreExampleText()
    {
        using var site = new Support.FixtureSite();
        site.Write("input/activities/a.md", "---\ntitle: A\nstart: 2026-12-08 10:00\nlocation: { name: Buurthuis De Linde, street: ..., postal_code: ..., city: … }\n---\nTekst.\n");
        var result = site.Build();
        var dots = result.Diagnostics.Where(d => d.Code == "TB0209").ToList();
        Assert.Equal(3, dots.Count);
        Assert.All(dots, d => Assert.Equal(("input/activities/a.md", 4), (d.Path, d.Line)));
    }

    [Fact]
    public void OnlineWithoutOnlineUrlIsAnError()
    {
        var d = Only("title: A\nstart: 2026-12-08 10:00\nlocation: online", "TB0144");
        Assert.Equal((4, 11), (d.Line, d.Column));
        Assert.Contains("online_url: https://", d.Help);
    }

    [Fact]
    public void AStartThatIsNotADateSaysHowToWriteIt()
    {
        var d = Only("title: A\nstart: 8 december 2026 10 uur\nlocation: Buurthuis", "TB0102");
        Assert.Equal((3, 8), (d.Line, d.Column));
    }

    [Fact]
    public void AnUnknownKeySuggestsTheKnownOne()
    {
        var d = Only("title: A\nstart: 2026-12-08 10:00\nlocation: Buurthuis\nprijs: gratis", "TB0201");
        Assert.Equal((5, 1), (d.Line, d.Column));
        Assert.Equal("Bedoelde u `price`?", d.Help);
    }
}

/// <summary>Ids an activity names in other folders are checked once every file is read, with the author ids' "did you mean".</summary>
public sealed class ActivityReferenceTests
{
    [Fact]
    public void AnUnknownContactOrServiceSuggestsTheNearestId()
    {
        using var site = new Thuisbasis.Tests.Support.FixtureSite();
        site.Write("input/services/taalcafe.md", "---\ntitle: Taalcafé\nsummary: Samen praten.\n---\nTekst.\n");
        site.Write("input/activities/a.md", "---\ntitle: A\nstart: 2026-12-08 10:00\nlocation: Buurthuis\ncontact: anouk-viser\nservice: taalcafee\n---\nTekst.\n");
        var found = site.Build().Diagnostics.Where(d => d.Code == "TB0106").OrderBy(d => d.Line).ToList();
        Assert.Equal([(5, 10, "Bedoelde u `anouk-visser`?"), (6, 10, "Bedoelde u `taalcafe`?")], found.Select(d => (d.Line, d.Column, d.Help)));
        Assert.StartsWith("`contact` is `anouk-viser`", found[0].Message);
    }
}
