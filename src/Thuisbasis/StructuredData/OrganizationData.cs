using System.Text.Json.Nodes;
using Thuisbasis.Content;
using Thuisbasis.Model;

namespace Thuisbasis.StructuredData;

/// <summary>
/// schema.org <c>Organization</c> for the home page: what search engines show in the knowledge panel (name, logo,
/// address, phone, social profiles) comes from here rather than from guesses.
/// </summary>
public static class OrganizationData
{
    public static JsonObject Build(Site site)
    {
        var s = site.Settings;
        var c = s.Contact;
        var o = Schema.Thing("Organization", withContext: true)
            .Set("@id", Schema.OrganizationId(site))
            .Set("name", s.Name)
            .Set("url", site.Absolute("/"))
            .Set("description", s.Description)
            .Set("logo", Schema.ImageObject(site, s.Logo))
            .Set("email", c.Email)
            .Set("telephone", Links.DialHref(c.Phone)?[4..])
            .Set("address", Schema.PostalAddress(c));
        if (c.Phone is not null || c.Email is not null)
        {
            var point = Schema.Thing("ContactPoint").Set("contactType", "customer service")
                .Set("telephone", Links.DialHref(c.Phone)?[4..]).Set("email", c.Email)
                .Set("availableLanguage", "nl");
            o["contactPoint"] = point;
        }
        if (s.Socials.Count > 0) o["sameAs"] = new JsonArray(s.Socials.Select(x => (JsonNode)JsonValue.Create(x.Url)).ToArray());
        if (c.Kvk is not null)
            o["identifier"] = Schema.Thing("PropertyValue").Set("propertyID", "KvK").Set("value", c.Kvk);
        return o;
    }

    /// <summary>
    /// The organisation as publisher, employer or organizer inside another object: name, website, logo and a pointer
    /// to the full one. Google asks for the website as <c>url</c> of an event's organizer and as <c>sameAs</c> of a job's employer.
    /// </summary>
    public static JsonObject Reference(Site site) =>
        Schema.Thing("Organization")
            .Set("@id", Schema.OrganizationId(site))
            .Set("name", site.Settings.Name)
            .Set("url", site.Absolute("/"))
            .Set("sameAs", site.Absolute("/"))
            .Set("logo", Schema.ImageObject(site, site.Settings.Logo));

    /// <summary>
    /// schema.org <c>WebSite</c> for the home page: Google takes the site name it shows above each result from here
    /// (else it guesses from the title and <c>og:site_name</c>).
    /// </summary>
    public static JsonObject WebSite(Site site) =>
        Schema.Thing("WebSite", withContext: true)
            .Set("@id", site.Absolute("/") + "#website")
            .Set("name", site.Settings.Name)
            .Set("url", site.Absolute("/"))
            .Set("inLanguage", site.Settings.Language)
            .Set("publisher", Schema.Thing("Organization").Set("@id", Schema.OrganizationId(site)));
}
