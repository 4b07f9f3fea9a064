using Thuisbasis.Pipeline;
using Thuisbasis.Rendering;

namespace Thuisbasis.Feeds;

/// <summary>
/// Gives every page its <c>&lt;link rel="alternate"&gt;</c> feeds, so a reader or Buffer finds them from any page:
/// the whole site everywhere, then the feed that matches what the page shows (its tag, its author, stories, vacancies).
/// </summary>
public sealed class FeedLinksEnricher : IPageEnricher
{
    public PageModel Enrich(Site site, PageModel page)
    {
        var formats = FeedFormat.Enabled(site.Settings.Feeds);
        var name = site.Settings.Name;
        var links = new List<FeedLink>();
        void Add(string folder, string title, IEnumerable<FeedFormat> these) =>
            links.AddRange(these.Select(f => new FeedLink($"{title} ({f.Label})", site.Absolute(f.PathIn(folder)), f.MediaType)));

        Add(FeedAddresses.Site, name, formats);
        switch (page.Kind)
        {
            case "story" or "stories" or "extra":
                Add(FeedAddresses.Stories, $"{name}: verhalen", formats);
                break;
            case "vacancy" or "vacancies":
                Add(FeedAddresses.Vacancies, $"{name}: vacatures", formats);
                break;
            case "tag" when page.Tag is { } tag:
                Add(FeedAddresses.Tag(tag), $"{name}: {tag.Name}", [FeedFormat.Rss]);
                break;
            case "author" when page.Person is { } person:
                Add(FeedAddresses.Author(person), $"{name}: verhalen van {person.Name}", [FeedFormat.Rss]);
                break;
        }
        return page with { Feeds = links };
    }
}
