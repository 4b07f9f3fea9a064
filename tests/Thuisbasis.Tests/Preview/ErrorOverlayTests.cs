using System.Net;
using AngleSharp.Html.Parser;
using Thuisbasis.Diagnostics;
using Thuisbasis.Preview;

namespace Thuisbasis.Tests.Preview;

/// <summary>The box over the preview when a build failed: what it says, once, and what it keeps in sight.</summary>
public sealed class ErrorOverlayTests
{
    private static readonly HtmlParser Parser = new();

    /// <summary>
    /// A data file with a YAML mistake stops every page whose footer reads it: the same layout error on each page. Shown
    /// once with a count, as the command line prints it, so the data file's own error is not pushed out of the box.
    /// </summary>
    [Fact]
    public void ALayoutErrorOnEveryPageIsShownOnceWithACountAndTheCauseStaysInSight()
    {
        var layout = Enumerable.Range(0, 66).Select(i => new Diagnostic(Severity.Error, "TB0401", $"input/pages/p{i:00}.md", 1, 1,
            "Bij het opmaken van deze pagina ging iets mis in overrides/partials/footer.sbn-html(2,4): Cannot get the member site.data.extra.tekst.",
            "Controleer die regel in de opmaak.")).ToList();
        var yaml = new Diagnostic(Severity.Error, "TB0100", "input/data/extra.yml", 3, 7, "Deze regel is geen geldige YAML.", "Zet een spatie na de dubbele punt.");

        var html = ErrorOverlay.Render([.. layout, yaml], Path.GetTempPath());

        var sections = Parser.ParseDocument(html).QuerySelectorAll("section");
        Assert.Equal(2, sections.Length);
        Assert.Contains("input/data/extra.yml, regel 3", sections[0].TextContent);
        Assert.Contains("Dezelfde fout op nog 65 pagina's.", sections[1].TextContent);
        Assert.Contains("Er zijn 67 fouten in de site", html);
        Assert.DoesNotContain("En nog", html);
    }

    /// <summary>
    /// A preview whose first build fails has no good version to show: one box (not a second copy under it that live
    /// reload would leave behind), which does not promise a good version behind it; fixed, the site appears.
    /// </summary>
    [Fact]
    public async Task APreviewWhoseFirstBuildFailsShowsOneBoxThatPromisesNoGoodVersionUntilItIsFixed()
    {
        using var site = new FixtureSite();
        const string story = "input/stories/2026-02-14-wandelen.md";
        var good = site.Read(story);
        site.Save(story, good.Replace("author: anna", "author: anna: de vries"));
        var log = new StringWriter();
        await using var server = await PreviewServer.StartAsync(new PreviewOptions
        {
            Root = site.Root, Port = 0, Log = TextWriter.Synchronized(log), Date = new DateOnly(2026, 6, 1),
            Debounce = TimeSpan.FromMilliseconds(300), MaxWait = TimeSpan.FromSeconds(5),
        });
        using var http = new HttpClient { BaseAddress = server.Url };

        var response = await http.GetAsync("/");
        var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var box = Assert.Single(page.QuerySelectorAll($"#{ErrorOverlay.Id}"));
        Assert.Contains("Er is nog geen versie van de site die goed is.", box.TextContent);
        Assert.DoesNotContain("laatste versie die wel goed was", box.TextContent);
        Assert.Contains("de site verschijnt zodra hij goed gebouwd is", log.ToString());
        Assert.DoesNotContain("de laatste goede versie blijft staan", log.ToString());

        var built = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server.Session.Built += s => { if (s.Overlay is null) built.TrySetResult(); };
        site.Save(story, good);
        await built.Task.WaitAsync(TimeSpan.FromSeconds(60));
        var fixedPage = await http.GetAsync("/verhalen/wandelen/");
        Assert.Equal(HttpStatusCode.OK, fixedPage.StatusCode);
        Assert.Null(Parser.ParseDocument(await fixedPage.Content.ReadAsStringAsync()).GetElementById(ErrorOverlay.Id));
    }
}
