using Microsoft.Playwright;
using Thuisbasis.Model;
using Thuisbasis.Pipeline;

namespace Thuisbasis.BrowserTests.Infrastructure;

/// <summary>
/// Two small production sites built by the engine and served on 127.0.0.1: one measured with Google Analytics 4
/// (consent needed), one with Plausible (cookieless). Each test gets a browser context in which every request that
/// leaves 127.0.0.1 is recorded and answered locally by a stand-in for the provider, because nothing may go online.
/// </summary>
public sealed class AnalyticsSites : IAsyncLifetime
{
    public const string VacancyTitle = "Vrijwilliger bij het taalcafé";
    public const string VacancyPath = "/vacatures/vrijwilliger-taalcafe/";

    private readonly string work = Path.Combine(Path.GetTempPath(), $"thuisbasis-analytics-{Guid.NewGuid():N}");
    private readonly List<StaticSiteServer> servers = [];

    /// <summary>The base address of the site measured with Google Analytics 4 (consent needed).</summary>
    public string Ga4 { get; private set; } = "";
    /// <summary>The base address of the site measured with Plausible (cookieless).</summary>
    public string Plausible { get; private set; } = "";
    /// <summary>The Content-Security-Policy the GA4 site's build wrote into <c>_headers</c> for every path.</summary>
    public string Ga4Csp { get; private set; } = "";

    public Task InitializeAsync()
    {
        Ga4 = Serve("ga4", "analytics:\n  provider: ga4\n  site: G-TEST123456\n");
        Ga4Csp = File.ReadAllLines(Path.Combine(work, "ga4-output", "_headers"))
            .Select(l => l.Trim()).First(l => l.StartsWith("Content-Security-Policy:", StringComparison.Ordinal))["Content-Security-Policy:".Length..].Trim();
        Plausible = Serve("plausible", "analytics:\n  provider: plausible\n  site: www.test.example\n");
        return Task.CompletedTask;
    }

    private string Serve(string name, string analytics)
    {
        var root = Path.Combine(work, name);
        var output = Path.Combine(work, name + "-output");
        Write(root, "statiq.config", $"name: Testorganisatie\nurl: https://www.test.example\ncontact:\n  phone: 020 123 45 67\n  email: info@test.example\n{analytics}");
        Write(root, "input/pages/home.md", "---\ntitle: Welkom\n---\nWij helpen mensen in de wijk.\n");
        foreach (var role in new[] { "clients", "method", "services", "about", "extra", "contact" })
            Write(root, $"input/pages/{role}.md", $"---\ntitle: Pagina {role}\n---\nTekst over {role}.\n");
        Write(root, "input/vacancies/vrijwilliger-taalcafe.md", $$"""
            ---
            title: {{VacancyTitle}}
            date: 2026-11-01
            closing_date: 2026-12-31
            kind: volunteer
            location: Amsterdam-Oost
            contact: { name: Anouk Visser, email: anouk@test.example }
            apply_email: vacatures@test.example
            ---
            Help mee met Nederlandse les.
            """);
        var server = StaticSiteServer.Start(output);
        servers.Add(server);
        var result = new SiteEngine(new BuildOptions
        {
            Root = root, Output = output, Date = new DateOnly(2026, 11, 23), BaseUrl = server.BaseUrl, Mode = "production",
        }).BuildAndWrite();
        if (!result.Succeeded)
            throw new InvalidOperationException("The analytics test site did not build: " + string.Join("; ", result.Diagnostics));
        return server.BaseUrl;
    }

    private static void Write(string root, string relative, string text)
    {
        var full = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text.ReplaceLineEndings("\n"));
    }

    public async Task DisposeAsync()
    {
        foreach (var s in servers) await s.DisposeAsync();
        try { Directory.Delete(work, recursive: true); }
        catch (IOException) { /* a temp folder left behind is harmless */ }
    }
}

/// <summary>Every request that left the site during a test, answered by local stand-ins for the providers' scripts.</summary>
public sealed class OutsideRequests
{
    /// <summary>Stands in for gtag.js: sends a page view, then every gtag('event', …) as a collect request, as the real one does.</summary>
    private const string FakeGtag = """
        (function () {
          function send(name) {
            fetch('https://www.google-analytics.com/g/collect?v=2&en=' + encodeURIComponent(name), { method: 'POST', keepalive: true, mode: 'no-cors' }).catch(function () {});
          }
          function handle(args) { if (args[0] === 'event') send(args[1]); }
          var queue = window.dataLayer || [];
          send('page_view');
          for (var i = 0; i < queue.length; i++) handle(queue[i]);
          var push = queue.push.bind(queue);
          queue.push = function (args) { handle(args); return push(args); };
        })();
        """;

    /// <summary>Stands in for Plausible's script.js: replays the queue and posts every event to /api/event.</summary>
    private const string FakePlausible = """
        (function () {
          var queue = (window.plausible && window.plausible.q) || [];
          function plausible(name, options) {
            fetch('https://plausible.io/api/event', { method: 'POST', keepalive: true, mode: 'no-cors',
              body: JSON.stringify({ n: name, p: options && options.props }) }).catch(function () {});
          }
          window.plausible = plausible;
          plausible('pageview');
          for (var i = 0; i < queue.length; i++) plausible.apply(null, queue[i]);
        })();
        """;

    private readonly List<(string Url, string? Body)> requests = [];

    public IReadOnlyList<(string Url, string? Body)> All { get { lock (requests) return [.. requests]; } }

    public IEnumerable<(string Url, string? Body)> To(string host) =>
        All.Where(r => new Uri(r.Url).Host == host || new Uri(r.Url).Host.EndsWith("." + host, StringComparison.Ordinal));

    /// <summary>A fresh context on the site at <paramref name="baseUrl"/> that records and answers every outside request.</summary>
    /// <param name="csp">When set, every page of the site is served with this Content-Security-Policy, as Netlify would.</param>
    public static async Task<(IPage Page, OutsideRequests Requests)> OpenAsync(IBrowser browser, string baseUrl,
        bool javaScript = true, string? csp = null)
    {
        var outside = new OutsideRequests();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl, Locale = "nl-NL", JavaScriptEnabled = javaScript,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        await context.RouteAsync("**/*", async route =>
        {
            var url = route.Request.Url;
            if (url.StartsWith(baseUrl, StringComparison.Ordinal))
            {
                if (csp is null) { await route.ContinueAsync(); return; }
                var response = await route.FetchAsync();
                var headers = new Dictionary<string, string>(response.Headers) { ["content-security-policy"] = csp };
                await route.FulfillAsync(new RouteFulfillOptions { Response = response, Headers = headers });
                return;
            }
            lock (outside.requests) outside.requests.Add((url, route.Request.PostData));
            var body = url.Contains("googletagmanager.com/gtag/js", StringComparison.Ordinal) ? FakeGtag
                : url.Contains("plausible.io/js/script.js", StringComparison.Ordinal) ? FakePlausible
                : "";
            await route.FulfillAsync(new RouteFulfillOptions
            {
                Status = body.Length > 0 ? 200 : 204, ContentType = "text/javascript", Body = body,
                Headers = new Dictionary<string, string> { ["Access-Control-Allow-Origin"] = "*" },
            });
        });
        return (await context.NewPageAsync(), outside);
    }

    /// <summary>Waits until a request matching <paramref name="match"/> was made, or fails after a few seconds.</summary>
    public async Task<(string Url, string? Body)> WaitForAsync(Func<(string Url, string? Body), bool> match, string what)
    {
        for (var i = 0; i < 100; i++)
        {
            var hit = All.FirstOrDefault(match);
            if (hit.Url is not null) return hit;
            await Task.Delay(50);
        }
        throw new Xunit.Sdk.XunitException($"No request {what}. Outside requests: {string.Join(", ", All.Select(r => r.Url))}");
    }
}
