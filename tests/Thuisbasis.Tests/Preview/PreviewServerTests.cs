using System.Net;
using System.Net.Sockets;
using System.Text;
using Thuisbasis.Preview;

namespace Thuisbasis.Tests.Preview;

/// <summary>The preview over HTTP: what it serves, what it refuses, and how it follows edits on disk.</summary>
public sealed class PreviewServerTests : IAsyncLifetime
{
    private readonly FixtureSite _site = new();
    private readonly StringWriter _log = new();
    private PreviewServer _server = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _server = await PreviewServer.StartAsync(new PreviewOptions
        {
            Root = _site.Root, Port = 0, Log = TextWriter.Synchronized(_log), Date = new DateOnly(2026, 6, 1),
            Debounce = TimeSpan.FromMilliseconds(300), MaxWait = TimeSpan.FromSeconds(5),
        });
        _http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _server.Url };
    }

    [Fact]
    public async Task ServesPagesFromMemoryWithTheReloadScriptAndWritesNoOutput()
    {
        var response = await _http.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        Assert.Contains("Welkom bij De Linde", html);
        Assert.Contains("/_thuisbasis/events", html);
        Assert.False(Directory.Exists(_site.PathOf("output")));
    }

    [Fact]
    public async Task ShowsDraftsScheduledStoriesAndClosedVacanciesMarked()
    {
        Assert.Contains("Concept", await _http.GetStringAsync("/verhalen/concept/"));
        Assert.Contains("Ingepland voor 1 januari 2099", await _http.GetStringAsync("/verhalen/toekomst/"));
        Assert.Contains("Deze vacature is gesloten", await _http.GetStringAsync("/vacatures/vrijwilliger-oud/"));
    }

    [Fact]
    public async Task ServesAssetsWithTheirContentType()
    {
        var css = await _http.GetAsync("/assets/css/site.css");
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        var sitemap = await _http.GetAsync("/sitemap.xml");
        Assert.EndsWith("xml", sitemap.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/../statiq.config")]
    [InlineData("/assets/../../statiq.config")]
    [InlineData("/%2e%2e/statiq.config")]
    [InlineData("/input/stories/2026-02-14-wandelen.md")]
    [InlineData("/assets/css/")]
    public async Task ServesNothingOutsideTheBuiltSiteAndNoDirectoryListings(string path)
    {
        var (status, body) = await RawGet(path);
        Assert.True(status is 400 or 404, $"{path} gaf {status}");
        Assert.DoesNotContain("url: https://www.de-linde.example", body);
        Assert.DoesNotContain("Wandelen tegen eenzaamheid\n---", body);
    }

    [Fact]
    public async Task AFolderAddressWithoutSlashRedirects()
    {
        var response = await _http.GetAsync("/verhalen");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/verhalen/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task BrokenFrontMatterKeepsTheLastGoodSiteAndShowsTheOverlayUntilFixed()
    {
        const string story = "input/stories/2026-02-14-wandelen.md";
        var good = _site.Read(story);
        var broken = WaitForBuild(s => s.Overlay is not null);
        _site.Save(story, good.Replace("author: anna", "author: anna: de vries"));
        await broken;

        var page = await _http.GetStringAsync("/verhalen/wandelen/");
        Assert.Contains("Wandelen tegen eenzaamheid", page);
        Assert.Contains($"id=\"{ErrorOverlay.Id}\"", page);
        Assert.Contains("input/stories/2026-02-14-wandelen.md, regel 4", page);
        Assert.Contains("author: anna: de vries", page);

        var fixedBuild = WaitForBuild(s => s.Overlay is null);
        _site.Save(story, good.Replace("Wandelen tegen eenzaamheid", "Wandelen in de wijk"));
        await fixedBuild;

        page = await _http.GetStringAsync("/verhalen/wandelen/");
        Assert.DoesNotContain($"id=\"{ErrorOverlay.Id}\"", page);
        Assert.Contains("Wandelen in de wijk", page);
    }

    [Fact]
    public async Task AnUnknownAuthorIsExplainedInDutch()
    {
        var broken = WaitForBuild(s => s.Overlay is not null);
        _site.Replace("input/stories/2026-03-01-taalcafe.md", "author: bram", "author: brm");
        var state = await broken;
        Assert.Contains(state.Errors, e => e.Code == "TB0106" && e.Path == "input/stories/2026-03-01-taalcafe.md" && e.Line == 4);
        Assert.Contains("Bedoelde u", state.Overlay);
    }

    [Fact]
    public async Task ManyFilesChangedAtOnceGiveOneRebuild()
    {
        var builds = 0;
        _server.Session.Built += _ => Interlocked.Increment(ref builds);
        // Written next to the site first and moved in, so they land within milliseconds, as a checkout's do. Written here
        // one by one, a machine busy with the other test projects could pause the writes for longer than the quiet time,
        // and the rest would be the next rebuild, by design (PreviewOptions.Debounce).
        var staging = _site.PathOf("staging");
        Directory.CreateDirectory(staging);
        for (var i = 0; i < 200; i++)
            File.WriteAllText(Path.Combine(staging, $"extra-{i}.md"), $"---\ntitle: Extra {i}\ndate: 2026-01-01\nauthor: anna\n---\nTekst {i}.\n");
        var done = WaitForBuild(s => s.Files.ContainsKey("verhalen/extra-199/index.html"));
        for (var i = 0; i < 200; i++)
            File.Move(Path.Combine(staging, $"extra-{i}.md"), _site.PathOf($"input/stories/extra-{i}.md"));
        await done;
        Assert.Equal(1, builds);
    }

    [Theory]
    [InlineData("input/stories/a.md", true)]
    [InlineData("themes/default/layouts/story.sbn-html", true)]
    [InlineData("statiq.config", true)]
    [InlineData("input/stories/.a.md.swp", false)]
    [InlineData("input/stories/a.md~", false)]
    [InlineData("input/stories/4913", false)]
    [InlineData("input/stories/a.md.tmp", false)]
    [InlineData("output/index.html", false)]
    [InlineData("bin/Debug/Site.dll", false)]
    public void OnlyFilesABuildReadsTriggerARebuild(string path, bool relevant) =>
        Assert.Equal(relevant, SiteWatcher.Relevant(path));

    /// <summary>
    /// An edit that keeps a file's size and time of change (a typo fixed within the clock step of a FAT stick or a
    /// network share, a copy made with `cp -p` or unzipped) is still shown: the watcher reported it, so the layout, the
    /// stylesheet and the logo are read again, not taken from what the preview remembered by size and time.
    /// </summary>
    [Fact]
    public async Task AnEditThatKeepsTheFilesSizeAndTimeIsShownAllTheSame()
    {
        _site.Save("input/assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect fill=\"#0b5f7b\"/></svg>\n");
        await WaitForBuild(s => s.Files.ContainsKey("assets/logo.svg"));
        Assert.Contains("<footer>Buurthuis De Linde</footer>", await _http.GetStringAsync("/"));
        Assert.Contains("rgb(20, 20, 20)", await _http.GetStringAsync("/assets/css/site.css"));
        Assert.Contains("#0b5f7b", await _http.GetStringAsync("/assets/logo.svg"));

        var built = 0;
        _server.Session.Built += _ => Interlocked.Increment(ref built);
        SameSizeAndTime("themes/default/layouts/base.sbn-html", "<footer>{{ site.settings.name }}</footer>", "<footer>{{site.settings.name }}.</footer>");
        SameSizeAndTime("themes/default/assets/css/site.css", "rgb(20, 20, 20)", "rgb(20, 20, 21)");
        SameSizeAndTime("input/assets/logo.svg", "#0b5f7b", "#0b5f7c");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((!(await _http.GetStringAsync("/")).Contains("<footer>Buurthuis De Linde.</footer>") ||
                !(await _http.GetStringAsync("/assets/css/site.css")).Contains("rgb(20, 20, 21)") ||
                !(await _http.GetStringAsync("/assets/logo.svg")).Contains("#0b5f7c")) && DateTime.UtcNow < deadline)
            await Task.Delay(200);

        Assert.Contains("<footer>Buurthuis De Linde.</footer>", await _http.GetStringAsync("/"));
        Assert.Contains("rgb(20, 20, 21)", await _http.GetStringAsync("/assets/css/site.css"));
        Assert.Contains("#0b5f7c", await _http.GetStringAsync("/assets/logo.svg"));
        Assert.True(built > 0);
    }

    /// <summary>
    /// The image cache removed while the preview runs, but not all of <c>.thuisbasis/</c> (which the watcher sees): no
    /// event comes, and every photo and share card was a 404 until the next save. The first file found missing now
    /// sets off a build that makes them again; the open tab reloads with it.
    /// </summary>
    [Fact]
    public async Task FilesOfTheImageCacheRemovedWhileThePreviewRunsAreMadeAgain()
    {
        var card = _server.Session.State.Files.Values.First(f => f.MadeWhenRead && f.Path.EndsWith(".png", StringComparison.Ordinal)).Path;
        var before = await _http.GetByteArrayAsync("/" + card);
        var builds = _server.Session.State.Build;

        var rebuilt = WaitForBuild(s => s.Build > builds);
        Directory.Delete(_site.PathOf(".thuisbasis/cache/images"), recursive: true);
        var missing = await _http.GetAsync("/" + card);
        await rebuilt;

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(before, await _http.GetByteArrayAsync("/" + card));
    }

    /// <summary>
    /// A folder of <c>input/</c> that is a symbolic link to another folder of the site (stories shared by two sites of
    /// one repository): the build reads it, so the preview follows edits there too, though a watcher does not follow links.
    /// </summary>
    [Fact]
    public async Task AnEditInAFolderThatALinkInInputLeadsToIsShown()
    {
        _site.Save("gedeeld/verhalen/2026-05-01-gedeeld.md", "---\ntitle: Gedeeld verhaal een\ndate: 2026-05-01\nauthor: anna\n---\nSamen.\n");
        var linked = WaitForBuild(s => s.Files.ContainsKey("verhalen/2026-05-01-gedeeld/index.html") || s.Files.ContainsKey("verhalen/gedeeld/index.html"));
        Directory.CreateSymbolicLink(_site.PathOf("input/stories/gedeeld"), "../../gedeeld/verhalen");
        var state = await linked;
        var page = "/" + state.Files.Keys.Single(k => k.StartsWith("verhalen/", StringComparison.Ordinal) && k.Contains("gedeeld", StringComparison.Ordinal) && k.EndsWith("/index.html", StringComparison.Ordinal))[..^"index.html".Length];
        Assert.Contains("Gedeeld verhaal een", await _http.GetStringAsync(page));

        var edited = WaitForBuild(s => s.Files.TryGetValue(page.TrimStart('/') + "index.html", out var f) && f.Bytes is { } b &&
            System.Text.Encoding.UTF8.GetString(b).Contains("Gedeeld verhaal twee", StringComparison.Ordinal));
        _site.Replace("gedeeld/verhalen/2026-05-01-gedeeld.md", "Gedeeld verhaal een", "Gedeeld verhaal twee");
        await edited;

        Assert.Contains("Gedeeld verhaal twee", await _http.GetStringAsync(page));
    }

    /// <summary>
    /// An old address of <c>redirect_from:</c> leads to the page in the preview as it does on Netlify (from the build's
    /// <c>_redirects</c>): with or without its closing slash, a query pair only with its value, the query passed on, a
    /// splat with what it matched; temporarily, so the browser forgets it when the writer changes the list.
    /// </summary>
    [Fact]
    public async Task AnOldAddressLeadsToItsPageAsOnNetlify()
    {
        var built = WaitForBuild(s => s.Files.TryGetValue("_redirects", out var f) && f.Bytes is { } b && Encoding.UTF8.GetString(b).Contains("/oud-wandelen"));
        _site.Replace("input/stories/2026-02-14-wandelen.md", "tags: [buren]",
            "tags: [buren]\nredirect_from: [/oud-wandelen/, \"/index.php?p=12\", /archief/wandelen/*]");
        var state = await built;
        var page = "/" + state.Files.Keys.Single(k => k.StartsWith("verhalen/", StringComparison.Ordinal) && k.Contains("wandelen", StringComparison.Ordinal) && k.EndsWith("/index.html", StringComparison.Ordinal))[..^"index.html".Length];

        foreach (var (old, to) in new[] { ("/oud-wandelen/", page), ("/oud-wandelen", page), ("/oud-wandelen/?utm_source=flyer", page + "?utm_source=flyer"),
                     ("/index.php?p=12", page), ("/archief/wandelen/2019/foto", page) })
        {
            var response = await _http.GetAsync(old);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{old} gaf {(int)response.StatusCode}");
            Assert.Equal(to, response.Headers.Location?.OriginalString);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync("/index.php?p=13")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync("/OUD-wandelen/")).StatusCode); // Netlify's paths are case-sensitive
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync("/?p=13")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync(page)).StatusCode);
    }

    /// <summary>Replaces text by text of the same length and gives the file its old time of change back.</summary>
    private void SameSizeAndTime(string relative, string from, string to)
    {
        Assert.Equal(from.Length, to.Length);
        var full = _site.PathOf(relative);
        var before = File.GetLastWriteTimeUtc(full);
        var text = File.ReadAllText(full);
        Assert.Contains(from, text);
        File.WriteAllText(full, text.Replace(from, to));
        File.SetLastWriteTimeUtc(full, before);
    }

    private Task<PreviewState> WaitForBuild(Func<PreviewState, bool> done)
    {
        var tcs = new TaskCompletionSource<PreviewState>(TaskCreationOptions.RunContinuationsAsynchronously);
        _server.Session.Built += s => { if (done(s)) tcs.TrySetResult(s); };
        return tcs.Task.WaitAsync(TimeSpan.FromSeconds(60));
    }

    /// <summary>A request with the path exactly as given (HttpClient would tidy up <c>..</c> itself).</summary>
    private async Task<(int Status, string Body)> RawGet(string path)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, _server.Url.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        var text = await new StreamReader(stream).ReadToEndAsync();
        return (int.Parse(text.Split(' ')[1]), text);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
        _site.Dispose();
    }
}
