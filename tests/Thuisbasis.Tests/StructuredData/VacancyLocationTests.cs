using System.Text.Json;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.StructuredData;

/// <summary>
/// A vacancy's <c>location</c> in its <c>JobPosting</c>: Google for Jobs wants <c>jobLocation</c> as a <c>Place</c> with a
/// <c>PostalAddress</c>. A place name is the address's locality; a whole address with a Dutch postcode is read as the
/// activity's plain location is (<c>PlainAddress</c>), so the street and postcode are not lumped into the locality.
/// </summary>
public sealed class VacancyLocationTests
{
    private static JsonElement JobLocation(string location)
    {
        using var site = new FixtureSite();
        site.Write("input/vacancies/opbouwwerker.md", $"""
            ---
            title: Opbouwwerker
            date: 2026-11-10
            closing_date: 2027-01-31
            kind: paid
            hours: 24-32
            location: "{location}"
            contact: {"{"} name: Anouk Visser, email: anouk@test.example {"}"}
            apply_email: werken@test.example
            ---
            Je werkt in de wijk.
            """);
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var jobs = result.Html("vacatures/opbouwwerker/index.html").QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement.Clone())
            .Where(j => j.GetProperty("@type").GetString() == "JobPosting").ToList();
        var place = Assert.Single(jobs).GetProperty("jobLocation");
        Assert.Equal("Place", place.GetProperty("@type").GetString());
        return place;
    }

    private static Dictionary<string, string?> Address(JsonElement place) =>
        place.GetProperty("address").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());

    private static Dictionary<string, string?> Expected(string? street, string? postcode, string? city)
    {
        var expected = new Dictionary<string, string?> { ["@type"] = "PostalAddress", ["addressCountry"] = "NL" };
        if (street is not null) expected["streetAddress"] = street;
        if (postcode is not null) expected["postalCode"] = postcode;
        if (city is not null) expected["addressLocality"] = city;
        return expected;
    }

    [Theory]
    [InlineData("Buurthuis De Brug, Kerkstraat 12, 1234 AB Amsterdam", "Buurthuis De Brug", "Kerkstraat 12", "1234 AB", "Amsterdam")]
    [InlineData("Wijkteam Noord, Kerkstraat 12 1234ab  Den Haag", "Wijkteam Noord", "Kerkstraat 12", "1234 AB", "Den Haag")]
    [InlineData("Buurthuis De Brug, Kerkstraat 12, 1234 AB", "Buurthuis De Brug", "Kerkstraat 12", "1234 AB", null)]
    public void AWholeAddressWithAPostcodeIsAPlaceWithItsNameAndPostalAddress(string location, string name, string street, string postcode, string? city)
    {
        var place = JobLocation(location);
        Assert.Equal(name, place.GetProperty("name").GetString());
        Assert.Equal(Expected(street, postcode, city).OrderBy(p => p.Key), Address(place).OrderBy(p => p.Key));
    }

    [Fact]
    public void AnAddressWithoutANameBeforeTheStreetGivesThePlaceNoNameOfItsWholeText()
    {
        var place = JobLocation("Kerkstraat 12, 1234 AB Amsterdam");
        Assert.False(place.TryGetProperty("name", out _));
        Assert.Equal(Expected("Kerkstraat 12", "1234 AB", "Amsterdam").OrderBy(p => p.Key), Address(place).OrderBy(p => p.Key));
    }

    [Theory]
    [InlineData("Zeist")]
    [InlineData("Amsterdam-Oost")]
    [InlineData("Buurthuis De Brug, Kerkstraat 12, Amsterdam")]
    public void APlaceNameWithoutAPostcodeIsTheLocalityInTheNetherlands(string location)
    {
        var place = JobLocation(location);
        Assert.False(place.TryGetProperty("name", out _));
        Assert.Equal(Expected(null, null, location).OrderBy(p => p.Key), Address(place).OrderBy(p => p.Key));
    }
}
