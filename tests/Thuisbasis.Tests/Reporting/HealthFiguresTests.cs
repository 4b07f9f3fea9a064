using System.Text.Json;
using Thuisbasis.Cli;
using Thuisbasis.Model;

namespace Thuisbasis.Tests.Reporting;

/// <summary>
/// <c>report --json</c> on a site with a known history: every figure is the number worked out by hand from
/// <see cref="HistorySite"/> (23 November 2026; the 52 weeks run from Monday 1 December 2025).
/// </summary>
public sealed class HealthFiguresTests(HistoryReport report) : IClassFixture<HistoryReport>
{
    private readonly JsonElement _json = JsonDocument.Parse(report.Json).RootElement;
    private readonly string _stdout = report.Json;

    private JsonElement At(params string[] path) => path.Aggregate(_json, (e, p) => e.GetProperty(p));

    private static int[] Ints(JsonElement e) => e.EnumerateArray().Select(x => x.GetInt32()).ToArray();

    private static string[] Strings(JsonElement e) => e.EnumerateArray().Select(x => x.GetString()!).ToArray();

    [Fact]
    public void JsonIsTheOnlyOutputAndTodayIsTheGivenDate()
    {
        Assert.StartsWith("{", _stdout.TrimStart());
        Assert.Equal("2026-11-23", At("today").GetString());
    }

    [Fact]
    public void RhythmCountsPublishedStoriesVacanciesAndActivitiesPerWeek()
    {
        var weeks = Strings(At("rhythm", "weeks"));
        Assert.Equal(52, weeks.Length);
        Assert.Equal("2025-12-01", weeks[0]);
        Assert.Equal("2026-11-23", weeks[^1]);
        var series = At("rhythm", "series").EnumerateArray().ToList();
        Assert.Equal(["stories", "vacancies", "activities"], series.Select(s => s.GetProperty("key").GetString()));
        var stories = new int[52];
        (stories[0], stories[14], stories[39], stories[50]) = (1, 2, 1, 1);
        Assert.Equal(stories, Ints(series[0].GetProperty("per_week")));
        var vacancies = new int[52];
        (vacancies[8], vacancies[45], vacancies[47]) = (1, 1, 1);
        Assert.Equal(vacancies, Ints(series[1].GetProperty("per_week")));
        Assert.Equal(5, series[0].GetProperty("total").GetInt32());
        Assert.Equal(3, series[1].GetProperty("total").GetInt32());
        // Each activity once, in the week of its first date; not the one before the year, the coming one, or the draft.
        var activities = new int[52];
        (activities[19], activities[30], activities[44]) = (1, 1, 1);
        Assert.Equal(activities, Ints(series[2].GetProperty("per_week")));
        Assert.Equal(3, series[2].GetProperty("total").GetInt32());
        Assert.Equal(5, At("rhythm", "stories_last_12_months").GetInt32());
        Assert.Equal(0.4, At("rhythm", "stories_per_month").GetDouble());
        Assert.Equal(2, At("rhythm", "target_stories_per_month").GetInt32());
        Assert.Equal(3, At("rhythm", "days_since_last_story").GetInt32());
    }

    [Fact]
    public void TerminalSummaryCountsActivitiesInTheRhythmAndTheShareKit()
    {
        using var site = HistorySite.Create();
        var (code, stdout, stderr) = HistoryReport.Run("report", "--root", site.Root, "--date", "2026-11-23");
        Assert.True(code == 0, stderr);
        var lines = stdout.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Contains("  Ritme: 5 verhalen in 12 maanden, gemiddeld 0,4 per maand (doel 2); het laatste 3 dagen geleden. Activiteiten begonnen in 12 maanden: 3.", lines);
        // One story, two open vacancies and two coming activities, five channels each.
        Assert.Contains("  Deelkit: 25 berichten klaar om te plaatsen, voor 1 verhaal, 2 vacatures en 2 activiteiten.", lines);
    }

    [Fact]
    public void LongestSilencesAreTheThreeLongestGapsReachingIntoTheYear()
    {
        var silences = At("rhythm", "longest_silences").EnumerateArray()
            .Select(s => (s.GetProperty("from").GetString(), s.GetProperty("to").GetString(), s.GetProperty("days").GetInt32())).ToList();
        Assert.Equal([("2025-06-01", "2025-12-03", 185), ("2026-03-12", "2026-09-01", 173), ("2025-12-03", "2026-03-10", 97)], silences);
    }

    [Fact]
    public void VoicesCountClientAndStaffStoriesPerAudienceAndService()
    {
        Assert.Equal(3, At("voices", "client_stories").GetInt32());
        Assert.Equal(4, At("voices", "staff_stories").GetInt32());
        Assert.Equal(43, At("voices", "client_share_percent").GetInt32());
        var audiences = At("voices", "by_audience").EnumerateArray().ToDictionary(
            a => a.GetProperty("audience").GetString()!, a => (a.GetProperty("client_stories").GetInt32(), a.GetProperty("staff_stories").GetInt32()));
        Assert.Equal((2, 0), audiences["clients"]);
        Assert.Equal((2, 1), audiences["carers"]);
        Assert.Equal((0, 1), audiences["volunteers"]);
        Assert.Equal((0, 0), audiences["professionals"]);
        Assert.Equal((0, 0), audiences["funders"]);
        var services = At("voices", "by_service").EnumerateArray().Select(s => (s.GetProperty("service").GetString(),
            s.GetProperty("stories").GetInt32(), s.GetProperty("client_stories").GetInt32(), s.GetProperty("testimonials").GetInt32())).ToList();
        Assert.Equal([("buurtbus", 0, 0, 0), ("geldzaken", 1, 1, 0), ("mantelzorg", 5, 2, 1), ("taalcafe", 1, 0, 1)], services);
        Assert.Equal(["buurtbus"], Strings(At("voices", "services_without_voice")));
    }

    [Fact]
    public void AmbassadorsCountPublishedStoriesPerTeamMember()
    {
        var team = At("ambassadors", "team").EnumerateArray().Select(p => (p.GetProperty("name").GetString(),
            p.GetProperty("stories").GetInt32(), p.GetProperty("last_story").ValueKind == JsonValueKind.Null ? null : p.GetProperty("last_story").GetString())).ToList();
        Assert.Equal([("Anouk Visser", 3, "2026-09-01"), ("Fatima el Amrani", 0, null), ("Joost de Boer", 1, "2025-12-03")], team);
        Assert.Equal(["Fatima el Amrani"], Strings(At("ambassadors", "never_wrote")));
    }

    [Fact]
    public void VacanciesCountOpenClosingSoonAndClosedThisYear()
    {
        Assert.Equal(2, At("vacancies", "open").GetInt32());
        Assert.Equal(1, At("vacancies", "closing_within_two_weeks").GetInt32());
        Assert.Equal(1, At("vacancies", "closed_last_year").GetInt32());
        Assert.Equal(0, At("vacancies", "days_without_open_vacancy").GetInt32());
    }

    [Fact]
    public void ConsentOlderThanTwoYearsOrWithoutDateIsListedAndRefusalsOnlyCounted()
    {
        var again = At("consent", "ask_again").EnumerateArray().Select(c => (c.GetProperty("source").GetString(), c.GetProperty("consent_date").GetString())).ToList();
        Assert.Equal([("input/stories/2025-06-01-ria-vertelt.md", "2023-05-01"), ("input/testimonials/lies.md", "2024-01-15")], again);
        var missing = At("consent", "missing_date").EnumerateArray().Select(c => c.GetProperty("source").GetString()).ToList();
        Assert.Equal(["input/stories/2026-03-10-mehmet-en-geld.md", "input/testimonials/henk.md"], missing);
        Assert.Equal(2, At("consent", "without_consent").GetInt32());
        Assert.DoesNotContain("Kees", _stdout);
        Assert.DoesNotContain("Piet", _stdout);
    }

    [Fact]
    public void DraftsScheduledAndUnconsentedItemsAreCountedButNotMeasured()
    {
        Assert.Equal(2, At("unpublished", "drafts").GetInt32());
        Assert.Equal(1, At("unpublished", "scheduled").GetInt32());
        Assert.Equal(2, At("unpublished", "without_consent").GetInt32());
        Assert.DoesNotContain("Nog niet af", _stdout);
        Assert.DoesNotContain("Komt nog", _stdout);
    }

    [Fact]
    public void ReadabilityPutsTheHardestStoryFirstWithItsLongSentencesAndHardWords()
    {
        var stories = At("readability", "stories").EnumerateArray().ToList();
        Assert.Equal(7, stories.Count);
        var scores = stories.Select(s => s.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.Order(), scores);
        Assert.Equal("input/stories/2026-03-12-samen-minder-alleen.md", stories[0].GetProperty("source").GetString());
        Assert.Equal(1, stories[0].GetProperty("long_sentences").GetInt32());
        Assert.Equal(4, stories[0].GetProperty("hard_words").GetInt32());
        Assert.True(stories[0].GetProperty("score").GetDouble() < 60);
        Assert.All(stories.Skip(1), s => Assert.True(s.GetProperty("score").GetDouble() >= 60));
        Assert.Equal(1, At("readability", "long_sentences").GetInt32());
        Assert.Equal(4, At("readability", "hard_words").GetInt32());
    }

    [Fact]
    public void FindabilityListsStoriesWithoutTagsSummaryOrImageAndTagsUsedOnce()
    {
        Assert.Equal(["input/stories/2026-03-10-mehmet-en-geld.md"], Strings(At("findability", "without_tags")));
        Assert.Equal(["input/stories/2026-03-12-samen-minder-alleen.md"], Strings(At("findability", "without_summary")));
        Assert.Equal(7, At("findability", "without_image").GetArrayLength());
        Assert.Equal(["eenzaamheid", "taalcafe", "Vrijwillige inzet"], Strings(At("findability", "tags_used_once")));
    }

    [Fact]
    public void ShareKitHoldsRecentStoriesOpenVacanciesAndComingActivitiesNewestFirst()
    {
        // Activities are dated by their first date: the Christmas market (8 December) first, the taalcafé (6 October) last.
        var items = At("share_kit").EnumerateArray().ToList();
        Assert.Equal(["kerstmarkt", "sara-en-anouk", "coordinator-vrijwilligers", "sociaal-werker", "taalcafe-dinsdag"],
            items.Select(i => i.GetProperty("slug").GetString()));
        Assert.All(items, i => Assert.Equal(["facebook", "linkedin", "instagram", "x", "whatsapp"],
            i.GetProperty("posts").EnumerateArray().Select(p => p.GetProperty("channel").GetString())));
    }
}

/// <summary><see cref="HistorySite"/> and its report, made once with <c>report --json</c> as a script would.</summary>
public sealed class HistoryReport : IDisposable
{
    public HistoryReport()
    {
        var (code, stdout, stderr) = Run("report", "--root", Site.Root, "--date", "2026-11-23", "--json");
        Assert.True(code == 0, stderr);
        Json = stdout;
        Html = File.ReadAllText(Path.Combine(Site.Root, "report", "index.html"));
    }

    public Support.FixtureSite Site { get; } = HistorySite.Create();
    public string Json { get; }
    public string Html { get; }

    internal static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = SiteHost.RunAsync(args, stdout, stderr).GetAwaiter().GetResult();
        return (code, stdout.ToString(), stderr.ToString());
    }

    public void Dispose() => Site.Dispose();
}
