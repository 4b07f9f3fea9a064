using System.Text;

namespace Thuisbasis.Tests.Preview;

/// <summary>
/// The running preview under the saves writers' tools really make (vim's and JetBrains' atomic saves, a tool that
/// empties a file before it writes, two saves in a row, a photo copied in slowly, CRLF, what macOS, Windows and Office
/// leave behind) and under Git changing dozens of files at once. After each, once things settle, it serves what a fresh
/// build of the same folder makes, with the same errors.
/// </summary>
[Collection(WritersSavesTests.Name)]
public sealed class WritersSavesTests : IAsyncLifetime
{
    /// <summary>One preview at a time: each watches its own folder, and the builds share two cores.</summary>
    public const string Name = "running previews";

    private const string Story = "input/stories/2026-10-20-warm-de-winter-door.md";
    private SettledPreview _preview = null!;

    public async Task InitializeAsync() => _preview = await SettledPreview.StartAsync();

    public async Task DisposeAsync() => await _preview.DisposeAsync();

    private string Full(string relative) => _preview.PathOf(relative);

    private string Retitled(string title) =>
        File.ReadAllText(Full(Story)).Replace("title: Warm de winter door, zonder hoge energierekening", $"title: {title}", StringComparison.Ordinal);

    private Task AssertSameAsFreshBuild() => _preview.AssertSettlesToFreshBuildAsync("na het bewaren");

    private string Served(string path) => Encoding.UTF8.GetString(_preview.Server.Session.State.Files[path].Bytes!);

    [Fact]
    public async Task VimsSaveWithBackupProbeAndSwapFileShowsTheNewText()
    {
        var text = Retitled("Warm de winter door met vim");
        var swap = Full("input/stories/.2026-10-20-warm-de-winter-door.md.swp");
        File.WriteAllText(swap, "b0VIM 9.1");
        File.WriteAllText(Full("input/stories/4913"), "");   // vim checks it may create files in the folder
        File.Delete(Full("input/stories/4913"));
        File.Move(Full(Story), Full(Story) + "~");          // the backup
        File.WriteAllText(Full(Story), text);
        File.Delete(Full(Story) + "~");
        await Task.Delay(200);
        File.Delete(swap);                                   // on quitting

        await AssertSameAsFreshBuild();
        Assert.Contains("Warm de winter door met vim", Served("verhalen/warm-de-winter-door/index.html"));
    }

    [Fact]
    public async Task JetBrainsSafeWriteShowsTheNewText()
    {
        var text = Retitled("Warm de winter door in Rider");
        File.WriteAllText(Full(Story) + "___jb_tmp___", text);
        File.Move(Full(Story), Full(Story) + "___jb_old___");
        File.Move(Full(Story) + "___jb_tmp___", Full(Story));
        File.Delete(Full(Story) + "___jb_old___");

        await AssertSameAsFreshBuild();
        Assert.Contains("Warm de winter door in Rider", Served("verhalen/warm-de-winter-door/index.html"));
    }

    [Fact]
    public async Task AFileEmptiedBeforeItIsWrittenLeavesNoErrorOnceWritten()
    {
        var text = Retitled("Warm de winter door, na een lege tel");
        File.WriteAllText(Full(Story), "");
        await Task.Delay(300);                                // long enough for a rebuild of the empty file
        await using (var stream = new FileStream(Full(Story), FileMode.Open, FileAccess.Write))
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            await stream.WriteAsync(bytes.AsMemory(0, bytes.Length / 2));
            await stream.FlushAsync();
            await Task.Delay(200);                            // half a file on disk for a moment
            await stream.WriteAsync(bytes.AsMemory(bytes.Length / 2));
        }

        await AssertSameAsFreshBuild();
        Assert.Contains("na een lege tel", Served("verhalen/warm-de-winter-door/index.html"));
    }

    [Fact]
    public async Task TwoQuickSavesAndADeleteAndReAddEndWithTheLastText()
    {
        var (first, second) = (Retitled("Eerste versie"), Retitled("Tweede versie"));
        File.WriteAllText(Full(Story), first);
        File.WriteAllText(Full(Story), second.Replace("\n", "\r\n", StringComparison.Ordinal)); // CRLF, as Notepad
        await Task.Delay(100);
        var text = File.ReadAllText(Full(Story));
        File.Delete(Full(Story));
        await Task.Delay(50);
        File.WriteAllText(Full(Story), text.Replace("Tweede versie", "Derde versie", StringComparison.Ordinal));

        await AssertSameAsFreshBuild();
        Assert.Contains("Derde versie", Served("verhalen/warm-de-winter-door/index.html"));
    }

    /// <summary>Copies a photo over another in six chunks, 120 ms apart (or <paramref name="pause"/>), as a slow disk or network share writes it.</summary>
    private async Task CopyInSlowly(string from, string to, TimeSpan? pause = null)
    {
        var photo = File.ReadAllBytes(Full(from));
        await using var stream = new FileStream(Full(to), FileMode.Create, FileAccess.Write);
        var chunk = photo.Length / 6 + 1;
        for (var at = 0; at < photo.Length; at += chunk)
        {
            await stream.WriteAsync(photo.AsMemory(at, Math.Min(chunk, photo.Length - at)));
            await stream.FlushAsync();
            await Task.Delay(pause ?? TimeSpan.FromMilliseconds(120));
        }
    }

    [Fact]
    public async Task APhotoCopiedInSlowlyShowsNoErrorWhileItIsStillBeingCopied()
    {
        // A half-copied photo is not the writer's mistake: while its chunks keep coming, no "niet compleet" (TB0131) is
        // shown in the browser or printed, and the tab is not sent an overlay.
        var overlays = new List<string>();
        _preview.Server.Session.Built += state => { if (state.Overlay is not null) lock (overlays) overlays.Add(string.Join("\n", state.Errors)); };
        await CopyInSlowly("input/assets/img/verhaal-markt.png", "input/assets/img/home-buurt.png");

        await AssertSameAsFreshBuild();
        lock (overlays) Assert.True(overlays.Count == 0, "shown while copying:\n" + string.Join("\n", overlays));
        Assert.DoesNotContain("TB0131", _preview.Log);
    }

    [Fact]
    public async Task APhotoCopiedFromAPhoneThatPausesASecondBetweenChunksShowsNoErrorWhileItIsStillBeingCopied()
    {
        // A phone over USB, a network share or a cloud folder pauses longer than an editor between saves: a second between
        // chunks is still a copy under way, not a broken photo to show the writer.
        var overlays = new List<string>();
        _preview.Server.Session.Built += state => { if (state.Overlay is not null) lock (overlays) overlays.Add(string.Join("\n", state.Errors)); };
        await CopyInSlowly("input/assets/img/verhaal-markt.png", "input/assets/img/home-buurt.png", TimeSpan.FromSeconds(1));

        await AssertSameAsFreshBuild();
        lock (overlays) Assert.True(overlays.Count == 0, "shown while copying:\n" + string.Join("\n", overlays));
        Assert.DoesNotContain("TB0131", _preview.Log);
    }

    [Fact]
    public async Task APhotoThatStaysBrokenIsShownOnceTheCopyHasStopped()
    {
        // The longer wait for a photo ends: half a photo that no copy completes is the writer's to fix, in the browser.
        var shown = new TaskCompletionSource<Thuisbasis.Preview.PreviewState>(TaskCreationOptions.RunContinuationsAsynchronously);
        _preview.Server.Session.Built += state => { if (state.Overlay is not null) shown.TrySetResult(state); };
        var photo = File.ReadAllBytes(Full("input/assets/img/verhaal-markt.png"));
        File.WriteAllBytes(Full("input/assets/img/home-buurt.png"), photo[..(photo.Length / 2)]);

        var state = await shown.Task.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Contains(state.Errors, e => e.Code == "TB0131" && e.Path.EndsWith("home-buurt.png", StringComparison.Ordinal));
        Assert.Contains("TB0131", _preview.Log);
    }

    [Fact]
    public async Task APhotoCopiedInSlowlyEndsAsTheNewPhotoWithoutAnError()
    {
        await CopyInSlowly("input/assets/img/verhaal-markt.png", "input/assets/img/home-buurt.png");

        await AssertSameAsFreshBuild();
        Assert.Empty(_preview.Server.Session.State.Errors);
    }

    [Fact]
    public async Task WhatMacWindowsAndOfficeLeaveBehindIsNeitherServedNorAnError()
    {
        File.WriteAllBytes(Full("input/stories/._2026-10-20-warm-de-winter-door.md"), [0, 5, 22, 7, 0, 2, 0, 0]);
        File.WriteAllBytes(Full("input/assets/img/._home-buurt.png"), [0, 5, 22, 7, 0, 2, 0, 0]);
        File.WriteAllText(Full("input/assets/img/.DS_Store"), "Bud1");
        File.WriteAllText(Full("input/assets/img/thumbs.db"), "x");
        File.WriteAllText(Full("input/assets/img/Desktop.ini"), "[.ShellClassInfo]");
        File.WriteAllText(Full("input/assets/img/Icon\r"), "");
        File.WriteAllText(Full("input/stories/~$warm-de-winter-door.md"), "lock");
        File.WriteAllText(Full("input/stories/.~lock.2026-10-20-warm-de-winter-door.md#"), "lock");
        File.WriteAllText(Full(Story) + ".crswap", "");

        await AssertSameAsFreshBuild();
        var state = _preview.Server.Session.State;
        Assert.Null(state.Overlay);
        Assert.DoesNotContain(state.Files.Keys, p => p.Contains("thumbs", StringComparison.OrdinalIgnoreCase) ||
            p.Contains("desktop.ini", StringComparison.OrdinalIgnoreCase) || p.Contains("Icon", StringComparison.Ordinal) ||
            p.Contains("/._", StringComparison.Ordinal) || p.Contains("DS_Store", StringComparison.Ordinal));
    }
}

[CollectionDefinition(WritersSavesTests.Name, DisableParallelization = true)]
public sealed class RunningPreviewsCollection;

/// <summary>
/// A save the watcher reports is read again even when the file's size and time of change look the same: on a network
/// share, FAT or an older file system the time has one- or two-second steps, so two saves in one second of a title
/// changed letter for letter give the same size and time.
/// </summary>
public sealed class CoarseFileTimesTests
{
    [Fact]
    public void ASaveWithTheSameSizeAndTimeIsReadAgainWhenTheWatcherReportsIt()
    {
        using var site = SampleCopy.Make();
        const string story = "input/stories/2026-10-20-warm-de-winter-door.md";
        var full = Path.Combine(site.Root, story);
        var options = new Model.BuildOptions
        {
            Root = site.Root, IncludeDrafts = true, Mode = "preview", BaseUrl = "http://localhost:5080", Date = new DateOnly(2026, 12, 4),
        };
        var engine = new Pipeline.SiteEngine(options);
        Assert.True(engine.Build().Succeeded);
        var stamp = new DateTime(2026, 12, 4, 10, 0, 0, DateTimeKind.Utc); // whole seconds, as such a file system keeps them
        File.SetLastWriteTimeUtc(full, stamp);
        Assert.True(engine.Build([story]).Succeeded);

        File.WriteAllText(full, File.ReadAllText(full).Replace("title: Warm de winter door,", "title: Warm de winter deur,", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(full, stamp);
        var again = engine.Build([story]);

        Assert.Null(DifferentialTests.Compare(again, new Pipeline.SiteEngine(options).Build()));
    }
}
