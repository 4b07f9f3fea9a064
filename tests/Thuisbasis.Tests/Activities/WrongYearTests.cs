using Thuisbasis.Diagnostics;

namespace Thuisbasis.Tests.Activities;

/// <summary>
/// A date typed with last year's number (in December, <c>2026-01-14</c> for next January) makes an activity that is over
/// before anyone sees it. From the file alone this shows only when the file says when it is announced: an activity
/// announced (<c>date</c>) after its last date is a mistake in one of the two, whatever the build day. An activity that
/// took place, kept in the folder, was announced before it and stays quiet.
/// </summary>
public sealed class WrongYearTests
{
    [Theory]
    [InlineData("start: 2026-01-14 19:00", "`start: 2027-01-14 19:00`")]
    [InlineData("start: 14-01-2026 19:00", "`start: 14-01-2027 19:00`")]
    [InlineData("start: 2026-01-14", "`start: 2027-01-14`")]
    public void AnActivityAnnouncedAfterItIsOverGetsTheStartOneYearLater(string start, string write)
    {
        var (a, diagnostics) = ActivityText.Read($"title: Nieuwjaarsborrel\n{start}\ndate: 2026-12-05\nlocation: Buurthuis");
        Assert.NotNull(a);
        var d = Assert.Single(diagnostics);
        Assert.Equal(("TB0147", Severity.Warning, 3, 8), (d.Code, d.Severity, d.Line, d.Column));
        Assert.Contains("`date: 2026-12-05`", d.Message);
        Assert.Equal($"Bedoelt u 2027? Schrijf dan {write}.", d.Help);
    }

    [Fact]
    public void AnEndWithTheSameYearIsNamedToo()
    {
        var d = ActivityText.Only("title: Nachtwandeling\nstart: 2026-01-14 22:00\nend: 2026-01-15 01:00\ndate: 2026-12-05\nlocation: Park");
        Assert.Equal("TB0147", d.Code);
        Assert.Equal("Bedoelt u 2027? Schrijf dan `start: 2027-01-14 22:00` en `end: 2027-01-15 01:00`.", d.Help);
    }

    [Fact]
    public void WhenAYearLaterDoesNotHelpTheMessageIsAtDate()
    {
        var d = ActivityText.Only("title: Koor\nstart: 2026-01-06 19:00\nrepeat: { every: week, until: 2026-03-31 }\ndate: 2027-06-01\nlocation: Kerk");
        Assert.Equal(("TB0147", Severity.Warning, 5, 7), (d.Code, d.Severity, d.Line, d.Column));
        Assert.Equal("Klopt het jaar bij `start`? Zet anders bij `date` een dag vóór 31 maart 2026, of haal `date` weg.", d.Help);
    }

    [Theory]
    [InlineData("start: 2026-01-14 19:00\ndate: 2025-12-01")]
    [InlineData("start: 2026-01-14 19:00\ndate: 2026-01-14")]
    [InlineData("start: 2026-01-14 19:00")]
    [InlineData("start: 2026-01-06 19:00\nrepeat: { every: week }\ndate: 2027-06-01")]
    [InlineData("start: 2026-01-14\nend: 2026-01-16\ndate: 2026-01-16")]
    public void AnActivityAnnouncedBeforeOrOnItsLastDateOrWithoutEndIsQuiet(string when) =>
        ActivityText.Valid($"title: Borrel\n{when}\nlocation: Buurthuis");
}
