using Thuisbasis.Rendering;
using Thuisbasis.Model;

namespace Thuisbasis.StructuredData;

/// <summary>Fills <see cref="PageModel.JsonLd"/>: Organization and WebSite on the home page, BlogPosting on stories, ProfilePage with a Person on author pages, JobPosting on open vacancies, Event on an activity's coming dates, and a BreadcrumbList on every inner page.</summary>
public sealed class StructuredDataEnricher : IPageEnricher
{
    public PageModel Enrich(Site site, PageModel page)
    {
        var data = new List<object>(page.JsonLd);
        if (page.Kind == "home") data.AddRange([OrganizationData.Build(site), OrganizationData.WebSite(site)]);
        if (page.Story is { } story) data.Add(ArticleData.BlogPosting(site, story, page.ShareCard));
        if (page.Vacancy is { } vacancy && JobPostingData.Build(site, vacancy) is { } job) data.Add(job);
        if (page.Activity is { } activity) data.AddRange(EventData.Build(site, activity, page.ShareCard));
        // The profile on the author page itself, not on its later pages of stories.
        if (page.Kind == "author" && page.Person is { } person && page.Url == person.Url && PersonData.ProfilePage(site, person) is { } profile)
            data.Add(profile);
        if (ArticleData.BreadcrumbList(site, page.Breadcrumbs) is { } crumbs) data.Add(crumbs);
        return page with { JsonLd = data };
    }
}
