using System.Text.Json;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Activities;

/// <summary>
/// A whole address written as a plain <c>location</c>, as writers type it, still gives search engines a
/// <c>PostalAddress</c> when a Dutch postcode (four digits, two letters) says where the address is; nothing is made up
/// where the text does not say it.
/// </summary>
public sealed class PlainAddressEventTests
{
    private static JsonElement Location(string location)
    {
        using var site = AgendaSite.Create();
        site.Write("input/activities/bijeenkomst.md",
            $"---\ntitle: Bijeenkomst\nstart: 2026-12-10 19:30\nlocation: \"{location}\"\n---\nWelkom.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var events = result.Html("activiteiten/bijeenkomst/index.html").QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement.Clone())
            .Where(j => j.GetProperty("@type").GetString() == "Event").ToList();
        var place = Assert.Single(events).GetProperty("location");
        Assert.Equal("Place", place.GetProperty("@type").GetString());
        return place;
    }

    private static Dictionary<string, string?> Address(JsonElement place) =>
        place.TryGetProperty("address", out var a)
            ? a.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString())
            : [];

    [Theory]
    [InlineData("Buurthuis De Brug, Kerkstraat 12, 1234 AB Amsterdam", "Buurthuis De Brug", "Kerkstraat 12", "1234 AB", "Amsterdam")]
    [InlineData("Buurthuis De Brug, Kerkstraat 12, 1234AB  Amsterdam", "Buurthuis De Brug", "Kerkstraat 12", "1234 AB", "Amsterdam")]
    [InlineData("Buurthuis De Brug, Kerkstraat 12 1234 ab Amsterdam", "Buurthuis De Brug", "Kerkstraat 12", "1234 AB", "Amsterdam")]
    [InlineData("Buurthuis De Brug, Kerkstraat 12-A, 1234 AB, Den Haag", "Buurthuis De Brug", "Kerkstraat 12-A", "1234 AB", "Den Haag")]
    [InlineData("De Brug, zaal 2, Kerkstraat 12, 1234 AB Amsterdam", "De Brug, zaal 2", "Kerkstraat 12", "1234 AB", "Amsterdam")]
    [InlineData("Kerkstraat 12, 1234 AB Amsterdam", "Kerkstraat 12, 1234 AB Amsterdam", "Kerkstraat 12", "1234 AB", "Amsterdam")]
    [InlineData("Buurthuis De Brug, 1234 AB Amsterdam", "Buurthuis De Brug", null, "1234 AB", "Amsterdam")]
    [InlineData("Buurthuis De Brug, Kerkstraat 12, 1234 AB", "Buurthuis De Brug", "Kerkstraat 12", "1234 AB", null)]
    public void AFullAddressWithAPostcodeIsAPostalAddressAndKeepsItsName(string location, string name, string? street, string postcode, string? city)
    {
        var place = Location(location);
        Assert.Equal(name, place.GetProperty("name").GetString());
        var expected = new Dictionary<string, string?> { ["@type"] = "PostalAddress", ["postalCode"] = postcode, ["addressCountry"] = "NL" };
        if (street is not null) expected["streetAddress"] = street;
        if (city is not null) expected["addressLocality"] = city;
        Assert.Equal(expected.OrderBy(p => p.Key), Address(place).OrderBy(p => p.Key));
    }

    [Theory]
    [InlineData("Buurthuis De Brug")]
    [InlineData("Buurthuis De Brug, Kerkstraat 12, Amsterdam")]
    [InlineData("Lokaal 2012 in gebouw B")]
    [InlineData("Zaal 1234 ABC, Amsterdam")]
    [InlineData("Buurthuis 0123 AB")]
    public void WithoutAPostcodeThePlaceIsItsNameAlone(string location)
    {
        var place = Location(location);
        Assert.Equal(location, place.GetProperty("name").GetString());
        Assert.Empty(Address(place));
    }

    /// <summary>
    /// The map link searches the place with the site's city after a bare name ("Café 't Hoekje, Amsterdam"), but not after
    /// a place written with its own address, which names its city already ("…, 1094 XK Amsterdam, Amsterdam" was searched).
    /// </summary>
    [Theory]
    [InlineData("Café 't Hoekje", "Café 't Hoekje, Amsterdam")]
    [InlineData("Buurthuis De Brug, Kerkstraat 12, 1234 AB Amsterdam", "Buurthuis De Brug, Kerkstraat 12, 1234 AB Amsterdam")]
    public void TheMapLinkNamesTheCityOnce(string location, string query)
    {
        using var site = new FixtureSite();
        site.Write("statiq.config", File.ReadAllText(Path.Combine(site.Root, "statiq.config")).TrimEnd() + "\n  city: Amsterdam\n");
        site.Write("input/activities/bijeenkomst.md", $"---\ntitle: Bijeenkomst\nstart: 2026-12-10 19:30\nlocation: \"{location}\"\n---\nWelkom.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var map = result.Html("activiteiten/bijeenkomst/index.html").QuerySelector("a[href^='https://www.openstreetmap.org/search']")!;
        Assert.Equal("https://www.openstreetmap.org/search?query=" + Uri.EscapeDataString(query), map.GetAttribute("href"));
    }
}
