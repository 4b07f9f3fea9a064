using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Analytics;

public sealed class ConsentTests
{
    [Fact]
    public void Ga4LoadsNothingFromGoogleUntilConsentAndDefaultsEveryConsentTypeToDenied()
    {
        using var site = AnalyticsSites.With(AnalyticsSites.Providers["ga4"]);
        var result = site.Build("production");
        var doc = result.Html("index.html");

        Assert.Empty(doc.QuerySelectorAll("script[src*='google']"));
        var gated = Assert.Single(doc.QuerySelectorAll("script[data-tb-consent]"));
        Assert.Equal("text/plain", gated.GetAttribute("type"));
        Assert.Equal("https://www.googletagmanager.com/gtag/js?id=G-ABC123XYZ9", gated.GetAttribute("data-src"));

        var config = result.Text(Assert.Single(result.Files, f => f.Path.StartsWith("assets/js/analytics.", StringComparison.Ordinal)).Path);
        foreach (var type in new[] { "ad_storage", "ad_user_data", "ad_personalization", "analytics_storage" })
            Assert.Matches($"{type}: 'denied'", config);
        Assert.True(config.IndexOf("'consent', 'default'", StringComparison.Ordinal) < config.IndexOf("'config'", StringComparison.Ordinal));
        Assert.Contains(result.Files, f => f.Path.StartsWith("assets/js/consent.", StringComparison.Ordinal));
    }

    [Fact]
    public void TheConsentBannerIsDutchHiddenWithoutJavaScriptAndOffersTwoEqualButtons()
    {
        using var site = AnalyticsSites.With(AnalyticsSites.Providers["ga4"]);
        var doc = site.Build("production").Html("contact/index.html");
        var banner = doc.QuerySelector("[data-tb-consent-banner]")!;
        Assert.True(banner.HasAttribute("hidden"));
        Assert.Equal("region", banner.GetAttribute("role"));
        Assert.False(string.IsNullOrWhiteSpace(banner.GetAttribute("aria-label")));
        Assert.Same(doc.Body!.FirstElementChild, banner);
        var buttons = banner.QuerySelectorAll("[data-tb-consent-choice]");
        Assert.Equal(["Accepteren", "Weigeren"], buttons.Select(b => b.TextContent.Trim()));
        Assert.All(buttons, b => Assert.Equal("button", b.GetAttribute("type")));
        Assert.Equal(buttons[0].ClassName, buttons[1].ClassName);
        Assert.Contains("cookies", banner.TextContent);
        Assert.Contains("Google Analytics", banner.TextContent);

        var change = doc.QuerySelector("footer [data-tb-consent-open]")!;
        Assert.Equal("Cookie-instellingen", change.TextContent.Trim());
        Assert.True(change.HasAttribute("hidden"), "without JavaScript there is nothing to change, so the button stays hidden");
    }

    /// <summary>
    /// Statistics without cookies that ask anyway (<c>consent: always</c>) have no cookies to set: the footer button says
    /// "Privacy-instellingen" there, and "Cookie-instellingen" only for a service that sets them.
    /// </summary>
    [Fact]
    public void TheFooterButtonSpeaksOfCookiesOnlyWhenTheServiceSetsThem()
    {
        using var site = AnalyticsSites.With(AnalyticsSites.Providers["umami"] + "  consent: always\n");
        var doc = site.Build("production").Html("index.html");
        Assert.Equal("Privacy-instellingen", doc.QuerySelector("footer [data-tb-consent-open]")!.TextContent.Trim());
        Assert.NotNull(doc.QuerySelector("[data-tb-consent-banner]"));
    }

    [Theory]
    [InlineData("plausible")]
    [InlineData("matomo")]
    [InlineData("goatcounter")]
    [InlineData("umami")]
    public void CookielessProvidersNeedNoBanner(string provider)
    {
        using var site = AnalyticsSites.With(AnalyticsSites.Providers[provider]);
        var result = site.Build("production");
        var doc = result.Html("index.html");
        Assert.Null(doc.QuerySelector("[data-tb-consent-banner]"));
        Assert.Empty(doc.QuerySelectorAll("script[data-tb-consent]"));
        Assert.DoesNotContain(result.Files, f => f.Path.StartsWith("assets/js/consent.", StringComparison.Ordinal) && f.Bytes is not null);
    }

    [Fact]
    public void CustomSnippetThatSetsCookiesWaitsInATemplateUntilConsent()
    {
        using var site = AnalyticsSites.With("""
            analytics:
              provider: custom
              cookies: true
              head: '<script src="https://meten.test.example/m.js"></script>'
              body: '<img src="https://meten.test.example/pixel.gif" alt="">'
            """);
        var result = site.Build("production");
        var doc = result.Html("index.html");
        Assert.Empty(doc.QuerySelectorAll("script[src*='meten'], img[src*='meten']"));
        var templates = doc.QuerySelectorAll("template[data-tb-consent-template]");
        Assert.Equal(["head", "body"], templates.Select(t => t.GetAttribute("data-tb-consent-template")));
        Assert.Contains("<template data-tb-consent-template=\"head\"><script src=\"https://meten.test.example/m.js\"></script></template>",
            result.Text("index.html"));
        Assert.NotNull(doc.QuerySelector("[data-tb-consent-banner]"));
    }

    [Fact]
    public void CustomSnippetWithoutCookiesIsWrittenAsIsInHeadAndBody()
    {
        using var site = AnalyticsSites.With("""
            analytics:
              provider: custom
              head: '<meta name="meten" content="ja">'
              body: '<noscript><img src="https://meten.test.example/pixel.gif" alt=""></noscript>'
            """);
        var html = site.Build("production").Text("index.html");
        Assert.Contains("<meta name=\"meten\" content=\"ja\">", html);
        Assert.True(html.IndexOf("pixel.gif", StringComparison.Ordinal) > html.IndexOf("</footer>", StringComparison.Ordinal));
        Assert.DoesNotContain("data-tb-consent-banner", html);
    }

    [Fact]
    public void TheQuestionLinksToThePrivacyStatementWhenTheSiteHasOne()
    {
        using var site = AnalyticsSites.With(AnalyticsSites.Providers["ga4"]);
        Assert.Empty(site.Build("production").Html("index.html").QuerySelectorAll("[data-tb-consent-question] a"));

        site.Write("input/pages/privacy.md", "---\ntitle: Privacyverklaring\n---\nWij meten met Google Analytics als u dat goed vindt.\n");
        var link = Assert.Single(site.Build("production").Html("index.html").QuerySelectorAll("[data-tb-consent-question] a"));
        Assert.Equal("/privacy/", link.GetAttribute("href"));
        Assert.Equal("privacyverklaring", link.TextContent);
    }
}
