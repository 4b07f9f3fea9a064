using System.Text.RegularExpressions;

namespace Thuisbasis.Tests.Preview;

/// <summary>
/// The running preview while Git changes the site under it: a checkout that changes, adds and deletes dozens of files
/// across folders and renames the photo folder, an older commit and back, <c>git clean</c> of the image cache, and a
/// branch that is broken. After each, once things settle, the preview serves what a fresh build makes.
/// </summary>
[Collection(WritersSavesTests.Name)]
public sealed class GitUnderPreviewTests : IAsyncLifetime
{
    private SettledPreview _preview = null!;

    public async Task InitializeAsync()
    {
        _preview = await SettledPreview.StartAsync();
        // As a site made from the template has it: the image cache is not in Git.
        File.WriteAllText(_preview.PathOf(".gitignore"), ".thuisbasis/\noutput/\n");
        Git("init", "-q", "-b", "main");
        Git("add", "-A");
        Git("commit", "-q", "-m", "De site");
    }

    public async Task DisposeAsync() => await _preview.DisposeAsync();

    private void Git(params string[] arguments) => _preview.Run("git", arguments);

    private string Full(string relative) => _preview.PathOf(relative);

    private Task AssertSameAsFreshBuild(string when) => _preview.AssertSettlesToFreshBuildAsync(when);

    /// <summary>A branch on which 40 files changed, came or went in four folders and the photo folder is renamed.</summary>
    private void MakeBranchWithManyChanges()
    {
        Git("checkout", "-q", "-b", "veel-werk");
        foreach (var story in Directory.GetFiles(Full("input/stories"), "2025-*.md"))
            File.WriteAllText(story, Regex.Replace(File.ReadAllText(story), "(?m)^title: (.*)$", "title: $1 (herzien)"));
        File.Delete(Full("input/stories/henk-en-de-blauwe-envelop.md"));
        File.Delete(Full("input/activities/burendag.md"));
        for (var i = 1; i <= 30; i++)
            File.WriteAllText(Full($"input/stories/nieuw-{i}.md"),
                $"---\ntitle: Nieuw verhaal {i}\ndate: 2026-0{i % 9 + 1}-1{i % 9}\nauthor: anouk-visser\nsummary: Kort verhaal {i}.\n---\nTekst {i}.\n");
        Git("mv", "input/assets/img", "input/assets/fotos");
        foreach (var file in Directory.GetFiles(Full("input"), "*.md", SearchOption.AllDirectories).Append(Full("statiq.config")))
        {
            var text = File.ReadAllText(file);
            if (text.Contains("/assets/img/", StringComparison.Ordinal)) File.WriteAllText(file, text.Replace("/assets/img/", "/assets/fotos/", StringComparison.Ordinal));
        }
        Git("add", "-A");
        Git("commit", "-q", "-m", "Veel werk");
    }

    [Fact]
    public async Task CheckingOutABranchWithManyChangesAndBackServesWhatAFreshBuildMakes()
    {
        MakeBranchWithManyChanges();
        await AssertSameAsFreshBuild("op de tak");
        for (var round = 0; round < 2; round++)
        {
            Git("checkout", "-q", "main");
            await AssertSameAsFreshBuild($"terug op main ({round})");
            Git("checkout", "-q", "veel-werk");
            await AssertSameAsFreshBuild($"weer op de tak ({round})");
        }
        Git("checkout", "-q", "main~0", "--detach");
        Git("checkout", "-q", "HEAD~0");
        Git("checkout", "-q", "veel-werk~1");
        await AssertSameAsFreshBuild("een oudere commit");
        Git("checkout", "-q", "veel-werk");
        await AssertSameAsFreshBuild("weer op de tak");
        Assert.True(_preview.Server.Session.State.Files.ContainsKey("assets/fotos/home-buurt.png"));
    }

    [Fact]
    public async Task GitCleanOfTheImageCacheLeavesAPreviewThatStillBuildsRight()
    {
        await AssertSameAsFreshBuild("voor git clean"); // the rebuild that git init and commit set off has ended
        // git says what it removed; the folder itself may be back already, made by the rebuild the removal set off.
        Assert.Contains("Removing .thuisbasis/", _preview.Run("git", "clean", "-f", "-d", "-x"));
        File.AppendAllText(Full("input/pages/home.md"), "\nNog een zin.\n");

        await AssertSameAsFreshBuild("na git clean");
        Assert.DoesNotContain("kon niet opnieuw bouwen", _preview.Log);
    }

    [Fact]
    public async Task GitCleanOfTheImageCacheAloneRemakesTheImagesThePreviewServes()
    {
        await AssertSameAsFreshBuild("voor git clean"); // so the rebuild awaited below is the one git clean sets off
        var rebuilt = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _preview.Server.Session.Built += _ => rebuilt.TrySetResult();
        Git("clean", "-q", "-f", "-d", "-x");
        await rebuilt.Task.WaitAsync(TimeSpan.FromSeconds(60));

        // Before any fresh build puts files back in the cache: every photo the preview serves is there to send.
        var copies = _preview.Server.Session.State.Files.Values.Where(f => f.CopyFrom is not null).ToList();
        Assert.NotEmpty(copies);
        Assert.All(copies, f => Assert.True(File.Exists(f.CopyFrom), $"{f.Path} wijst naar {f.CopyFrom}, dat er niet meer is"));
        await AssertSameAsFreshBuild("na git clean, zonder wijziging daarna");
    }

    [Fact]
    public async Task AMergeConflictIsShownAtItsLinesOverTheLastGoodSiteUntilTheMergeIsAborted()
    {
        const string story = "input/stories/henk-en-de-blauwe-envelop.md";
        string Edited(string title, string firstLine)
        {
            var text = Regex.Replace(File.ReadAllText(Full(story)), "(?m)^title: .*$", $"title: {title}");
            var lines = text.Split('\n').ToList();
            lines[lines.IndexOf("---", 1) + 1] = firstLine;
            return string.Join('\n', lines);
        }
        Git("checkout", "-q", "-b", "tak");
        File.WriteAllText(Full(story), Edited("Henk en de envelop", "Zo begon het op de tak."));
        Git("commit", "-q", "-a", "-m", "Op de tak");
        Git("checkout", "-q", "main");
        File.WriteAllText(Full(story), Edited("Henk en de blauwe brief", "Zo begon het op main."));
        Git("commit", "-q", "-a", "-m", "Op main");
        await AssertSameAsFreshBuild("voor de samenvoeging");
        using var http = new HttpClient { BaseAddress = _preview.Server.Url };
        var good = await http.GetStringAsync("/verhalen/henk-en-de-blauwe-envelop/");

        var merge = new System.Diagnostics.ProcessStartInfo("git", "merge tak") { WorkingDirectory = _preview.Root, RedirectStandardOutput = true };
        using (var git = System.Diagnostics.Process.Start(merge)!) { await git.StandardOutput.ReadToEndAsync(); await git.WaitForExitAsync(); }
        var lines = File.ReadAllLines(Full(story));
        Assert.StartsWith("<<<<<<<", lines[1]); // the conflict is in the front matter and in the text
        var inText = Array.FindIndex(lines, 2, l => l.StartsWith("<<<<<<<", StringComparison.Ordinal)) + 1;
        await AssertSameAsFreshBuild("met een conflict");

        Assert.Equal([(story, 2, 1), (story, inText, 1)], _preview.Server.Session.State.Errors.Select(e => (e.Path, e.Line, e.Column)));
        Assert.All(_preview.Server.Session.State.Errors, e => Assert.Equal("TB0112", e.Code));
        var served = await http.GetStringAsync("/verhalen/henk-en-de-blauwe-envelop/");
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(served);
        Assert.Equal(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(good).QuerySelector("main")!.OuterHtml, page.QuerySelector("main")!.OuterHtml);
        var overlay = page.GetElementById("thuisbasis-overlay");
        Assert.NotNull(overlay);
        Assert.Contains("TB0112", overlay.TextContent);
        Assert.Contains($"{story}, regel 2", overlay.TextContent);
        Assert.Contains($"{story}(2,1): error TB0112: Git kon hier twee versies niet samenvoegen", _preview.Log);

        Git("merge", "--abort");
        await AssertSameAsFreshBuild("na git merge --abort");
        Assert.Null(_preview.Server.Session.State.Overlay);
    }

    /// <summary>
    /// Git writes a file it merges by removing it and writing it anew, and a busy machine can pause it in between (found
    /// when the merge test above failed in CI: the page was gone). A build in that moment succeeded without the page,
    /// and the conflict's failed build then kept that site as the last good one. Now the preview waits for a file that
    /// is gone to come back (<c>PreviewOptions.GoneQuiet</c>) before it builds.
    /// </summary>
    [Fact]
    public async Task AFileRemovedAndWrittenAgainWithAConflictLeavesItsPageOnTheLastGoodSite()
    {
        const string story = "input/stories/henk-en-de-blauwe-envelop.md";
        using var http = new HttpClient { BaseAddress = _preview.Server.Url };
        var good = await http.GetStringAsync("/verhalen/henk-en-de-blauwe-envelop/");
        var text = File.ReadAllText(Full(story));
        var lines = text.Split('\n').ToList();
        lines.InsertRange(1, ["<<<<<<< HEAD", "title: Henk en de blauwe brief", "=======", "title: Henk en de envelop", ">>>>>>> tak"]);

        File.Delete(Full(story));
        await Task.Delay(100); // Git, descheduled between the two
        File.WriteAllText(Full(story), string.Join('\n', lines));
        await AssertSameAsFreshBuild("na het conflict");

        Assert.All(_preview.Server.Session.State.Errors, e => Assert.Equal(("TB0112", story), (e.Code, e.Path)));
        var served = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await http.GetStringAsync("/verhalen/henk-en-de-blauwe-envelop/"));
        Assert.Equal(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(good).QuerySelector("main")!.OuterHtml, served.QuerySelector("main")!.OuterHtml);
    }

    [Fact]
    public async Task OnABrokenBranchThePreviewKeepsServingTheLastGoodSiteWithItsFiles()
    {
        var logo = File.ReadAllBytes(Full("input/assets/img/logo.svg"));
        Git("checkout", "-q", "-b", "kapot");
        Git("rm", "-q", "input/assets/img/logo.svg");
        const string story = "input/stories/henk-en-de-blauwe-envelop.md";
        File.WriteAllText(Full(story), Regex.Replace(File.ReadAllText(Full(story)), "(?m)^title: .*$", "title: \"Henk en de blauwe envelop"));
        Git("commit", "-q", "-a", "-m", "Half werk");
        await AssertSameAsFreshBuild("op de kapotte tak");
        Assert.NotNull(_preview.Server.Session.State.Overlay);

        using var http = new HttpClient { BaseAddress = _preview.Server.Url };
        var served = await http.GetAsync("/assets/img/logo.svg");
        Assert.Equal(System.Net.HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(logo, await served.Content.ReadAsByteArrayAsync());

        Git("checkout", "-q", "main");
        await AssertSameAsFreshBuild("terug op main");
        Assert.Null(_preview.Server.Session.State.Overlay);
    }
}
