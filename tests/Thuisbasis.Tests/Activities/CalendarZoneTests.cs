using Ical.Net;
using Ical.Net.CalendarComponents;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Activities;

/// <summary>The VTIMEZONE of the calendars: present whatever the dates, and not dependent on the machine's clock.</summary>
public sealed class CalendarZoneTests : IDisposable
{
    private readonly FixtureSite _site = new();

    [Fact]
    public void AnActivityYearsAheadGetsACalendarWithTheZonesSummerAndWinterTime()
    {
        // A jubilee planned years ahead: the zone's rules were once worked out from the activity's date up to the
        // machine's clock, which threw when the activity lay more than a year after today.
        _site.Write("input/activities/jubileum.md", "---\ntitle: Jubileumfeest\nstart: 2030-06-14 20:00\nend: \"23:00\"\nlocation: Buurthuis\n---\nFeest.\n");
        var result = _site.Build();
        Assert.True(result.Succeeded, result.Describe());
        foreach (var path in new[] { "activiteiten/agenda.ics", "activiteiten/jubileum/agenda.ics" })
        {
            var calendar = Calendar.Load(result.Text(path))!;
            var zone = Assert.Single(calendar.TimeZones);
            Assert.Equal("Europe/Amsterdam", zone.TzId);
            Assert.Equal(["DAYLIGHT", "STANDARD"], zone.TimeZoneInfos.Select(i => i.Name).Order().ToList());
            var summer = zone.TimeZoneInfos.Single(i => i.Name == "DAYLIGHT");
            Assert.Equal((TimeSpan.FromHours(1), TimeSpan.FromHours(2)), (summer.OffsetFrom!.Offset, summer.OffsetTo!.Offset));
            Assert.Equal("FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", summer.RecurrenceRule!.ToString());
            var evening = Assert.Single(calendar.Events);
            Assert.Equal(new DateTimeOffset(2030, 6, 14, 18, 0, 0, TimeSpan.Zero), evening.DtStart!.AsUtc);
        }
    }

    [Theory]
    [InlineData("America/Kralendijk", -4)] // Bonaire, Sint Eustatius and Saba: no summer time
    [InlineData("America/Paramaribo", -3)]
    public void AZoneWithoutSummerTimeIsOneStandardTimeWithoutYearlyChanges(string zoneId, int hours)
    {
        // Ical.Net writes such a zone as a yearly change from an old offset (Paramaribo: every first Monday of October
        // from -03:30 to -03:00, as in 1984): a change that does not happen. The zone is one observance, from = to.
        _site.Write("statiq.config", File.ReadAllText(Path.Combine(_site.Root, "statiq.config")) + $"\ntimezone: {zoneId}\n");
        _site.Write("input/activities/markt.md", "---\ntitle: Avondmarkt\nstart: 2026-12-14 20:00\nend: \"22:00\"\nlocation: Plein\n---\nMarkt.\n");
        var result = _site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var calendar = Calendar.Load(result.Text("activiteiten/agenda.ics"))!;
        var zone = Assert.Single(calendar.TimeZones);
        Assert.Equal(zoneId, zone.TzId);
        var standard = Assert.Single(zone.TimeZoneInfos);
        Assert.Equal("STANDARD", standard.Name);
        Assert.Equal((TimeSpan.FromHours(hours), TimeSpan.FromHours(hours)), (standard.OffsetFrom!.Offset, standard.OffsetTo!.Offset));
        Assert.Null(standard.RecurrenceRule);
        var evening = Assert.Single(calendar.Events);
        Assert.Equal(new DateTimeOffset(2026, 12, 14, 20, 0, 0, TimeSpan.FromHours(hours)), evening.DtStart!.AsUtc);
    }

    [Fact]
    public void AnEmptyAgendaIsStillAValidCalendarWithOneComponent()
    {
        // RFC 5545 (3.6): a calendar holds at least one component; with no activities the zone is that component.
        var result = _site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var calendar = Calendar.Load(result.Text("activiteiten/agenda.ics"))!;
        Assert.Empty(calendar.Events);
        Assert.Equal("Europe/Amsterdam", Assert.Single(calendar.TimeZones).TzId);
    }

    public void Dispose() => _site.Dispose();
}
