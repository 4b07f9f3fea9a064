using System.Collections.Concurrent;
using System.Globalization;
using Thuisbasis.Content;
using Thuisbasis.Diagnostics;
using Thuisbasis.Rendering;
using Thuisbasis.Rendering.SafeHtml;
using Thuisbasis.Content.Settings;
using Thuisbasis.Model;

namespace Thuisbasis.Pipeline;

/// <summary>
/// The Process phase: applies the publishing rules (consent, drafts, scheduled dates, closing dates), renders every
/// Markdown body in parallel, and freezes the result into one <see cref="Site"/> with its indexes.
/// </summary>
/// <param name="reuse">The preview's objects of its last build: a view that comes out the same is that same object again.</param>
/// <param name="images">The build's processed images: images in bodies become responsive pictures.</param>
public sealed partial class SiteBuilder(MarkdownCache markdown, ViewReuse? reuse = null, Images.SiteImages? images = null)
{
    private T Same<T>(string kind, string id, T made) where T : class => reuse is null ? made : reuse.Reuse(kind, id, made);

    /// <param name="now">The build's moment (the engine's clock): its day in the site's time zone is the build day, unless
    /// <see cref="BuildOptions.Date"/> names one.</param>
    public Site Build(ContentSet content, SiteSettings settings, BuildOptions options, DiagnosticBag diagnostics, DateTimeOffset now) =>
        BuildAll(content, settings, options, diagnostics, options.Today(settings.TimeZone, now), now);

    /// <summary>What every part of one snapshot is made with: the settings, the build day, the rendered bodies, the tag spellings.</summary>
    private sealed record Run(SiteSettings Settings, DateOnly Today, bool Drafts, Dictionary<string, RawHtml> Bodies,
        Dictionary<string, string> TagNames, DiagnosticBag Diagnostics)
    {
        public RawHtml Html(Entry e) => Bodies[e.SourcePath];

        public string Absolute(string path) => Settings.Url + path;
    }

    private Site BuildAll(ContentSet content, SiteSettings settings, BuildOptions options, DiagnosticBag diagnostics, DateOnly today, DateTimeOffset now)
    {
        var bodies = RenderBodies(content, settings, diagnostics, out var siteLinks);
        WithheldLinks.Remove(bodies, siteLinks, content, settings, today, options.IncludeDrafts);
        var run = new Run(settings, today, options.IncludeDrafts, bodies, TagFolderNames(content), diagnostics);
        var people = People(content, run);
        var stories = Stories(content, run, people);
        var vacancies = Vacancies(content, run);
        var services = content.Services.OrderBy(s => s.Order).ThenBy(s => s.Title, StringComparer.CurrentCulture)
            .Select(s => Same("service:", s.Entry.SourcePath, new ServiceView(s, s.Title, s.Entry.Url, s.Summary, s.Image, run.Html(s.Entry), s.Audience, s.Order)))
            .ToList();
        var serviceById = services.ToDictionary(s => s.Source.Entry.Slug);
        var testimonials = Testimonials(content, run, serviceById);
        var (pages, byRole) = Pages(content, run);

        // Indexes, computed once.
        // A topic is every story and every open vacancy with its tag (the contract: vacancies have tags "as for stories").
        var storiesByTag = stories.SelectMany(s => s.Tags.Select(t => (Tag: t, Story: s))).ToLookup(x => x.Tag.Slug);
        var vacanciesByTag = vacancies.Where(v => v.IsOpen).SelectMany(v => v.Tags.Select(t => (Tag: t, Vacancy: v))).ToLookup(x => x.Tag.Slug);
        var tags = storiesByTag.Select(g => g.Key).Union(vacanciesByTag.Select(g => g.Key))
            .Select(slug =>
            {
                var tag = storiesByTag[slug].Select(x => x.Tag).Concat(vacanciesByTag[slug].Select(x => x.Tag)).First();
                return Same("tag:", slug, new TagIndexEntry(tag.Name, slug, tag.Url, storiesByTag[slug].Select(x => x.Story).ToList())
                {
                    Vacancies = vacanciesByTag[slug].Select(x => x.Vacancy).ToList(),
                });
            })
            .OrderBy(t => t.Name, DutchNames).ToList();
        var byAuthor = stories.Where(s => s.Author.Person is not null).GroupBy(s => s.Author.Person!.Id)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<StoryView>)g.ToList());
        var team = people.Values.Select(p => byAuthor.ContainsKey(p.Id) ? Same("team:", p.SourcePath, p with { Url = $"/auteur/{p.Id}/" }) : p).ToList();
        var authors = team.Where(p => byAuthor.ContainsKey(p.Id)).Select(p => Same("author:", p.Id, new AuthorIndexEntry(p, byAuthor[p.Id]))).ToList();
        var agenda = BuildAgenda(content, settings, today, run.Drafts, run.Html, team.ToDictionary(p => p.Id), serviceById);

        var site = new Site
        {
            Settings = settings,
            Options = options,
            Today = today,
            BuildTime = now,
            Nav = PageRoles.All.Where(byRole.ContainsKey).OrderBy(r => byRole[r].Order).ThenBy(r => byRole[r].Source.OrderWritten ? 0 : 1)
                .ThenBy(PageRoles.Position)
                .Select(r => new NavItem(r, byRole[r].MenuTitle, byRole[r].Url)).ToList(),
            Pages = byRole,
            ExtraPages = pages.Where(p => p.Role is null).OrderBy(p => p.Order).ThenBy(p => p.Url, StringComparer.Ordinal).ToList(),
            Stories = stories,
            ClientStories = stories.Where(s => s.Author.IsClient || s.Audience.Contains("clients")).ToList(),
            AllVacancies = vacancies,
            Vacancies = vacancies.Where(v => v.IsOpen).ToList(),
            Testimonials = testimonials,
            FeaturedTestimonials = testimonials.Where(t => t.Featured).ToList(),
            ClientTestimonials = testimonials.Where(t => Content.ClientRoles.IsClients(t.Role)).ToList(),
            Services = services,
            Team = team,
            Tags = tags,
            Authors = authors,
            Assets = content.Assets,
            Data = content.Data,
            AllActivities = agenda.All,
            Activities = agenda.Coming,
            ActivityTags = agenda.Tags,
            ActivityAudiences = agenda.Audiences,
        };
        site.Add(new TextLinks(siteLinks));
        return site;
    }

    /// <summary>
    /// Every body as HTML, rendered once and in parallel; unchanged bodies come from the cache. The links to the site's own
    /// addresses go into <paramref name="siteLinks"/> by file, for <see cref="DeadTextLinks"/>.
    /// </summary>
    private Dictionary<string, RawHtml> RenderBodies(ContentSet content, SiteSettings settings, DiagnosticBag diagnostics,
        out Dictionary<string, IReadOnlyList<SiteLink>> siteLinks)
    {
        // The texts of files with an error of their own are checked too (their HTML goes nowhere): every problem at once.
        var bodies = content.CheckedTexts.ToList();
        var rendered = new MarkdownCache.Text[bodies.Count];
        var links = new FileLinks(content);
        Parallel.For(0, bodies.Count, i => rendered[i] = Body(bodies[i], diagnostics, settings.Security.RawHtml, links, settings.OwnUrl));
        markdown.Retain(bodies);
        var html = new Dictionary<string, RawHtml>(bodies.Count, StringComparer.Ordinal);
        siteLinks = new Dictionary<string, IReadOnlyList<SiteLink>>(StringComparer.Ordinal);
        for (var i = 0; i < bodies.Count; i++)
        {
            html[bodies[i].SourcePath] = rendered[i].Html;
            if (rendered[i].SiteLinks.Count > 0) siteLinks[bodies[i].SourcePath] = rendered[i].SiteLinks;
        }
        return html;
    }

    private Dictionary<string, PersonView> People(ContentSet content, Run run) =>
        content.People
            .OrderBy(p => p.Order).ThenBy(p => p.Name, StringComparer.CurrentCulture)
            // Someone who left keeps the name and role on their stories, and nothing more: no photo, no way to reach them.
            .Select(p => Same("person:", p.Entry.SourcePath, p.Former
                ? new PersonView(p, p.Id, p.Name, p.Role, null, null, null, null, [], run.Html(p.Entry), null, p.Order)
                : new PersonView(p, p.Id, p.Name, p.Role, p.Photo, p.Email, p.Phone,
                    Links.DialHref(p.Phone),
                    p.Socials.Select(kv => new SocialLink(kv.Key, Content.Model.SocialNetworks.Label(kv.Key), kv.Value)).ToList(), run.Html(p.Entry), null, p.Order)))
            .ToDictionary(p => p.Id);

    /// <summary>Stories that the publishing rules let through, newest first (then by address).</summary>
    private List<StoryView> Stories(ContentSet content, Run run, Dictionary<string, PersonView> people)
    {
        var stories = new List<StoryView>();
        foreach (var s in content.Stories.OrderBy(s => s.Entry.SourcePath, StringComparer.Ordinal))
        {
            var decision = PublishingRules.ForStory(s, run.Today, run.Drafts);
            if (decision.Visibility == Visibility.NoConsent && s.Consent == false)
                run.Diagnostics.Warning("TB0202", s.ConsentAt ?? SourcePosition.StartOf(s.Entry.SourcePath),
                    "`consent: false`: dit verhaal komt niet op de site.",
                    s.Author.IsClient ? "Zet `consent: true` alleen als de cliënt toestemming geeft. Is de toestemming ingetrokken, laat het dan zo staan."
                        : "Gaat het verhaal over iemand die geen toestemming gaf? Laat het dan zo staan; zet `consent: true` zodra die persoon toestemming geeft.");
            if (!decision.HasPage) continue;
            var author = s.Author.IsClient
                ? new AuthorView(s.Author.Name, s.Author.Role, null, null, true, null)
                : people.TryGetValue(s.Author.PersonId!, out var pv)
                    ? new AuthorView(pv.Name, pv.Role, $"/auteur/{pv.Id}/", pv.Photo, false, pv)
                    : new AuthorView(s.Author.Name, null, null, null, false, null);
            stories.Add(Same("story:", s.Entry.SourcePath, new StoryView(s, s.Title, s.Entry.Url, run.Absolute(s.Entry.Url), s.Date,
                Dates.ToDutch(s.Date), Iso(s.Date), author, TagLinks(s.Tags, run.TagNames), s.Summary ?? markdown.Excerpt(s.Entry), s.Image,
                run.Html(s.Entry), decision.Marker, s.Audience)));
        }
        return stories.OrderByDescending(s => s.Date).ThenBy(s => s.Url, StringComparer.Ordinal).ToList();
    }

    /// <summary>Vacancies with a page (closed ones too, marked), newest first; only open ones are listed.</summary>
    private List<VacancyView> Vacancies(ContentSet content, Run run)
    {
        var vacancies = new List<VacancyView>();
        foreach (var v in content.Vacancies)
        {
            var decision = PublishingRules.ForVacancy(v, run.Today, run.Drafts);
            if (!decision.HasPage) continue;
            var closedReason = v.Filled ? "Deze vacature is vervuld."
                : v.ClosingDate < run.Today ? $"Deze vacature is gesloten sinds {Dates.ToDutch(v.ClosingDate.AddDays(1))}." : null;
            vacancies.Add(Same("vacancy:", v.Entry.SourcePath, new VacancyView(v, v.Title, v.Entry.Url, run.Absolute(v.Entry.Url), v.Date,
                Dates.ToDutch(v.Date), v.ClosingDate, Dates.ToDutch(v.ClosingDate), v.Kind, KindText(v.Kind), v.Hours, v.Location,
                SalaryText(v.Salary), v.Contact, v.ApplyUrl, v.ApplyEmail,
                v.ApplyUrl ?? $"mailto:{v.ApplyEmail}?subject={Uri.EscapeDataString("Sollicitatie: " + v.Title)}",
                closedReason is null, closedReason, v.Summary ?? markdown.Excerpt(v.Entry), TagLinks(v.Tags, run.TagNames),
                v.Image, run.Html(v.Entry), decision.Marker)));
        }
        return vacancies.OrderByDescending(v => v.Date).ThenBy(v => v.Url, StringComparer.Ordinal).ToList();
    }

    private List<TestimonialView> Testimonials(ContentSet content, Run run, Dictionary<string, ServiceView> serviceById)
    {
        var testimonials = new List<TestimonialView>();
        foreach (var t in content.Testimonials.OrderBy(t => t.Entry.SourcePath, StringComparer.Ordinal))
        {
            if (!PublishingRules.ForTestimonial(t).HasPage)
            {
                if (t.Consent == false)
                    run.Diagnostics.Warning("TB0202", t.ConsentAt ?? SourcePosition.StartOf(t.Entry.SourcePath),
                        "`consent: false`: deze aanbeveling komt niet op de site.", "Zet `consent: true` zodra de persoon toestemming geeft.");
                continue;
            }
            testimonials.Add(Same("testimonial:", t.Entry.SourcePath, new TestimonialView(t, t.Name, t.Role, run.Html(t.Entry), t.Featured,
                t.ServiceId is null ? null : serviceById.GetValueOrDefault(t.ServiceId), t.Photo)));
        }
        return testimonials;
    }

    /// <summary>The pages, and the seven of the skeleton by role: a missing one is made from its layout alone, so no link to it breaks.</summary>
    private (List<PageView> Pages, Dictionary<string, PageView> ByRole) Pages(ContentSet content, Run run)
    {
        var settings = run.Settings;
        var pages = content.Pages.Where(p => PublishingRules.ForPage(p, run.Drafts).HasPage)
            .Select(p => Same("page:", p.Entry.SourcePath, new PageView(p, p.Role, p.Title, p.Entry.Url, p.Description,
                p.MenuTitle ?? (p.Role is null ? p.Title : settings.Pages[p.Role].Title), run.Html(p.Entry), p.Order)))
            .ToList();
        var byRole = pages.Where(p => p.Role is not null).ToDictionary(p => p.Role!);
        foreach (var role in PageRoles.All.Where(r => !byRole.ContainsKey(r) && !content.Pages.Any(p => p.Role == r)))
        {
            var setting = settings.Pages[role];
            var path = $"input/pages/{role}.md";
            // `over-ons.md` for Over ons: named by its address, it is that page (a page made from the layout alone would
            // get the same address, and the message named a file that is not there).
            if (pages.FindIndex(p => p.Role is null && p.Url == setting.Url) is var named and >= 0)
            {
                var file = pages[named].SourcePath;
                run.Diagnostics.Warning("TB0206", SourcePosition.StartOf(file), $"`{file}` is de vaste pagina {setting.Title} ({setting.Url}); die hoort in `{path}`.",
                    $"Noem het bestand `{role}.md`: het adres blijft {setting.Url} (dat staat bij `pages` in statiq.config).");
                pages[named] = Same("page:", file, pages[named] with { Role = role });
                byRole[role] = pages[named];
                continue;
            }
            if (!content.FilesWithErrors.Any(f => f.StartsWith("input/pages/", StringComparison.Ordinal) && Content.Readers.PageReader.RoleOf(f) == role))
                run.Diagnostics.Warning("TB0206", SourcePosition.StartOf(path), $"`{path}` ontbreekt; de pagina {setting.Url} krijgt alleen wat de opmaak toevoegt.",
                    $"Maak het bestand aan met `title: {YamlValue.Written(setting.Title)}` en een korte tekst.");
            var page = new Page(new Entry(path, 0, role, setting.Url, "", 1), role, setting.Title, null, null, PageRoles.Position(role), false, [], null, OrderWritten: false);
            byRole[role] = Same("page:", path, new PageView(page, role, setting.Title, setting.Url, null, setting.Title, RawHtml.Empty, page.Order));
        }
        return (pages, byRole);
    }

    /// <summary>
    /// A body as HTML: Markdown, then its images made responsive (a separate step, see <see cref="Images.BodyImages"/>),
    /// and ids that are unique on the pages it is shown on (see <see cref="BodyIds"/>).
    /// </summary>
    private MarkdownCache.Text Body(Entry entry, Diagnostics.DiagnosticBag? diagnostics, bool rawHtml, FileLinks links, string? ownSite)
    {
        var text = markdown.RenderText(entry, diagnostics, rawHtml, links, ownSite);
        var html = Images.BodyImages.Rewrite(text.Html, images);
        return ReferenceEquals(html, text.Html) ? text : text with { Html = html };
    }

    private static readonly StringComparer DutchNames = StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), true);

    /// <summary>The spelling of each tag: its first spelling by story date (then vacancies).</summary>
    private static Dictionary<string, string> TagFolderNames(ContentSet content) =>
        Content.Readers.TagFolder.DisplayNames(
            content.Stories.OrderBy(s => s.Date).ThenBy(s => s.Entry.SourcePath, StringComparer.Ordinal).SelectMany(s => s.Tags)
                .Concat(content.Vacancies.SelectMany(v => v.Tags)));

    private static IReadOnlyList<TagLink> TagLinks(IEnumerable<Tag> tags, Dictionary<string, string> names) =>
        tags.Select(t => new TagLink(names.GetValueOrDefault(t.Slug, t.Name), t.Slug, $"/onderwerp/{t.Slug}/")).ToList();

    private static string Iso(DateTimeOffset d) => d.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string KindText(string kind) => kind switch
    {
        "paid" => "Betaalde baan",
        "volunteer" => "Vrijwilligerswerk",
        "internship" => "Stage",
        _ => kind,
    };

    private static SalaryView? SalaryText(Salary? s)
    {
        if (s is null) return null;
        var nl = CultureInfo.GetCultureInfo("nl-NL");
        string Money(decimal m) => "€ " + m.ToString(m % 1 == 0 ? "N0" : "N2", nl);
        var per = s.Period switch { "hour" => "per uur", "year" => "per jaar", _ => "per maand" };
        var range = (s.Min, s.Max) switch
        {
            ({ } a, { } b) => $"{Money(a)} tot {Money(b)} {per}",
            ({ } a, null) => $"vanaf {Money(a)} {per}",
            (null, { } b) => $"tot {Money(b)} {per}",
            _ => "",
        };
        var text = string.Join(", ", new[] { range, s.Scale }.Where(x => !string.IsNullOrEmpty(x)));
        return new SalaryView(s.Min, s.Max, s.Period, s.Scale, text);
    }
}

/// <summary>Markdown already turned into HTML, by file fingerprint; kept between builds by the preview.</summary>
public sealed class MarkdownCache(bool keep = true)
{
    /// <summary>Renders without keeping anything, for a one-off build: 10,000 bodies seen once each need no table.</summary>
    public static MarkdownCache PassThrough { get; } = new(keep: false);

    // By file: the fingerprint of the version rendered, whether raw HTML was allowed, the version of the files' addresses
    // it links to by name (0 for a body without such links), the site's own address, its HTML and what it reported (reported again on every build
    // that uses it). A new version replaces the old one.
    // The links to the site's own addresses are kept with the HTML: whether they lead anywhere is looked up on every build.
    private readonly ConcurrentDictionary<string, (ulong Hash, bool RawHtml, ulong Links, string? OwnSite, Text Text, IReadOnlyList<Diagnostic> Reported)> _cache =
        new(StringComparer.Ordinal);

    /// <summary>A body as HTML, with the links in it to addresses of this site (see <see cref="DeadTextLinks"/>).</summary>
    public sealed record Text(RawHtml Html, IReadOnlyList<SiteLink> SiteLinks)
    {
        public static readonly Text Empty = new(RawHtml.Empty, []);
    }

    /// <param name="allowRawHtml">The site's <c>security.raw_html</c>: pasted HTML is published as it is.</param>
    /// <param name="links">The site's content files and their addresses, for links to a file by its name.</param>
    /// <param name="ownSite">The site's <c>url</c>: full addresses on its domain are links and images of the site.</param>
    public RawHtml Render(Entry entry, DiagnosticBag? diagnostics = null, bool allowRawHtml = false, FileLinks? links = null, string? ownSite = null) =>
        RenderText(entry, diagnostics, allowRawHtml, links, ownSite).Html;

    /// <inheritdoc cref="Render"/>
    public Text RenderText(Entry entry, DiagnosticBag? diagnostics = null, bool allowRawHtml = false, FileLinks? links = null, string? ownSite = null)
    {
        var linksVersion = links is not null && entry.MayLinkToFiles ? links.Version : 0;
        if (keep && _cache.TryGetValue(entry.SourcePath, out var known) && known.Hash == entry.Hash && known.RawHtml == allowRawHtml &&
            known.Links == linksVersion && known.OwnSite == ownSite)
        {
            diagnostics?.AddRange(known.Reported);
            return known.Text;
        }
        var (text, reported) = RenderNew(entry, allowRawHtml, linksVersion == 0 ? null : links, ownSite);
        diagnostics?.AddRange(reported);
        if (keep) _cache[entry.SourcePath] = (entry.Hash, allowRawHtml, linksVersion, ownSite, text, reported);
        return text;
    }

    private static (Text Text, IReadOnlyList<Diagnostic> Reported) RenderNew(Entry entry, bool allowRawHtml, FileLinks? links, string? ownSite)
    {
        try
        {
            var body = BodyHtml.Render(entry.Body, allowRawHtml, RemovalText.Noun(entry.SourcePath),
                links is null ? null : href => links.Resolve(entry.SourcePath, href, out _), ownSite);
            // Ids depend only on the file and its HTML, so they are made once with it (images have no ids of their own).
            var text = new Text(BodyIds.ForPage(entry, new RawHtml(body.Html)), body.SiteLinks);
            if (body.Removed.Count == 0 && body.UntitledVideos.Count == 0 && body.Links.Count == 0 && body.HeadingMarks.Count == 0
                && body.TitleHeadings.Count == 0 && body.EmptyHeadings.Count == 0)
                return (text, []);
            return (text, [.. PastedHtmlWarnings.For(entry, body), .. LinkWarnings(entry, body, links), .. HeadingWarnings(entry, body),
                .. TitleHeadingWarnings(entry, body), .. EmptyHeadingWarnings(entry, body)]);
        }
        catch (ArgumentException) // Markdig's depth limit: thousands of nested quotes, lists or brackets
        {
            return (Text.Empty, [new Diagnostic(Severity.Error, "TB0122", entry.SourcePath, entry.BodyLine, 1,
                "De tekst is te diep genest (bijvoorbeeld heel veel `>`, `-` of haakjes achter elkaar) en kan niet worden omgezet.",
                "Haal de herhaalde tekens weg; gewone tekst met kopjes en opsommingen werkt altijd.")]);
        }
    }

    /// <summary>
    /// TB0138 for a link to a Markdown file that is not one of the site's content files; TB0139 for an address that
    /// leads nowhere as written (the site uses the one meant, when that is beyond doubt).
    /// </summary>
    private static IEnumerable<Diagnostic> LinkWarnings(Entry entry, RenderedBody body, FileLinks? links)
    {
        foreach (var (line, column, href, fixedUrl, kind) in body.Links)
        {
            string message, help;
            switch (kind)
            {
                case LinkProblemKind.UnknownFile:
                    links!.Resolve(entry.SourcePath, href, out var named);
                    if (links.HasOwnError(named)) continue;
                    var near = links.Closest(named);
                    yield return new Diagnostic(Severity.Warning, "TB0138", entry.SourcePath, entry.BodyLine + line, column + 1,
                        $"De link `{href}` wijst naar het bestand `{named}`, maar dat bestaat niet; op de site leidt hij nergens heen.",
                        near is not null
                            ? $"Bedoelde u `{Relative(entry.SourcePath, near)}`?"
                            : "Schrijf de naam van een verhaal, pagina of ander bestand in `input/`, of het adres van de pagina, zoals `/verhalen/…/`.");
                    continue;
                case LinkProblemKind.NoScheme:
                    (message, help) = ($"Het webadres `{href}` in de link mist `https://`; zonder dat zoekt de browser het op uw eigen site.",
                        $"Schrijf `{fixedUrl}`; tot dan maakt de site dat er zelf van.");
                    break;
                case LinkProblemKind.Redirect:
                    (message, help) = ($"De link `{Shortened(href)}` gaat via een doorstuuradres van Outlook of Google: dat ziet wie erop klikt, en het adres kan uw eigen e-mailadres bevatten.",
                        $"Schrijf het echte adres, `{fixedUrl}`; tot dan linkt de site daar zelf naartoe.");
                    break;
                case LinkProblemKind.Spaced:
                    (message, help) = ($"`{Shortened(href)}` staat als gewone tekst op de pagina, niet als link: in Markdown houdt een adres op bij een spatie.",
                        $"Zet het adres tussen < en >: `{fixedUrl}`. Of geef het bestand een naam zonder spaties.");
                    break;
                case LinkProblemKind.EmailWithoutMailto:
                    (message, help) = ($"Het e-mailadres `{href}` in de link mist `mailto:`; zonder dat zoekt de browser een pagina op uw eigen site.",
                        $"Schrijf `{fixedUrl}`; tot dan maakt de site dat er zelf van.");
                    break;
                case LinkProblemKind.Phone:
                    (message, help) = ($"De link `{Shortened(href)}` belt geen bestaand nummer: na `tel:` hoort één telefoonnummer, met alleen cijfers, spaties en streepjes.",
                        "Schrijf het nummer zo: `[020 123 45 67](tel:0201234567)`, met uw eigen nummer. Tijden of een tweede nummer horen in de tekst naast de link.");
                    break;
                case LinkProblemKind.NoText:
                    (message, help) = ($"De link naar `{Shortened(href)}` heeft geen woorden tussen de blokhaken: op de pagina is hij onzichtbaar, en een schermlezer leest alleen het adres voor.",
                        "Zet tussen de blokhaken waar de link heen gaat, zoals `[Neem contact op](/contact/)`, of haal de link weg.");
                    break;
                default:
                    (message, help) = ("Deze link heeft geen adres tussen de haakjes; hij leidt nergens heen.",
                        "Zet het adres tussen de haakjes, zoals `[tekst](https://…)`, of haal de haken weg als het geen link hoeft te zijn.");
                    break;
            }
            yield return new Diagnostic(Severity.Warning, "TB0139", entry.SourcePath, entry.BodyLine + line, column + 1, message, help);
        }
    }

    /// <summary>A long address as a writer recognises it in a message: its start.</summary>
    private static string Shortened(string href) => href.Length <= 50 ? href : href[..47] + "…";

    /// <summary>TB0128: a line that looks like a heading, but without the space after its # it is ordinary text.</summary>
    private static IEnumerable<Diagnostic> HeadingWarnings(Entry entry, RenderedBody body) =>
        body.HeadingMarks.Select(h =>
        {
            // One # is the page's title, which the site makes itself: a heading in the text starts with ## (TB0503).
            var words = h.Text.TrimStart('#');
            var hashes = Math.Max(2, h.Text.Length - words.Length);
            return new Diagnostic(Severity.Warning, "TB0128", entry.SourcePath, entry.BodyLine + h.Line, h.Column + 1,
                $"`{h.Text}` lijkt een kopje, maar na de # staat geen spatie; op de site staat het er als gewone tekst, met de #.",
                $"Schrijf `{new string('#', hashes)} {words}` voor een kopje. Is het geen kopje, schrijf dan `\\{h.Text}`.");
        });

    /// <summary>TB0163: a heading with one #, which the site made a subheading (see <see cref="Rendering.SafeHtml.BodyHeadings"/>).</summary>
    private static IEnumerable<Diagnostic> TitleHeadingWarnings(Entry entry, RenderedBody body) =>
        body.TitleHeadings.Select(h => new Diagnostic(Severity.Warning, "TB0163", entry.SourcePath, entry.BodyLine + h.Line, h.Column + 1,
            $"`{h.Text}` is een kopje van het hoogste niveau (één #), maar dat is de titel van de pagina, en die maakt de site zelf. Op de site is het een tussenkop, en alle kopjes in de tekst staan een niveau lager.",
            h.Text.StartsWith('#')
                ? $"Schrijf `#{h.Text}`, en zet ook bij de andere kopjes in de tekst een # meer."
                : "Zet twee hekjes (##) voor het kopje in plaats van de streep eronder, en zet ook bij de andere kopjes een # meer."));

    /// <summary>TB0168: a heading without text, which the site left out (see <see cref="Rendering.SafeHtml.BodyHeadings"/>).</summary>
    private static IEnumerable<Diagnostic> EmptyHeadingWarnings(Entry entry, RenderedBody body) =>
        body.EmptyHeadings.Select(h => new Diagnostic(Severity.Warning, "TB0168", entry.SourcePath, entry.BodyLine + h.Line, h.Column + 1,
            $"`{h.Text}` is een kopje zonder tekst; op de site is het weggelaten, want een schermlezer zou een lege kop voorlezen.",
            "Zet de tekst van het kopje achter de hekjes, zoals `## Wat we doen`, of haal de regel weg."));

    /// <summary>How to name <paramref name="target"/> from the folder of <paramref name="from"/>: <c>x.md</c> or <c>../pages/x.md</c>.</summary>
    private static string Relative(string from, string target)
    {
        var folder = from[..(from.LastIndexOf('/') + 1)];
        return target.StartsWith(folder, StringComparison.Ordinal) ? target[folder.Length..] : "../" + target[(target.IndexOf('/') + 1)..];
    }

    private readonly ConcurrentDictionary<string, (ulong Hash, string Text)> _excerpts = new(StringComparer.Ordinal);

    /// <summary>The first paragraph as plain text (a listing's summary when the file has none).</summary>
    public string Excerpt(Entry entry)
    {
        if (!keep) return MarkdownRenderer.Excerpt(entry.Body);
        if (_excerpts.TryGetValue(entry.SourcePath, out var known) && known.Hash == entry.Hash) return known.Text;
        var text = MarkdownRenderer.Excerpt(entry.Body);
        _excerpts[entry.SourcePath] = (entry.Hash, text);
        return text;
    }

    /// <summary>
    /// Forgets files that are gone (each file keeps only its latest version anyway). While the cache holds no more
    /// files than <paramref name="current"/>, every file in it is current (all of them were just rendered), and nothing
    /// needs to be looked at.
    /// </summary>
    public void Retain(IReadOnlyCollection<Entry> current)
    {
        if (_cache.Count <= current.Count && _excerpts.Count <= current.Count) return;
        var keep = current.Select(e => e.SourcePath).ToHashSet(StringComparer.Ordinal);
        foreach (var key in _cache.Keys)
            if (!keep.Contains(key)) _cache.TryRemove(key, out _);
        foreach (var key in _excerpts.Keys)
            if (!keep.Contains(key)) _excerpts.TryRemove(key, out _);
    }
}
