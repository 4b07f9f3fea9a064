using System.Collections.Concurrent;
using Microsoft.Playwright;
using Thuisbasis.BrowserTests.Infrastructure;

namespace Thuisbasis.BrowserTests;

[Collection(SiteCollection.Name)]
public sealed class NetworkTests(SiteFixture site)
{
    [Theory]
    [InlineData(SamplePages.Home)]
    [InlineData(SamplePages.Story)]
    [InlineData(SamplePages.OpenVacancy)]
    [InlineData(SamplePages.Services)]
    [InlineData(SamplePages.Contact)]
    [InlineData(SamplePages.Tag)]
    [InlineData(SamplePages.Author)]
    [InlineData(SamplePages.Missing)]
    public async Task PageLoadsNothingFromOutsideLocalhost(string path)
    {
        var page = await site.NewPageAsync();
        var requested = new ConcurrentQueue<string>();
        try
        {
            // Every request the page makes passes here; one to elsewhere is noted and never sent.
            await page.Context.RouteAsync("**/*", async route =>
            {
                var url = route.Request.Url;
                requested.Enqueue(url);
                if (IsLocal(url)) await route.ContinueAsync();
                else await route.AbortAsync("blockedbyclient");
            });

            await page.GotoAsync(path);
            await page.LoadEverythingAsync();
        }
        finally
        {
            await page.CloseWithContextAsync();
        }

        Assert.Contains(site.Url(path), requested);
        var elsewhere = requested.Where(url => !IsLocal(url)).Distinct().ToList();
        Assert.True(elsewhere.Count == 0,
            $"{path} loads from outside 127.0.0.1:{Environment.NewLine}{string.Join(Environment.NewLine, elsewhere)}");
    }

    /// <summary>Served by our server on 127.0.0.1; <c>data:</c> and <c>blob:</c> never leave the browser.</summary>
    private static bool IsLocal(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) &&
        (uri.Scheme is "data" or "blob" || uri.Host == "127.0.0.1");
}
