using Thuisbasis.Pipeline;

namespace Thuisbasis.Rendering;

/// <summary>
/// The preview's planned pages of its last build, so the next plan hands back the same page object wherever nothing it
/// is made from changed: a story's page while the story object stays the same (see <see cref="ViewReuse"/>), a page
/// of a listing while the listing's first page and the stories on that page are the same objects, and any other page
/// when it comes out with the same contents. At 10,000 stories that is 16,000 pages not made, compared or fingerprinted
/// again on every keystroke.
/// </summary>
public sealed class PlanMemo
{
    private Dictionary<StoryView, PageModel> _stories = new(ReferenceEqualityComparer.Instance);
    private Dictionary<StoryView, PageModel> _nextStories = new(ReferenceEqualityComparer.Instance);
    private object? _storyContext;
    private bool _storyContextSame;
    private Dictionary<(PageModel First, int Number), (int Total, PageModel Page)> _listings = new(ByFirstPage.Instance);
    private Dictionary<(PageModel First, int Number), (int Total, PageModel Page)> _nextListings = new(ByFirstPage.Instance);

    /// <summary>
    /// Listing pages by the very object of their first page: a page is a record, and its own equality would compare (and
    /// hash) every member of it for each of the thousands of listing pages of a large site.
    /// </summary>
    private sealed class ByFirstPage : IEqualityComparer<(PageModel First, int Number)>
    {
        public static readonly ByFirstPage Instance = new();

        public bool Equals((PageModel First, int Number) a, (PageModel First, int Number) b) => ReferenceEquals(a.First, b.First) && a.Number == b.Number;

        public int GetHashCode((PageModel First, int Number) key) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.First), key.Number);
    }
    private readonly ViewReuse _pages = new();

    /// <summary>Story pages are reused only while these values of the site (home title, address, mode) stay the same.</summary>
    public void StartStories(object context)
    {
        _storyContextSame = Equals(context, _storyContext);
        _storyContext = context;
    }

    /// <summary>The last build's page of this very story object, or null: make it and pass it to <see cref="RememberStoryPage"/>.</summary>
    public PageModel? StoryPage(StoryView story)
    {
        if (!_storyContextSame || !_stories.TryGetValue(story, out var page)) return null;
        _nextStories[story] = page;
        return page;
    }

    public void RememberStoryPage(StoryView story, PageModel page) => _nextStories[story] = page;

    /// <summary>
    /// The last build's page <paramref name="number"/> of the listing that starts with this very first page, when the
    /// listing has as many pages as then and this page shows the same story objects; else null.
    /// </summary>
    public PageModel? ListingPage(PageModel first, int number, int total, IReadOnlyList<StoryView> stories, int start, int count)
    {
        if (!_listings.TryGetValue((first, number), out var known) || known.Total != total) return null;
        var items = known.Page.Items;
        if (items.Count != count) return null;
        for (var i = 0; i < count; i++)
            if (!ReferenceEquals(items[i], stories[start + i])) return null;
        _nextListings[(first, number)] = known;
        return known.Page;
    }

    public void RememberListingPage(PageModel first, int number, int total, PageModel page) => _nextListings[(first, number)] = (total, page);

    /// <summary>The last build's page with the same contents (compared whole), or <paramref name="page"/>.</summary>
    public PageModel Same(PageModel page, string kind = "page") => _pages.Reuse(kind, page.Url, page);

    public void EndBuild()
    {
        (_stories, _nextStories) = (_nextStories, _stories);
        _nextStories.Clear();
        (_listings, _nextListings) = (_nextListings, _listings);
        _nextListings.Clear();
        _pages.EndBuild();
    }

    /// <summary>Forgets everything (after a build that stopped halfway).</summary>
    public void Clear()
    {
        _stories.Clear();
        _nextStories.Clear();
        _listings.Clear();
        _nextListings.Clear();
        _storyContext = null;
        _pages.Clear();
    }
}
