using Thuisbasis.Pipeline;

namespace Thuisbasis.Feeds;

/// <summary>
/// Decides every feed of a site from the snapshot. Only what is public today goes in: no drafts or scheduled items
/// (even in a preview build, whose snapshot holds them), no closed or filled vacancies; stories without consent never
/// reach the snapshot at all. Each item is prepared once and shared by all the feeds and formats it appears in.
/// </summary>
public sealed class FeedCatalog(Site site)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, FeedItem> _items = new(StringComparer.Ordinal);

    public IReadOnlyList<Feed> Build()
    {
        var settings = site.Settings;
        var name = settings.Name;
        var limit = Math.Max(1, settings.Feeds.Items);
        var all = FeedFormat.Enabled(settings.Feeds);
        var stories = site.Stories.Where(IsPublic).ToList();
        var vacancies = site.Vacancies.Where(IsPublic).ToList();

        // Prepare every story item any feed will hold on all cores first (links made absolute in the full text is the
        // costly part); the feeds below then share them.
        var needed = stories.Take(limit)
            .Concat(site.Tags.SelectMany(t => t.Stories.Where(IsPublic).Take(limit)))
            .Concat(site.Authors.SelectMany(a => a.Stories.Where(IsPublic).Take(limit)))
            .Distinct<StoryView>(ReferenceEqualityComparer.Instance).ToList();
        Parallel.ForEach(needed, story => Item(story));

        var everything = stories.Select(s => (s.Date, Item: (Func<FeedItem>)(() => Item(s))))
            .Concat(vacancies.Select(v => (v.Date, Item: (Func<FeedItem>)(() => Item(v)))))
            .OrderByDescending(x => x.Date).Take(limit).Select(x => x.Item()).ToList();

        var feeds = new List<Feed>
        {
            new(FeedAddresses.Site, name, settings.Description ?? settings.Tagline ?? $"Verhalen en vacatures van {name}.",
                site.Absolute("/"), everything, all),
            new(FeedAddresses.Stories, $"{name}: verhalen", $"De nieuwste verhalen van {name}.",
                site.Absolute(FeedAddresses.Stories), Take(stories, limit), all),
            new(FeedAddresses.Vacancies, $"{name}: vacatures", $"Open vacatures bij {name}: betaald werk, vrijwilligerswerk en stages.",
                site.Absolute(FeedAddresses.Vacancies), vacancies.Take(limit).Select(Item).ToList(), all),
        };
        foreach (var tag in site.Tags)
            feeds.Add(new Feed(FeedAddresses.Tag(tag), $"{name}: {tag.Name}", $"Verhalen van {name} over {tag.Name}.",
                site.Absolute(tag.Url), Take(tag.Stories.Where(IsPublic), limit), [FeedFormat.Rss]));
        foreach (var author in site.Authors)
            feeds.Add(new Feed(FeedAddresses.Author(author.Person), $"{name}: verhalen van {author.Person.Name}",
                $"Verhalen van {author.Person.Name}, {author.Person.Role} bij {name}.",
                site.Absolute(FeedAddresses.Author(author.Person)), Take(author.Stories.Where(IsPublic), limit), [FeedFormat.Rss]));
        return feeds;
    }

    /// <summary>Published today: a marker means draft, scheduled or closed, and such items stay out of every feed.</summary>
    public static bool IsPublic(StoryView s) => s.Marker is null;

    public static bool IsPublic(VacancyView v) => v.IsOpen && v.Marker is null;

    private List<FeedItem> Take(IEnumerable<StoryView> stories, int limit) => stories.Take(limit).Select(Item).ToList();

    private FeedItem Item(StoryView s) => Cached(s.AbsoluteUrl, () => new FeedItem(
        s.AbsoluteUrl, s.AbsoluteUrl, s.Title, s.Date,
        new FeedAuthor(s.Author.Name, s.Author.Url is null ? null : site.Absolute(s.Author.Url)),
        s.Tags.Select(t => t.Name).ToList(), s.Summary, Content(s.Html.Value, s.AbsoluteUrl), Image(s.Image)));

    private FeedItem Item(VacancyView v) => Cached(v.AbsoluteUrl, () => new FeedItem(
        v.AbsoluteUrl, v.AbsoluteUrl, v.Title, v.Date, new FeedAuthor(site.Settings.Name, site.Absolute("/")),
        v.Tags.Select(t => t.Name).ToList(), v.Summary, Content(v.Html.Value, v.AbsoluteUrl), Image(v.Image)));

    private FeedItem Cached(string key, Func<FeedItem> make) => _items.TryGetValue(key, out var item) ? item : _items.GetOrAdd(key, _ => make());

    private string? Content(string html, string pageUrl) =>
        site.Settings.Feeds.Content == "summary" ? null : AbsoluteLinks.Rewrite(html, pageUrl);

    private FeedImage? Image(Content.ImageRef? image)
    {
        if (image is null) return null;
        var info = site.Images.Get(image.Url);
        var type = info?.MediaType ?? Social.ImageCatalog.MediaTypeFromName(image.Url);
        return type is null ? null : new FeedImage(site.Absolute(image.Url), image.Alt, type, info?.Length, info?.Width, info?.Height);
    }
}
