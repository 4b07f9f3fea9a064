using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Building;

public sealed class OutputTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AFailedBuildLeavesThePreviousOutputExactlyAsItWas(bool likeTheCommandLine)
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", "---\ntitle: Eerste versie\ndate: 2026-01-01\nauthor: anouk-visser\n---\nA.\n");
        Assert.True(site.BuildAndWrite(likeTheCommandLine: likeTheCommandLine).Succeeded);
        var before = Snapshot(site.Output);

        site.Write("input/stories/a.md", "---\ntitle: Tweede versie\ndate: 32-13-2026\nauthor: anouk-visser\n---\nA.\n");
        var failed = site.BuildAndWrite(likeTheCommandLine: likeTheCommandLine);

        Assert.False(failed.Succeeded);
        Assert.Equal(before, Snapshot(site.Output));
        Assert.Contains("Eerste versie", File.ReadAllText(Path.Combine(site.Output, "verhalen/a/index.html")));
        Assert.Empty(Directory.GetDirectories(site.Root, ".output.*"));
    }

    [Fact]
    public void ThreadsWritingIntoTheSameNewFolderAllFindIt()
    {
        // A one-off build writes pages and feeds from several threads into folders made as they go; a thread must never
        // find a folder marked as made before it exists (this failed one build in a few hundred: "Could not find file").
        // Here four threads start writing into each new folder at the same moment, 300 times.
        using var site = new FixtureSite();
        using var staging = Output.OutputWriter.Stage(Path.Combine(site.Root, "output"));
        const int threads = 4, folders = 300;
        using var start = new Barrier(threads);
        var failures = new System.Collections.Concurrent.ConcurrentBag<Exception>();
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            for (var f = 0; f < folders; f++)
            {
                start.SignalAndWait();
                try { staging.AddText($"map-{f}/deel/dieper/bestand-{t}.html", $"<p>{f}</p>", "test"); }
                catch (IOException e) { failures.Add(e); }
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        Assert.Empty(failures);
        Assert.Equal(threads * folders, Directory.GetFiles(site.Root, "bestand-*.html", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void TheNextBuildRemovesWhatAKilledBuildLeftButNotWhatARunningBuildWrites()
    {
        using var site = new FixtureSite();
        // A build process killed halfway (kill -9) and one that is still running, each with its staging folder.
        using var killed = System.Diagnostics.Process.Start("sleep", "60");
        using var running = System.Diagnostics.Process.Start("sleep", "60");
        try
        {
            Thread.Sleep(50);
            var stamp = $"{DateTime.UtcNow:yyyyMMddHHmmssfff}";
            var leftNew = Path.Combine(site.Root, $".output.new-{stamp}-{killed.Id}");
            var leftOld = Path.Combine(site.Root, $".output.old-{stamp}-{killed.Id}");
            var busy = Path.Combine(site.Root, $".output.new-{stamp}-{running.Id}");
            var otherOutput = Path.Combine(site.Root, $".public.new-{stamp}-{killed.Id}");
            foreach (var folder in new[] { leftNew, leftOld, busy, otherOutput })
            {
                Directory.CreateDirectory(Path.Combine(folder, "verhalen"));
                File.WriteAllText(Path.Combine(folder, "verhalen", "index.html"), "half");
            }
            killed.Kill();
            killed.WaitForExit();

            Assert.True(site.BuildAndWrite(likeTheCommandLine: true).Succeeded);

            Assert.False(Directory.Exists(leftNew));
            Assert.False(Directory.Exists(leftOld));
            Assert.True(Directory.Exists(busy)); // its build may still swap it in
            Assert.True(Directory.Exists(otherOutput)); // another output folder's business
        }
        finally
        {
            running.Kill();
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void UnchangedFilesKeepTheirTimestampsAndRemovedPagesDisappear(bool likeTheCommandLine)
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\n---\nA.\n");
        site.Write("input/stories/b.md", "---\ntitle: B\ndate: 2026-01-02\nauthor: anouk-visser\n---\nB.\n");
        site.BuildAndWrite(likeTheCommandLine: likeTheCommandLine);
        var css = Path.Combine(site.Output, "assets/css/site.css");
        var page = Path.Combine(site.Output, "404.html");
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(css, old);
        File.SetLastWriteTimeUtc(page, old);

        File.Delete(Path.Combine(site.Root, "input/stories/b.md"));
        Assert.True(site.BuildAndWrite(likeTheCommandLine: likeTheCommandLine).Succeeded);

        Assert.Equal(old, File.GetLastWriteTimeUtc(css));
        Assert.Equal(old, File.GetLastWriteTimeUtc(page)); // a page whose bytes did not change is the previous file
        Assert.Empty(Directory.GetDirectories(site.Root, ".output.*"));
        Assert.False(File.Exists(Path.Combine(site.Output, "verhalen/b/index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "verhalen/a/index.html")));
    }

    [Fact]
    public void ABuildLikeTheCommandLineWritesExactlyTheFilesOfAnInMemoryBuild()
    {
        using var site = new FixtureSite();
        for (var i = 1; i <= 12; i++)
            site.Write($"input/stories/s{i:00}.md", $"---\ntitle: Verhaal {i}\ndate: 2026-01-{i:00}\nauthor: anouk-visser\ntags: [buurt]\n---\nTekst {i}.\n");
        var inMemory = site.Build();

        var written = site.BuildAndWrite(likeTheCommandLine: true);

        Assert.True(written.Succeeded, written.Describe());
        Assert.All(written.Files.Where(f => f.Path.EndsWith(".html")), f => Assert.Null(f.Bytes)); // not kept in memory
        var feeds = written.Files.Where(f => f.Source.StartsWith("(feed ")).ToList();
        Assert.Contains(feeds, f => f.Path == "onderwerp/buurt/feed.xml");
        Assert.All(feeds, f => Assert.NotNull(f.Staged)); // written from the feed buffer straight into staging
        var onDisk = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'), File.ReadAllBytes);
        Assert.Equal(inMemory.Files.Select(f => f.Path).Order(StringComparer.Ordinal), onDisk.Keys.Order(StringComparer.Ordinal));
        foreach (var file in inMemory.Files.Where(f => f.Bytes is not null))
            Assert.True(file.Bytes!.AsSpan().SequenceEqual(onDisk[file.Path]), $"{file.Path} verschilt");
    }

    [Fact]
    public void StoryListingsArePagedTenAtATime()
    {
        using var site = new FixtureSite();
        for (var i = 1; i <= 23; i++)
            site.Write($"input/stories/s{i:00}.md", $"---\ntitle: Verhaal {i}\ndate: 2026-01-{i:00}\nauthor: anouk-visser\n---\nTekst {i}.\n");
        var result = site.Build();
        Assert.Equal(10, result.Html("verhalen/index.html").QuerySelectorAll("main .cards > li").Length);
        Assert.Equal(10, result.Html("verhalen/pagina/2/index.html").QuerySelectorAll("main .cards > li").Length);
        var last = result.Html("verhalen/pagina/3/index.html");
        Assert.Equal(3, last.QuerySelectorAll("main .cards > li").Length);
        Assert.Equal("Verhaal 3", last.QuerySelector("main .cards a")!.TextContent);
        Assert.Equal("/verhalen/pagina/2/", last.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.True(result.Has("auteur/anouk-visser/pagina/3/index.html"));
        Assert.Equal("Verhaal 23", result.Html("verhalen/index.html").QuerySelector("main .cards a")!.TextContent);
        // Each page its own description (search engines report pages sharing one as duplicates).
        string Description(string path) => result.Html(path).QuerySelector("meta[name=description]")!.GetAttribute("content")!;
        var first = Description("verhalen/index.html");
        Assert.DoesNotContain("Pagina", first);
        Assert.Equal($"{first} Pagina 2 van 3.", Description("verhalen/pagina/2/index.html"));
        Assert.Equal($"{first} Pagina 3 van 3.", Description("verhalen/pagina/3/index.html"));
        // A description written without a full stop gets one before the page number.
        site.Write("input/pages/extra.md", "---\ntitle: Extra\ndescription: Nieuws uit de buurt\n---\nTekst.\n");
        Assert.Equal("Nieuws uit de buurt. Pagina 2 van 3.",
            site.Build().Html("extra/pagina/2/index.html").QuerySelector("meta[name=description]")!.GetAttribute("content"));
    }

    private static Dictionary<string, (string, DateTime)> Snapshot(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f), f => (Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))), File.GetLastWriteTimeUtc(f)));
}
