using System.Collections.Concurrent;
using AngleSharp.Html.Parser;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Thuisbasis.BrowserTests.Infrastructure;
using Thuisbasis.Model;
using Thuisbasis.Pipeline;

namespace Thuisbasis.BrowserTests;

/// <summary>
/// A story with a YouTube and a Vimeo video, served with the Content-Security-Policy of its own <c>_headers</c>:
/// loading the page asks nothing of YouTube or Vimeo; pressing play loads exactly the privacy-friendly player, which
/// that CSP allows; without JavaScript the link goes to the video's page; axe finds nothing.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class VideoTests(SiteFixture site)
{
    private const string Story = """
        ---
        title: Samen naar de markt
        date: 2026-03-14
        author: { name: Ria, role: bewoner }
        consent: true
        ---
        Ria vertelt hoe zij weer naar de markt gaat.

        ![Ria vertelt over de markt](https://www.youtube.com/watch?v=dQw4w9WgXcQ)

        En zo ziet het maatjesproject eruit.

        ![Het maatjesproject in beeld](https://vimeo.com/76979871)
        """;

    [Fact]
    public async Task VideosLoadNothingFromYouTubeUntilPlayIsPressedAndThenOnlyTheNoCookiePlayer()
    {
        await using var hosted = await HostedStory.StartAsync();
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = hosted.BaseUrl, Locale = "nl-NL" });
        var page = await context.NewPageAsync();
        var requested = new ConcurrentQueue<string>();
        try
        {
            await context.RouteAsync("**/*", async route =>
            {
                var url = route.Request.Url;
                requested.Enqueue(url);
                if (url.StartsWith(hosted.BaseUrl, StringComparison.Ordinal))
                {
                    // The site's own files, with the CSP its _headers file sets for every page.
                    var response = await route.FetchAsync();
                    var headers = new Dictionary<string, string>(response.Headers) { ["Content-Security-Policy"] = hosted.Csp };
                    await route.FulfillAsync(new RouteFulfillOptions { Response = response, Headers = headers });
                }
                else if (url.StartsWith("https://www.youtube-nocookie.com/embed/", StringComparison.Ordinal))
                    await route.FulfillAsync(new RouteFulfillOptions { ContentType = "text/html", Body = "<!doctype html><title>speler</title><p>speler" });
                else await route.AbortAsync("blockedbyclient");
            });
            await page.GotoAsync("/verhalen/samen-naar-de-markt/");
            await page.LoadEverythingAsync();
            Assert.DoesNotContain(requested, url => !url.StartsWith(hosted.BaseUrl, StringComparison.Ordinal));
            Assert.Contains(hosted.BaseUrl + "/assets/js/video.js", requested);

            var play = page.GetByRole(AriaRole.Button, new() { Name = "Video afspelen: Ria vertelt over de markt" });
            await Assertions.Expect(play).ToBeVisibleAsync();
            Assert.Equal(2, await page.Locator("button.video-play").CountAsync());
            Assert.Equal(0, await page.Locator("iframe").CountAsync());
            var axe = await page.RunAxe();
            Assert.True(axe.Violations is null or { Length: 0 }, AxeReport.Describe(page.Url, "1280", axe.Violations ?? []));

            await play.ClickAsync();
            var frame = page.Locator("figure.video iframe");
            await Assertions.Expect(frame).ToHaveCountAsync(1);
            Assert.Equal("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1", await frame.GetAttributeAsync("src"));
            Assert.Equal("Ria vertelt over de markt (video op YouTube)", await frame.GetAttributeAsync("title"));
            // The CSP let the player load: the request reached the network (here: our stand-in) and the frame shows it.
            await Assertions.Expect(page.FrameLocator("figure.video iframe").Locator("p")).ToHaveTextAsync("speler");
            Assert.Contains("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1", requested);
            Assert.DoesNotContain(requested, url => url.Contains("vimeo", StringComparison.Ordinal) || url.Contains("://www.youtube.com", StringComparison.Ordinal));
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task WithoutJavaScriptAVideoIsALinkToItsPage()
    {
        await using var hosted = await HostedStory.StartAsync();
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = hosted.BaseUrl, JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        try
        {
            await context.RouteAsync("**/*", route => route.Request.Url.StartsWith(hosted.BaseUrl, StringComparison.Ordinal)
                ? route.ContinueAsync() : route.AbortAsync("blockedbyclient"));
            await page.GotoAsync("/verhalen/samen-naar-de-markt/");
            var link = page.GetByRole(AriaRole.Link, new() { Name = "Ria vertelt over de markt (video op YouTube)" });
            Assert.Equal("https://www.youtube.com/watch?v=dQw4w9WgXcQ", await link.GetAttributeAsync("href"));
            Assert.Equal(0, await page.Locator("button.video-play, iframe").CountAsync());
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    /// <summary>The sample site with the story above added, built and served; its CSP read from the built <c>_headers</c>.</summary>
    private sealed class HostedStory : IAsyncDisposable
    {
        private readonly string _work;
        private readonly StaticSiteServer _server;

        private HostedStory(string work, StaticSiteServer server, string csp) => (_work, _server, Csp) = (work, server, csp);

        public string BaseUrl => _server.BaseUrl;
        public string Csp { get; }

        public static Task<HostedStory> StartAsync()
        {
            var work = Path.Combine(Path.GetTempPath(), $"thuisbasis-video-{Guid.NewGuid():N}");
            var root = RepositoryRoot.Find();
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "input"), "*", SearchOption.AllDirectories).Append(Path.Combine(root, "statiq.config")))
            {
                var target = Path.Combine(work, "site", Path.GetRelativePath(root, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
            // Search off in this copy: Pagefind is installed next to the repository, not next to a temporary copy (SearchTests cover it).
            var settings = Path.Combine(work, "site", "statiq.config");
            File.WriteAllText(settings, File.ReadAllText(settings).Replace("search: true", "search: false", StringComparison.Ordinal));
            File.WriteAllText(Path.Combine(work, "site", "input", "stories", "2026-03-14-samen-naar-de-markt.md"), Story);
            var output = Path.Combine(work, "output");
            var server = StaticSiteServer.Start(output);
            var result = new SiteEngine(new BuildOptions
            {
                Root = Path.Combine(work, "site"), Output = output, Date = SiteFixture.BuildDate, BaseUrl = server.BaseUrl,
            }).BuildAndWrite();
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            var html = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "verhalen", "samen-naar-de-markt", "index.html")));
            Assert.Equal(2, html.QuerySelectorAll("main figure.video a.video-link[data-embed]").Length);
            var csp = File.ReadAllLines(Path.Combine(output, "_headers")).First(l => l.TrimStart().StartsWith("Content-Security-Policy:", StringComparison.Ordinal));
            // Served over http on 127.0.0.1 here, so the one directive about https is left out.
            csp = csp[(csp.IndexOf(':') + 1)..].Trim().Replace("; upgrade-insecure-requests", "");
            Assert.Contains("frame-src 'self' https://www.youtube-nocookie.com https://player.vimeo.com", csp);
            return Task.FromResult(new HostedStory(work, server, csp));
        }

        public async ValueTask DisposeAsync()
        {
            await _server.DisposeAsync();
            try { Directory.Delete(_work, recursive: true); } catch (IOException) { /* a temp folder left behind is harmless */ }
        }
    }
}
