using System.Text.Json.Nodes;
using Thuisbasis.Rendering;
using Thuisbasis.Model;

namespace Thuisbasis.StructuredData;

/// <summary><c>BlogPosting</c> for stories and <c>BreadcrumbList</c> for inner pages.</summary>
public static class ArticleData
{
    /// <param name="card">The page's share card: the image search engines get when the story has no photo of its own,
    /// the same one the page gives social media (Google recommends an image for every article).</param>
    public static JsonObject BlogPosting(Site site, StoryView story, Images.ShareCard? card = null)
    {
        // A client's role (cliënt, mantelzorger) is no job title: only staff get one, and a link to their profile.
        var author = Schema.Thing("Person").Set("@id", story.Author is { IsClient: false, Url: { } profile } ? PersonData.Id(site.Absolute(profile)) : null)
            .Set("name", story.Author.Name)
            .Set("jobTitle", story.Author.IsClient ? null : story.Author.Role)
            .Set("url", story.Author.Url is { } u ? site.Absolute(u) : null);
        var o = Schema.Thing("BlogPosting", withContext: true)
            .Set("headline", story.Title)
            .Set("description", Social.PlainText.Of(story.Summary)) // plain words, as the social preview: a summary may hold Markdown (TB0290)
            .Set("url", story.AbsoluteUrl)
            .Set("mainEntityOfPage", Schema.Thing("WebPage").Set("@id", story.AbsoluteUrl))
            .Set("datePublished", Schema.Date(story.Date))
            .Set("dateModified", Schema.Date(story.Date))
            .Set("inLanguage", site.Settings.Language)
            .Set("author", author)
            .Set("publisher", OrganizationData.Reference(site));
        if (story.Image is { } image) o["image"] = Schema.ImageObject(site, image.Url)!.Set("caption", image.Alt);
        else if (card is not null) o["image"] = Schema.Thing("ImageObject").Set("url", site.Absolute(card.Url))
            .Set("width", JsonValue.Create(card.Width)).Set("height", JsonValue.Create(card.Height));
        if (story.Tags.Count > 0) o["keywords"] = string.Join(", ", story.Tags.Select(t => t.Name));
        return o;
    }

    /// <summary>The page's breadcrumb trail; each step has an absolute address, as search engines require.</summary>
    public static JsonObject? BreadcrumbList(Site site, IReadOnlyList<Breadcrumb> crumbs)
    {
        if (crumbs.Count < 2) return null;
        var items = new JsonArray();
        for (var i = 0; i < crumbs.Count; i++)
            items.Add((JsonNode)Schema.Thing("ListItem").Set("position", JsonValue.Create(i + 1)).Set("name", crumbs[i].Title)
                .Set("item", site.Absolute(crumbs[i].Url))); // the JsonNode overload: the generic one is flagged for native builds
        return Schema.Thing("BreadcrumbList", withContext: true).Set("itemListElement", items);
    }
}
