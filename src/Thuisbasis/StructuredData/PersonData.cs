using System.Text.Json.Nodes;
using Thuisbasis.Model;

namespace Thuisbasis.StructuredData;

/// <summary>
/// schema.org <c>ProfilePage</c> with its <c>Person</c> for a staff member's author page, the form Google reads a
/// creator's profile in (and the page a story's author points to). Only what the page shows: name, job title, photo,
/// social profiles (<c>sameAs</c>) and the organisation they work for; not the e-mail address or phone number, which the
/// author page does not show.
/// </summary>
public static class PersonData
{
    public static JsonObject? ProfilePage(Site site, PersonView person)
    {
        if (person.Url is not { } url) return null;
        var page = site.Absolute(url);
        return Schema.Thing("ProfilePage", withContext: true)
            .Set("url", page)
            .Set("inLanguage", site.Settings.Language)
            .Set("mainEntity", Person(site, person, page));
    }

    /// <summary>The stable id of the person, so a story's author can point at the profile rather than repeat it.</summary>
    public static string Id(string absoluteUrl) => absoluteUrl + "#persoon";

    private static JsonObject Person(Site site, PersonView person, string page)
    {
        var o = Schema.Thing("Person")
            .Set("@id", Id(page))
            .Set("name", person.Name)
            .Set("jobTitle", person.Role)
            .Set("url", page)
            .Set("image", Schema.ImageObject(site, person.Photo?.Url))
            .Set("worksFor", OrganizationData.Reference(site));
        if (person.Socials.Count > 0) o["sameAs"] = new JsonArray(person.Socials.Select(x => (JsonNode)JsonValue.Create(x.Url)).ToArray());
        return o;
    }
}
