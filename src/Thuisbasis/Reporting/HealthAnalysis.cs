using Thuisbasis.Checks;
using Thuisbasis.Content;
using Thuisbasis.Diagnostics;
using Thuisbasis.Model;

namespace Thuisbasis.Reporting;

/// <summary>
/// Works out the health figures from one production build in memory: its snapshot (what is on the site today), the
/// content it read (to count drafts, scheduled items and items without consent, which are never on the site) and
/// <c>check</c>'s plain-language results.
/// </summary>
public static class HealthAnalysis
{
    /// <summary>A vacancy-free stretch this long gets a warning.</summary>
    public const int LongWithoutVacancy = 30;

    public static readonly IReadOnlyDictionary<string, string> AudienceLabels = new Dictionary<string, string>
    {
        ["clients"] = "cliënten", ["carers"] = "mantelzorgers", ["volunteers"] = "vrijwilligers",
        ["professionals"] = "professionals", ["funders"] = "financiers",
    };

    public static HealthFigures Measure(Site site, ContentSet content, IReadOnlyList<PlainLanguageChecker.StoryScore> scores,
        IReadOnlyList<Diagnostic> plainLanguage, string publicUrl)
    {
        var stories = site.Stories.Where(s => s.Marker is null).ToList();
        return new HealthFigures(site.Today, Rhythm.Measure(site), Voices(site, stories), Ambassadors(site),
            Vacancies(site), Consent(site.Today, content), Readability(scores, plainLanguage), Findability(site, stories),
            Unpublished(site.Today, content), Social.ShareKit.Recent(site, publicUrl));
    }

    private static VoiceFigures Voices(Site site, List<StoryView> stories)
    {
        var client = stories.Count(s => s.Author.IsClient);
        var byAudience = AudienceLabels.Select(a => new AudienceVoices(a.Key, a.Value,
            stories.Count(s => s.Author.IsClient && s.Audience.Contains(a.Key)),
            stories.Count(s => !s.Author.IsClient && s.Audience.Contains(a.Key)))).ToList();
        var byService = site.Services.Select(service =>
        {
            var slug = service.Source.Entry.Slug;
            var about = stories.Where(s => s.Tags.Any(t => t.Slug == slug) || Links(s, service.Url, site.Settings.Url)).ToList();
            return new ServiceVoices(slug, service.Title, about.Count, about.Count(s => s.Author.IsClient),
                site.Testimonials.Count(t => t.Service?.Source.Entry.Slug == slug));
        }).ToList();
        return new VoiceFigures(client, stories.Count - client,
            stories.Count == 0 ? 0 : (int)Math.Round(100.0 * client / stories.Count, MidpointRounding.AwayFromZero),
            byAudience, byService, byService.Where(s => s.Stories == 0 && s.Testimonials == 0).Select(s => s.Service).ToList());
    }

    /// <summary>Whether the story's text links to the page (site-relative or with the site's address).</summary>
    private static bool Links(StoryView story, string url, string siteUrl) =>
        story.Html.Value.Contains($"href=\"{url}\"", StringComparison.Ordinal) ||
        story.Html.Value.Contains($"href=\"{siteUrl}{url}\"", StringComparison.Ordinal);

    private static AmbassadorFigures Ambassadors(Site site)
    {
        var written = site.Authors.ToDictionary(a => a.Person.Id, a => a.Stories.Where(s => s.Marker is null).ToList());
        var team = site.Team.Select(p =>
        {
            var mine = written.GetValueOrDefault(p.Id) ?? [];
            return new Ambassador(p.Id, p.Name, mine.Count, mine.Count == 0 ? null : mine.Max(s => Rhythm.Day(s.Date)));
        }).ToList();
        return new AmbassadorFigures(team, team.Where(a => a.Stories == 0).Select(a => a.Name).ToList());
    }

    private static VacancyFigures Vacancies(Site site)
    {
        var today = site.Today;
        var published = site.AllVacancies.Where(v => !v.Source.Draft && Rhythm.Day(v.Date) <= today).ToList();
        var open = published.Where(v => v.IsOpen).ToList();
        var closed = published.Where(v => !v.IsOpen).ToList();
        // A vacancy is closed from the day after its closing date; one filled early counts as closed today at the latest.
        DateOnly ClosedOn(VacancyView v) => v.ClosingDate < today ? v.ClosingDate.AddDays(1) : today;
        int? without = open.Count > 0 ? 0 : closed.Count == 0 ? null : today.DayNumber - closed.Max(ClosedOn).DayNumber;
        return new VacancyFigures(open.Count, open.Count(v => v.ClosingDate <= today.AddDays(14)),
            closed.Count(v => ClosedOn(v) > today.AddYears(-1)), without);
    }

    private static ConsentFigures Consent(DateOnly today, ContentSet content)
    {
        var given = content.Testimonials.Where(t => t.Consent == true)
            .Select(t => new ConsentItem(t.Entry.SourcePath, "testimonial", t.Name, Day(t.ConsentDate)))
            .Concat(content.Stories.Where(s => s.Author.IsClient && s.Consent == true)
                .Select(s => new ConsentItem(s.Entry.SourcePath, "story", s.Author.Name, Day(s.ConsentDate))))
            .OrderBy(c => c.Source, StringComparer.Ordinal).ToList();
        var withheld = content.Testimonials.Count(t => t.Consent != true) + content.Stories.Count(s => s.Author.IsClient && s.Consent != true);
        return new ConsentFigures(
            given.Where(c => c.ConsentDate is { } d && d < today.AddYears(-2)).OrderBy(c => c.ConsentDate).ToList(),
            given.Where(c => c.ConsentDate is null).ToList(), withheld);
    }

    private static DateOnly? Day(DateTimeOffset? date) => date is { } d ? Rhythm.Day(d) : null;

    private static ReadabilityFigures Readability(IReadOnlyList<PlainLanguageChecker.StoryScore> scores, IReadOnlyList<Diagnostic> found)
    {
        int Count(string source, string code) => found.Count(d => d.Path == source && d.Code == code);
        var items = scores.Select(s => new ReadabilityItem(s.Source, s.Title, s.Score.Value, s.Score.Level,
            Count(s.Source, "TB0601"), Count(s.Source, "TB0602"))).ToList();
        return new ReadabilityFigures(items, items.Sum(i => i.LongSentences), items.Sum(i => i.HardWords));
    }

    private static FindabilityFigures Findability(Site site, List<StoryView> stories) => new(
        stories.Where(s => s.Tags.Count == 0).Select(s => s.SourcePath).ToList(),
        stories.Where(s => s.Source.Summary is null).Select(s => s.SourcePath).ToList(),
        stories.Where(s => s.Image is null).Select(s => s.SourcePath).ToList(),
        site.Tags.Where(t => t.Stories.Count(s => s.Marker is null) == 1).Select(t => t.Name).ToList());

    private static UnpublishedFigures Unpublished(DateOnly today, ContentSet content)
    {
        bool Scheduled(DateTimeOffset d) => Rhythm.Day(d) > today;
        var stories = content.Stories.Where(s => !s.Author.IsClient || s.Consent == true).ToList();
        return new UnpublishedFigures(
            stories.Count(s => s.Draft) + content.Vacancies.Count(v => v.Draft),
            stories.Count(s => !s.Draft && Scheduled(s.Date)) + content.Vacancies.Count(v => !v.Draft && Scheduled(v.Date)),
            content.Testimonials.Count(t => t.Consent != true) + content.Stories.Count(s => s.Author.IsClient && s.Consent != true));
    }
}
