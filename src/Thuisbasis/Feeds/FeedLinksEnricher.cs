using Thuisbasis.Rendering;
using Thuisbasis.Model;

namespace Thuisbasis.Feeds;

/// <summary>
/// Gives every page its <c>&lt;link rel="alternate"&gt;</c> feeds, so a reader or Buffer finds them from any page:
/// the whole site everywhere, then the feed that matches what the page shows (its tag, its author, stories, vacancies).
/// </summary>
public sealed class FeedLinksEnricher : IPageEnricher
{
    /// <summary>
    /// The links of pages that show the same feeds, per site: 10,000 story pages share one list instead of each making
    /// the same six addresses and titles again.
    /// </summary>
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<Site, System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<FeedLink>>> _shared = new();

    public PageModel Enrich(Site site, PageModel page)
    {
        var group = page.Kind switch
        {
            "story" or "stories" or "extra" => "stories",
            "vacancy" or "vacancies" => "vacancies",
            "activity" or "activities" => "activities",
            "tag" or "author" => null,
            _ => "site",
        };
        if (group is null) return page with { Feeds = Links(site, page) };
        var shared = _shared.GetValue(site, static _ => new(StringComparer.Ordinal));
        return page with { Feeds = shared.GetOrAdd(group, static (_, a) => a.This.Links(a.Site, a.Page), (This: this, Site: site, Page: page)) };
    }

    private List<FeedLink> Links(Site site, PageModel page)
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
            case "activity" or "activities":
                Add(FeedAddresses.Activities, $"{name}: agenda", [FeedFormat.Rss]);
                links.Add(new FeedLink($"{name}: agenda (iCalendar)", site.Absolute(Calendars.CalendarGenerator.AgendaPath), Calendars.CalendarGenerator.MediaType));
                break;
            case "tag" when page.Tag is { } tag:
                Add(FeedAddresses.Tag(tag), $"{name}: {tag.Name}", [FeedFormat.Rss]);
                break;
            case "author" when page.Person is { } person:
                Add(FeedAddresses.Author(person), $"{name}: verhalen van {person.Name}", [FeedFormat.Rss]);
                break;
        }
        return links;
    }
}
