using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Thuisbasis.BrowserTests.Infrastructure;

namespace Thuisbasis.BrowserTests;

/// <summary>
/// The preview's share toolbar as a comms employee uses it, in Chromium against the preview of a copy of the sample
/// site: opened and every post copied with the keyboard alone, each a post for its own channel that links to the
/// public site with the channel's utm keys; no axe violation with it open, on a wide and a narrow screen.
/// </summary>
public sealed class ShareToolbarTests(EditorFixture site) : IClassFixture<EditorFixture>
{
    private async Task<IPage> OpenAsync(int width = 1280, int height = 900)
    {
        var context = await site.NewContextAsync(width, height);
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = site.BaseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        return page;
    }

    [Fact]
    public async Task EveryPostIsCopiedWithTheKeyboardAndLinksToThePublicSiteWithItsChannelsUtmKeys()
    {
        var page = await OpenAsync();
        try
        {
            await page.Locator("#thuisbasis-toolbar summary").FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            var buttons = page.Locator("#thuisbasis-toolbar button[data-copy]");
            var count = await buttons.CountAsync();
            Assert.True(count >= 3, $"{count} copy buttons; the sample site lists three channels");
            var channels = new List<string>();
            for (var i = 0; i < count; i++)
            {
                var button = buttons.Nth(i);
                await button.FocusAsync();
                await page.Keyboard.PressAsync(i % 2 == 0 ? "Enter" : " ");
                var status = page.Locator("#thuisbasis-toolbar-status");
                await Assertions.Expect(status).ToContainTextAsync("gekopieerd");
                var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
                var id = await button.GetAttributeAsync("data-copy");
                Assert.Equal(await page.Locator($"#{id}").InputValueAsync(), copied);
                Assert.True(await button.EvaluateAsync<bool>("b => document.activeElement === b"), "focus left the button");

                var channel = id!["thuisbasis-toolbar-".Length..];
                channels.Add(channel);
                var link = new Uri(copied.Split("\n\n").Single(p => p.StartsWith("https://", StringComparison.Ordinal)));
                var query = System.Web.HttpUtility.ParseQueryString(link.Query);
                Assert.Equal("www.buurtkracht-oost.nl", link.Host);
                Assert.Equal((channel, "social"), (query["utm_source"], query["utm_medium"]));
                Assert.False(string.IsNullOrEmpty(query["utm_campaign"]));
            }
            Assert.Equal(["facebook", "linkedin", "instagram"], channels);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(320, 640)]
    public async Task TheOpenToolbarHasNoAxeViolations(int width, int height)
    {
        var page = await OpenAsync(width, height);
        try
        {
            await page.Locator("#thuisbasis-toolbar summary").ClickAsync();
            await page.Locator("#thuisbasis-toolbar button[data-copy]").First.ClickAsync();
            var result = await page.Locator("#thuisbasis-toolbar").RunAxe();
            Assert.True(result.Passes is { Length: > 0 }, "axe checked nothing");
            Assert.True(result.Violations.Length == 0, AxeReport.Describe(page.Url, $"{width}×{height}", result.Violations));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
