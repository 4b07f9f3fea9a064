using Thuisbasis.Rendering;

namespace Thuisbasis.Search;

/// <summary>
/// Which pages the search index holds, and the type shown with each result. A page with a type gets
/// <c>data-pagefind-body</c> around its content (see <c>layouts/base.sbn-html</c>); Pagefind then leaves every page
/// without one out: listings, tag and author archives, the search page, 404 and thank-you pages.
/// </summary>
public static class SearchTypes
{
    /// <summary>The type as visitors read it ("verhaal"), or null when the page is not indexed.</summary>
    public static string? Of(PageModel page)
    {
        // Drafts and scheduled items (marked, preview and deploy previews only) and the later pages of a paged listing.
        if (page.Marker is not null || page.Pager is { Number: > 1 }) return null;
        return page.Kind switch
        {
            "story" => "verhaal",
            // A closed vacancy keeps its page (it says it is closed) but is no longer found.
            "vacancy" => page.Vacancy is { IsOpen: true } ? "vacature" : null,
            "service" => "dienst",
            // An ended activity keeps its page (it says it has ended) but is no longer found.
            "activity" => page.Activity is { HasEnded: false } ? "activiteit" : null,
            "home" or "clients" or "method" or "services" or "about" or "extra" or "contact" or "page" or "accessibility" => "pagina",
            _ => null,
        };
    }
}
