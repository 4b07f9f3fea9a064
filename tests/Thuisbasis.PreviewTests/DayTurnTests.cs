using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using Thuisbasis.Preview;
using Thuisbasis.Tests.Preview;

namespace Thuisbasis.PreviewTests;

/// <summary>
/// A tab left open on the preview overnight: after midnight it shows the new day's site without a file being saved. The
/// preview's clock is a fake one that the test moves, so nothing waits for midnight.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class DayTurnTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task AnOpenTabShowsAStoryScheduledForTomorrowWithoutItsLabelAfterMidnight()
    {
        using var site = new FixtureSite();
        site.Save("input/stories/2026-06-02-morgen.md", "---\ntitle: Morgen in de krant\ndate: 2026-06-02\nauthor: anna\n---\nDit verhaal komt morgen.\n");
        // 23:59 on 1 June 2026 in Amsterdam (UTC+2).
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 21, 59, 0, TimeSpan.Zero));
        await using var server = await PreviewServer.StartAsync(new PreviewOptions { Root = site.Root, Port = 0, Clock = clock });
        var page = await chromium.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(server.Url, "/verhalen/morgen/").ToString());
        var marker = page.Locator(".marker");
        await Assertions.Expect(marker).ToHaveTextAsync("Ingepland voor 2 juni 2026");
        for (var i = 0; i < 300 && server.Live.ClientCount == 0; i++) await Task.Delay(100);
        Assert.True(server.Live.ClientCount > 0, "De pagina maakte geen verbinding met /_thuisbasis/events.");
        var newDay = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server.Session.Built += s => { if (s.Site?.Today == new DateOnly(2026, 6, 2)) newDay.TrySetResult(); };

        // A minute at a time, as the real clock moves; the preview looks at the day at midnight and at least every five minutes.
        for (var minutes = 0; minutes < 10 && !newDay.Task.IsCompleted; minutes++)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            await Task.WhenAny(newDay.Task, Task.Delay(500));
        }
        await newDay.Task.WaitAsync(TimeSpan.FromSeconds(30));

        await Assertions.Expect(marker).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Morgen in de krant");
        await page.CloseAsync();
    }
}
