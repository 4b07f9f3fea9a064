using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using Thuisbasis.Preview;

namespace Thuisbasis.Tests.Reporting;

/// <summary>The preview shows the report at <c>/_rapport/</c> and the newest item's share kit in a toolbar; neither is a build file.</summary>
public sealed class PreviewReportTests : IAsyncLifetime
{
    private readonly Support.FixtureSite _site = HistorySite.Create();
    private PreviewServer _server = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _server = await PreviewServer.StartAsync(new PreviewOptions
        {
            Root = _site.Root, Port = 0, Log = TextWriter.Null, Date = new DateOnly(2026, 11, 23),
            Debounce = TimeSpan.FromMilliseconds(300), MaxWait = TimeSpan.FromSeconds(5),
        });
        _http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _server.Url };
    }

    [Fact]
    public async Task ReportIsServedAtRapportWithTheSameFiguresAsTheCommand()
    {
        var response = await _http.GetAsync("/_rapport/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("Gezondheidsrapport van Testorganisatie", page.QuerySelector("h1")!.TextContent);
        Assert.Contains(page.QuerySelectorAll(".finding p").Select(p => p.TextContent),
            t => t == "In de afgelopen 12 maanden verschenen 5 verhalen: gemiddeld 0,4 per maand. Uw doel is 2 per maand.");
        Assert.Null(page.GetElementById(PreviewToolbar.Id));
        Assert.Equal("/_rapport/", (await _http.GetAsync("/_rapport")).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ToolbarOffersTheNewestPublishedItemWithLinksToThePublicSite()
    {
        var page = new HtmlParser().ParseDocument(await _http.GetStringAsync("/"));
        var bar = page.GetElementById(PreviewToolbar.Id)!;
        Assert.Equal("/_rapport/", bar.QuerySelector("a")!.GetAttribute("href"));
        var facebook = bar.QuerySelector($"#{PreviewToolbar.Id}-facebook")!.TextContent;
        // The Christmas market starts on 8 December, later than Sara's story of 20 November: a new activity comes first.
        Assert.StartsWith("Kerstmarkt, dinsdag 8 december, 10.00 uur\n", facebook);
        Assert.Contains("https://www.test.example/activiteiten/kerstmarkt/?utm_source=facebook&utm_medium=social&utm_campaign=kerstmarkt", facebook);
        Assert.Equal(5, bar.QuerySelectorAll("textarea").Length);
        Assert.All(bar.QuerySelectorAll("textarea"), t => Assert.NotNull(bar.QuerySelector($"label[for='{t.Id}']")));
    }

    [Fact]
    public async Task NeitherReportNorToolbarIsInTheBuildItself()
    {
        await _http.GetStringAsync("/_rapport/");
        var files = _server.Session.State.Files;
        Assert.DoesNotContain(files.Keys, k => k.Contains("rapport") || k.StartsWith("report/"));
        foreach (var file in files.Values.Where(f => f.Bytes is not null))
        {
            var text = Encoding.UTF8.GetString(file.Bytes!);
            Assert.DoesNotContain(PreviewToolbar.Id, text);
            Assert.DoesNotContain("Gezondheidsrapport", text);
        }
        Assert.False(Directory.Exists(Path.Combine(_site.Root, "output")));
        Assert.False(Directory.Exists(Path.Combine(_site.Root, "report")));
    }

    [Fact]
    public async Task WhileABuildFailsTheLastGoodReportStays()
    {
        var good = await _http.GetStringAsync("/_rapport/");
        var built = new TaskCompletionSource();
        _server.Session.Built += s => { if (s.Overlay is not null) built.TrySetResult(); };
        _site.Write("input/stories/2026-11-22-kapot.md", "---\ntitle: Kapot\ndate: 32-13-2026\nauthor: anouk-visser\n---\nTekst.\n");
        await built.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var response = await _http.GetAsync("/_rapport/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.StartsWith(good[..good.IndexOf("</main>", StringComparison.Ordinal)], html);
        Assert.Contains(ErrorOverlay.Id, html);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
        _site.Dispose();
    }
}
