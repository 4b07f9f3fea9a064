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
                // As a closed vacancy: the page stays for links already shared, but a search engine should drop it.
                NoIndex = !site.IsProduction || a.HasEnded,
                ShareCard = shareCards.GetValueOrDefault(a.Url),
                Breadcrumbs = [home, agenda, new Breadcrumb(a.Title, a.Url)],
                Inputs = a.Contact is { } c ? [a.SourcePath, c.SourcePath] : [a.SourcePath],
            });

        plans.AddRange(Paged(Base(ActivitiesUrl, "layouts/activities.sbn-html", "activities", "(agenda)", "Agenda") with
        {
            Description = $"Activiteiten van {site.Settings.Name}: wat er de komende tijd is, en wanneer.",
            Breadcrumbs = [home, agenda],
        }, site.Activities, a => a.SourcePath));

        foreach (var filter in site.ActivityTags.Concat(site.ActivityAudiences))
        {
            var title = filter.Kind == "tag" ? $"Agenda: {filter.Name}" : $"Agenda voor {filter.Name}";
            plans.AddRange(Paged(Base(filter.Url, "layouts/activities.sbn-html", "activities", $"(agenda {filter.Url})", title) with
            {
                Description = filter.Kind == "tag" ? $"Activiteiten over {filter.Name}." : $"Activiteiten voor {filter.Name}.",
                ActivityFilter = filter,
                Breadcrumbs = [home, agenda, new Breadcrumb(filter.Name, filter.Url)],
            }, filter.Activities, a => a.SourcePath));
        }
    }
}
