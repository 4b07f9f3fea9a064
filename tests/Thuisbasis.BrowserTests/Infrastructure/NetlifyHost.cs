using System.Collections.Concurrent;
using Microsoft.Playwright;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.BrowserTests.Infrastructure;

/// <summary>
/// A browser context that sees a built site the way Netlify serves it: every response from the site carries exactly
/// the headers that the site's own <c>_headers</c> gives its path (read by Netlify's rules, <see cref="NetlifyRules"/>),
/// with Netlify's default <c>Cache-Control</c> where the file says none. Every request that leaves 127.0.0.1 is
/// recorded and answered by a stand-in, because nothing may go online; a stand-in script sends to the same origins the
/// real one does, so <c>connect-src</c> and <c>img-src</c> are put to work too. Content-Security-Policy violations
/// (<c>securitypolicyviolation</c> events, in every frame) and policy messages on the console are collected.
/// </summary>
public sealed class NetlifyHost
{
    public const string NetlifyDefaultCacheControl = "public, max-age=0, must-revalidate";

    /// <summary>Where the web editor's GitHub login starts (Decap CMS's <c>netlify-auth</c>): a window on Netlify's site.</summary>
    public const string NetlifyLogin = "https://api.netlify.com/auth";

    /// <summary>Stand-ins for the providers' scripts: each one sends a page view where the real one would.</summary>
    private static readonly Dictionary<string, string> StandInScripts = new(StringComparer.Ordinal)
    {
        ["https://plausible.io/js/script.js"] = "fetch('https://plausible.io/api/event', { method: 'POST', mode: 'no-cors', body: '{}' });",
        ["https://statistiek.test.example/matomo.js"] =
            "fetch('https://statistiek.test.example/matomo.php?idsite=7&rec=1', { method: 'POST', mode: 'no-cors' });" +
            "new Image().src = 'https://statistiek.test.example/matomo.php?idsite=7&rec=1&img=1';",
        ["https://gc.zgo.at/count.js"] =
            "navigator.sendBeacon('https://testorg.goatcounter.com/count?p=%2F');" +
            "new Image().src = 'https://testorg.goatcounter.com/count?p=%2F&img=1';",
        // Umami Cloud's script sends to its gateway, not to its own origin, unless data-host-url names another address.
        ["https://cloud.umami.is/script.js"] =
            "fetch((document.currentScript.getAttribute('data-host-url') || 'https://gateway.umami.is') + '/api/send', { method: 'POST', mode: 'no-cors', body: '{}' });",
        ["https://www.googletagmanager.com/gtag/js"] =
            "fetch('https://region1.google-analytics.com/g/collect?v=2&en=page_view', { method: 'POST', mode: 'no-cors', keepalive: true });" +
            "new Image().src = 'https://www.google-analytics.com/g/collect?v=2&img=1';",
        ["https://meten.test.example/m.js"] = "fetch('https://meten.test.example/collect', { method: 'POST', mode: 'no-cors', body: '{}' });",
    };

    private const string WatchViolations = """
        window.__tbViolations = [];
        document.addEventListener('securitypolicyviolation', e => {
          window.__tbViolations.push(e.violatedDirective + ' blocked ' + e.blockedURI + ' on ' + e.documentURI);
        });
        """;

    private readonly ConcurrentQueue<string> outside = new();
    private readonly ConcurrentQueue<string> console = new();
    private readonly ConcurrentDictionary<string, Dictionary<string, string>> served = new();

    public IPage Page { get; private set; } = null!;

    /// <summary>Every address outside the site that was asked for, in order.</summary>
    public IReadOnlyList<string> Outside => [.. outside];
    public IEnumerable<string> OutsideHosts => Outside.Select(u => new Uri(u).Host).Distinct();
    /// <summary>The response headers the site's files were served with, by path.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, string>> Served => served;

    /// <param name="headers">False serves the files with no header of <c>_headers</c>, as GitHub Pages does.</param>
    public static async Task<NetlifyHost> OpenAsync(IBrowser browser, string baseUrl, string siteFolder, bool javaScript = true, bool headers = true)
    {
        var (rules, errors) = headers ? NetlifyRules.ParseHeaders(await File.ReadAllTextAsync(Path.Combine(siteFolder, "_headers"))) : ([], []);
        Assert.True(errors.Count == 0, "Netlify would refuse lines of _headers: " + string.Join("; ", errors));
        var host = new NetlifyHost();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl, Locale = "nl-NL", JavaScriptEnabled = javaScript, ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        await context.AddInitScriptAsync(WatchViolations);
        await context.RouteAsync("**/*", async route =>
        {
            var url = route.Request.Url;
            if (url.StartsWith(baseUrl + "/", StringComparison.Ordinal))
            {
                var response = await route.FetchAsync(new RouteFetchOptions { MaxRedirects = 0 });
                var path = new Uri(url).AbsolutePath;
                var headers = response.Headers.Where(h => h.Key is not ("cache-control" or "x-content-type-options"))
                    .ToDictionary(h => h.Key, h => h.Value, StringComparer.OrdinalIgnoreCase);
                foreach (var (name, value) in NetlifyRules.HeadersFor(rules, path)) headers[name] = value;
                headers.TryAdd("Cache-Control", NetlifyDefaultCacheControl);
                host.served[path] = headers;
                await route.FulfillAsync(new RouteFulfillOptions { Response = response, Headers = headers });
                return;
            }
            if (url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("blob:", StringComparison.Ordinal)) { await route.ContinueAsync(); return; }
            host.outside.Enqueue(url);
            await route.FulfillAsync(StandIn(url, route.Request.Method));
        });
        host.Page = await context.NewPageAsync();
        host.Page.Console += (_, m) =>
        {
            if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) ||
                m.Text.Contains("permissions policy", StringComparison.OrdinalIgnoreCase) || m.Text.Contains("Refused", StringComparison.Ordinal))
                host.console.Enqueue($"{m.Type}: {m.Text}");
        };
        return host;
    }

    private static RouteFulfillOptions StandIn(string url, string method)
    {
        var cors = new Dictionary<string, string> { ["Access-Control-Allow-Origin"] = "*" };
        var script = StandInScripts.FirstOrDefault(s => url.StartsWith(s.Key, StringComparison.Ordinal)).Value;
        if (script is not null) return new() { Status = 200, ContentType = "text/javascript", Body = script, Headers = cors };
        // Netlify's login window for the web editor: like the real one, it answers the window that opened it.
        if (url.StartsWith(NetlifyLogin, StringComparison.Ordinal))
            return new() { Status = 200, ContentType = "text/html; charset=utf-8", Headers = cors, Body =
                "<!doctype html><html lang=\"nl\"><title>Inloggen</title><script>if (window.opener) window.opener.postMessage('authorizing:github', '*');</script></html>" };
        if (url.StartsWith("https://www.youtube-nocookie.com/embed/", StringComparison.Ordinal) ||
            url.StartsWith("https://player.vimeo.com/video/", StringComparison.Ordinal) ||
            (method == "POST" && url.Contains(".list-manage.com/", StringComparison.Ordinal)))
            return new() { Status = 200, ContentType = "text/html; charset=utf-8", Body = "<!doctype html><html lang=\"nl\"><title>buiten</title><p>buiten</p></html>", Headers = cors };
        return new() { Status = 204, Headers = cors };
    }

    private readonly List<string> violations = [];

    /// <summary>
    /// Every violation reported so far, plus the policy messages on the console. Call it before leaving a page: the
    /// page's list goes with it. Violations inside another site's frame are that site's business and are not read.
    /// </summary>
    public async Task<IReadOnlyList<string>> ViolationsAsync()
    {
        violations.AddRange(await Page.EvaluateAsync<string[]>("() => { const v = window.__tbViolations || []; window.__tbViolations = []; return v; }"));
        return [.. violations, .. console];
    }

    public Task CloseAsync() => Page.Context.CloseAsync();
}
