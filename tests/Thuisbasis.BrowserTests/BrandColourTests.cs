using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Thuisbasis.BrowserTests.Infrastructure;
using Thuisbasis.Model;
using Thuisbasis.Pipeline;

namespace Thuisbasis.BrowserTests;

/// <summary>
/// The sample site in the colours organisations pick: a light orange and a light green (white on them is 2 : 1), and a
/// red that reads on white but not on the theme's light red note. With the theme's default of white text on the brand
/// colour and links in it, axe found hundreds of unreadable buttons and links; the theme now takes a darker shade for
/// text and dark text on a light brand colour, and axe finds no contrast problem on any page type.
/// </summary>
public sealed class BrandColourTests(BrandColourSites sites) : IClassFixture<BrandColourSites>
{
    public static TheoryData<string, string> ColoursAndPages()
    {
        var data = new TheoryData<string, string>();
        foreach (var colour in BrandColourSites.Colours)
        foreach (var page in new[] { SamplePages.Home, SamplePages.Story, SamplePages.StoryListing, SamplePages.ClosedVacancy, SamplePages.Contact, SamplePages.Service })
            data.Add(colour, page);
        return data;
    }

    [Theory]
    [MemberData(nameof(ColoursAndPages))]
    public async Task EveryTextInOrOnTheBrandColourReads(string colour, string path)
    {
        var context = await sites.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = sites.BaseUrl(colour), Locale = "nl-NL" });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(path);
            var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "rule", Values = ["color-contrast"] } });
            Assert.True(result.Passes is { Length: > 0 }, $"axe checked nothing on {page.Url}");
            Assert.True(result.Violations.Length == 0, AxeReport.Describe(page.Url, colour, result.Violations));
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}

/// <summary>The sample site built once in each of <see cref="Colours"/> and served, for <see cref="BrandColourTests"/>.</summary>
public sealed class BrandColourSites : IAsyncLifetime
{
    public static readonly string[] Colours = ["#f7a600", "#7fba00", "#e30613"];

    private readonly string _work = Path.Combine(Path.GetTempPath(), $"thuisbasis-brand-{Guid.NewGuid():N}");
    private readonly Dictionary<string, StaticSiteServer> _sites = new(StringComparer.Ordinal);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        var repo = RepositoryRoot.Find();
        var settings = await File.ReadAllTextAsync(Path.Combine(repo, "statiq.config"));
        foreach (var colour in Colours)
        {
            var root = Path.Combine(_work, colour.TrimStart('#'));
            EditorFixture.CopyFolder(Path.Combine(repo, "input"), Path.Combine(root, "input"));
            var changed = System.Text.RegularExpressions.Regex.Replace(settings, "primary: \"#[0-9a-f]{6}\".*", $"primary: \"{colour}\"")
                .Replace("search: true", "search: false");
            Assert.Contains($"primary: \"{colour}\"", changed);
            await File.WriteAllTextAsync(Path.Combine(root, "statiq.config"), changed);
            var output = root + "-output";
            var server = StaticSiteServer.Start(output);
            _sites[colour] = server;
            var result = new SiteEngine(new BuildOptions { Root = root, Output = output, Date = SiteFixture.BuildDate, BaseUrl = server.BaseUrl })
                .BuildAndWrite();
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        }
        _playwright = await Playwright.CreateAsync();
        _browser = await ChromiumLauncher.LaunchAsync(_playwright);
    }

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public string BaseUrl(string colour) => _sites[colour].BaseUrl;

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        foreach (var s in _sites.Values) await s.DisposeAsync();
        try { Directory.Delete(_work, recursive: true); }
        catch (IOException) { /* a temp folder left behind is harmless */ }
    }
}
