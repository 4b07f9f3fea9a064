using Thuisbasis.Model;

namespace Thuisbasis.Feeds;

/// <summary>
/// Decides every feed of a site from the snapshot. Only what is public today goes in: no drafts or scheduled items
/// (even in a preview build, whose snapshot holds them), no closed or filled vacancies; stories without consent never
/// reach the snapshot at all. Each item is prepared once and shared by all the feeds and formats it appears in.
/// </summary>
/// <param name="memo">The items of the last build, by view object (the preview keeps one: an unchanged story keeps its
/// view object, so its item, with the links in its text made absolute, is not made again on every keystroke).</param>
public sealed class FeedCatalog(Site site, FeedItemMemo? memo = null)
{
    private readonly FeedItemMemo _memo = memo ?? new FeedItemMemo();

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
        var made = new FeedItem[needed.Count];
        Parallel.For(0, needed.Count, i => made[i] = Find(needed[i]));
        for (var i = 0; i < needed.Count; i++) _memo.Current[needed[i]] = made[i];

        var everything = Newest(stories, vacancies, limit);

        var feeds = new List<Feed>
        {
            new(FeedAddresses.Site, name, settings.Description ?? settings.Tagline ?? $"Verhalen en vacatures van {name}.",
                site.Absolute("/"), everything, all),
            new(FeedAddresses.Stories, $"{name}: verhalen", $"De nieuwste verhalen van {name}.",
                site.Absolute(FeedAddresses.Stories), Take(stories, limit), all),
            new(FeedAddresses.Vacancies, $"{name}: vacatures", $"Open vacatures bij {name}: betaald werk, vrijwilligerswerk en stages.",
                site.Absolute(FeedAddresses.Vacancies), vacancies.Take(limit).Select(Item).ToList(), all),
        };
        feeds.Add(new Feed(FeedAddresses.Activities, $"{name}: agenda", $"Wat er binnenkort te doen is bij {name}, de eerstvolgende eerst.",
            site.Absolute(FeedAddresses.Activities), Agenda(limit), [FeedFormat.Rss]));
        foreach (var tag in site.Tags)
            feeds.Add(new Feed(FeedAddresses.Tag(tag), $"{name}: {tag.Name}", $"Verhalen{(tag.Vacancies.Count > 0 ? " en vacatures" : "")} van {name} over {tag.Name}.",
                site.Absolute(tag.Url), Newest(tag.Stories.Where(IsPublic).ToList(), tag.Vacancies.Where(IsPublic).ToList(), limit), [FeedFormat.Rss]));
        foreach (var author in site.Authors)
            feeds.Add(new Feed(FeedAddresses.Author(author.Person), $"{name}: verhalen van {author.Person.Name}",
                $"Verhalen van {author.Person.Name}, {author.Person.Role} bij {name}.",
                site.Absolute(FeedAddresses.Author(author.Person)), Take(author.Stories.Where(IsPublic), limit), [FeedFormat.Rss]));
        return feeds.ConvertAll(FeedText.Clean);
    }

    /// <summary>
    /// The newest of both: stories and vacancies are each newest first already (see SiteBuilder), so the two are merged
    /// rather than all 10,000 sorted again; on the same date a story comes first.
    /// </summary>
    private List<FeedItem> Newest(IReadOnlyList<StoryView> stories, IReadOnlyList<VacancyView> vacancies, int limit)
    {
        var items = new List<FeedItem>(Math.Min(limit, stories.Count + vacancies.Count));
        for (int si = 0, vi = 0; items.Count < limit && (si < stories.Count || vi < vacancies.Count);)
            items.Add(vi == vacancies.Count || si < stories.Count && stories[si].Date >= vacancies[vi].Date
                ? Item(stories[si++])
                : Item(vacancies[vi++]));
        return items;
    }

    /// <summary>Published today: a marker means draft, scheduled or closed, and such items stay out of every feed.</summary>
    public static bool IsPublic(StoryView s) => s.Marker is null;

    public static bool IsPublic(VacancyView v) => v.IsOpen && v.Marker is null;

    /// <summary>Not a draft and not ended (ended ones are not in <see cref="Site.Activities"/> at all).</summary>
    public static bool IsPublic(ActivityView a) => a.Marker is null && a.Next is not null;

    /// <summary>
    /// The agenda feed: the <paramref name="limit"/> soonest items, and after them every later item dated (announced or
    /// called off) in the last <see cref="NewFor"/> days, not after today. A newsletter or a post is made of the items
    /// dated after its last run: an announcement (<c>date:</c>) of something months away, or a notice that it is called
    /// off, never reached one when more than <paramref name="limit"/> activities came sooner. An item is made only for
    /// an activity that can be in the feed: making one asks for its photo in a feed's format (a JPEG of a WebP, encoded
    /// and published), and every later activity with none of its dates that recent stays out anyway.
    /// </summary>
    private List<FeedItem> Agenda(int limit)
    {
        var since = site.Today.AddDays(-NewFor);
        bool Recent(DateTimeOffset at) => DateOnly.FromDateTime(at.DateTime) is var d && d >= since && d <= site.Today;
        var items = new List<FeedItem>();
        foreach (var a in site.Activities.Where(a => IsPublic(a) && IsAnnounced(a)))
        {
            // Its own item is dated when it is announced; only a notice that it is called off can have another date.
            if (items.Count >= limit && !Recent(Announced(a)) && !a.Source.CancelledAll && a.Source.CancelledDates.Count == 0) continue;
            foreach (var item in AgendaItems(a))
                if (items.Count < limit || Recent(item.Published)) items.Add(item);
        }
        return items;
    }

    /// <summary>How long an announcement stays in the agenda feed whatever comes sooner: a monthly newsletter's month.</summary>
    public const int NewFor = 31;

    /// <summary>A <c>date</c> after the build day announces the activity from that day on.</summary>
    private bool IsAnnounced(ActivityView a) => a.Source.Announced is not { } d || DateOnly.FromDateTime(d.DateTime) <= site.Today;

    private List<FeedItem> Take(IEnumerable<StoryView> stories, int limit) => stories.Take(limit).Select(Item).ToList();

    private FeedItem Item(StoryView s) => _memo.Current.TryGetValue(s, out var item) ? item : _memo.Current[s] = Find(s);

    /// <summary>
    /// An activity's notices of what is called off (see <see cref="CancellationNotices"/>), then its own item; an activity
    /// called off as a whole has its notice in place of its item once the notice is out.
    /// </summary>
    private IEnumerable<FeedItem> AgendaItems(ActivityView a)
    {
        var item = Item(a);
        var notices = CancellationNotices.For(site, a, Announced(a), item, site.Settings.Feeds.Content != "summary").ToList();
        return notices.Count > 0 && CancellationNotices.WhollyOff(a.Source) ? notices : [.. notices, item];
    }

    private DateTimeOffset Announced(ActivityView a) =>
        a.Source.Announced ?? Thuisbasis.Content.ActivitySchedule.Moment(a.Source.Start, site.Settings.TimeZone);

    private FeedItem Item(ActivityView a) => _memo.Current.TryGetValue(a, out var item) ? item : _memo.Current[a] = Find(a);

    /// <summary>
    /// An activity dated by when it is announced: its <c>date</c>, else its first date. Never by its next date: Mailchimp's
    /// RSS campaigns send every item dated after the last send, so a weekly taalcafé would be in every newsletter. Its
    /// summary starts with when and where; for a repeating one how often, which stays true after this week.
    /// </summary>
    private FeedItem Find(ActivityView a)
    {
        var image = Image(a.Image, a.Url);
        var next = a.Next!;
        var when = a.RepeatText is { } often
            ? $"{often}, {CancellationNotices.Times(a)}{(a.CancelledAll ? " (gaat niet door)" : "")}, {a.Place.Text}."
            : $"{next.DateText}, {next.TimeText}{(next.Cancelled ? " (gaat niet door)" : "")}, {a.Place.Text}.";
        var announced = Announced(a);
        if (Reuse(a, image, out var known)) return known;
        var (html, photos) = Content(a.Html.Value, a.AbsoluteUrl);
        return WithPhotos(FeedText.Clean(new FeedItem(
            Id(a.AbsoluteUrl, a.Source.RedirectFrom), Link(a.AbsoluteUrl, a.Source.Entry.Slug), a.Title, announced, new FeedAuthor(site.Settings.Name, site.Absolute("/")),
            a.Tags.Select(t => t.Name).ToList(), $"{when} {a.Summary}".Trim(), html, image)), photos);
    }

    private FeedItem Item(VacancyView v) => _memo.Current.TryGetValue(v, out var item) ? item : _memo.Current[v] = Find(v);

    /// <summary>The last build's item of this very view when its image is still the same file, else a new one (safe on any thread).</summary>
    private FeedItem Find(StoryView s)
    {
        var image = Image(s.Image, s.Url) ?? PhotoInText(s.Source.Entry, s.Url);
        if (Reuse(s, image, out var known)) return known;
        var (html, photos) = Content(s.Html.Value, s.AbsoluteUrl);
        return WithPhotos(FeedText.Clean(new FeedItem(
            Id(s.AbsoluteUrl, s.Source.RedirectFrom), Link(s.AbsoluteUrl, s.Source.Entry.Slug), s.Title, s.Date,
            new FeedAuthor(s.Author.Name, s.Author.Url is null ? null : site.Absolute(s.Author.Url)),
            s.Tags.Select(t => t.Name).ToList(), s.Summary, html, image)), photos);
    }

    private FeedItem Find(VacancyView v)
    {
        var image = Image(v.Image, v.Url) ?? PhotoInText(v.Source.Entry, v.Url);
        if (Reuse(v, image, out var known)) return known;
        var (html, photos) = Content(v.Html.Value, v.AbsoluteUrl);
        return WithPhotos(FeedText.Clean(new FeedItem(
            Id(v.AbsoluteUrl, v.Source.RedirectFrom), Link(v.AbsoluteUrl, v.Source.Entry.Slug), v.Title, v.Date, new FeedAuthor(site.Settings.Name, site.Absolute("/")),
            v.Tags.Select(t => t.Name).ToList(), v.Summary, html, image)), photos);
    }

    /// <summary>
    /// The item's id: the first address it had (see <see cref="Content.FirstAddress"/>), so an item given another file
    /// name with its old address in <c>redirect_from</c> is not posted again; the id stays a permalink, since the old
    /// address redirects to the page.
    /// </summary>
    private string Id(string pageUrl, IReadOnlyList<string> redirectFrom) =>
        Thuisbasis.Content.FirstAddress.Of(new Uri(pageUrl).AbsolutePath, redirectFrom) is { } first ? site.Absolute(first) : pageUrl;

    /// <summary>
    /// The item's link: its page, with campaign parameters when <c>feeds.utm</c> is on (stories, vacancies and the agenda;
    /// not the calendars, which are no feed). The item's id stays the bare permalink either way, so switching it on never
    /// makes a reader show an item twice.
    /// </summary>
    private string Link(string pageUrl, string slug) =>
        site.Settings.Feeds.Utm ? Social.Utm.Tag(pageUrl, Social.Utm.FeedSource, Social.Utm.FeedMedium, slug) : pageUrl;

    /// <summary>
    /// The text as items carry it: absolute addresses, each photo as one image a mail program shows (see
    /// <see cref="Images.FeedImages.ForMail"/>), and without the theme's video script. A reader or e-mail runs no
    /// script (the W3C feed validator warns of one), and the video's link to its own page is all it needs.
    /// </summary>
    private (string? Html, IReadOnlyList<string> Photos) Content(string html, string pageUrl)
    {
        if (site.Settings.Feeds.Content == "summary") return (null, []);
        var forMail = Images.FeedImages.Of(site).ForMail(Rendering.Video.VideoMarkup.WithoutScript(html), out var photos);
        return (AbsoluteLinks.Rewrite(forMail, pageUrl, site.Settings.Url), photos);
    }

    /// <summary>
    /// The last build's item of a view, when there is one with the same image: the files of the photos in its text are
    /// asked for again (each build publishes what its items name).
    /// </summary>
    private bool Reuse(object view, FeedImage? image, out FeedItem item)
    {
        if (!_memo.Previous.TryGetValue(view, out item!) || item.Image != image) return false;
        foreach (var photo in item.MailPhotos) Images.FeedImages.Of(site).Photo(photo);
        return true;
    }

    private static FeedItem WithPhotos(FeedItem item, IReadOnlyList<string> photos) => photos.Count == 0 ? item : item with { MailPhotos = photos };

    /// <summary>
    /// The first photo of the text that this site publishes as a photo (JPEG, PNG, WebP); a text whose images are only
    /// SVG or GIF gives the page's share card. An image from elsewhere, or a file that is missing, is passed over rather
    /// than given as an enclosure that points nowhere.
    /// </summary>
    private FeedImage? PhotoInText(Content.Entry entry, string pageUrl)
    {
        var images = Images.FeedImages.Of(site);
        var other = false;
        // The images the image checks find in a text, in its order (a name with spaces is no image in Markdown).
        foreach (var (path, alt, _, spaced) in Images.ImageChecks.InBody(entry, site.Settings.OwnUrl))
        {
            if (spaced) continue;
            if (images.Photo(path) is { } photo) return Feed(photo, alt ?? "");
            other |= Images.ImageCatalog.Of(site).Get(path) is not null;
        }
        return other ? Card(pageUrl) : null;
    }

    /// <summary>
    /// A cover as feeds give it (see <see cref="Images.FeedImages"/>): a photo as a JPEG or PNG of at most 1200 wide, and
    /// for one the pipeline does not process (SVG, GIF, missing) the page's share card.
    /// </summary>
    private FeedImage? Image(Content.ImageRef? image, string pageUrl)
    {
        if (image is null) return null;
        return Images.FeedImages.Of(site).Photo(image.Url) is { } photo ? Feed(photo, image.Alt) : Card(pageUrl);
    }

    private FeedImage? Card(string pageUrl) =>
        Images.FeedImages.Of(site).Card(pageUrl) is var (card, alt) ? Feed(card, alt) : null;

    private FeedImage Feed(Images.MailImage image, string alt) =>
        new(site.Absolute(image.Path), alt, image.MediaType, image.Length, image.Width, image.Height);
}

/// <summary>
/// Feed items by the view they were made from, kept between builds by one feed generator: this build's and the last
/// one's (see <see cref="FeedMemory"/> for when they are forgotten).
/// </summary>
public sealed class FeedItemMemo
{
    internal Dictionary<object, FeedItem> Previous { get; private set; } = new(ReferenceEqualityComparer.Instance);
    internal Dictionary<object, FeedItem> Current { get; private set; } = new(ReferenceEqualityComparer.Instance);

    internal void Forget() => Previous.Clear();

    /// <summary>Ends a build: its items are what the next build may reuse; older ones are forgotten.</summary>
    public void EndBuild()
    {
        Previous = Current;
        Current = new Dictionary<object, FeedItem>(Previous.Count, ReferenceEqualityComparer.Instance);
    }
}
