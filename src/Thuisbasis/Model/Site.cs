using Thuisbasis.Content;
using Thuisbasis.Settings;

namespace Thuisbasis.Pipeline;

/// <summary>
/// The immutable snapshot of a build after the Process phase: every collection filtered for the build day, sorted,
/// and every index (tags, authors, services) computed once. Templates and feeds read it; nothing rescans per page.
/// </summary>
public sealed class Site
{
    public required SiteSettings Settings { get; init; }
    public required BuildOptions Options { get; init; }
    /// <summary>The build day in the site's time zone.</summary>
    public required DateOnly Today { get; init; }
    public required DateTimeOffset BuildTime { get; init; }
    public required IReadOnlyList<NavItem> Nav { get; init; }
    public required IReadOnlyDictionary<string, PageView> Pages { get; init; }
    public required IReadOnlyList<PageView> ExtraPages { get; init; }
    /// <summary>Stories on the site, newest first (with drafts and scheduled ones only in a drafts build).</summary>
    public required IReadOnlyList<StoryView> Stories { get; init; }
    public required IReadOnlyList<StoryView> ClientStories { get; init; }
    /// <summary>Every vacancy that gets a page, open and closed, newest first.</summary>
    public required IReadOnlyList<VacancyView> AllVacancies { get; init; }
    /// <summary>Vacancies that are still open: these appear in listings and feeds.</summary>
    public required IReadOnlyList<VacancyView> Vacancies { get; init; }
    /// <summary>Only testimonials with consent; the others never get this far.</summary>
    public required IReadOnlyList<TestimonialView> Testimonials { get; init; }
    public required IReadOnlyList<TestimonialView> FeaturedTestimonials { get; init; }
    public required IReadOnlyList<ServiceView> Services { get; init; }
    public required IReadOnlyList<PersonView> Team { get; init; }
    public required IReadOnlyList<TagIndexEntry> Tags { get; init; }
    public required IReadOnlyList<AuthorIndexEntry> Authors { get; init; }
    public required IReadOnlyList<Asset> Assets { get; init; }
    /// <summary>Every activity that gets a page, ended ones included (their pages say so), by file.</summary>
    public IReadOnlyList<ActivityView> AllActivities { get; init; } = [];
    /// <summary>Activities with a coming date, soonest first: the agenda's listing, feed and calendar.</summary>
    public IReadOnlyList<ActivityView> Activities { get; init; } = [];
    /// <summary>The agenda by tag and by audience (pages that filter without JavaScript).</summary>
    public IReadOnlyList<ActivityIndexEntry> ActivityTags { get; init; } = [];
    public IReadOnlyList<ActivityIndexEntry> ActivityAudiences { get; init; } = [];
    public required IReadOnlyDictionary<string, object?> Data { get; init; }

    /// <summary>Sizes and types of the site's images, read from their headers once per build (social previews, feeds).</summary>
    public Social.ImageCatalog Images => LazyInitializer.EnsureInitialized(ref _images, () => new Social.ImageCatalog(Assets, Media));
    private Social.ImageCatalog? _images;

    /// <summary>The processed images of this build (variants, sizes) and the share cards; set by the engine before pages are made.</summary>
    internal Thuisbasis.Images.SiteImages? Media { get; set; }

    /// <summary>The share card of each story, vacancy and service page by page address.</summary>
    internal IReadOnlyDictionary<string, Thuisbasis.Images.ShareCard> ShareCards { get; set; } = new Dictionary<string, Thuisbasis.Images.ShareCard>();

    public bool IsProduction => Options.Mode == "production" && !Options.IncludeDrafts;

    /// <summary>What this build renders for measuring visitors and asking consent (<c>site.analytics</c> in templates).</summary>
    public Analytics.AnalyticsPlan Analytics => LazyInitializer.EnsureInitialized(ref _analytics, () => Thuisbasis.Analytics.AnalyticsPlan.Create(this));
    private Analytics.AnalyticsPlan? _analytics;

    /// <summary>The absolute address of a path on this site: <c>/verhalen/x/</c> → <c>https://…/verhalen/x/</c>.</summary>
    public string Absolute(string path) =>
        path.StartsWith("http://", StringComparison.Ordinal) || path.StartsWith("https://", StringComparison.Ordinal)
            ? path
            : Settings.Url + (path.StartsWith('/') ? path : "/" + path);
}
