using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Thuisbasis.BrowserTests.Infrastructure;

namespace Thuisbasis.BrowserTests;

/// <summary>
/// Google Analytics with consent in a real browser: nothing reaches Google before "Accepteren", the choice is
/// remembered, "Weigeren" sends nothing, and the banner is usable by keyboard and passes axe.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class AnalyticsConsentTests(SiteFixture chromium, AnalyticsSites sites) : IClassFixture<AnalyticsSites>
{
    private const string Google = "google-analytics.com";
    private const string TagManager = "googletagmanager.com";

    private static ILocator Banner(IPage page) => page.Locator("[data-tb-consent-banner]");

    /// <summary>Lets the deferred scripts run and the network settle, so "nothing was sent" means something.</summary>
    private static async Task SettleAsync(IPage page)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.WaitForTimeoutAsync(300);
    }

    [Fact]
    public async Task NothingGoesToGoogleBeforeAccepterenAndTheTagLoadsAfterIt()
    {
        var (page, outside) = await OutsideRequests.OpenAsync(chromium.Browser, sites.Ga4);
        try
        {
            await page.GotoAsync("/");
            await Assertions.Expect(Banner(page)).ToBeVisibleAsync();
            await SettleAsync(page);
            Assert.Empty(outside.All);

            await page.GetByRole(AriaRole.Button, new() { Name = "Accepteren", Exact = true }).ClickAsync();

            await outside.WaitForAsync(r => r.Url.Contains(TagManager + "/gtag/js?id=G-TEST123456"), "for gtag.js");
            await outside.WaitForAsync(r => r.Url.Contains(Google + "/g/collect") && r.Url.Contains("en=page_view"), "with a page view");
            var granted = await page.EvaluateAsync<bool>(
                "() => window.dataLayer.some(a => a[0] === 'consent' && a[1] === 'update' && a[2].analytics_storage === 'granted')");
            Assert.True(granted);
            await Assertions.Expect(page.Locator("[data-tb-consent-message]")).ToBeFocusedAsync();
            Assert.All(outside.All, r => Assert.Matches(@"^https://[a-z0-9.-]*(googletagmanager|google-analytics)\.com/", r.Url));
        }
        finally { await page.CloseWithContextAsync(); }
    }

    [Fact]
    public async Task TheGeneratedCspBlocksNothingTheSiteAndGoogleAnalyticsNeed()
    {
        Assert.DoesNotContain("unsafe", sites.Ga4Csp);
        var (page, outside) = await OutsideRequests.OpenAsync(chromium.Browser, sites.Ga4, csp: sites.Ga4Csp);
        var refused = new List<string>();
        page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy", StringComparison.Ordinal)) lock (refused) refused.Add(m.Text); };
        try
        {
            await page.GotoAsync(AnalyticsSites.VacancyPath);
            await page.EvaluateAsync("() => document.addEventListener('click', e => { if (e.target.closest('a')) e.preventDefault(); })");
            await page.GetByRole(AriaRole.Button, new() { Name = "Accepteren", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Solliciteer" }).ClickAsync();
            await outside.WaitForAsync(r => r.Url.Contains("en=solliciteren"), "for the apply event under the CSP");
            await SettleAsync(page);
            Assert.True(refused.Count == 0, string.Join(Environment.NewLine, refused));
        }
        finally { await page.CloseWithContextAsync(); }
    }

    [Fact]
    public async Task WeigerenSendsNothingAndTheChoiceSurvivesAReload()
    {
        var (page, outside) = await OutsideRequests.OpenAsync(chromium.Browser, sites.Ga4);
        try
        {
            await page.GotoAsync("/");
            await page.GetByRole(AriaRole.Button, new() { Name = "Weigeren", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator("[data-tb-consent-message]")).ToContainTextAsync("nee gezegd");
            // The message names the footer button by its own words (read from the button by consent.js).
            await Assertions.Expect(page.Locator("[data-tb-consent-message]")).ToContainTextAsync("via \"Cookie-instellingen\" onderaan");

            await page.ReloadAsync();
            await SettleAsync(page);
            await Assertions.Expect(Banner(page)).ToBeHiddenAsync();
            await page.GotoAsync(AnalyticsSites.VacancyPath);
            await SettleAsync(page);
            await Assertions.Expect(Banner(page)).ToBeHiddenAsync();
            Assert.Empty(outside.All);
        }
        finally { await page.CloseWithContextAsync(); }
    }

    [Fact]
    public async Task AcceptedConsentSurvivesAReloadWithoutAskingAgain()
    {
        var (page, outside) = await OutsideRequests.OpenAsync(chromium.Browser, sites.Ga4);
        try
        {
            await page.GotoAsync("/");
            await page.GetByRole(AriaRole.Button, new() { Name = "Accepteren", Exact = true }).ClickAsync();
            await outside.WaitForAsync(r => r.Url.Contains(TagManager), "for gtag.js");
            var before = outside.To(TagManager).Count();

            await page.ReloadAsync();
            await Assertions.Expect(Banner(page)).ToBeHiddenAsync();
            for (var i = 0; i < 100 && outside.To(TagManager).Count() == before; i++) await Task.Delay(50);
            Assert.Equal(before + 1, outside.To(TagManager).Count());
        }
        finally { await page.CloseWithContextAsync(); }
    }

    [Fact]
    public async Task ClosingTheMessageLeavesFocusOnTheSkipLinkWhereTheKeyboardGoesOn()
    {
        // After "Bericht sluiten" focus stayed on that hidden button: nothing on the page showed it.
        var (page, _) = await OutsideRequests.OpenAsync(chromium.Browser, sites.Ga4);
        try
        {
            await page.GotoAsync("/");
            await Assertions.Expect(Banner(page)).ToBeVisibleAsync();
            await page.Keyboard.PressAsync("Tab");
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Accepteren", Exact = true })).ToBeFocusedAsync();
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.PressAsync("Enter"); // Weigeren
            await Assertions.Expect(page.Locator("[data-tb-consent-message]")).ToContainTextAsync("nee gezegd");
            await page.GetByRole(AriaRole.Button, new() { Name = "Bericht sluiten" }).FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(Banner(page)).ToBeHiddenAsync();
            await Assertions.Expect(page.Locator(".skip-link")).ToBeFocusedAsync();
        }
        finally { await page.CloseWithContextAsync(); }
    }

    [Fact]
    public async Task TheFooterButtonReopensTheQuestionAndMovesFocusToIt()
    {
        var (page, outside) = await OutsideRequests.OpenAsync(chromium.Browser, sites.Ga4);
        try
        {
            await page.GotoAsync("/");
            await page.GetByRole(AriaRole.Button, new() { Name = "Weigeren", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Bericht sluiten" }).ClickAsync();
            await Assertions.Expect(Banner(page)).ToBeHiddenAsync();

            var settings = page.Locator("footer").GetByRole(AriaRole.Button, new() { Name = "Cookie-instellingen" });
            await settings.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(Banner(page)).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator(".consent-title")).ToBeFocusedAsync();

            await page.Keyboard.PressAsync("Tab");
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Accepteren", Exact = true })).ToBeFocusedAsync();
            await page.Keyboard.PressAsync("Enter");
            await outside.WaitForAsync(r => r.Url.Contains(TagManager), "for gtag.js after accepting by keyboard");
        }
        finally { await page.CloseWithContextAsync(); }
    }

    [Fact]
    public async Task WithdrawingRemovesGooglesCookiesAlsoFromTheParentDomainAndSaysSoAfterTheReload()
    {
        // Google sets _ga on the highest domain it may: buurtkracht.test for a site on oost.buurtkracht.test. Only the
        // host itself and the host without www. were tried, so those cookies stayed after "Weigeren".
        const string site = "https://oost.buurtkracht.test"; // https: the page's policy upgrades every request
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site });
        await context.RouteAsync("**/*", async route =>
        {
            if (!route.Request.Url.StartsWith(site + "/", StringComparison.Ordinal)) { await route.AbortAsync(); return; }
            var response = await route.FetchAsync(new RouteFetchOptions { Url = sites.Ga4 + route.Request.Url[site.Length..] });
            await route.FulfillAsync(new RouteFulfillOptions { Response = response });
        });
        var page = await context.NewPageAsync();
        try
        {
            await page.GotoAsync("/");
            await page.GetByRole(AriaRole.Button, new() { Name = "Accepteren", Exact = true }).ClickAsync();
            await page.EvaluateAsync("""
                () => {
                  document.cookie = '_ga=GA1.1.123.456; domain=buurtkracht.test; path=/';
                  document.cookie = '_ga_TEST123456=GS1.1.789; domain=buurtkracht.test; path=/';
                  document.cookie = '_ga_host=1; path=/';
                }
                """);
            Assert.Contains("_ga=", await page.EvaluateAsync<string>("document.cookie"));

            await page.GetByRole(AriaRole.Button, new() { Name = "Bericht sluiten" }).ClickAsync();
            await page.Locator("footer").GetByRole(AriaRole.Button, new() { Name = "Cookie-instellingen" }).ClickAsync();
            await page.RunAndWaitForNavigationAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Weigeren", Exact = true }).ClickAsync());

            var message = page.Locator("[data-tb-consent-message]");
            await Assertions.Expect(message).ToContainTextAsync("toestemming ingetrokken");
            await Assertions.Expect(message).ToBeFocusedAsync();
            Assert.Equal("", await page.EvaluateAsync<string>("document.cookie"));
            // Said once: the next page does not say it again.
            await page.ReloadAsync();
            await SettleAsync(page);
            await Assertions.Expect(Banner(page)).ToBeHiddenAsync();
        }
        finally { await context.CloseAsync(); }
    }

    [Fact]
    public async Task TheBannerComesFirstInTheTabOrderAndBothChoicesLookTheSame()
    {
        var (page, _) = await OutsideRequests.OpenAsync(chromium.Browser, sites.Ga4);
        try
        {
            await page.GotoAsync("/");
            await Assertions.Expect(Banner(page)).ToBeVisibleAsync();
            await page.Keyboard.PressAsync("Tab");
            var accept = page.GetByRole(AriaRole.Button, new() { Name = "Accepteren", Exact = true });
            var refuse = page.GetByRole(AriaRole.Button, new() { Name = "Weigeren", Exact = true });
            await Assertions.Expect(accept).ToBeFocusedAsync();
            await page.Keyboard.PressAsync("Tab");
            await Assertions.Expect(refuse).ToBeFocusedAsync();

            const string look = "b => { const s = getComputedStyle(b); const r = b.getBoundingClientRect(); " +
                                "return [s.backgroundColor, s.color, s.fontSize, s.fontWeight, s.borderTopWidth, Math.round(r.height)].join('|'); }";
            Assert.Equal(await accept.EvaluateAsync<string>(look), await refuse.EvaluateAsync<string>(look));
        }
        finally { await page.CloseWithContextAsync(); }
    }

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(320, 640)]
    public async Task TheOpenBannerHasNoAxeViolations(int width, int height)
    {
        var (page, _) = await OutsideRequests.OpenAsync(chromium.Browser, sites.Ga4);
        try
        {
            await page.SetViewportSizeAsync(width, height);
            await page.GotoAsync("/");
            await Assertions.Expect(Banner(page)).ToBeVisibleAsync();
            var result = await page.RunAxe();
            Assert.True(result.Passes is { Length: > 0 });
            Assert.True(result.Violations.Length == 0, AxeReport.Describe(page.Url, $"{width}×{height}", result.Violations));
        }
        finally { await page.CloseWithContextAsync(); }
    }

    [Fact]
    public async Task WithoutJavaScriptThereIsNoBannerNothingLoadsAndTheContactFormStillWorks()
    {
        var (page, outside) = await OutsideRequests.OpenAsync(chromium.Browser, sites.Ga4, javaScript: false);
        try
        {
            await page.GotoAsync("/contact/");
            await SettleAsync(page);
            await Assertions.Expect(Banner(page)).ToBeHiddenAsync();
            await Assertions.Expect(page.Locator("form[name=contact] button[type=submit]")).ToBeVisibleAsync();
            Assert.Empty(outside.All);
        }
        finally { await page.CloseWithContextAsync(); }
    }

    [Fact]
    public async Task AVacancyApplyClickIsSentToPlausibleAsSolliciterenWithTheVacancy()
    {
        var (page, outside) = await OutsideRequests.OpenAsync(chromium.Browser, sites.Plausible);
        try
        {
            await page.GotoAsync(AnalyticsSites.VacancyPath);
            await Assertions.Expect(Banner(page)).ToHaveCountAsync(0);
            await outside.WaitForAsync(r => r.Url == "https://plausible.io/api/event" && r.Body!.Contains("\"pageview\""), "with the page view");
            // Stay on the page: the apply link is a mailto: address.
            await page.EvaluateAsync("() => document.addEventListener('click', e => e.preventDefault())");

            await page.GetByRole(AriaRole.Link, new() { Name = "Solliciteer" }).ClickAsync();

            var hit = await outside.WaitForAsync(r => r.Url == "https://plausible.io/api/event" && r.Body!.Contains("Solliciteren"), "for the apply click");
            using var json = JsonDocument.Parse(hit.Body!);
            Assert.Equal("Solliciteren", json.RootElement.GetProperty("n").GetString());
            Assert.Equal(AnalyticsSites.VacancyTitle, json.RootElement.GetProperty("p").GetProperty("vacancy").GetString());
            Assert.Equal(AnalyticsSites.VacancyPath, json.RootElement.GetProperty("p").GetProperty("page").GetString());
        }
        finally { await page.CloseWithContextAsync(); }
    }

    [Fact]
    public async Task AfterConsentAnApplyClickBecomesTheGa4EventSolliciteren()
    {
        var (page, outside) = await OutsideRequests.OpenAsync(chromium.Browser, sites.Ga4);
        try
        {
            await page.GotoAsync(AnalyticsSites.VacancyPath);
            await page.EvaluateAsync("() => document.addEventListener('click', e => { if (e.target.closest('a')) e.preventDefault(); })");
            await page.GetByRole(AriaRole.Link, new() { Name = "Solliciteer" }).ClickAsync();
            await SettleAsync(page);
            Assert.Empty(outside.All);

            await page.GetByRole(AriaRole.Button, new() { Name = "Accepteren", Exact = true }).ClickAsync();
            await outside.WaitForAsync(r => r.Url.Contains("en=page_view"), "with a page view");
            await page.GetByRole(AriaRole.Link, new() { Name = "Solliciteer" }).ClickAsync();
            await outside.WaitForAsync(r => r.Url.Contains(Google + "/g/collect") && r.Url.Contains("en=solliciteren"), "for the apply event");
        }
        finally { await page.CloseWithContextAsync(); }
    }
}
