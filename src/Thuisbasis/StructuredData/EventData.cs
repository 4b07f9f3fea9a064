using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Thuisbasis.Model;

namespace Thuisbasis.StructuredData;

/// <summary>
/// schema.org <c>Event</c>, one per coming date of an activity (search engines want one event per date): where (a
/// <c>Place</c> with its address, or a <c>VirtualLocation</c>), <c>offers</c> for the price, <c>eventStatus</c> for a
/// cancelled date and <c>eventAttendanceMode</c> for online. An ended activity has no coming dates, so none.
/// </summary>
public static partial class EventData
{
    /// <param name="card">The page's share card, the image when the activity has no photo (Google recommends one).</param>
    public static IEnumerable<JsonObject> Build(Site site, ActivityView a, Images.ShareCard? card = null)
    {
        if (a.HasEnded || a.Marker is not null) yield break;
        foreach (var date in a.Coming)
        {
            var o = Schema.Thing("Event", withContext: true)
                .Set("name", a.Title)
                .Set("description", Social.PlainText.Of(a.Summary)) // plain words, as the social preview: a summary may hold Markdown (TB0290)
                .Set("url", a.AbsoluteUrl)
                .Set("startDate", a.AllDay ? date.StartIso : Schema.Date(date.Start))
                .Set("endDate", a.AllDay ? date.EndIso : Schema.Date(date.End))
                .Set("eventStatus", date.Cancelled ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled")
                .Set("eventAttendanceMode", "https://schema.org/" + (a.Place.Online ? "OnlineEventAttendanceMode"
                    : a.Place.OnlineUrl is not null ? "MixedEventAttendanceMode" : "OfflineEventAttendanceMode"))
                .Set("location", Location(a))
                .Set("organizer", OrganizationData.Reference(site))
                .Set("inLanguage", site.Settings.Language);
            if (a.Image is { } image) o["image"] = site.Absolute(image.Url);
            else if (card is not null) o["image"] = site.Absolute(card.Url);
            if (Offer(a) is { } offer) o["offers"] = offer;
            if (a.Registration?.Places is > 0 and var places) o["maximumAttendeeCapacity"] = places;
            yield return o;
        }
    }

    private static JsonNode Location(ActivityView a)
    {
        var p = a.Place;
        var virtualPlace = p.OnlineUrl is null ? null : Schema.Thing("VirtualLocation").Set("url", p.OnlineUrl);
        if (p.Online && virtualPlace is not null) return virtualPlace;
        // A whole address typed as a plain location (`Buurthuis De Brug, Kerkstraat 12, 1234 AB Amsterdam`) when its postcode says so.
        var hasAddress = p.Street is not null || p.PostalCode is not null || p.City is not null;
        var written = hasAddress || p.Online ? null : Content.PlainAddress.Parse(p.Name);
        var place = Schema.Thing("Place").Set("name", written?.Name ?? p.Name);
        if (hasAddress || written is not null)
            place["address"] = Schema.Thing("PostalAddress").Set("streetAddress", written?.Street ?? p.Street)
                .Set("postalCode", written?.PostalCode ?? p.PostalCode).Set("addressLocality", written?.City ?? p.City).Set("addressCountry", "NL");
        return virtualPlace is null ? place : new JsonArray(place, virtualPlace);
    }

    /// <summary>
    /// The price as written, and as an amount in euros when it says exactly one ("€ 2,50 per keer") or "gratis". Two
    /// amounts ("€ 2,50 - € 5", "gratis, de lunch € 5") give no price: either one alone would be shown as the price.
    /// </summary>
    private static JsonObject? Offer(ActivityView a)
    {
        if (a.Price is not { } text) return null;
        // Where to get a place: the sign-up page when there is one on the web, else the activity's own page.
        var signUp = a.Registration?.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "https" or "http" ? url : null;
        var offer = Schema.Thing("Offer").Set("description", text).Set("url", signUp ?? a.AbsoluteUrl);
        // Read as a salary is (`€ 1.250` is twelve hundred and fifty euros, not € 1,25).
        var amounts = Amount().Matches(text).Select(m => Content.Readers.VacancyReader.ReadAmount(m.Groups["n"].Value)).OfType<decimal>().ToHashSet();
        if (text.Contains("gratis", StringComparison.OrdinalIgnoreCase)) amounts.Add(0m);
        if (amounts.Count == 1 && amounts.Single() is var value)
        {
            offer["price"] = value.ToString("0.00", CultureInfo.InvariantCulture);
            offer["priceCurrency"] = "EUR";
        }
        return offer;
    }

    /// <summary>
    /// An amount in euros: after €, before "euro", or a number alone ("2,50", "2,-", "1.250,00"); "2 consumpties" is none.
    /// </summary>
    [GeneratedRegex(@"€\s*(?<n>\d{1,3}(?:[.,]\d{3})+(?:,\d{1,2})?|\d+(?:[.,]\d{1,2})?)|(?<n>\d{1,3}(?:[.,]\d{3})+(?:,\d{1,2})?|\d+(?:[.,]\d{1,2})?)\s*(?:euro|eur\b)|^\s*(?<n>\d{1,3}(?:[.,]\d{3})+(?:,\d{1,2})?|\d+(?:[.,]\d{1,2})?)\s*(?:,-)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Amount();
}
