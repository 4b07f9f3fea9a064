using Thuisbasis.Content;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Content;

public sealed class DatesTests
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    [Theory]
    [InlineData("2026-11-23", 2026, 11, 23, 0, 0)]
    [InlineData("23-11-2026", 2026, 11, 23, 0, 0)]
    [InlineData("2026-11-23 09:30", 2026, 11, 23, 9, 30)]
    [InlineData("23-11-2026 09:30", 2026, 11, 23, 9, 30)]
    [InlineData("3-1-2026", 2026, 1, 3, 0, 0)]
    [InlineData("2026-02-28T14:05", 2026, 2, 28, 14, 5)]
    public void IsoAndDutchDatesAreRead(string text, int y, int m, int d, int h, int min)
    {
        Assert.True(Dates.TryParse(text, Amsterdam, out var value));
        Assert.Equal(new DateTime(y, m, d, h, min, 0), value.DateTime);
    }

    [Fact]
    public void DatesAreInTheSiteTimeZone()
    {
        Assert.True(Dates.TryParse("2026-07-01", Amsterdam, out var summer));
        Assert.True(Dates.TryParse("2026-12-01", Amsterdam, out var winter));
        Assert.Equal(TimeSpan.FromHours(2), summer.Offset);
        Assert.Equal(TimeSpan.FromHours(1), winter.Offset);
    }

    [Theory]
    [InlineData("2019-05-02T22:30:00Z", "2019-05-03T00:30:00+02:00")] // an export's UTC time: 3 May in Amsterdam
    [InlineData("2019-12-31T23:30:00-05:00", "2020-01-01T05:30:00+01:00")] // another year here
    [InlineData("2019-05-02T22:30:00.000Z", "2019-05-03T00:30:00+02:00")] // as JavaScript's toISOString writes it
    [InlineData("2019-05-03T10:15:00+0200", "2019-05-03T10:15:00+02:00")]
    [InlineData("2019-05-03T10:15:00", "2019-05-03T10:15:00+02:00")]
    public void ATimeWithItsOwnOffsetIsThatMomentOnTheSitesClock(string text, string expected)
    {
        Assert.True(Dates.TryParse(text, Amsterdam, out var value));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, value.Offset);
    }

    [Theory]
    [InlineData("32-13-2026")]
    [InlineData("2026-02-30")]
    [InlineData("1 oktober")]
    [InlineData("2026/11/23")]
    [InlineData("23-11-26")]
    [InlineData("2026-11-23 25:00")]
    [InlineData("2019-05-03T10:15:00+99:00")] // an offset no clock has threw instead of being TB0102
    [InlineData("2019-05-03T10:15:00+1500")]
    public void AnythingElseIsNotADate(string text) => Assert.False(Dates.TryParse(text, Amsterdam, out _));

    [Fact]
    public void AWrongDateIsReportedWithFileLineColumnValueAndFix()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/hoe-ria-weer-meedoet.md", "---\ntitle: Hoe Ria weer meedoet\ndate: 32-13-2026\nauthor: anouk-visser\n---\nTekst.\n");
        var result = site.Build();
        var d = Assert.Single(result.Diagnostics, x => x.Code == "TB0102");
        Assert.Equal("input/stories/hoe-ria-weer-meedoet.md(3,7): error TB0102: `date` is `32-13-2026`; dat is geen datum. Schrijf 2026-11-23 of 23-11-2026.", d.ToString());
    }

    [Fact]
    public void DutchDatesAreWrittenOutInDutch()
    {
        Assert.Equal("1 januari 2099", Dates.ToDutch(new DateOnly(2099, 1, 1)));
        Assert.Equal("23 november 2026", Dates.ToDutch(new DateOnly(2026, 11, 23)));
    }
}
