using Thuisbasis.Content;

namespace Thuisbasis.Pipeline;

/// <summary>
/// Where an item stands on the build day, decided in one place for the content types that go through it: whether it is
/// built at all, whether its page is marked, and whether it is listed and in feeds and calendars.
/// </summary>
public static class PublishingRules
{
    /// <summary>The decision for one item: its <see cref="Visibility"/>, the marker its page shows, and whether it gets a page.</summary>
    public sealed record Decision(Visibility Visibility, string? Marker, bool HasPage)
    {
        /// <summary>In listings, feeds and calendars: published and not ended.</summary>
        public bool Listed => Visibility == Visibility.Published;
    }

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
