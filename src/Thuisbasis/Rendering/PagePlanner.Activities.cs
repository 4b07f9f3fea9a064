using Thuisbasis.Model;

namespace Thuisbasis.Rendering;

/// <summary>The agenda's pages: one per activity, the paged listing, and a paged listing per tag and per audience.</summary>
public sealed partial class PagePlanner
{
    public const string ActivitiesUrl = "/activiteiten/";

    private void PlanActivities(List<PageModel> plans, Breadcrumb home)
    {
        var agenda = new Breadcrumb("Agenda", ActivitiesUrl);
        foreach (var a in site.AllActivities)
            plans.Add(Base(a.Url, "layouts/activity.sbn-html", "activity", a.SourcePath, a.Title) with
            {
                Description = a.Summary, Body = a.Html, Activity = a, Marker = a.Marker, Image = a.Image,
                Breadcrumbs = [home, agenda, new Breadcrumb(a.Title, a.Url)],
                Inputs = a.Contact is { } c ? [a.SourcePath, c.SourcePath] : [a.SourcePath],
            });

        plans.AddRange(PagedActivities(Base(ActivitiesUrl, "layouts/activities.sbn-html", "activities", "(agenda)", "Agenda") with
        {
            Description = $"Activiteiten van {site.Settings.Name}: wat er de komende tijd is, en wanneer.",
            Breadcrumbs = [home, agenda],
        }, site.Activities));

        foreach (var filter in site.ActivityTags.Concat(site.ActivityAudiences))
        {
            var title = filter.Kind == "tag" ? $"Agenda: {filter.Name}" : $"Agenda voor {filter.Name}";
            plans.AddRange(PagedActivities(Base(filter.Url, "layouts/activities.sbn-html", "activities", $"(agenda {filter.Url})", title) with
            {
                Description = filter.Kind == "tag" ? $"Activiteiten over {filter.Name}." : $"Activiteiten voor {filter.Name}.",
                ActivityFilter = filter,
                Breadcrumbs = [home, agenda, new Breadcrumb(filter.Name, filter.Url)],
            }, filter.Activities));
        }
    }

    /// <summary>Splits the agenda into pages of <c>page_size</c>, as the story listings are: <c>/activiteiten/pagina/2/</c>.</summary>
    private IEnumerable<PageModel> PagedActivities(PageModel first, IReadOnlyList<ActivityView> activities)
    {
        var size = Math.Max(1, site.Settings.PageSize);
        var total = Math.Max(1, (activities.Count + size - 1) / size);
        string UrlOf(int n) => n == 1 ? first.Url : $"{first.Url}pagina/{n}/";
        for (var n = 1; n <= total; n++)
        {
            var items = activities.Skip((n - 1) * size).Take(size).ToList();
            yield return first with
            {
                Url = UrlOf(n),
                AbsoluteUrl = site.Absolute(UrlOf(n)),
                Title = n == 1 ? first.Title : $"{first.Title} (pagina {n})",
                Items = items.Cast<object>().ToList(),
                Pager = total == 1 ? null : new Pager(n, total, n > 1 ? UrlOf(n - 1) : null, n < total ? UrlOf(n + 1) : null,
                    PagerLinks(n, total, UrlOf)),
                Inputs = items.Select(a => a.SourcePath).ToList(),
            };
        }
    }
}
