using Thuisbasis.Model;

namespace Thuisbasis.Rendering;

/// <summary>
/// Adds to a planned page what depends on the whole site but not on its layout: feed links, social preview data,
/// structured data. Runs after planning and before rendering; built-in features use it the way a site's own code would.
/// </summary>
public interface IPageEnricher
{
    /// <summary>The page with this enricher's additions. Must not depend on other pages, so pages can be enriched in parallel.</summary>
    PageModel Enrich(Site site, PageModel page);
}
