using System.Globalization;
using System.Text.Json.Nodes;
using Thuisbasis.Model;
using Thuisbasis.Content.Settings;

namespace Thuisbasis.StructuredData;

/// <summary>
/// Small helpers for schema.org objects as <see cref="JsonObject"/>s. Values stay plain text here; the <c>json_ld</c>
/// template function serializes with an encoder that escapes &lt; &gt; &amp;, so no value can end its script element.
/// </summary>
internal static class Schema
{
    public const string Context = "https://schema.org";

    public static JsonObject Thing(string type, bool withContext = false)
    {
        var o = new JsonObject();
        if (withContext) o["@context"] = Context;
        o["@type"] = type;
        return o;
    }

    /// <summary>Sets a property only when there is a value: schema.org readers prefer a missing property to an empty one.</summary>
    public static JsonObject Set(this JsonObject o, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) o[key] = value;
        return o;
    }

    public static JsonObject Set(this JsonObject o, string key, JsonNode? value)
    {
        if (value is not null) o[key] = value;
        return o;
    }

    public static string Date(DateTimeOffset d) => d.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>The stable id of the organisation, so other objects can point at it instead of repeating it.</summary>
    public static string OrganizationId(Site site) => site.Absolute("/") + "#organisatie";

    public static JsonObject? ImageObject(Site site, string? url)
    {
        if (url is null) return null;
        var info = Images.ImageCatalog.Of(site).Get(url);
        var o = Thing("ImageObject").Set("url", site.Absolute(url));
        if (info?.Width is { } w) o["width"] = w;
        if (info?.Height is { } h) o["height"] = h;
        return o;
    }

    public static JsonObject? PostalAddress(ContactSettings c, string? locality = null)
    {
        if (c.Street is null && c.PostalCode is null && c.City is null && locality is null) return null;
        return Thing("PostalAddress").Set("streetAddress", c.Street).Set("postalCode", c.PostalCode)
            .Set("addressLocality", locality ?? c.City).Set("addressCountry", "NL");
    }
}
