using Microsoft.Playwright;
using Thuisbasis.Pipeline;
using Thuisbasis.Model;

namespace Thuisbasis.BrowserTests.Infrastructure;

/// <summary>
/// Once for all browser tests: the repository's sample site built by the engine into a temporary folder,
/// served on 127.0.0.1, and one headless Chromium to look at it.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    /// <summary>The day the sample site is built for: one vacancy is open, one closed, no story scheduled.</summary>
    public static readonly DateOnly BuildDate = new(2026, 11, 23);

    private readonly string workFolder = Path.Combine(Path.GetTempPath(), $"thuisbasis-browser-{Guid.NewGuid():N}");
    private StaticSiteServer? server;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public string SiteFolder => Path.Combine(workFolder, "site");
    public string BaseUrl => Server.BaseUrl;
    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not started.");
    private StaticSiteServer Server => server ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(workFolder);
        server = StaticSiteServer.Start(SiteFolder);
        BuildSampleSite(server.BaseUrl);
        playwright = await Playwright.CreateAsync();
        browser = await ChromiumLauncher.LaunchAsync(playwright);
    }

    private void BuildSampleSite(string baseUrl)
    {
        var result = new SiteEngine(new BuildOptions
        {
            Root = RepositoryRoot.Find(),
            Output = SiteFolder,
            Date = BuildDate,
            BaseUrl = baseUrl,
        }).BuildAndWrite();

        if (!result.Succeeded)
            throw new InvalidOperationException(
                "The sample site did not build:" + Environment.NewLine +
                string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.IsError)));
    }

    public string Url(string path) => BaseUrl + path;

    /// <summary>A fresh page in its own context (no shared cookies or cache) at the given viewport.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "nl-NL",
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.CloseAsync();
        playwright?.Dispose();
        if (server is not null) await server.DisposeAsync();
        try { Directory.Delete(workFolder, recursive: true); }
        catch (IOException) { /* a temp folder left behind is harmless */ }
    }
}
