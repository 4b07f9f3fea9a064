using System.Net;
using System.Text.Json;
using Thuisbasis.Output;
using Thuisbasis.Preview;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Search;

/// <summary>Search in <c>preview</c>: an index made in the background after each good build, served under /pagefind/.</summary>
public sealed class PreviewSearchTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private static string Story(string text) =>
        $"---\ntitle: Zomer in de wijk\ndate: 2026-05-01\nauthor: anouk-visser\n---\n{text}\n";

    [Fact]
    public async Task ThePreviewServesASearchIndexThatFollowsAnEditAndLeavesDraftsOut()
    {
        using var site = SearchSites.WithSearch();
        site.Write("input/stories/zomer.md", Story("De buren zaaiden zonnebloemen langs het fietspad."));
        site.Write("input/stories/concept.md",
            "---\ntitle: Nog niet af\ndate: 2026-05-02\nauthor: anouk-visser\ndraft: true\n---\nHet woord conceptwoordje staat alleen hier.\n");
        var log = new StringWriter();
        await using var server = await PreviewServer.StartAsync(new PreviewOptions
        {
            Root = site.Root, Port = 0, Log = TextWriter.Synchronized(log), Date = FixtureSite.Today,
            Debounce = TimeSpan.FromMilliseconds(200), MaxWait = TimeSpan.FromSeconds(5),
            ReadEnvironment = SearchSites.OnlyPagefind(SearchSites.RepositoryPagefind()),
        });
        using var http = new HttpClient { BaseAddress = server.Url };

        var first = await IndexWhere(server, index => index.Any(f => f.Content.Contains("zonnebloemen langs het fietspad")), log);
        Assert.DoesNotContain(first, f => f.Content.Contains("conceptwoordje"));
        Assert.Equal("verhaal", Assert.Single(first, f => f.Url == "/verhalen/zomer/").Meta["type"]);

        var script = await http.GetAsync("/pagefind/pagefind.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.EndsWith("/javascript", script.Content.Headers.ContentType?.MediaType);
        using (var entry = JsonDocument.Parse(await http.GetStringAsync("/pagefind/pagefind-entry.json")))
            Assert.Equal(first.Count, entry.RootElement.GetProperty("languages").GetProperty("nl").GetProperty("page_count").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/pagefind/../statiq.config")).StatusCode);

        site.Write("input/stories/zomer.md", Story("Nu staan er tulpen in het plantsoen."));
        var edited = await IndexWhere(server, index => index.Any(f => f.Content.Contains("tulpen in het plantsoen")), log);
        Assert.DoesNotContain(edited, f => f.Content.Contains("zonnebloemen"));
        Assert.Contains("zoekindex bijgewerkt", log.ToString());
        Assert.False(Directory.Exists(Path.Combine(site.Root, "output")));

        // Stopping the preview deletes its temporary index folder.
        var temporary = Path.GetDirectoryName(server.Session.Search!.Current!)!;
        Assert.True(Directory.Exists(temporary));
        await server.DisposeAsync();
        Assert.False(Directory.Exists(temporary));
        Assert.Null(server.Session.Search);
    }

    [Fact]
    public async Task WithoutPagefindThePreviewRunsAndSaysOnceHowToInstallIt()
    {
        using var site = SearchSites.WithSearch();
        var log = new StringWriter();
        await using var server = await PreviewServer.StartAsync(new PreviewOptions
        {
            Root = site.Root, Port = 0, Log = TextWriter.Synchronized(log), Date = FixtureSite.Today, ReadEnvironment = _ => null,
        });
        using var http = new HttpClient { BaseAddress = server.Url };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/zoeken/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/pagefind/pagefind.js")).StatusCode);
        server.Session.Rebuild(["input/pages/home.md"]);
        var said = log.ToString().Split('\n').Count(l => l.Contains("Zoeken werkt niet in de preview"));
        Assert.Equal(1, said);
        Assert.Contains("npm install pagefind@1.6.0", log.ToString());
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // the stand-in program is a shell script
    public async Task APageGoneFromTheMirrorDuringARunStillGivesAnIndexAndStoppingDeletesTheFolder()
    {
        // A story deleted while Pagefind indexes: its page leaves the mirror under the running index. The run used to end
        // with FileNotFoundException: no index, no log line, no next run, and stopping the preview threw before it
        // deleted its temporary folder (found by bench/preview_soak.py). The stand-in deletes a mirrored page at the
        // moment the run has listed them, then is Pagefind itself.
        var pagefind = SearchSites.RepositoryPagefind();
        var scratch = Path.Combine(Path.GetTempPath(), "tb-previewsearch-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(scratch);
        try
        {
            var program = Path.Combine(scratch, "pagefind");
            File.WriteAllText(program, $"#!/bin/sh\nrm -f verhalen/b/index.html\nexec '{pagefind}' \"$@\"\n");
            File.SetUnixFileMode(program, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var files = new[] { "a", "b", "c" }.Select(n => OutputFile.Text($"verhalen/{n}/index.html",
                $"<!DOCTYPE html><html lang=\"nl\"><head><title>{n}</title></head><body><main data-pagefind-body><p>Verhaal {n}</p></main></body></html>",
                n)).ToDictionary(f => f.Path, StringComparer.Ordinal);
            var log = new StringWriter();
            var search = new PreviewSearch(scratch, SearchSites.OnlyPagefind(program), TextWriter.Synchronized(log));
            var indexed = new TaskCompletionSource<Thuisbasis.Search.PagefindRun>(TaskCreationOptions.RunContinuationsAsynchronously);
            search.Indexed += run => indexed.TrySetResult(run);

            search.Update(files, "nl");

            var finished = await Task.WhenAny(indexed.Task, Task.Delay(Patience));
            Assert.True(finished == indexed.Task, $"No index run finished in {Patience.TotalSeconds} s. Log:\n{log}");
            Assert.True(indexed.Task.Result.Succeeded, indexed.Task.Result.Output);
            var folder = Path.GetDirectoryName(search.Current!)!;
            Assert.Equal(["/verhalen/a/", "/verhalen/c/"], SearchSites.ReadFragments(search.Current!).Select(f => f.Url).Order(StringComparer.Ordinal));
            search.Dispose();
            Assert.False(Directory.Exists(folder));
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>Waits until the index the preview serves satisfies <paramref name="condition"/>.</summary>
    private static async Task<IReadOnlyList<SearchSites.Fragment>> IndexWhere(PreviewServer server,
        Func<IReadOnlyList<SearchSites.Fragment>, bool> condition, StringWriter log)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < Patience)
        {
            if (server.Session.Search?.Current is { } folder)
            {
                try
                {
                    var index = SearchSites.ReadFragments(folder);
                    if (condition(index)) return index;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // replaced by a newer index while being read: look again
                }
            }
            await Task.Delay(200);
        }
        throw new Xunit.Sdk.XunitException($"The preview's search index did not get there in {Patience.TotalSeconds} s. Log:\n{log}");
    }
}
