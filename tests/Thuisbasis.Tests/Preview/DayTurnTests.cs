using System.Text;
using Microsoft.Extensions.Time.Testing;
using Thuisbasis.Model;
using Thuisbasis.Preview;

namespace Thuisbasis.Tests.Preview;

/// <summary>
/// A preview left open past midnight: without a file saved, it builds the new day's site and reloads open tabs. The clock
/// is a fake one, moved by the test, so no test waits for midnight.
/// </summary>
public sealed class DayTurnTests
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
    /// <summary>23:58 on Monday 1 June 2026 in Amsterdam (summer time, UTC+2).</summary>
    private static readonly DateTimeOffset LateOnFirstJune = new(2026, 6, 1, 21, 58, 0, TimeSpan.Zero);

    private const string Tomorrow = "verhalen/morgen/index.html";
    private const string ClosesToday = "vacatures/open-tot-vandaag/index.html";

    [Fact]
    public void AtMidnightThePreviewBuildsTheNewDaysSiteOnceAndSaysSoInOneLine()
    {
        using var site = SiteWithDates();
        var clock = new FakeTimeProvider(LateOnFirstJune);
        var log = new StringWriter();
        var session = new PreviewSession(OptionsOf(site), new LiveReload(), log, clock: clock);
        session.Rebuild([]);
        Assert.Contains("Ingepland voor 2 juni 2026", Page(session, Tomorrow));
        Assert.DoesNotContain("gesloten", Page(session, ClosesToday));

        Assert.Null(session.RebuildForNewDay());
        clock.Advance(TimeSpan.FromMinutes(1)); // 23:59: still Monday
        Assert.Null(session.RebuildForNewDay());
        clock.Advance(TimeSpan.FromMinutes(1)); // midnight
        var logged = log.ToString().Length;
        var state = session.RebuildForNewDay();

        Assert.NotNull(state);
        Assert.Equal(2, state.Build);
        Assert.Equal(new DateOnly(2026, 6, 2), state.Site!.Today);
        Assert.DoesNotContain("Ingepland", Page(session, Tomorrow));
        Assert.Contains("Deze vacature is gesloten sinds 2 juni 2026.", Page(session, ClosesToday));
        var lines = log.ToString()[logged..].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Matches(@"^\[\d\d:\d\d:\d\d\] nieuwe dag \(dinsdag 2 juni 2026\): \d+ pagina's opnieuw opgemaakt in \d+ ms\.$", Assert.Single(lines));
        Assert.Null(session.RebuildForNewDay()); // once per day
    }

    [Fact]
    public void WithAFixedDateTheDayNeverTurns()
    {
        using var site = SiteWithDates();
        var clock = new FakeTimeProvider(LateOnFirstJune);
        var session = new PreviewSession(OptionsOf(site) with { Date = new DateOnly(2026, 6, 1) }, new LiveReload(), TextWriter.Null, clock: clock);
        session.Rebuild([]);

        clock.Advance(TimeSpan.FromDays(3));

        Assert.Null(session.RebuildForNewDay());
        Assert.Contains("Ingepland voor 2 juni 2026", Page(session, Tomorrow));
    }

    [Fact]
    public void AtTheTurnOfTheYearAMessageThatSuggestsADateTakesTheNewYearAsAFreshBuildDoes()
    {
        // `5 december` has no year: the message suggests the build day's year. The file does not change at midnight, but
        // its message does, so the preview reads it again.
        using var site = SiteWithDates();
        site.Save("input/stories/sinterklaas.md", "---\ntitle: Sinterklaas in de buurt\ndate: 5 december\nauthor: anna\n---\nHij komt.\n");
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 31, 22, 58, 0, TimeSpan.Zero)); // 23:58 in Amsterdam
        var session = new PreviewSession(OptionsOf(site), new LiveReload(), TextWriter.Null, clock: clock);
        session.Rebuild([]);
        Assert.Equal("Schrijf de datum in cijfers: `date: 2026-12-05`.", Assert.Single(session.State.Errors).Help);

        clock.Advance(TimeSpan.FromMinutes(2));
        var state = session.RebuildForNewDay();

        Assert.NotNull(state);
        Assert.Equal("Schrijf de datum in cijfers: `date: 2027-12-05`.", Assert.Single(state.Errors).Help);
        var fresh = new Thuisbasis.Pipeline.SiteEngine(OptionsOf(site)) { Clock = clock }.Build();
        Assert.Equal(fresh.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()), state.Errors.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("2026-06-01T21:58:00Z", 120)] // 23:58 in Amsterdam: until midnight
    [InlineData("2026-06-01T10:00:00Z", 300)] // noon: not one long timer, a look every five minutes
    [InlineData("2026-06-01T21:59:59.5Z", 1)] // half a second before midnight: at least a second
    [InlineData("2026-12-31T22:57:00Z", 180)] // 23:57 in winter time (UTC+1), the turn of the year
    [InlineData("2026-03-28T22:58:00Z", 120)] // the night before summer time starts (at 02:00, not at midnight)
    public void TheWatchLooksAtTheNextMidnightAndAtLeastEveryFiveMinutes(string now, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), DayWatch.NextLook(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), Amsterdam));

    [Fact]
    public async Task TheRunningPreviewRebuildsAfterMidnightAndReloadsOpenTabs()
    {
        using var site = SiteWithDates();
        var clock = new FakeTimeProvider(LateOnFirstJune);
        await using var server = await PreviewServer.StartAsync(new PreviewOptions { Root = site.Root, Port = 0, Clock = clock });
        using var http = new HttpClient { BaseAddress = server.Url, Timeout = TimeSpan.FromSeconds(60) };
        using var events = new StreamReader(await (await http.GetAsync(LiveReload.EventsPath, HttpCompletionOption.ResponseHeadersRead)).Content.ReadAsStreamAsync());
        Assert.Equal("event: hello", await NextEvent(events));
        var newDay = new TaskCompletionSource<PreviewState>(TaskCreationOptions.RunContinuationsAsynchronously);
        server.Session.Built += s => { if (s.Site?.Today == new DateOnly(2026, 6, 2)) newDay.TrySetResult(s); };

        // The watch waits on the fake clock: moved a minute at a time, as the real one moves. It must catch the new day
        // within a few minutes of midnight.
        var minutes = 0;
        for (; minutes < 10 && !newDay.Task.IsCompleted; minutes++)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            await Task.WhenAny(newDay.Task, Task.Delay(200));
        }
        var state = await newDay.Task.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.InRange(minutes, 2, 8);
        Assert.Equal("event: reload", await NextEvent(events));
        var page = await http.GetStringAsync("/verhalen/morgen/");
        Assert.DoesNotContain("Ingepland", page);
        Assert.Equal(state.Build, server.Session.State.Build);
    }

    /// <summary>The fixture site with a story dated 2 June 2026 and a vacancy that closes on 1 June 2026.</summary>
    private static FixtureSite SiteWithDates()
    {
        var site = new FixtureSite();
        site.Save("input/stories/2026-06-02-morgen.md", "---\ntitle: Morgen in de krant\ndate: 2026-06-02\nauthor: anna\n---\nDit verhaal komt morgen.\n");
        site.Save("input/vacancies/open-tot-vandaag.md", "---\ntitle: Vrijwilliger voor de koffie\ndate: 2026-05-01\nclosing_date: 2026-06-01\n" +
            "kind: volunteer\nlocation: Utrecht\ncontact: { name: Bram Jansen, email: bram@de-linde.example }\napply_email: werken@de-linde.example\n---\nSchenk koffie.\n");
        return site;
    }

    /// <summary>What the preview builds with (see <see cref="PreviewServer"/>): drafts and scheduled items, no fixed date.</summary>
    private static BuildOptions OptionsOf(FixtureSite site) =>
        new() { Root = site.Root, IncludeDrafts = true, Mode = "preview", BaseUrl = "http://localhost:5080" };

    private static string Page(PreviewSession session, string path) => Encoding.UTF8.GetString(session.State.Files[path].Bytes!);

    /// <summary>The next <c>event:</c> line of a live-reload stream.</summary>
    private static async Task<string> NextEvent(StreamReader events)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await events.ReadLineAsync(timeout.Token) is { } line)
            if (line.StartsWith("event: ", StringComparison.Ordinal)) return line;
        throw new EndOfStreamException("De live-reloadverbinding sloot.");
    }
}
