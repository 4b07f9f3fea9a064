using Thuisbasis.Model;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Thuisbasis.Pipeline;
using Thuisbasis.Preview;
using YamlDotNet.RepresentationModel;

namespace Thuisbasis.PreviewTests.Editor;

/// <summary>
/// A writer in the web editor at <c>/admin/</c> of a running preview over a copy of the sample site: Decap CMS saves
/// through the preview's own local backend into <c>input/</c>, and the preview rebuilds. Decap's interface is large,
/// so the timeouts are generous and the selectors are the labels a writer reads.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed partial class WebEditorTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 6, 1);
    private const float Slow = 60_000;

    private readonly SampleSiteCopy _site = new();
    private readonly ConcurrentBag<string> _requests = [];
    private readonly ConcurrentBag<string> _errors = [];
    private PreviewServer _server = null!;
    private IBrowserContext _context = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        _server = await PreviewServer.StartAsync(new PreviewOptions { Root = _site.Root, Port = 0, Date = Today });
        _context = await chromium.Browser.NewContextAsync(new() { Locale = "nl-NL" });
        _context.SetDefaultTimeout(Slow);
        // Every request the editor makes is recorded; any to another host is answered with nothing and counted.
        await _context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            _requests.Add(route.Request.Url);
            if (url.Scheme is "http" or "https" && url.Host != "localhost") await route.AbortAsync();
            else await route.ContinueAsync();
        });
        _page = await _context.NewPageAsync();
        _page.Console += (_, m) => { if (m.Type == "error") _errors.Add(m.Text); };
        _page.PageError += (_, e) => _errors.Add(e);
    }

    [Fact]
    public async Task AStoryFilledInThroughTheFormIsSavedWithTheModelsFrontMatterAndAppearsInThePreview()
    {
        await OpenEditor("#/collections/stories/new");

        await Field("Titel").FillAsync("Koffie op het plein");
        await Field("Datum").FillAsync("2026-05-04");
        await Field("Auteur").SelectOptionAsync("anouk-visser");
        await Field("Onderwerpen").FillAsync("mantelzorg, buurt");
        var body = _page.Locator("[data-slate-editor]").First;
        await body.ClickAsync();
        await body.PressSequentiallyAsync("Elke vrijdag drinken we koffie op het plein.");
        await Publish();

        var file = await WaitForFile("input/stories", "*koffie-op-het-plein.md");
        var (front, text) = FrontMatter(file);
        Assert.Equal("Koffie op het plein", Scalar(front, "title"));
        Assert.Equal("2026-05-04", Scalar(front, "date"));
        Assert.Equal("anouk-visser", Scalar(front, "author"));
        Assert.Equal(["mantelzorg", "buurt"], ((YamlSequenceNode)front.Children[new YamlScalarNode("tags")]).Select(t => ((YamlScalarNode)t).Value!));
        Assert.Contains("Elke vrijdag drinken we koffie op het plein.", text);
        // A staff story: no consent keys (those are for a client's story), and nothing the model does not describe.
        Assert.Equal(["title", "date", "author", "tags", "draft"], front.Children.Keys.Select(k => ((YamlScalarNode)k).Value!));
        Assert.Equal("false", Scalar(front, "draft"));

        var page = await _context.NewPageAsync();
        await page.GotoAsync(new Uri(_server.Url, "/verhalen/koffie-op-het-plein/").ToString());
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Koffie op het plein", new() { Timeout = Slow });

        AssertEngineAcceptsTheSite();
        AssertNothingLeftLocalhost();
    }

    [Fact]
    public async Task SwitchingATestimonialsConsentOnPublishesItWithTheDateOfConsent()
    {
        Assert.Contains("consent: false", _site.Read("input/testimonials/bep.md"));
        await OpenEditor("#/collections/testimonials/entries/bep");

        var consent = _page.GetByRole(AriaRole.Checkbox, new() { Name = "Nee, nog geen toestemming" });
        await Assertions.Expect(consent).Not.ToBeCheckedAsync();
        await consent.CheckAsync();
        await Publish();

        var (front, _) = FrontMatter(await WaitForText("input/testimonials/bep.md", "consent: true"));
        Assert.Equal("true", Scalar(front, "consent"));
        Assert.Equal(DateTime.Now.ToString("yyyy-MM-dd"), Scalar(front, "consent_date"));

        var page = await _context.NewPageAsync();
        await page.GotoAsync(new Uri(_server.Url, "/extra/").ToString());
        await Assertions.Expect(page.GetByText("Sinds mijn maatje komt")).ToBeVisibleAsync(new() { Timeout = Slow });
        AssertEngineAcceptsTheSite();
        AssertNothingLeftLocalhost();
    }

    [Fact]
    public async Task AStoryWithoutItsRequiredTitleIsNotSavedAndTheEditorSaysWhy()
    {
        var before = Directory.GetFiles(_site.PathOf("input/stories")).Length;
        await OpenEditor("#/collections/stories/new");

        await Field("Datum").FillAsync("2026-05-04");
        await Field("Auteur").SelectOptionAsync("anouk-visser");
        await Publish();

        await Assertions.Expect(_page.GetByText("Titel is vereist.")).ToBeVisibleAsync(new() { Timeout = Slow });
        await Task.Delay(1000);
        Assert.Equal(before, Directory.GetFiles(_site.PathOf("input/stories")).Length);
        AssertNothingLeftLocalhost();
    }

    [Fact]
    public async Task TheSettingsScreenShowsWhatStatiqConfigSays()
    {
        await OpenEditor("#/collections/settings/entries/site");

        await Assertions.Expect(Field("Naam van de organisatie")).ToHaveValueAsync("Buurtkracht Oost", new() { Timeout = Slow });
        await Assertions.Expect(Field("Webadres van de site")).ToHaveValueAsync("https://www.buurtkracht-oost.nl");
        AssertNothingLeftLocalhost();
    }

    private async Task OpenEditor(string route)
    {
        await _page.GotoAsync(new Uri(_server.Url, "/admin/").ToString());
        var login = _page.GetByRole(AriaRole.Button, new() { NameRegex = LoginButton() });
        await login.ClickAsync(new() { Timeout = Slow });
        await _page.GetByText("Verhalen").First.WaitForAsync(new() { Timeout = Slow });
        await _page.GotoAsync(new Uri(_server.Url, "/admin/" + route).ToString());
        await _page.Locator("label").First.WaitForAsync(new() { Timeout = Slow });
    }

    /// <summary>The control a field's label points to (Decap labels every control with <c>for</c>).</summary>
    private ILocator Field(string label) =>
        _page.GetByLabel(new Regex("^" + Regex.Escape(label) + @"(\s|$)")).First;

    private async Task Publish()
    {
        await _page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Publiceer$") }).ClickAsync();
        await _page.GetByText("Publiceer nu", new() { Exact = true }).ClickAsync();
    }

    private async Task<string> WaitForFile(string folder, string pattern)
    {
        for (var i = 0; i < 600; i++)
        {
            var hit = Directory.GetFiles(_site.PathOf(folder), pattern).FirstOrDefault();
            if (hit is not null && new FileInfo(hit).Length > 0) return File.ReadAllText(hit);
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException($"Geen bestand {pattern} in {folder}. Fouten in de browser: {string.Join(" | ", _errors)}");
    }

    private async Task<string> WaitForText(string relative, string text)
    {
        for (var i = 0; i < 600; i++)
        {
            var now = _site.Read(relative);
            if (now.Contains(text)) return now;
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException($"{relative} kreeg geen `{text}`. Fouten in de browser: {string.Join(" | ", _errors)}");
    }

    private static (YamlMappingNode Front, string Body) FrontMatter(string file)
    {
        var parts = file.Split("---", 3);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(parts[1]));
        return ((YamlMappingNode)yaml.Documents[0].RootNode, parts[2]);
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? ((YamlScalarNode)node).Value : null;

    /// <summary>
    /// What the editor saved builds with no error and no warning beyond the sample site's own on that day (links to a
    /// story or vacancy that appears later, TB0129).
    /// </summary>
    private void AssertEngineAcceptsTheSite()
    {
        var result = new SiteEngine(new BuildOptions { Root = _site.Root, Date = Today, Output = _site.PathOf("out") }) { Incremental = false }.Build();
        using var untouched = new SampleSiteCopy();
        var own = new SiteEngine(new BuildOptions { Root = untouched.Root, Date = Today, Output = untouched.PathOf("out") }) { Incremental = false }.Build()
            .Diagnostics.Select(d => d.ToString()).ToHashSet();
        var problems = result.Diagnostics.Where(d => !d.Path.EndsWith("bep.md")).Select(d => d.ToString()).Where(d => !own.Contains(d)).ToList();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(problems);
    }

    private void AssertNothingLeftLocalhost()
    {
        var away = _requests.Where(u => Uri.TryCreate(u, UriKind.Absolute, out var x) && x.Scheme is "http" or "https" && x.Host != "localhost").ToList();
        Assert.Empty(away);
    }

    public async Task DisposeAsync()
    {
        await _context.CloseAsync();
        await _server.DisposeAsync();
        _site.Dispose();
    }

    [GeneratedRegex("^(Inloggen|Login)$")]
    private static partial Regex LoginButton();
}
