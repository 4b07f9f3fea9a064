using AngleSharp.Html.Parser;
using Thuisbasis.Pipeline;
using Thuisbasis.Tests.Building;
using Thuisbasis.Tests.Support;
using Thuisbasis.Model;

namespace Thuisbasis.Tests.Analytics;

public sealed class ProviderSnippetTests
{
    public static TheoryData<string> AllProviders() => [.. AnalyticsSites.Providers.Keys];

    [Fact]
    public void WithProviderNoneNoPageOfTheSampleLoadsAnythingFromAnotherHost()
    {
        var root = SampleSiteTests.RepositoryRoot();
        var result = new SiteEngine(new BuildOptions { Root = root, Date = FixtureSite.Today }).Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.NotNull(result.Site);
        Assert.Equal("none", result.Site.Settings.Analytics.Provider);
        var host = new Uri(result.Site.Settings.Url).Host;
        var parser = new HtmlParser();
        var pages = result.HtmlPages().ToList();
        Assert.True(pages.Count > 20);
        foreach (var path in pages)
        {
            var doc = parser.ParseDocument(result.Text(path));
            // Anything the browser fetches by itself: src, srcset, poster, data of objects, and stylesheets, icons,
            // preloads. An <a href> to a social profile is a link the visitor may follow, not a load.
            var loads = doc.QuerySelectorAll("[src], [srcset], [poster], object[data], link[href]")
                .Where(e => e.LocalName != "link" || !IsNavigationOnly(e.GetAttribute("rel")))
                .SelectMany(e => new[] { e.GetAttribute("src"), e.GetAttribute("poster"), e.GetAttribute("data"), e.GetAttribute("href") }
                    .Concat((e.GetAttribute("srcset") ?? "").Split(',').Select(s => s.Trim().Split(' ')[0])))
                .Where(u => !string.IsNullOrEmpty(u));
            foreach (var url in loads)
            {
                var absolute = url!.StartsWith("//", StringComparison.Ordinal) ? "https:" + url : url;
                if (Uri.TryCreate(absolute, UriKind.Absolute, out var u) && u.Scheme is "http" or "https")
                    Assert.True(u.Host == host, $"{path} loads {url}");
            }
            Assert.Empty(doc.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));
        }
    }

    private static bool IsNavigationOnly(string? rel) =>
        (rel ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).All(r => r is "canonical" or "alternate" or "me" or "author" or "license");

    [Theory]
    [MemberData(nameof(AllProviders))]
    public void EachProviderSnippetAppearsExactlyOncePerPageInProduction(string provider)
    {
        using var site = AnalyticsSites.With(AnalyticsSites.Providers[provider]);
        var result = site.Build("production");
        Assert.True(result.Succeeded, result.Describe());
        var pages = result.HtmlPages().ToList();
        Assert.Contains("index.html", pages);
        Assert.Contains("404.html", pages);
        foreach (var page in pages)
            Assert.True(AnalyticsSites.Count(result.Text(page), AnalyticsSites.Signatures[provider]) == 1, $"{provider}: {page}");
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public void NoProviderSnippetInPreviewDraftsOrDeployPreviewBuilds(string provider)
    {
        using var site = AnalyticsSites.With(AnalyticsSites.Providers[provider]);
        foreach (var mode in new[] { "preview", "drafts", "deploy-preview", "branch-deploy" })
        {
            var result = site.Build(mode);
            Assert.True(result.Succeeded, result.Describe());
            var all = result.AllText();
            Assert.DoesNotContain(AnalyticsSites.Signatures[provider], all);
            Assert.DoesNotContain("data-tb-consent", all);
            Assert.DoesNotContain(result.Files, f => f.Path.StartsWith("assets/js/track.", StringComparison.Ordinal) && f.Bytes is not null);
        }
    }

    [Fact]
    public void DeployPreviewsAreMeasuredOnlyWhenTheSettingsAskForIt()
    {
        using var site = AnalyticsSites.With(AnalyticsSites.Providers["plausible"] + "  deploy_previews: true\n");
        Assert.Contains(AnalyticsSites.Signatures["plausible"], site.Build("deploy-preview").Text("index.html"));
        Assert.DoesNotContain(AnalyticsSites.Signatures["plausible"], site.Build("preview").Text("index.html"));
    }

    [Fact]
    public void PlausibleUsesItsDocumentedDeferredScriptWithTheDomainAndNoBanner()
    {
        using var site = AnalyticsSites.With(AnalyticsSites.Providers["plausible"]);
        var doc = site.Build("production").Html("index.html");
        var script = Assert.Single(doc.QuerySelectorAll("script[data-domain]"));
        Assert.Equal("www.test.example", script.GetAttribute("data-domain"));
        Assert.True(script.HasAttribute("defer"));
        Assert.Null(doc.QuerySelector("[data-tb-consent-banner]"));
        Assert.Null(doc.QuerySelector("[data-tb-consent-open]"));
        var track = Assert.Single(doc.QuerySelectorAll("script[src^='/assets/js/track.']"));
        Assert.Equal("plausible", track.GetAttribute("data-provider"));
        Assert.Equal("none", track.GetAttribute("data-consent"));
    }

    [Fact]
    public void MatomoConfigurationIsAFirstPartyFileWithCookiesSwitchedOff()
    {
        using var site = AnalyticsSites.With(AnalyticsSites.Providers["matomo"]);
        var result = site.Build("production");
        var config = Assert.Single(result.Files, f => f.Path.StartsWith("assets/js/analytics.", StringComparison.Ordinal));
        var js = result.Text(config.Path);
        Assert.Contains("disableCookies", js);
        // Before the page view: no browser features that together recognise a visitor, and nothing after the # (search words).
        foreach (var setting in new[] { "['disableCookies']", "['disableBrowserFeatureDetection']", "['discardHashTag', true]" })
            Assert.True(js.IndexOf(setting, StringComparison.Ordinal) is >= 0 and var at && at < js.IndexOf("['trackPageView']", StringComparison.Ordinal), setting);
        Assert.Contains("\"https://statistiek.test.example/matomo.php\"", js);
        Assert.Contains("['setSiteId', \"7\"]", js);
        var html = result.Text("index.html");
        Assert.True(html.IndexOf(config.Path, StringComparison.Ordinal) < html.IndexOf("matomo.js", StringComparison.Ordinal),
            "the configuration must run before matomo.js");
    }

    [Fact]
    public void ConsentAlwaysMakesEvenACookielessProviderWaitForPermission()
    {
        using var site = AnalyticsSites.With(AnalyticsSites.Providers["umami"] + "  consent: always\n");
        var doc = site.Build("production").Html("index.html");
        var gated = Assert.Single(doc.QuerySelectorAll("script[data-tb-consent]"));
        Assert.Equal("text/plain", gated.GetAttribute("type"));
        Assert.False(gated.HasAttribute("src"));
        Assert.Equal("https://cloud.umami.is/script.js", gated.GetAttribute("data-src"));
        Assert.NotNull(doc.QuerySelector("[data-tb-consent-banner]"));
        Assert.Contains("geen cookies", doc.QuerySelector("[data-tb-consent-banner]")!.TextContent);
    }

    [Fact]
    public void UmamiKeepsNoVisitorIdAndGetsNothingAfterTheHash()
    {
        // Newer Umami scripts keep a visitor id in localStorage unless told not to: storing that needs consent.
        using var site = AnalyticsSites.With(AnalyticsSites.Providers["umami"]);
        var script = site.Build("production").Html("index.html").QuerySelector("script[data-website-id]")!;
        Assert.Equal("false", script.GetAttribute("data-identity-stitching"));
        Assert.Equal("true", script.GetAttribute("data-exclude-hash"));
        Assert.Equal("https://gateway.umami.is", script.GetAttribute("data-host-url"));
    }
}
