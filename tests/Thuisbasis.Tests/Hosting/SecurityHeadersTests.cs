using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Hosting;

public sealed class SecurityHeadersTests
{
    /// <summary>The <c>_headers</c> file as rules: path → (header → value).</summary>
    private static Dictionary<string, Dictionary<string, string>> Rules(string text)
    {
        var rules = new Dictionary<string, Dictionary<string, string>>();
        Dictionary<string, string>? current = null;
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (!char.IsWhiteSpace(line[0])) { rules[line] = current = new Dictionary<string, string>(); continue; }
            var colon = line.IndexOf(':');
            Assert.True(current is not null && colon > 0, $"not a header line: {line}");
            current![line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        return rules;
    }

    /// <summary>The CSP parsed into directives; every directive appears once and every source is well-formed.</summary>
    private static Dictionary<string, string[]> Csp(string header)
    {
        var directives = new Dictionary<string, string[]>();
        foreach (var part in header.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var tokens = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Matches("^[a-z-]+$", tokens[0]);
            Assert.True(directives.TryAdd(tokens[0], tokens[1..]), $"directive {tokens[0]} twice");
            foreach (var source in tokens[1..])
                Assert.Matches(@"^('self'|'none'|'sha256-[A-Za-z0-9+/=]+'|https://(\*\.)?[a-z0-9.-]+(:\d+)?)$", source);
        }
        return directives;
    }

    private static IReadOnlySet<string> ThirdParty(Dictionary<string, string[]> csp) =>
        csp.Values.SelectMany(v => v).Where(s => s.StartsWith("https://", StringComparison.Ordinal)).ToHashSet();

    private static Dictionary<string, string[]> BuildCsp(string settings, string mode = "production")
    {
        using var site = AnalyticsSites.With(settings);
        var result = site.Build(mode);
        Assert.True(result.Succeeded, result.Describe());
        return Csp(Rules(result.Text("_headers"))["/*"]["Content-Security-Policy"]);
    }

    [Fact]
    public void WithoutAnalyticsTheCspAllowsOnlyTheSiteItself()
    {
        var csp = BuildCsp("");
        Assert.Empty(ThirdParty(csp));
        Assert.Equal(["'self'"], csp["default-src"]);
        Assert.Equal(["'self'"], csp["script-src"]);
        Assert.Equal(["'none'"], csp["frame-ancestors"]);
        Assert.Equal(["'none'"], csp["object-src"]);
        Assert.DoesNotContain(csp.Values.SelectMany(v => v), s => s.Contains("unsafe"));
    }

    [Fact]
    public void ThePlausibleCspAllowsExactlyThePlausibleHostToLoadScriptsAndReceiveEvents()
    {
        var csp = BuildCsp(AnalyticsSites.Providers["plausible"]);
        Assert.Equal(["https://plausible.io"], ThirdParty(csp));
        Assert.Equal(["'self'", "https://plausible.io"], csp["script-src"]);
        Assert.Equal(["'self'", "https://plausible.io"], csp["connect-src"]);
    }

    [Fact]
    public void UmamiCloudMayLoadItsScriptFromTheCloudAndSendOnlyToItsGateway()
    {
        // The Cloud script sends to gateway.umami.is: with cloud.umami.is in connect-src every page view was blocked.
        var csp = BuildCsp(AnalyticsSites.Providers["umami"]);
        Assert.Equal(["'self'", "https://cloud.umami.is"], csp["script-src"]);
        Assert.Equal(["'self'", "https://gateway.umami.is"], csp["connect-src"]);
    }

    [Fact]
    public void ASelfHostedInstanceReplacesTheProvidersOwnHost()
    {
        var csp = BuildCsp(AnalyticsSites.Providers["umami"] + "  host: https://statistiek.test.example/\n");
        Assert.Equal(["https://statistiek.test.example"], ThirdParty(csp));
    }

    [Fact]
    public void TheGa4CspAllowsOnlyGooglesDocumentedTagOrigins()
    {
        var csp = BuildCsp(AnalyticsSites.Providers["ga4"]);
        Assert.True(ThirdParty(csp).SetEquals(["https://*.googletagmanager.com", "https://*.google-analytics.com", "https://*.analytics.google.com"]),
            string.Join(" ", ThirdParty(csp)));
        Assert.Equal(["'self'", "https://*.googletagmanager.com"], csp["script-src"]);
    }

    [Fact]
    public void InPreviewBuildsTheCspAllowsNoAnalyticsHostAndRobotsAreToldNotToIndex()
    {
        using var site = AnalyticsSites.With(AnalyticsSites.Providers["plausible"]);
        var rules = Rules(site.Build("deploy-preview").Text("_headers"));
        Assert.Empty(ThirdParty(Csp(rules["/*"]["Content-Security-Policy"])));
        Assert.Equal("noindex", rules["/*"]["X-Robots-Tag"]);
        Assert.DoesNotContain("X-Robots-Tag", Rules(site.Build("production").Text("_headers"))["/*"].Keys);
    }

    [Fact]
    public void InlineScriptsOfACustomSnippetAreAllowedByTheirHashOnly()
    {
        const string inline = "window.meten = 1;";
        var csp = BuildCsp($"analytics:\n  provider: custom\n  head: '<script>{inline}</script><script src=\"https://meten.test.example/m.js\"></script>'\n");
        var hash = "'sha256-" + Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(inline))) + "'";
        Assert.Equal(["'self'", "https://meten.test.example", hash], csp["script-src"]);
        Assert.Equal(["https://meten.test.example"], ThirdParty(csp));
    }

    [Fact]
    public void TheNewsletterServiceIsAllowedAsAFormTargetAndNothingElse()
    {
        var csp = BuildCsp("newsletter:\n  provider: laposta\n  action: https://voorbeeld.email-provider.example/subscribe/post\n");
        Assert.Equal(["'self'", "https://voorbeeld.email-provider.example"], csp["form-action"]);
        Assert.Equal(["'self'"], csp["script-src"]);
    }

    [Fact]
    public void SecurityHeadersGoOnEveryPathAndFingerprintedScriptsAreCachedForeverWhilePagesKeepNetlifysRevalidation()
    {
        using var site = AnalyticsSites.With(AnalyticsSites.Providers["ga4"] + "security:\n  frame_ancestors: self\n");
        var result = site.Build("production");
        var rules = Rules(result.Text("_headers"));
        var all = rules["/*"];
        Assert.Equal("strict-origin-when-cross-origin", all["Referrer-Policy"]);
        Assert.Equal("nosniff", all["X-Content-Type-Options"]);
        Assert.Contains("camera=()", all["Permissions-Policy"]);
        Assert.Equal(["'self'"], Csp(all["Content-Security-Policy"])["frame-ancestors"]);
        Assert.DoesNotContain("Cache-Control", all.Keys);

        var scripts = result.Files.Where(f => f.Path.StartsWith("assets/js/", StringComparison.Ordinal) && f.Bytes is not null).ToList();
        Assert.Equal(3, scripts.Count);
        foreach (var script in scripts)
        {
            Assert.Matches(@"^assets/js/[a-z]+\.[0-9a-f]{10}\.js$", script.Path);
            Assert.Equal("public, max-age=31536000, immutable", rules["/" + script.Path]["Cache-Control"]);
        }
        // Pages, feeds and images keep Netlify's default (public, max-age=0, must-revalidate): no rule of their own.
        foreach (var page in new[] { "/", "/contact/", "/contact/bedankt/", "/404.html" })
            Assert.False(rules.ContainsKey(page), $"{page} has a rule of its own");
        // Netlify joins equal headers of overlapping rules; only "/*" overlaps with the others, and sets neither of these.
        Assert.All(rules.Where(r => r.Key != "/*"), r => Assert.Subset(new HashSet<string> { "Cache-Control", "Content-Type" }, r.Value.Keys.ToHashSet()));
        Assert.DoesNotContain("Content-Type", all.Keys);
    }

    [Fact]
    public void AChangedScriptGetsANewFingerprintedName()
    {
        using var site = AnalyticsSites.With(AnalyticsSites.Providers["plausible"]);
        string TrackPath() => site.Build("production").Files.Single(f => f.Path.StartsWith("assets/js/track.", StringComparison.Ordinal) && f.Bytes is not null).Path;
        var before = TrackPath();
        site.Write("overrides/assets/js/track.js", "window.thuisbasis = { track: function () {} };\n");
        Assert.NotEqual(before, TrackPath());
    }
    [Fact]
    public void AutoplayIsAllowedOnlyToThePlayersOfTheSitesOwnVideos()
    {
        string Autoplay(FixtureSite site)
        {
            var result = site.Build("production");
            Assert.True(result.Succeeded, result.Describe());
            var policy = Rules(result.Text("_headers"))["/*"]["Permissions-Policy"];
            return policy.Split(", ").Single(p => p.StartsWith("autoplay=", StringComparison.Ordinal));
        }
        using var site = AnalyticsSites.With("");
        Assert.Equal("autoplay=()", Autoplay(site));
        site.Write("input/stories/video.md",
            "---\ntitle: Video\ndate: 2026-01-01\nauthor: { name: Ria, role: bewoner }\nconsent: true\n---\n![De markt](https://youtu.be/dQw4w9WgXcQ)\n");
        Assert.Equal("autoplay=(self \"https://www.youtube-nocookie.com\")", Autoplay(site));
        site.Write("input/stories/video2.md",
            "---\ntitle: Video 2\ndate: 2026-01-02\nauthor: { name: Ria, role: bewoner }\nconsent: true\n---\n![Maatjes](https://vimeo.com/76979871)\n");
        Assert.Equal("autoplay=(self \"https://www.youtube-nocookie.com\" \"https://player.vimeo.com\")", Autoplay(site));
    }
}
