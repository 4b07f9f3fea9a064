using System.Text.Json.Serialization;
using Thuisbasis.Social;

namespace Thuisbasis.Reporting;

// The figures of the content health report, as `report --json` prints them (snake_case) and the HTML page shows them.
// Paths are site-relative source files, so a writer knows which file to open.

public sealed record HealthFigures(
    DateOnly Today, RhythmFigures Rhythm, VoiceFigures Voices, AmbassadorFigures Ambassadors, VacancyFigures Vacancies,
    ConsentFigures Consent, ReadabilityFigures Readability, FindabilityFigures Findability, UnpublishedFigures Unpublished,
    IReadOnlyList<ShareItem> ShareKit);

/// <param name="Weeks">The Monday of each of the 52 weeks, oldest first; the last one holds today.</param>
/// <param name="Series">One count per week for each kind of item: stories, vacancies (and activities, once they exist).</param>
public sealed record RhythmFigures(
    int TargetStoriesPerMonth, IReadOnlyList<DateOnly> Weeks, IReadOnlyList<RhythmSeries> Series, [property: JsonPropertyName("stories_last_12_months")] int StoriesLast12Months,
    double StoriesPerMonth, int? DaysSinceLastStory, IReadOnlyList<Silence> LongestSilences);

public sealed record RhythmSeries(string Key, string Label, IReadOnlyList<int> PerWeek, int Total);

/// <summary>Days without a new story, from one story (or the last one) to the next (or today).</summary>
public sealed record Silence(DateOnly From, DateOnly To, int Days);

public sealed record VoiceFigures(
    int ClientStories, int StaffStories, int ClientSharePercent, IReadOnlyList<AudienceVoices> ByAudience,
    IReadOnlyList<ServiceVoices> ByService, IReadOnlyList<string> ServicesWithoutVoice);

public sealed record AudienceVoices(string Audience, string Label, int ClientStories, int StaffStories);

/// <param name="Stories">Stories that talk about the service: they link to its page or carry its name as a tag.</param>
public sealed record ServiceVoices(string Service, string Title, int Stories, int ClientStories, int Testimonials);

public sealed record AmbassadorFigures(IReadOnlyList<Ambassador> Team, IReadOnlyList<string> NeverWrote);

public sealed record Ambassador(string Id, string Name, int Stories, DateOnly? LastStory);

/// <param name="DaysWithoutOpenVacancy">0 while a vacancy is open; else the days since the last one closed; null when
/// the site never had one.</param>
public sealed record VacancyFigures(int Open, int ClosingWithinTwoWeeks, int ClosedLastYear, int? DaysWithoutOpenVacancy);

/// <param name="AskAgain">Permission given more than two years ago.</param>
/// <param name="MissingDate">Permission without <c>consent_date</c>.</param>
/// <param name="WithoutConsent">Items with <c>consent: false</c>: counted, never named, never published.</param>
public sealed record ConsentFigures(IReadOnlyList<ConsentItem> AskAgain, IReadOnlyList<ConsentItem> MissingDate, int WithoutConsent);

public sealed record ConsentItem(string Source, string Kind, string Name, DateOnly? ConsentDate);

public sealed record ReadabilityFigures(IReadOnlyList<ReadabilityItem> Stories, int LongSentences, int HardWords);

public sealed record ReadabilityItem(string Source, string Title, double Score, string Level, int LongSentences, int HardWords);

public sealed record FindabilityFigures(
    IReadOnlyList<string> WithoutTags, IReadOnlyList<string> WithoutSummary, IReadOnlyList<string> WithoutImage,
    IReadOnlyList<string> TagsUsedOnce);

/// <summary>What the team wrote that is not on the site (yet): counted only.</summary>
public sealed record UnpublishedFigures(int Drafts, int Scheduled, int WithoutConsent);
