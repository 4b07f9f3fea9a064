using Microsoft.Playwright;
using Thuisbasis.BrowserTests.Infrastructure;

namespace Thuisbasis.BrowserTests;

[Collection(SiteCollection.Name)]
public sealed class NavigationTests(SiteFixture site)
{
    private const string MainNavigation = "nav[aria-label=\"Hoofdmenu\"]";

    private sealed record NavStop(string LinkText, string Path, string Title);

    private static readonly NavStop[] SevenPages =
    [
        new("Home", "/",
            "Buurtkracht Oost – Wij helpen iedereen in Oost die er even niet alleen uitkomt, en iedereen die een ander wil helpen."),
        new("Onze klanten", "/onze-klanten/", "Onze klanten | Buurtkracht Oost"),
        new("Werkwijze", "/werkwijze/", "Werkwijze | Buurtkracht Oost"),
        new("Diensten", "/diensten/", "Diensten | Buurtkracht Oost"),
        new("Over ons", "/over-ons/", "Over ons | Buurtkracht Oost"),
        new("Nieuws", "/extra/", "Nieuws en verhalen | Buurtkracht Oost"),
        new("Contact", "/contact/", "Contact | Buurtkracht Oost"),
    ];

    [Fact]
    public async Task MainNavigationLeadsToAllSevenPagesEachWithOneH1AndItsOwnLinkMarkedCurrent()
    {
        var page = await site.NewPageAsync();
        try
        {
            await page.GotoAsync("/");
            var links = page.Locator($"{MainNavigation} a");
            Assert.Equal(SevenPages.Select(s => s.LinkText), await links.AllInnerTextsAsync());

            // Visit them out of order, always by clicking the menu on the page we are on.
            foreach (var stop in SevenPages.Skip(1).Append(SevenPages[0]))
            {
                await page.Locator(MainNavigation).GetByRole(AriaRole.Link, new() { Name = stop.LinkText, Exact = true }).ClickAsync();
                await page.WaitForURLAsync(site.Url(stop.Path));
                await AssertIsPageAsync(page, stop);
            }
        }
        finally
        {
            await page.CloseWithContextAsync();
        }
    }

    private static async Task AssertIsPageAsync(IPage page, NavStop stop)
    {
        Assert.Equal(stop.Title, await page.TitleAsync());
        Assert.Equal("nl", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(1, await page.Locator("h1").CountAsync());

        var current = page.Locator($"{MainNavigation} a[aria-current=\"page\"]");
        Assert.Equal(1, await current.CountAsync());
        Assert.Equal(stop.LinkText, await current.InnerTextAsync());
        Assert.Equal(stop.Path, await current.GetAttributeAsync("href"));
    }
}
