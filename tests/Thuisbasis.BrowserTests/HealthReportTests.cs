using System.Collections.Concurrent;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Thuisbasis.BrowserTests.Infrastructure;
using Thuisbasis.Reporting;

namespace Thuisbasis.BrowserTests;

/// <summary>
/// The health report of the sample site (<c>report/index.html</c>) in Chromium: no axe violations (its folded table
/// opened too), nothing loaded from elsewhere, and a chart that a screen reader can read.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class HealthReportTests(SiteFixture site) : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"thuisbasis-report-{Guid.NewGuid():N}");
    private StaticSiteServer? _server;

    public Task InitializeAsync()
    {
        var (report, diagnostics) = HealthReport.Make(RepositoryRoot.Find(), SiteFixture.BuildDate);
        if (report is null) throw new InvalidOperationException("The sample site did not build: " + string.Join("\n", diagnostics));
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "index.html"), report.Html());
        _server = StaticSiteServer.Start(_folder);
        return Task.CompletedTask;
    }

    private string Url => _server!.BaseUrl + "/";

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(320, 640)]
    public async Task ReportHasNoAxeViolations(int width, int height)
    {
        var page = await site.NewPageAsync(width, height);
        try
        {
            await page.GotoAsync(Url);
            await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
            var result = await page.RunAxe();
            Assert.True(result.Passes is { Length: > 0 }, "axe checked nothing: did the report load?");
            var violations = result.Violations ?? [];
            Assert.True(violations.Length == 0, AxeReport.Describe(page.Url, $"{width}×{height}", violations));
        }
        finally
        {
            await page.CloseWithContextAsync();
        }
    }

    [Fact]
    public async Task ReportLoadsNothingFromOutsideLocalhost()
    {
        var page = await site.NewPageAsync();
        var requested = new ConcurrentQueue<string>();
        try
        {
            await page.Context.RouteAsync("**/*", async route =>
            {
                requested.Enqueue(route.Request.Url);
                if (new Uri(route.Request.Url).Host == "127.0.0.1") await route.ContinueAsync();
                else await route.AbortAsync("blockedbyclient");
            });
            await page.GotoAsync(Url);
            await page.LoadEverythingAsync();
        }
        finally
        {
            await page.CloseWithContextAsync();
        }
        Assert.Equal([Url], requested.Distinct());
    }

    [Fact]
    public async Task ChartHasATextAlternative()
    {
        var page = await site.NewPageAsync();
        try
        {
            await page.GotoAsync(Url);
            var chart = page.GetByRole(AriaRole.Img, new() { Name = "Verhalen, vacatures en activiteiten per week" });
            Assert.Equal(1, await chart.CountAsync());
            var description = await chart.EvaluateAsync<string>(
                "svg => svg.getAttribute('aria-labelledby').split(' ').map(id => document.getElementById(id).textContent).join(' ')");
            Assert.Contains("Staafdiagram. Verhalen:", description);
            Assert.Contains("weken zonder", description);
            // The same figures as a table, one row per week.
            Assert.Equal(52, await page.Locator("details table tbody tr").CountAsync());
        }
        finally
        {
            await page.CloseWithContextAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
