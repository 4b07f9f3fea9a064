using Microsoft.Playwright;

namespace Thuisbasis.BrowserTests.Infrastructure;

internal static class PageExtensions
{
    /// <summary>Closes the page together with the context it was made in.</summary>
    public static async Task CloseWithContextAsync(this IPage page) => await page.Context.CloseAsync();

    /// <summary>Scrolls to the bottom so lazy images load, then waits until the network is quiet.</summary>
    public static async Task LoadEverythingAsync(this IPage page)
    {
        await page.EvaluateAsync("() => window.scrollTo(0, document.documentElement.scrollHeight)");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }
}
