using System.Collections.Concurrent;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Thuisbasis.BrowserTests.Infrastructure;
using Thuisbasis.Model;

namespace Thuisbasis.BrowserTests;

/// <summary>
/// Site search in the sample site (<c>search: true</c>): Pagefind's index made by the build, searched in Chromium from
/// the search page and from the header box, with the keyboard, under the site's own Content-Security-Policy.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class SearchTests(SiteFixture site)
{
    private const string Results = "[data-search-results] > li";
    private const string Status = "[data-search-status]";

    [Fact]
    public async Task AWordFromOneStoryFindsThatStoryWithItsTypeAndTheWordMarked()
    {
        var page = await site.NewPageAsync();
        try
        {
            await page.GotoAsync($"{SamplePages.Search}?q={SamplePages.WordInOneStory}");
            await Assertions.Expect(page.Locator(Status)).ToHaveTextAsync($"1 resultaat voor ‘{SamplePages.WordInOneStory}’.");
            var result = page.Locator(Results);
            await Assertions.Expect(result).ToHaveCountAsync(1);
            Assert.Equal(SamplePages.Story, await result.Locator("h2 a").GetAttributeAsync("href"));
            Assert.Equal("Ria gaat weer naar de markt", (await result.Locator("h2 a").InnerTextAsync()).Trim());
            Assert.Equal("Verhaal", await result.Locator(".search-type").InnerTextAsync());
            Assert.Equal(SamplePages.WordInOneStory, (await result.Locator("mark").First.InnerTextAsync()).ToLowerInvariant());
            Assert.Equal(SamplePages.WordInOneStory, await page.Locator("#zoekterm").InputValueAsync());
            Assert.False(await page.Locator("[data-search-needs-js]").IsVisibleAsync());
        }
        finally
        {
            await page.CloseWithContextAsync();
        }
    }

    [Fact]
    public async Task TheHeaderBoxSearchesWithTheKeyboardAndTheResultIsReachedWithTab()
    {
        var page = await site.NewPageAsync();
        try
        {
            await page.GotoAsync(SamplePages.Home);
            Assert.True(await TabUntilAsync(page, "#kop-zoekterm"), "Tabbing from the top never reached the header's search box.");
            await page.Keyboard.TypeAsync("Mandarijn");
            var searched = page.WaitForURLAsync("**/zoeken/?q=Mandarijn");
            await page.Keyboard.PressAsync("Enter");
            await searched;
            await Assertions.Expect(page.Locator(Status)).ToHaveTextAsync("1 resultaat voor ‘Mandarijn’.");
            // The words move behind the #, so the page opened next does not get them as its referrer.
            Assert.EndsWith("/zoeken/#q=Mandarijn", page.Url);
            Assert.True(await TabUntilAsync(page, $"{Results} a"), "Tabbing never reached the search result.");
            // Listening starts before the key is pressed, and the test asks only that the link navigates: the story's
            // images and scripts loading is not what is tested here (waiting for its "load" timed out once in CI).
            var followed = page.WaitForURLAsync($"**{SamplePages.Story}", new() { WaitUntil = WaitUntilState.Commit });
            await page.Keyboard.PressAsync("Enter");
            await followed;
            Assert.EndsWith(SamplePages.Story, page.Url);
            Assert.EndsWith("/zoeken/", await page.EvaluateAsync<string>("document.referrer"));
        }
        finally
        {
            await page.CloseWithContextAsync();
        }
    }

    [Fact]
    public async Task ASecondSearchOnTheSearchPageReplacesTheResultsAndAnnouncesTheCount()
    {
        var page = await site.NewPageAsync();
        try
        {
            await page.GotoAsync($"{SamplePages.Search}?q={SamplePages.WordInOneStory}");
            await Assertions.Expect(page.Locator(Results)).ToHaveCountAsync(1);
            await page.Locator("#zoekterm").FillAsync("mantelzorg");
            await page.Locator("#zoekterm").PressAsync("Enter");
            await Assertions.Expect(page.Locator(Status)).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+ resultaten voor ‘mantelzorg’\.$"));
            Assert.EndsWith("/zoeken/#q=mantelzorg", page.Url);
            Assert.True(await page.Locator(Results).CountAsync() > 1);
            Assert.Equal("status", await page.Locator(Status).GetAttributeAsync("role"));
            Assert.Equal("OL", await page.Locator("[data-search-results]").EvaluateAsync<string>("list => list.tagName"));

            await page.Locator("#zoekterm").FillAsync("xyzzyquux");
            await page.Locator("#zoekterm").PressAsync("Enter");
            await Assertions.Expect(page.Locator(Status)).ToContainTextAsync("Niets gevonden voor ‘xyzzyquux’");
            await Assertions.Expect(page.Locator(Results)).ToHaveCountAsync(0);

            // Back gives the search before; a jump within the page (the skip link) keeps the results.
            await page.GoBackAsync();
            await Assertions.Expect(page.Locator(Status)).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+ resultaten voor ‘mantelzorg’\.$"));
            Assert.Equal("mantelzorg", await page.Locator("#zoekterm").InputValueAsync());
            await page.Locator("a.skip-link").First.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForTimeoutAsync(300);
            Assert.True(await page.Locator(Results).CountAsync() > 1, "The skip link cleared the results.");
        }
        finally
        {
            await page.CloseWithContextAsync();
        }
    }

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(320, 640)]
    public async Task TheSearchPageWithResultsHasNoAxeViolations(int width, int height)
    {
        var page = await site.NewPageAsync(width, height);
        try
        {
            await page.GotoAsync($"{SamplePages.Search}?q=mantelzorg");
            await Assertions.Expect(page.Locator(Status)).ToContainTextAsync("resultaten voor");
            var result = await page.RunAxe();
            Assert.True(result.Passes is { Length: > 0 }, "axe checked nothing: did the page load?");
            var violations = result.Violations ?? [];
            Assert.True(violations.Length == 0, AxeReport.Describe(page.Url, $"{width}×{height}", violations));
        }
        finally
        {
            await page.CloseWithContextAsync();
        }
    }

    [Fact]
    public async Task SearchingWorksUnderTheSitesOwnPolicyAndNothingLeavesLocalhost()
    {
        var page = await site.NewPageAsync();
        var requested = new ConcurrentQueue<string>();
        var refused = new ConcurrentQueue<string>();
        var policy = SitePolicy();
        try
        {
            page.Console += (_, message) =>
            {
                if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) refused.Enqueue(message.Text);
            };
            await page.Context.RouteAsync("**/*", async route =>
            {
                var url = route.Request.Url;
                requested.Enqueue(url);
                if (!IsLocal(url))
                {
                    await route.AbortAsync("blockedbyclient");
                    return;
                }
                // The static test server sends no security headers; Netlify sends the ones in _headers.
                var response = await route.FetchAsync();
                var headers = new Dictionary<string, string>(response.Headers) { ["content-security-policy"] = policy };
                await route.FulfillAsync(new RouteFulfillOptions { Response = response, Headers = headers });
            });

            await page.GotoAsync($"{SamplePages.Search}?q={SamplePages.WordInOneStory}");
            await Assertions.Expect(page.Locator(Results)).ToHaveCountAsync(1);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }
        finally
        {
            await page.CloseWithContextAsync();
        }

        Assert.Contains(requested, url => url.Contains("/pagefind/pagefind.js", StringComparison.Ordinal));
        Assert.Contains(requested, url => url.Contains(".pf_fragment", StringComparison.Ordinal));
        Assert.Empty(refused);
        var elsewhere = requested.Where(url => !IsLocal(url)).Distinct().ToList();
        Assert.True(elsewhere.Count == 0, $"Search loads from outside 127.0.0.1:{Environment.NewLine}{string.Join(Environment.NewLine, elsewhere)}");
    }

    [Fact]
    public async Task WithoutJavaScriptTheHeaderBoxOpensTheSearchPageWithUsefulLinks()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseUrl, JavaScriptEnabled = false, Locale = "nl-NL" });
        var page = await context.NewPageAsync();
        try
        {
            await page.GotoAsync(SamplePages.Home);
            await page.GetByLabel("Zoeken", new() { Exact = true }).FillAsync("mantelzorg");
            await page.GetByRole(AriaRole.Button, new() { Name = "Zoek", Exact = true }).ClickAsync();

            await page.WaitForURLAsync("**/zoeken/?q=mantelzorg");
            Assert.True(await page.Locator("[data-search-needs-js]").IsVisibleAsync());
            Assert.Contains("Lukt zoeken niet", await page.Locator("[data-search-needs-js]").InnerTextAsync());
            foreach (var href in new[] { SamplePages.Services, "/verhalen/", "/vacatures/", SamplePages.Contact })
                Assert.True(await page.Locator($"main ul a[href='{href}']").IsVisibleAsync(), $"The search page without JavaScript has no link to {href}.");
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task WithStatisticsOnTheHeaderBoxNeverPutsTheWordsInTheAddressItsServiceGets()
    {
        // GoatCounter sends location.search with every page view, Matomo the whole address; a search for "schulden"
        // or "verslaving" on a care organisation's site is nobody else's business.
        var work = Path.Combine(Path.GetTempPath(), $"thuisbasis-search-stats-{Guid.NewGuid():N}");
        var output = Path.Combine(work, "output");
        await using var server = StaticSiteServer.Start(output);
        using var fixture = Tests.Support.AnalyticsSites.With(Tests.Support.AnalyticsSites.Providers["goatcounter"] + "search: true\n");
        try
        {
            fixture.Write("input/stories/2026-03-01-schulden.md",
                "---\ntitle: Hulp bij schulden\ndate: 2026-03-01\nauthor: anouk-visser\n---\nSamen met Ria maakten we een plan voor haar schulden.\n");
            var pagefind = Search.PagefindLocator.Find(RepositoryRoot.Find(), Environment.GetEnvironmentVariable)
                ?? throw new InvalidOperationException("Pagefind is not installed in the repository: run `npm ci` there.");
            var result = new Pipeline.SiteEngine(fixture.Options() with { Output = output, BaseUrl = server.BaseUrl })
                { ReadEnvironment = name => name == Search.PagefindLocator.EnvironmentVariable ? pagefind : null }.BuildAndWrite();
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

            var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseUrl });
            // Nothing leaves 127.0.0.1: GoatCounter's script is not there, and the page works without it.
            await context.RouteAsync("**/*", route => route.Request.Url.StartsWith(server.BaseUrl, StringComparison.Ordinal) ? route.ContinueAsync() : route.AbortAsync());
            var page = await context.NewPageAsync();
            var visited = new ConcurrentQueue<string>();
            page.FrameNavigated += (_, frame) => { if (frame == page.MainFrame) visited.Enqueue(frame.Url); };
            await page.GotoAsync("/");
            await page.Locator("#kop-zoekterm").FillAsync("schulden");
            await page.Locator("#kop-zoekterm").PressAsync("Enter");
            await Assertions.Expect(page.Locator(Status)).ToHaveTextAsync("1 resultaat voor ‘schulden’.");
            Assert.EndsWith("/zoeken/#q=schulden", page.Url);
            Assert.DoesNotContain(visited, url => new Uri(url).Query.Contains("schulden", StringComparison.Ordinal));
            await context.CloseAsync();
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { /* a temp folder left behind is harmless */ }
        }
    }

    [Fact]
    public async Task HostileTitlesAndTextInResultsAreShownAsTextAndNeverRun()
    {
        var work = Path.Combine(Path.GetTempPath(), $"thuisbasis-search-xss-{Guid.NewGuid():N}");
        var output = Path.Combine(work, "output");
        await using var server = StaticSiteServer.Start(output);
        try
        {
            Tests.Support.HostileSite.Write((path, text) =>
            {
                var full = Path.Combine(work, "site", path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, path == "statiq.config" ? text + "\nsearch: true\n" : text);
            }, filesPerType: 4, (path, bytes) =>
            {
                var full = Path.Combine(work, "site", path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllBytes(full, bytes);
            });
            var pagefind = Search.PagefindLocator.Find(RepositoryRoot.Find(), Environment.GetEnvironmentVariable)
                ?? throw new InvalidOperationException("Pagefind is not installed in the repository: run `npm ci` there.");
            var result = new Pipeline.SiteEngine(new BuildOptions
            {
                Root = Path.Combine(work, "site"), Output = output, Date = SiteFixture.BuildDate, BaseUrl = server.BaseUrl,
            }) { ReadEnvironment = name => name == Search.PagefindLocator.EnvironmentVariable ? pagefind : null }.BuildAndWrite();
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

            var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseUrl });
            var page = await context.NewPageAsync();
            var ran = new ConcurrentQueue<string>();
            page.Dialog += async (_, dialog) => { ran.Enqueue($"{dialog.Type} {dialog.Message}"); await dialog.DismissAsync(); };
            await page.GotoAsync($"{SamplePages.Search}?q=alert");
            await Assertions.Expect(page.Locator(Status)).ToContainTextAsync("resultaten voor ‘alert’");
            var titles = await page.Locator($"{Results} h2 a").AllInnerTextsAsync();
            Assert.Contains(titles, t => t.Contains("<script>alert(", StringComparison.Ordinal));
            Assert.Equal(0, await page.Locator("[data-search-results] :is(script, img, svg, iframe, a[href^='javascript'])").CountAsync());
            await page.Keyboard.PressAsync("Tab");
            await context.CloseAsync();
            Assert.True(ran.IsEmpty, "Payloads ran:\n" + string.Join("\n", ran));
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { /* a temp folder left behind is harmless */ }
        }
    }

    /// <summary>The Content-Security-Policy the build wrote into <c>_headers</c> for every path.</summary>
    private string SitePolicy()
    {
        const string prefix = "Content-Security-Policy:";
        var line = File.ReadLines(Path.Combine(site.SiteFolder, "_headers")).Select(l => l.Trim()).First(l => l.StartsWith(prefix, StringComparison.Ordinal));
        // The test server speaks plain http on 127.0.0.1; upgrading its requests to https would only break the test.
        return string.Join("; ", line[prefix.Length..].Split(';', StringSplitOptions.TrimEntries).Where(d => d != "upgrade-insecure-requests"));
    }

    private static async Task<bool> TabUntilAsync(IPage page, string selector)
    {
        for (var i = 0; i < 80; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector)) return true;
        }
        return false;
    }

    private static bool IsLocal(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme is "data" or "blob" || uri.Host == "127.0.0.1");
}
