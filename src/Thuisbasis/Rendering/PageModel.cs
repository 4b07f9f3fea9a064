using Thuisbasis.Content;
using Thuisbasis.Model;

namespace Thuisbasis.Rendering;

/// <summary>One page to render: its address, layout and what the layout shows. Templates see it as <c>page</c>.</summary>
public sealed record PageModel
{
    /// <summary>Site-relative address: <c>/verhalen/x/</c>, or a file such as <c>/404.html</c>.</summary>
    public required string Url { get; init; }
    public required string Layout { get; init; }
    /// <summary>What kind of page: home, clients, method, services, about, extra, contact, page, story, vacancy, service, stories, vacancies, tags, tag, author, activity, activities, 404.</summary>
    public required string Kind { get; init; }
    /// <summary>The file this page comes from, for messages (<c>input/stories/x.md</c>), or a description of a generated page.</summary>
    public required string Source { get; init; }
    /// <summary>Every input file whose content this page shows (for the preview's dependency tracking).</summary>
    public IReadOnlyList<string> Inputs { get; init; } = [];
    public required string Title { get; init; }
    public string? Description { get; init; }
    public string AbsoluteUrl { get; init; } = "";
    public RawHtml Body { get; init; } = RawHtml.Empty;
    public string? Marker { get; init; }
    public bool NoIndex { get; init; }
    /// <summary>The image for social previews; null means the site's default share image.</summary>
    public ImageRef? Image { get; init; }
    /// <summary>The page's own share card (stories, vacancies and services), for the social card; not for templates.</summary>
    [Scriban.Runtime.ScriptMemberIgnore] public Images.ShareCard? ShareCard { get; init; }
    public PageView? Page { get; init; }
    public StoryView? Story { get; init; }
    public VacancyView? Vacancy { get; init; }
    public ServiceView? Service { get; init; }
    public PersonView? Person { get; init; }
    public TagIndexEntry? Tag { get; init; }
    public ActivityView? Activity { get; init; }
    /// <summary>On a filtered agenda page: the tag or audience it shows.</summary>
    public ActivityIndexEntry? ActivityFilter { get; init; }
    /// <summary>The items of a listing page (stories of this page of the listing).</summary>
    public IReadOnlyList<object> Items { get; init; } = [];
    public Pager? Pager { get; init; }
    public IReadOnlyList<Breadcrumb> Breadcrumbs { get; init; } = [];
    /// <summary>Feeds for autodiscovery in the head.</summary>
    public IReadOnlyList<FeedLink> Feeds { get; init; } = [];
    /// <summary>Structured data (schema.org objects), written as JSON-LD in the head.</summary>
    public IReadOnlyList<object> JsonLd { get; init; } = [];
    /// <summary>Open Graph and Twitter Card values and share links, filled in by the social card enricher.</summary>
    public SocialCard? Social { get; init; }
    /// <summary>Open Graph type: website or article.</summary>
    public string OgType { get; init; } = "website";

    /// <summary>
    /// The type shown with a search result ("verhaal"); null when the page is left out of the search index. A page with a
    /// type gets <c>data-pagefind-body</c> around its content (see <c>layouts/base.sbn-html</c>); Pagefind then leaves
    /// every page without one out: listings, tag and author archives, the search page, 404 and thank-you pages.
    /// </summary>
    [Derived]
    public string? SearchType =>
        // Drafts and scheduled items (marked, preview and deploy previews only) and the later pages of a paged listing.
        Marker is not null || Pager is { Number: > 1 } ? null : Kind switch
        {
            "story" => "verhaal",
            // A closed vacancy keeps its page (it says it is closed) but is no longer found.
            "vacancy" => Vacancy is { IsOpen: true } ? "vacature" : null,
            "service" => "dienst",
            // An ended activity keeps its page (it says it has ended) but is no longer found.
            "activity" => Activity is { HasEnded: false } ? "activiteit" : null,
            "home" or "clients" or "method" or "services" or "about" or "extra" or "contact" or "page" or "accessibility" => "pagina",
            _ => null,
        };

    /// <summary>Where the page is written (<see cref="OutputPaths.FromUrl"/>), worked out once per page object.</summary>
    [Derived]
    public string OutputPath
    {
        get
        {
            // A copy made with `with { Url = … }` carries the memo of the old address, hence the check on Url.
            var memo = _outputPath;
            if (ReferenceEquals(memo.Url, Url)) return memo.Path;
            memo = new OutputPathMemo(Url, OutputPaths.FromUrl(Url));
            _outputPath = memo;
            return memo.Path;
        }
    }

    private OutputPathMemo _outputPath = OutputPathMemo.None;

    /// <summary>Never makes two pages unequal: it only remembers what follows from <see cref="Url"/>.</summary>
    private sealed class OutputPathMemo(string? url, string path)
    {
        public static readonly OutputPathMemo None = new(null, "");
        public string? Url { get; } = url;
        public string Path { get; } = path;
        public override bool Equals(object? obj) => obj is OutputPathMemo;
        public override int GetHashCode() => 0;
    }
}

public sealed record Pager(int Number, int Total, string? PreviousUrl, string? NextUrl, IReadOnlyList<PagerLink> Links);

/// <summary>One page number in a pager; <see cref="GapBefore"/> means pages are left out before it (a theme shows "…").</summary>
public sealed record PagerLink(int Number, string Url, bool IsCurrent, bool GapBefore = false);

public sealed record Breadcrumb(string Title, string Url);

public static class OutputPaths
{
    /// <summary><c>/a/b/</c> → <c>a/b/index.html</c>; <c>/404.html</c> → <c>404.html</c>.</summary>
    public static string FromUrl(string url)
    {
        var path = url.TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }
}
