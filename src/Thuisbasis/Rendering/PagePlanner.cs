using Thuisbasis.Model;

namespace Thuisbasis.Rendering;

/// <summary>
/// Decides every HTML page of the site from the snapshot: the seven pages, extra pages, detail pages, paged listings,
/// tag and author archives and the 404 page. Cheap (no rendering): the preview plans everything and renders only what changed.
/// </summary>
public sealed partial class PagePlanner(Site site, TemplateEngine templates)
{
    private readonly IReadOnlyDictionary<string, Images.ShareCard> shareCards = Images.ShareCards.Of(site);

    private const string StoriesUrl = "/verhalen/";
    private const string VacanciesUrl = "/vacatures/";
    private const string TagsUrl = "/onderwerp/";
    /// <summary>The generated accessibility statement; <c>input/pages/toegankelijkheid.md</c> replaces it.</summary>
    public const string AccessibilityUrl = "/toegankelijkheid/";
    /// <summary>The search page, made when the settings say <c>search: true</c>; the header's search box posts here.</summary>
    public const string SearchUrl = "/zoeken/";

    public IReadOnlyList<PageModel> Plan()
    {
        var plans = new List<PageModel>();
        var home = new Breadcrumb(site.Pages.TryGetValue("home", out var h) ? h.MenuTitle : "Home", "/");
        PlanPages(plans, home);
        PlanDetails(plans, home);
        PlanActivities(plans, home);
        PlanListings(plans, home);
        PlanFixedPages(plans, home);
        return plans;
    }

    /// <summary>The seven pages of the skeleton and the extra pages (the extra page lists the stories, paged).</summary>
    /// <summary>A page of the skeleton in a breadcrumb, named as in the menu (its <c>menu_title</c>, else the settings' title).</summary>
    private Breadcrumb MenuCrumb(string role) => site.Pages.TryGetValue(role, out var page)
        ? new Breadcrumb(page.MenuTitle, page.Url)
        : new Breadcrumb(site.Settings.Pages[role].Title, site.Settings.Pages[role].Url);

    private void PlanPages(List<PageModel> plans, Breadcrumb home)
    {
        foreach (var p in site.Pages.Values.Concat(site.ExtraPages))
        {
            var layout = LayoutFor(p.Source.Layout ?? p.Role ?? "page");
            var basePlan = Base(p.Url, layout, p.Role ?? "page", p.SourcePath, p.Title) with
            {
                Description = p.Description,
                Body = p.Html,
                Page = p,
                Breadcrumbs = p.Role == "home" ? [] : [home, new Breadcrumb(p.Title, p.Url)],
                Inputs = [p.SourcePath],
            };
            if (p.Role == "extra") plans.AddRange(Paged(basePlan, site.Stories, s => s.SourcePath));
            else plans.Add(basePlan);
        }
    }

    /// <summary>A page for every story, vacancy and service.</summary>
    private void PlanDetails(List<PageModel> plans, Breadcrumb home)
    {
        foreach (var s in site.Stories)
            plans.Add(Base(s.Url, "layouts/story.sbn-html", "story", s.SourcePath, s.Title) with
            {
                Description = s.Summary, Body = s.Html, Story = s, Marker = s.Marker, Image = s.Image, OgType = "article",
                ShareCard = shareCards.GetValueOrDefault(s.Url),
                Breadcrumbs = [home, new Breadcrumb("Verhalen", StoriesUrl), new Breadcrumb(s.Title, s.Url)],
                Inputs = s.Author.Person is { } person ? [s.SourcePath, person.SourcePath] : [s.SourcePath],
            });

        foreach (var v in site.AllVacancies)
            plans.Add(Base(v.Url, "layouts/vacancy.sbn-html", "vacancy", v.SourcePath, v.Title) with
            {
                Description = v.Summary, Body = v.Html, Vacancy = v, Marker = v.Marker, Image = v.Image,
                NoIndex = !site.IsProduction || !v.IsOpen, // the page stays for old links, but a search engine should drop it
                ShareCard = shareCards.GetValueOrDefault(v.Url),
                Breadcrumbs = [home, new Breadcrumb("Vacatures", VacanciesUrl), new Breadcrumb(v.Title, v.Url)],
                Inputs = [v.SourcePath],
            });

        var servicesCrumb = MenuCrumb("services");
        foreach (var s in site.Services)
        {
            var activities = site.Activities.Where(a => ReferenceEquals(a.Service, s)).ToList();
            plans.Add(Base(s.Url, "layouts/service.sbn-html", "service", s.SourcePath, s.Title) with
            {
                Description = s.Summary, Body = s.Html, Service = s, Image = s.Image,
                ShareCard = shareCards.GetValueOrDefault(s.Url),
                Breadcrumbs = [home, servicesCrumb, new Breadcrumb(s.Title, s.Url)],
                Items = activities.Cast<object>().ToList(),
                Inputs = [s.SourcePath, .. activities.Select(a => a.SourcePath)],
            });
        }
    }

    /// <summary>The story and vacancy listings, the tag and author archives.</summary>
    private void PlanListings(List<PageModel> plans, Breadcrumb home)
    {
        plans.AddRange(Paged(Base(StoriesUrl, "layouts/stories.sbn-html", "stories", "(alle verhalen)", "Verhalen") with
        {
            Description = $"Alle verhalen van {site.Settings.Name}.",
            Breadcrumbs = [home, new Breadcrumb("Verhalen", StoriesUrl)],
        }, site.Stories, s => s.SourcePath));

        plans.Add(Base(VacanciesUrl, "layouts/vacancies.sbn-html", "vacancies", "(vacatures)", "Vacatures") with
        {
            Description = $"Werken bij {site.Settings.Name}: betaald, als vrijwilliger of als stagiair.",
            Items = site.Vacancies.Cast<object>().ToList(),
            Breadcrumbs = [home, new Breadcrumb("Vacatures", VacanciesUrl)],
            Inputs = site.Vacancies.Select(v => v.SourcePath).ToList(),
        });

        if (site.Tags.Count > 0)
            plans.Add(Base(TagsUrl, "layouts/tags.sbn-html", "tags", "(onderwerpen)", "Onderwerpen") with
            {
                Description = "Alle onderwerpen van onze verhalen.",
                Breadcrumbs = [home, new Breadcrumb("Onderwerpen", TagsUrl)],
            });

        foreach (var t in site.Tags)
            plans.AddRange(Paged(Base(t.Url, "layouts/stories.sbn-html", "tag", $"(onderwerp {t.Slug})", $"Onderwerp: {t.Name}") with
            {
                Description = $"Verhalen over {t.Name}.", Tag = t,
                Breadcrumbs = [home, new Breadcrumb("Onderwerpen", TagsUrl), new Breadcrumb(t.Name, t.Url)],
            }, t.Stories, s => s.SourcePath));

        foreach (var a in site.Authors)
            plans.AddRange(Paged(Base(a.Person.Url!, "layouts/author.sbn-html", "author", a.Person.SourcePath, a.Person.Name) with
            {
                Description = $"Verhalen van {a.Person.Name}, {a.Person.Role}.", Person = a.Person, Body = a.Person.Bio,
                Image = a.Person.Photo,
                Breadcrumbs = [home, MenuCrumb("about"), new Breadcrumb(a.Person.Name, a.Person.Url!)],
                Inputs = [a.Person.SourcePath],
            }, a.Stories, s => s.SourcePath));
    }

    /// <summary>Pages every site has: thanks after the contact form (when there is one), accessibility, search, 404.</summary>
    private void PlanFixedPages(List<PageModel> plans, Breadcrumb home)
    {
        var contact = site.Settings.Pages["contact"];
        if (site.Settings.ContactForm != Content.Settings.SettingsReader.NoForm)
            plans.Add(Base($"{contact.Url}bedankt/", "layouts/thanks.sbn-html", "thanks", "(bedankt)", "Bedankt voor uw bericht") with
        {
            NoIndex = true,
            Breadcrumbs = [home, new Breadcrumb(contact.Title, contact.Url), new Breadcrumb("Bedankt", $"{contact.Url}bedankt/")],
        });

        if (!plans.Exists(p => p.Url == AccessibilityUrl))
            plans.Add(Base(AccessibilityUrl, "layouts/accessibility.sbn-html", "accessibility", "(toegankelijkheidsverklaring)", "Toegankelijkheid") with
            {
                Description = $"Hoe toegankelijk de website van {site.Settings.Name} is, en waar u een probleem meldt.",
                Breadcrumbs = [home, new Breadcrumb("Toegankelijkheid", AccessibilityUrl)],
            });

        if (site.Settings.Search)
            plans.Add(Base(SearchUrl, "layouts/search.sbn-html", "search", "(zoeken)", "Zoeken") with
            {
                Description = $"Zoeken op de website van {site.Settings.Name}.",
                NoIndex = true, // a page of results is not a page for search engines
                Breadcrumbs = [home, new Breadcrumb("Zoeken", SearchUrl)],
            });

        plans.Add(Base("/404.html", "layouts/404.sbn-html", "404", "(404)", "Pagina niet gevonden") with { NoIndex = true });
    }

    private PageModel Base(string url, string layout, string kind, string source, string title) => new()
    {
        Url = url, Layout = layout, Kind = kind, Source = source, Title = title, AbsoluteUrl = site.Absolute(url),
        NoIndex = !site.IsProduction,
    };

    private string LayoutFor(string name)
    {
        var specific = $"layouts/{name}.sbn-html";
        return templates.Theme.Find(specific) is not null ? specific : "layouts/page.sbn-html";
    }

    /// <summary>
    /// The page numbers a pager shows: the first and last page and two on either side of the current one (1 … 4 5 6 7 8
    /// … 40). All pages of a long archive in every pager would make each listing page grow with the archive (a 10,000-story
    /// site had 1,000 links on each of its 1,000 listing pages) and make keyboard users tab through all of them.
    /// </summary>
    public static IReadOnlyList<int> PagerWindow(int current, int total)
    {
        const int around = 2;
        var numbers = new SortedSet<int> { 1, total };
        for (var m = Math.Max(1, current - around); m <= Math.Min(total, current + around); m++) numbers.Add(m);
        return [.. numbers];
    }

    private static List<PagerLink> PagerLinks(int current, int total, Func<int, string> urlOf)
    {
        var links = new List<PagerLink>();
        var previous = 0;
        foreach (var m in PagerWindow(current, total))
        {
            links.Add(new PagerLink(m, urlOf(m), m == current, GapBefore: m - previous > 1));
            previous = m;
        }
        return links;
    }

    /// <summary>
    /// Splits a listing of stories or activities into pages of <c>page_size</c>: <c>/x/</c>, <c>/x/pagina/2/</c>, …; each
    /// page's inputs are the listing page's own and the files of its items (<paramref name="sourceOf"/>).
    /// </summary>
    private IEnumerable<PageModel> Paged<T>(PageModel first, IReadOnlyList<T> all, Func<T, string> sourceOf) where T : class
    {
        var size = Math.Max(1, site.Settings.PageSize);
        var total = Math.Max(1, (all.Count + size - 1) / size);
        string UrlOf(int n) => n == 1 ? first.Url : $"{first.Url}pagina/{n}/";
        for (var n = 1; n <= total; n++)
        {
            var start = (n - 1) * size;
            var items = new List<object>(Math.Min(size, all.Count - start));
            for (var i = start; i < all.Count && i < start + size; i++) items.Add(all[i]);
            var page = first with
            {
                Url = UrlOf(n),
                AbsoluteUrl = site.Absolute(UrlOf(n)),
                Title = n == 1 ? first.Title : $"{first.Title} (pagina {n})",
                // Each page its own description: search engines report pages that share one as duplicates.
                Description = n == 1 || string.IsNullOrWhiteSpace(first.Description) ? first.Description : $"{first.Description.TrimEnd()}{(first.Description.TrimEnd()[^1] is '.' or '!' or '?' ? "" : ".")} Pagina {n} van {total}.",
                Items = items,
                Pager = total == 1 ? null : new Pager(n, total, n > 1 ? UrlOf(n - 1) : null, n < total ? UrlOf(n + 1) : null,
                    PagerLinks(n, total, UrlOf)),
                Inputs = [.. first.Inputs, .. items.Cast<T>().Select(sourceOf)],
            };
            yield return page;
        }
    }
}
