using Microsoft.Playwright;
using Thuisbasis.Preview;
using Thuisbasis.Tests.Preview;

namespace Thuisbasis.PreviewTests;

/// <summary>
/// A writer's day with the preview: the same <see cref="PreviewServer"/> that <c>dotnet run -- preview</c> runs, on a free
/// port over a temporary copy of the fixture site, with a Chromium tab open on it.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class LivePreviewTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private const string Story = "input/stories/2026-02-14-wandelen.md";
    private static readonly LocatorAssertionsToBeVisibleOptions Visible = new() { Timeout = 30_000 };

    private readonly FixtureSite _site = new();
    private PreviewServer _server = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        _server = await PreviewServer.StartAsync(new PreviewOptions { Root = _site.Root, Port = 0, Date = new DateOnly(2026, 6, 1) });
        _page = await chromium.Browser.NewPageAsync();
        await _page.GotoAsync(new Uri(_server.Url, "/verhalen/wandelen/").ToString());
        await WaitForLiveReloadConnection();
        // A mark that only survives as long as the page is not reloaded.
        await _page.EvaluateAsync("() => window.thuisbasisTestMark = 'zelfde pagina'");
    }

    [Fact]
    public async Task EditingATitleOnDiskShowsInTheOpenPage()
    {
        _site.Replace(Story, "title: Wandelen tegen eenzaamheid", "title: Samen het park in");

        await Assertions.Expect(_page.Locator("h1")).ToHaveTextAsync("Samen het park in", new() { Timeout = 30_000 });
    }

    [Fact]
    public async Task BrokenFrontMatterShowsTheOverlayNamingFileAndLineAndFixingItRemovesIt()
    {
        var good = _site.Read(Story);
        _site.Save(Story, good.Replace("author: anna", "author: anna: de vries"));

        var overlay = _page.Locator($"#{ErrorOverlay.Id}");
        await Assertions.Expect(overlay).ToBeVisibleAsync(Visible);
        await Assertions.Expect(overlay).ToContainTextAsync("input/stories/2026-02-14-wandelen.md, regel 4");
        await Assertions.Expect(overlay).ToContainTextAsync("Wat te doen");
        await Assertions.Expect(_page.Locator("h1")).ToHaveTextAsync("Wandelen tegen eenzaamheid");

        _site.Save(Story, good);

        await Assertions.Expect(overlay).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        await Assertions.Expect(_page.Locator("h1")).ToHaveTextAsync("Wandelen tegen eenzaamheid");
    }

    [Fact]
    public async Task EditingTheCssSwapsTheStylesheetWithoutReloading()
    {
        _site.Save("themes/default/assets/css/site.css", "body { color: rgb(200, 0, 0); }\n");

        await Assertions.Expect(_page.Locator("body")).ToHaveCSSAsync("color", "rgb(200, 0, 0)", new() { Timeout = 30_000 });
        Assert.Equal("zelfde pagina", await _page.EvaluateAsync<string>("() => window.thuisbasisTestMark"));
    }

    [Fact]
    public async Task ARebuildBetweenServingAPageAndItsLiveConnectionStillReloadsIt()
    {
        // A second tab whose live-reload connection is held back until the edit below has been built.
        var page = await chromium.Browser.NewPageAsync();
        var release = new TaskCompletionSource();
        await page.RouteAsync("**/_thuisbasis/events", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync(new Uri(_server.Url, "/verhalen/wandelen/").ToString());
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Wandelen tegen eenzaamheid");
        var served = _server.Session.State.Build;

        _site.Replace(Story, "title: Wandelen tegen eenzaamheid", "title: Samen het park in");
        for (var i = 0; i < 300 && _server.Session.State.Build == served; i++) await Task.Delay(100);
        Assert.True(_server.Session.State.Build > served, "De preview bouwde de site niet opnieuw na de wijziging.");
        Assert.Equal("Wandelen tegen eenzaamheid", await page.Locator("h1").TextContentAsync());
        release.SetResult();

        // The connection opens after the reload was sent: the page learns from its first message that it is out of date.
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Samen het park in", new() { Timeout = 30_000 });
        await page.CloseAsync();
    }

    /// <summary>Waits until the tab's EventSource is connected, so no rebuild can happen before it listens.</summary>
    private async Task WaitForLiveReloadConnection()
    {
        for (var i = 0; i < 300 && _server.Live.ClientCount == 0; i++) await Task.Delay(100);
        Assert.True(_server.Live.ClientCount > 0, "De pagina maakte geen verbinding met /_thuisbasis/events.");
    }

    public async Task DisposeAsync()
    {
        await _page.CloseAsync();
        await _server.DisposeAsync();
        _site.Dispose();
    }
}
