using Thuisbasis.Content;

namespace Thuisbasis.Pipeline;

/// <summary>
/// Where an item stands on the build day, decided in one place for every content type with rules (stories, vacancies,
/// testimonials, pages, activities; services and team members have none): whether it is built at all, whether its page
/// is marked, and whether it is listed and in feeds and calendars. A new content type with rules adds its own here.
/// </summary>
public static class PublishingRules
{
    /// <summary>A content file that is on the site from <paramref name="Date"/> on.</summary>
    public sealed record ScheduledItem(string Path, DateOnly Date);

    /// <summary>The decision for one item: its <see cref="Visibility"/>, the marker its page shows, and whether it gets a page.</summary>
    public sealed record Decision(Visibility Visibility, string? Marker, bool HasPage);

    private static readonly Decision Published = new(Visibility.Published, null, true);
    private static readonly Decision Withheld = new(Visibility.NoConsent, null, false);

    /// <summary>
    /// A client's story only with <c>consent: true</c>; a staff member's needs none, but one that says <c>consent: false</c>
    /// (a story about a client who did not agree) stays off the site as well. Drafts and stories dated after the build
    /// day only in a drafts build, marked.
    /// </summary>
    public static Decision ForStory(Story s, DateOnly today, bool includeDrafts) =>
        (s.Author.IsClient && s.Consent != true) || s.Consent == false ? Withheld : Dated(s.Draft, s.Date, today, includeDrafts) ?? Published;

    /// <summary>
    /// Drafts and vacancies dated after the build day only in a drafts build, marked; a filled vacancy, or one whose
    /// closing date has passed, keeps its page, marked "Gesloten", and leaves listings and feeds.
    /// </summary>
    public static Decision ForVacancy(Vacancy v, DateOnly today, bool includeDrafts) =>
        Dated(v.Draft, v.Date, today, includeDrafts)
        ?? (v.Filled || v.ClosingDate < today ? new Decision(Visibility.Ended, "Gesloten", true) : Published);

    /// <summary>A testimonial only with <c>consent: true</c>: the words are the person's own.</summary>
    public static Decision ForTestimonial(Testimonial t) => t.Consent == true ? Published : Withheld;

    /// <summary>A draft page only in a drafts build.</summary>
    public static Decision ForPage(Page p, bool includeDrafts) => p.Draft ? new Decision(Visibility.Draft, "Concept", includeDrafts) : Published;

    /// <summary>A content file with rules, its decision on the build day and the date it carries (stories, vacancies).</summary>
    public sealed record Decided(Entry Entry, Decision Decision, DateTimeOffset? Date);

    /// <summary>
    /// Every content file with rules and its decision: what the questions about the whole site below read, so no other
    /// place lists the content types.
    /// </summary>
    public static IEnumerable<Decided> All(ContentSet content, DateOnly today, bool includeDrafts) =>
        content.Testimonials.Select(t => new Decided(t.Entry, ForTestimonial(t), null))
            .Concat(content.Stories.Select(s => new Decided(s.Entry, ForStory(s, today, includeDrafts), s.Date)))
            .Concat(content.Vacancies.Select(v => new Decided(v.Entry, ForVacancy(v, today, includeDrafts), v.Date)))
            .Concat(content.Pages.Select(p => new Decided(p.Entry, ForPage(p, includeDrafts), null)))
            .Concat(content.Activities.Select(a => new Decided(a.Entry, ForActivity(a, today, includeDrafts), null)));

    /// <summary>
    /// The items that wait for their date (not drafts, not withheld), soonest first: what a writer who misses a story on
    /// the site wants to hear, so the build names them with the day they appear.
    /// </summary>
    public static IReadOnlyList<ScheduledItem> Scheduled(ContentSet content, DateOnly today) =>
        All(content, today, includeDrafts: false).Where(d => d.Decision.Visibility == Visibility.Scheduled)
            .Select(d => new ScheduledItem(d.Entry.SourcePath, DateOnly.FromDateTime(d.Date!.Value.DateTime)))
            .OrderBy(i => i.Date).ThenBy(i => i.Path, StringComparer.Ordinal).ToList();

    /// <summary>
    /// The content files that have no page in this build: drafts and items dated ahead (outside a drafts build), stories
    /// and testimonials without consent. What only they name (an image, a link's address) is not published either.
    /// </summary>
    public static IEnumerable<Entry> WithoutPage(ContentSet content, DateOnly today, bool includeDrafts) =>
        All(content, today, includeDrafts).Where(d => !d.Decision.HasPage).Select(d => d.Entry);

    /// <summary>The decision for a draft or a date after the build day; null for neither.</summary>
    private static Decision? Dated(bool draft, DateTimeOffset date, DateOnly today, bool includeDrafts) =>
        draft ? new Decision(Visibility.Draft, "Concept", includeDrafts)
        : DateOnly.FromDateTime(date.DateTime) > today ? new Decision(Visibility.Scheduled, $"Ingepland voor {Dates.ToDutch(date)}", includeDrafts)
        : null;

    /// <summary>
    /// Drafts only in a drafts build (marked); an activity whose last date has passed (from the day after it) keeps its page,
    /// marked "Afgelopen", and leaves listings, feeds and calendars.
    /// </summary>
    public static Decision ForActivity(Activity a, DateOnly today, bool includeDrafts)
    {
        if (a.Draft) return new Decision(Visibility.Draft, "Concept", includeDrafts);
        if (ActivitySchedule.HasEnded(a, today)) return new Decision(Visibility.Ended, "Afgelopen", true);
        return new Decision(Visibility.Published, null, true);
    }
}
