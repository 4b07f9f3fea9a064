using Microsoft.Playwright;
using Thuisbasis.BrowserTests.Infrastructure;

namespace Thuisbasis.BrowserTests;

/// <summary>
/// Built sites served with every header of their own <c>_headers</c>, as Netlify applies it: each page type, each
/// analytics setting in turn, both video players after a click and the newsletter form after a signup. The policy the
/// build wrote must block nothing the site needs, and the site may reach no host its settings did not name.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class HostedHeadersTests(SiteFixture sample, ProviderSites sites) : IClassFixture<ProviderSites>
{
    private static readonly string[] VideoAndNewsletterHosts = ["www.youtube-nocookie.com", "player.vimeo.com", "testorg.us21.list-manage.com"];

    public static TheoryData<string> Settings => new(ProviderSites.Names);

    [Theory]
    [MemberData(nameof(Settings))]
    public async Task EveryPageVideoAndNewsletterWorkUnderTheBuiltHeadersAndReachOnlyTheConfiguredHosts(string analytics)
    {
        var (baseUrl, folder) = sites[analytics];
        var host = await NetlifyHost.OpenAsync(sample.Browser, baseUrl, folder);
        var page = host.Page;
        try
        {
            foreach (var path in new[] { "/", ProviderSites.VideoStory, ProviderSites.Vacancy, "/contact/", "/verhalen/", "/extra/", "/bestaat-niet/" })
            {
                await page.GotoAsync(path);
                var accept = page.GetByRole(AriaRole.Button, new() { Name = "Accepteren", Exact = true });
                if (await accept.IsVisibleAsync()) await accept.ClickAsync();
                await page.LoadEverythingAsync();
                await page.WaitForTimeoutAsync(100);
                await host.ViolationsAsync();
            }
            var measured = host.OutsideHosts.ToList();
            if (analytics == "none") Assert.True(measured.Count == 0, "Without analytics the pages asked for: " + string.Join(", ", host.Outside));
            // Each host the setting asks for was reached: its script loaded and its page view went through the policy.
            else Assert.All(ProviderSites.ExpectedHosts[analytics], h => Assert.Contains(h, measured));
            Assert.All(measured, h => Assert.Contains(h, ProviderSites.ExpectedHosts[analytics]));

            await page.GotoAsync(ProviderSites.VideoStory);
            foreach (var (title, player) in new[] { ("Ria vertelt over de markt", "youtube-nocookie"), ("Het maatjesproject in beeld", "vimeo") })
            {
                // By keyboard: the first player, once it loads, moves the layout under a pointer click.
                await page.GetByRole(AriaRole.Button, new() { Name = "Video afspelen: " + title }).FocusAsync();
                await page.Keyboard.PressAsync("Enter");
                await Assertions.Expect(page.FrameLocator($"figure.video iframe[src*='{player}']").Locator("p"))
                    .ToHaveTextAsync("buiten", new() { Timeout = 15_000 });
            }
            // The visitor pressed play: the player may start the video (its address says autoplay=1).
            var autoplay = await page.EvaluateAsync<bool[]>(
                "() => [...document.querySelectorAll('figure.video iframe')].map(f => f.featurePolicy.allowsFeature('autoplay'))");
            Assert.Equal([true, true], autoplay);
            await page.WaitForTimeoutAsync(200);
            await host.ViolationsAsync();

            await page.GotoAsync("/");
            await page.GetByLabel("Uw e-mailadres").FillAsync("ria@test.example");
            await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
            await page.WaitForURLAsync(ProviderSites.NewsletterAction);

            Assert.Contains(host.Outside, u => u.StartsWith(ProviderSites.NewsletterAction, StringComparison.Ordinal));
            string[] allowed = [.. ProviderSites.ExpectedHosts[analytics], .. VideoAndNewsletterHosts];
            Assert.All(host.OutsideHosts, h => Assert.Contains(h, allowed));
            await page.GotoAsync(baseUrl + "/");
            var violations = await host.ViolationsAsync();
            Assert.True(violations.Count == 0, $"{analytics}:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
        }
        finally { await host.CloseAsync(); }
    }

    /// <summary>
    /// The web editor logs in with GitHub in a window on Netlify's site, which hands the key back to <c>/admin/</c> through
    /// <c>window.opener</c> (Decap CMS's <c>netlify-auth</c>). Under the opener policy of the other pages the browser cuts
    /// that link, and the login never finished on Netlify; the preview sends no such header, so only hosted headers show it.
    /// </summary>
    [Fact]
    public async Task TheEditorsLoginWindowOnNetlifyCanAnswerAdminUnderTheBuiltHeaders()
    {
        using var site = Thuisbasis.Tests.Support.AnalyticsSites.With("editor:\n  backend: github\n  repo: buurtkracht/website\n  branch: main\n");
        var output = Path.Combine(site.Root, "output");
        await using var server = StaticSiteServer.Start(output);
        var result = new Thuisbasis.Pipeline.SiteEngine(site.Options() with { Output = output, BaseUrl = server.BaseUrl, Mode = "production" }).BuildAndWrite();
        Assert.True(result.Succeeded, string.Join("; ", result.Diagnostics));
        var host = await NetlifyHost.OpenAsync(sample.Browser, server.BaseUrl, output);
        try
        {
            await host.Page.GotoAsync("/admin/");
            Assert.Equal("same-origin-allow-popups", host.Served["/admin/"]["Cross-Origin-Opener-Policy"]);
            var answer = await host.Page.EvaluateAsync<string>($$"""
                () => new Promise(resolve => {
                  window.addEventListener('message', e => { if (e.data === 'authorizing:github') resolve(e.origin + ' ' + e.data); });
                  window.open('{{NetlifyHost.NetlifyLogin}}?provider=github&site_id=www.test.example', 'Netlify Authorization', 'width=600,height=600');
                  setTimeout(() => resolve('geen antwoord van het inlogvenster'), 15000);
                })
                """);
            Assert.Equal("https://api.netlify.com authorizing:github", answer);
        }
        finally { await host.CloseAsync(); }
    }

    [Fact]
    public async Task TheWatchReportsWhatThePolicyBlocks()
    {
        var (baseUrl, folder) = sites["none"];
        var host = await NetlifyHost.OpenAsync(sample.Browser, baseUrl, folder);
        try
        {
            await host.Page.GotoAsync("/");
            await host.Page.EvaluateAsync("() => { const i = new Image(); i.src = 'https://elders.test.example/pixel.png'; document.body.append(i); }");
            await host.Page.WaitForTimeoutAsync(300);
            var violations = await host.ViolationsAsync();
            Assert.Contains(violations, v => v.StartsWith("img-src blocked https://elders.test.example/pixel.png", StringComparison.Ordinal));
            Assert.Empty(host.Outside);
        }
        finally { await host.CloseAsync(); }
    }

    [Fact]
    public async Task WithoutHeadersAsOnGitHubPagesThePagesOwnPolicyStillBlocksInjectedScriptsAndOutsideImages()
    {
        var host = await NetlifyHost.OpenAsync(sample.Browser, sample.BaseUrl, sample.SiteFolder, headers: false);
        try
        {
            foreach (var path in new[] { "/", SamplePages.Story, SamplePages.Missing })
            {
                await host.Page.GotoAsync(path);
                Assert.False(host.Served[new Uri(host.Page.Url).AbsolutePath].ContainsKey("Content-Security-Policy"));
                // What an injected piece of HTML would try: an inline script and a pixel from elsewhere.
                await host.Page.EvaluateAsync("""
                    () => {
                        const s = document.createElement('script'); s.textContent = 'window.__tbRan = true'; document.body.append(s);
                        const i = new Image(); i.src = 'https://elders.test.example/pixel.png'; document.body.append(i);
                    }
                    """);
                await host.Page.WaitForTimeoutAsync(300);
                Assert.False(await host.Page.EvaluateAsync<bool>("() => window.__tbRan === true"), $"{path}: an inline script ran");
                var violations = await host.ViolationsAsync();
                Assert.Contains(violations, v => v.StartsWith("img-src blocked https://elders.test.example/pixel.png", StringComparison.Ordinal));
            }
            Assert.Empty(host.Outside);
        }
        finally { await host.CloseAsync(); }
    }

    [Fact]
    public async Task EveryPageTypeOfTheSampleSiteRunsUnderItsOwnHeadersWithoutAViolationOrAnOutsideRequest()
    {
        var host = await NetlifyHost.OpenAsync(sample.Browser, sample.BaseUrl, sample.SiteFolder);
        var page = host.Page;
        try
        {
            string[] paths =
            [
                SamplePages.Home, SamplePages.Story, SamplePages.StoryListing, SamplePages.OpenVacancy, SamplePages.ClosedVacancy,
                SamplePages.Services, SamplePages.Service, SamplePages.Contact, SamplePages.Tag, SamplePages.Author,
                "/activiteiten/", "/activiteiten/taalcafe/", "/onze-klanten/", "/over-ons/", "/privacy/", "/toegankelijkheid/",
                SamplePages.Search + "?q=" + SamplePages.WordInOneStory, SamplePages.Missing, "/oud/nieuws/2019/bericht.php",
            ];
            foreach (var path in paths)
            {
                await page.GotoAsync(path);
                await page.LoadEverythingAsync();
                if (path.StartsWith(SamplePages.Search, StringComparison.Ordinal))
                    await Assertions.Expect(page.Locator("main a[href='" + SamplePages.Story + "']").First).ToBeVisibleAsync();
                // The 404 page is served at any depth (GitHub Pages and Netlify alike): its styles and scripts must still load.
                var unloaded = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('link[rel=stylesheet]')].filter(l => !l.sheet).length");
                Assert.True(unloaded == 0, $"{path}: {unloaded} stylesheets did not load");
                await host.ViolationsAsync();
            }
            var violations = await host.ViolationsAsync();
            Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
            Assert.True(host.Outside.Count == 0, string.Join(Environment.NewLine, host.Outside));
        }
        finally { await host.CloseAsync(); }
    }
}
