using Thuisbasis.Content;
using Thuisbasis.Content.Settings;

namespace Thuisbasis.Model;

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
    /// <summary>The testimonials of clients and the people around them, for Onze klanten (see <see cref="Content.ClientRoles"/>).</summary>
    public required IReadOnlyList<TestimonialView> ClientTestimonials { get; init; }
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

    /// <summary>
    /// What this build renders for measuring visitors and asking consent: <c>site.analytics</c> in templates. Made by
    /// <c>Analytics.AnalyticsPlan</c> and set by the engine before pages are made; the site model does not know its type.
    /// </summary>
    public object? Analytics { get; internal set; }

    /// <summary>The Content-Security-Policy each built page carries itself (<c>site.content_policy</c>), or null in the
    /// preview. Set by the engine with <see cref="Analytics"/>, whose hashes and hosts it holds.</summary>
    public string? ContentPolicy { get; internal set; }

    /// <summary>
    /// What other parts of the engine make once per build from this snapshot (processed images, share cards, image facts),
    /// by type: each part knows the site, the site knows none of them.
    /// </summary>
    internal T Part<T>(Func<Site, T> make) where T : class =>
        (T)_parts.GetOrAdd(typeof(T), static (_, x) => new Lazy<object>(() => x.make(x.site)), (site: this, make)).Value;

    /// <summary>Adds a part made elsewhere (the build's processed images).</summary>
    internal void Add<T>(T part) where T : class => _parts[typeof(T)] = new Lazy<object>(part);

    /// <summary>A part added or made before, or null.</summary>
    internal T? Find<T>() where T : class => _parts.TryGetValue(typeof(T), out var part) ? (T)part.Value : null;

    /// <summary>The part whose type has this name (a <see cref="DependencyKeys.Part"/> key), or null.</summary>
    internal object? FindPart(ReadOnlySpan<char> typeName)
    {
        foreach (var (type, part) in _parts)
            if (typeName.SequenceEqual(type.Name)) return part.Value;
        return null;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Lazy<object>> _parts = new();

    public bool IsProduction => Options.Mode == "production" && !Options.IncludeDrafts;

    /// <summary>
    /// The absolute address of a path on this site: <c>/verhalen/x/</c> → <c>https://…/verhalen/x/</c>, and a file
    /// named with spaces or an é (<c>/assets/img/Foto café.jpg</c>) as a valid URL (<see cref="UrlPath.Ascii"/>): crawlers,
    /// feed validators and RSS-to-email tools want a URL, not an IRI.
    /// </summary>
    public string Absolute(string path) =>
        path.StartsWith("http://", StringComparison.Ordinal) || path.StartsWith("https://", StringComparison.Ordinal)
            ? path
            : Settings.Url + UrlPath.Ascii(path.StartsWith('/') ? path : "/" + path);
}
