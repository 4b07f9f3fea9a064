using System.Text.Json;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Activities;

/// <summary>
/// <c>price</c> is text as it should read; the Event data gives an amount in euros only where the text says one, so a
/// search engine never shows "€ 2,00" for "2 consumpties inbegrepen", nor one of two amounts as the price ("€ 2,50 - € 5").
/// </summary>
public sealed class PriceDataTests
{
    [Theory]
    [InlineData("€ 2,50", "2.50")]
    [InlineData("2,50", "2.50")]
    [InlineData("5 euro per keer", "5.00")]
    [InlineData("gratis", "0.00")]
    [InlineData("Gratis, 2 consumpties inbegrepen", "0.00")]
    [InlineData("2 consumpties inbegrepen", null)]
    [InlineData("strippenkaart: 10 keer", null)]
    [InlineData("€ 2,50 - € 5", null)]
    [InlineData("€ 2,50 per keer, € 20 voor tien keer", null)]
    [InlineData("Gratis, de lunch kost € 5", null)]
    [InlineData("€ 2,50 (ook € 2,50 voor leden)", "2.50")]
    [InlineData("€ 1.250", "1250.00")] // read as 1.25 before: the dot groups thousands, as in a salary
    [InlineData("€ 1.250,00 voor de hele cursus", "1250.00")]
    [InlineData("1.250 euro", "1250.00")]
    [InlineData("€ 2.50", "2.50")]
    public void OnlyASingleAmountInEurosBecomesThePrice(string price, string? amount)
    {
        using var site = new FixtureSite();
        site.Write("input/activities/a.md", $"---\ntitle: A\nstart: 2026-12-08 10:00\nlocation: Buurthuis\nprice: \"{price}\"\n---\nTekst.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var offer = result.Html("activiteiten/a/index.html").QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement).First(j => j.GetProperty("@type").GetString() == "Event").GetProperty("offers");
        Assert.Equal(price, offer.GetProperty("description").GetString());
        Assert.Equal(amount, offer.TryGetProperty("price", out var p) ? p.GetString() : null);
        Assert.Equal(amount is null ? null : "EUR", offer.TryGetProperty("priceCurrency", out var c) ? c.GetString() : null);
    }

    /// <summary>Where to get a place is the sign-up page when there is one; the number of places is the event's capacity.</summary>
    [Theory]
    [InlineData("url: https://aanmelden.example/taalcafe", "https://aanmelden.example/taalcafe")]
    [InlineData("email: taal@delinde.example", "https://www.test.example/activiteiten/a/")]
    public void TheOfferLinksToTheSignUpPageAndPlacesAreTheCapacity(string how, string offerUrl)
    {
        using var site = new FixtureSite();
        site.Write("input/activities/a.md", $"---\ntitle: A\nstart: 2026-12-08 10:00\nlocation: Buurthuis\nprice: gratis\nregistration: {{ required: true, {how}, places: 12 }}\n---\nTekst.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var data = result.Html("activiteiten/a/index.html").QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement).First(j => j.GetProperty("@type").GetString() == "Event");
        Assert.Equal(offerUrl, data.GetProperty("offers").GetProperty("url").GetString());
        Assert.Equal(12, data.GetProperty("maximumAttendeeCapacity").GetInt32());
    }
}
