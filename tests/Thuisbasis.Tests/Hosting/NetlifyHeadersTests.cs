using System.Text.RegularExpressions;
using Thuisbasis.Hosting;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Hosting;

/// <summary>
/// Every file of a built site looked up in its own <c>_headers</c> the way Netlify matches and joins rules
/// (<see cref="NetlifyRules"/>): what each file is really served with, not what one rule says.
/// </summary>
public sealed partial class NetlifyHeadersTests
{
    [GeneratedRegex(@"\.[0-9a-f]{10}\.[a-z]+$")]
    private static partial Regex Fingerprinted();

    private static (Pipeline.BuildResult Result, IReadOnlyList<NetlifyHeaderRule> Rules) Build()
    {
        using var site = AnalyticsSites.With(AnalyticsSites.Providers["ga4"] + "feeds:\n  formats: [rss, atom, json]\n");
        site.Write("input/activities/taalcafe.md",
            "---\ntitle: Taalcafé\nstart: 2026-12-08 10:00\nend: \"12:00\"\nrepeat: { every: week }\nlocation: Buurthuis De Linde\n---\nPraat mee.\n");
        var result = site.Build("production");
        Assert.True(result.Succeeded, result.Describe());
        var (rules, errors) = NetlifyRules.ParseHeaders(result.Text("_headers"));
        Assert.Empty(errors);
        return (result, rules);
    }

    /// <summary>The address a file is asked for by: a folder's <c>index.html</c> by the folder.</summary>
    private static string Address(string path) => "/" + (path.EndsWith("index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path);

    [Fact]
    public void OnlyFingerprintedFilesAreImmutableAndNoFileGetsTwoCachingRulesJoined()
    {
        var (result, rules) = Build();
        var fingerprinted = 0;
        foreach (var file in result.Files.Where(f => !f.Path.StartsWith('_')))
        {
            var headers = NetlifyRules.HeadersFor(rules, Address(file.Path));
            headers.TryGetValue("Cache-Control", out var cache);
            if (Fingerprinted().IsMatch(file.Path))
            {
                fingerprinted++;
                Assert.Equal(HeadersGenerator.Immutable, cache);
            }
            else Assert.True(cache is null, $"{file.Path}: Cache-Control {cache}");
        }
        Assert.True(fingerprinted >= 2, "the GA4 site has fingerprinted scripts");
    }

    [Fact]
    public void WithSearchPagefindsContentNamedFilesAreImmutableAndItsEntryFilesAreNot()
    {
        using var site = AnalyticsSites.With("search: true\n");
        var result = site.Build("production");
        var (rules, errors) = NetlifyRules.ParseHeaders(result.Text("_headers"));
        Assert.Empty(errors);
        foreach (var file in new[] { "/pagefind/fragment/nl_4f1c2a9.pf_fragment", "/pagefind/index/nl_9a8b7c6.pf_index", "/pagefind/filter/nl_1d2e3f.pf_filter" })
            Assert.Equal(HeadersGenerator.Immutable, NetlifyRules.HeadersFor(rules, file)["Cache-Control"]);
        foreach (var file in new[] { "/pagefind/pagefind.js", "/pagefind/pagefind-entry.json", "/pagefind/wasm.nl.pagefind" })
            Assert.False(NetlifyRules.HeadersFor(rules, file).ContainsKey("Cache-Control"), file);
    }

    [Fact]
    public void EveryPageGetsExactlyOnePolicyAndEveryHeaderOnce()
    {
        var (result, rules) = Build();
        var policy = rules.Single(r => r.For == "/*").Values["Content-Security-Policy"];
        foreach (var file in result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var headers = NetlifyRules.HeadersFor(rules, Address(file.Path));
            Assert.Equal(policy, headers["Content-Security-Policy"]);
            Assert.Equal("nosniff", headers["X-Content-Type-Options"]);
            Assert.Equal("DENY", headers["X-Frame-Options"]);
        }
    }

    [Fact]
    public void CalendarsAreServedAsTextCalendarInUtf8()
    {
        var (result, rules) = Build();
        var calendars = result.Files.Where(f => f.Path.EndsWith(".ics", StringComparison.Ordinal)).Select(f => Address(f.Path)).ToList();
        Assert.Equal(["/activiteiten/agenda.ics", "/activiteiten/taalcafe/agenda.ics"], calendars.Order(StringComparer.Ordinal));
        foreach (var ics in calendars)
            Assert.Equal("text/calendar; charset=utf-8", NetlifyRules.HeadersFor(rules, ics)["Content-Type"]);
        Assert.All(result.Files.Where(f => !f.Path.EndsWith(".ics", StringComparison.Ordinal)),
            f => Assert.False(NetlifyRules.HeadersFor(rules, Address(f.Path)).ContainsKey("Content-Type"), f.Path));
    }
    [Fact]
    public void WithTheEditorEveryPageStillGetsExactlyTheStrictPolicyAndOnlyTheAdminFolderTheEditorsOwn()
    {
        using var site = AnalyticsSites.With("editor:\n  backend: github\n  repo: buurtkracht/website\n  branch: main\n");
        site.Write("input/stories/2026-01-10-markt.md", "---\ntitle: Naar de markt\ndate: 2026-01-10\nauthor: { name: Ria, role: bewoner }\nconsent: true\ntags: [buurt]\n---\nTekst.\n");
        var result = site.Build("production");
        Assert.True(result.Succeeded, result.Describe());
        var (rules, errors) = NetlifyRules.ParseHeaders(result.Text("_headers"));
        Assert.Empty(errors);
        var editor = rules.Single(r => r.For == "/admin/*").Values["Content-Security-Policy"];
        var strict = rules.Single(r => r.For == "/" && r.Values.ContainsKey("Content-Security-Policy")).Values["Content-Security-Policy"];
        Assert.DoesNotContain("unsafe-eval", strict);
        var pages = result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).Select(f => Address(f.Path)).ToList();
        Assert.Contains("/admin/", pages);
        foreach (var page in pages)
        {
            var headers = NetlifyRules.HeadersFor(rules, page);
            var admin = page.StartsWith("/admin/", StringComparison.Ordinal);
            Assert.Equal(admin ? editor : strict, headers.GetValueOrDefault("Content-Security-Policy"));
            // One opener policy, never two joined: the editor's login window must be able to answer /admin/.
            Assert.Equal(admin ? "same-origin-allow-popups" : "same-origin", headers.GetValueOrDefault("Cross-Origin-Opener-Policy"));
        }
    }

    [Fact]
    public void WithoutTheEditorEveryPageKeepsTheStrictOpenerPolicy()
    {
        var (result, rules) = Build();
        foreach (var file in result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
            Assert.Equal("same-origin", NetlifyRules.HeadersFor(rules, Address(file.Path))["Cross-Origin-Opener-Policy"]);
    }
}
