using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Hosting;

/// <summary>
/// Every built page carries its Content-Security-Policy itself, for where <c>_headers</c> does not reach: GitHub Pages
/// reads no headers file, and Netlify gives a 404 page the headers of the address that was asked for.
/// </summary>
public sealed class PolicyInPageTests
{
    private const string Editor = "editor:\n  backend: github\n  repo: buurtkracht/website\n  branch: main\n";
    private const string Snippet = "analytics:\n  provider: custom\n  hosts: [https://meten.test.example]\n" +
        "  head: '<script>window.meten = 1;</script><script defer src=\"https://meten.test.example/m.js\"></script>'\n";

    private static string Without(string policy, string directive) =>
        string.Join("; ", policy.Split("; ").Where(d => d.Split(' ')[0] != directive));

    [Theory]
    [InlineData("")]
    [InlineData(Snippet)]
    public void EveryBuiltPageStartsWithThePolicyOfTheHeadersLessFrameAncestors(string settings)
    {
        using var site = AnalyticsSites.With(settings);
        var result = site.Build("production");
        Assert.True(result.Succeeded, result.Describe());
        var header = SecurityHeaders(result)["/*"]["Content-Security-Policy"];
        Assert.Contains("frame-ancestors 'none'", header);
        var pages = result.HtmlPages().ToList();
        Assert.Contains("404.html", pages);
        Assert.True(pages.Count > 10, string.Join(", ", pages));
        foreach (var path in pages)
        {
            var head = result.Html(path).Head!;
            var metas = head.QuerySelectorAll("meta[http-equiv]").ToList();
            Assert.True(metas.Count == 1, $"{path}: {metas.Count} policies in the page");
            Assert.Equal("Content-Security-Policy", metas[0].GetAttribute("http-equiv"));
            Assert.Equal(Without(header, "frame-ancestors"), metas[0].GetAttribute("content"));
            // Before anything that loads or runs: a policy applies only to what comes after it.
            var first = head.Children.First(e => e.LocalName is "meta" or "link" or "script" or "style" && e.GetAttribute("charset") is null);
            Assert.Same(metas[0], first);
        }
        if (settings.Length > 0) Assert.Contains("'sha256-", header); // the snippet's inline script, allowed by its hash in both
    }

    [Fact]
    public void WithTheWebEditorOnThe404PageStillHasAPolicyAndTheEditorKeepsOnlyItsOwn()
    {
        using var site = AnalyticsSites.With(Editor);
        var result = site.Build("production");
        Assert.True(result.Succeeded, result.Describe());
        var rules = SecurityHeaders(result);
        // Netlify serves 404.html for /bestaat/niet/ with that address's headers: no rule gives it a policy.
        Assert.DoesNotContain("Content-Security-Policy", rules["/*"].Keys);
        Assert.False(rules.ContainsKey("/bestaat/*"));
        Assert.NotNull(result.Html("404.html").QuerySelector("head meta[http-equiv='Content-Security-Policy']"));
        Assert.Null(result.Html("admin/index.html").QuerySelector("meta[http-equiv='Content-Security-Policy']"));
    }

    [Fact]
    public void ALogoFromAnotherSiteIsAllowedByThePolicyForThatOriginOnly()
    {
        // The settings ask for it, so the page may load it; the policy blocked it and the header showed no logo.
        using var site = new FixtureSite();
        site.Write("statiq.config", "name: Testorganisatie\nurl: https://www.test.example\nlogo: https://cdn.voorbeeld.nl:8443/huisstijl/logo.png\nlogo_alt: Logo\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var policy = result.Html("index.html").QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content")!;
        var img = policy.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("img-src ", StringComparison.Ordinal));
        Assert.Equal("img-src 'self' https://cdn.voorbeeld.nl:8443", img);
        Assert.Contains("https://cdn.voorbeeld.nl:8443/huisstijl/logo.png", result.Html("index.html").QuerySelector(".brand img")!.GetAttribute("src"));

        site.Write("statiq.config", "name: Testorganisatie\nurl: https://www.test.example\nlogo: /assets/img/logo.png\nlogo_alt: Logo\n");
        site.WriteBytes("input/assets/img/logo.png", Feeds.FeedTestSupport.Png(400, 100));
        var own = site.Build().Html("index.html").QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content")!;
        Assert.Contains("img-src 'self';", own);
    }

    [Fact]
    public void ThePreviewHasNoPolicyInItsPagesForItsLiveReloadIsInline()
    {
        using var site = AnalyticsSites.With("");
        var result = site.Build("preview");
        Assert.True(result.Succeeded, result.Describe());
        Assert.All(result.HtmlPages(), p => Assert.Null(result.Html(p).QuerySelector("meta[http-equiv]")));
    }

    /// <summary>The <c>_headers</c> file as rules: path → (header → value).</summary>
    private static Dictionary<string, Dictionary<string, string>> SecurityHeaders(Thuisbasis.Pipeline.BuildResult result)
    {
        var (rules, errors) = NetlifyRules.ParseHeaders(result.Text("_headers"));
        Assert.Empty(errors);
        return rules.ToDictionary(r => r.For, r => r.Values.ToDictionary(h => h.Key, h => h.Value), StringComparer.Ordinal);
    }
}
