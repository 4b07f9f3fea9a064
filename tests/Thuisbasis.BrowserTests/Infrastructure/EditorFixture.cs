using Microsoft.Playwright;
using Thuisbasis.Preview;

namespace Thuisbasis.BrowserTests.Infrastructure;

/// <summary>
/// A copy of the sample site (input, settings, theme) in a temporary folder with the preview running on it, so the web
/// editor at <c>/admin/</c> saves into the copy exactly as it would for a writer, and one headless Chromium.
/// </summary>
public sealed class EditorFixture : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"thuisbasis-editor-{Guid.NewGuid():N}");
    private PreviewServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string Root => _root;
    public string BaseUrl => (_server ?? throw new InvalidOperationException("The preview has not started.")).Url.ToString().TrimEnd('/');

    public async Task InitializeAsync()
    {
        var repo = RepositoryRoot.Find();
        CopyFolder(Path.Combine(repo, "input"), Path.Combine(_root, "input"));
        CopyFolder(Path.Combine(repo, "themes"), Path.Combine(_root, "themes"));
        // Search off in this copy: Pagefind is installed next to the repository, not next to a temporary copy.
        File.WriteAllText(Path.Combine(_root, "statiq.config"),
            File.ReadAllText(Path.Combine(repo, "statiq.config")).Replace("search: true", "search: false", StringComparison.Ordinal));
        _server = await PreviewServer.StartAsync(new PreviewOptions
        {
            Root = _root, Port = 0, Date = SiteFixture.BuildDate,
            Debounce = TimeSpan.FromMilliseconds(100), MaxWait = TimeSpan.FromSeconds(2),
        });
        _playwright = await Playwright.CreateAsync();
        _browser = await ChromiumLauncher.LaunchAsync(_playwright);
    }

    public string PathOf(string relative) => Path.Combine(_root, relative);

    public void Write(string relative, string text) => File.WriteAllText(PathOf(relative), text);

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>A fresh browser context on the preview, in Dutch, at the given screen size.</summary>
    public async Task<IBrowserContext> NewContextAsync(int width, int height) =>
        await (_browser ?? throw new InvalidOperationException("The browser has not started."))
            .NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "nl-NL", ViewportSize = new ViewportSize { Width = width, Height = height } });

    /// <summary>
    /// A fresh browser context, logged in to the editor (the local backend's login is one button), once the editor has
    /// listed the photos already there, as it has by the time a writer clicks through: the tests then start from the same
    /// state on a busy machine as on a quiet one.
    /// </summary>
    public async Task<IPage> OpenEditorAsync()
    {
        var context = await (_browser ?? throw new InvalidOperationException("The browser has not started."))
            .NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "nl-NL", ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/");
        var photos = page.WaitForResponseAsync(r => r.Request.Method == "POST" && r.Request.PostData is { } body && body.Contains("\"getMedia\"", StringComparison.Ordinal),
            new() { Timeout = 60_000 });
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("Inloggen") }).ClickAsync();
        await page.GetByText("Inhoudstypen").WaitForAsync();
        await (await photos).FinishedAsync();
        return page;
    }

    /// <summary>Opens one entry's form in a fresh page load, as a writer following a link would.</summary>
    public static async Task OpenEntryAsync(IPage page, string collection, string slug)
    {
        await page.GotoAsync("about:blank");
        await page.GotoAsync($"/admin/#/collections/{collection}/entries/{slug}");
        await page.Locator("input[type=text]").First.WaitForAsync();
    }

    /// <summary>
    /// Chooses a file from this computer in an image field, as a writer does: "Kies een afbeelding", upload, "Gebruik
    /// selectie". The editor keeps an upload in the browser until the entry is saved, so nothing goes to the preview here;
    /// it waits until the media library has listed the files already there (an upload made while that list is still
    /// loading can be replaced by it) and until the upload is selected, with room for a machine busy with other tests.
    /// An upload that the list still replaced (the library then says it has none) is made once more; if the selection
    /// still does not come, it fails with what the dialog shows.
    /// </summary>
    public static async Task ChooseImageAsync(IPage page, string file)
    {
        var dialog = await OpenMediaLibraryAsync(page);
        var use = page.GetByRole(AriaRole.Button, new() { Name = "Gebruik selectie" });
        // An upload the list's loading still overwrote is made once more, as a writer would on seeing an empty library.
        for (var attempt = 1; ; attempt++)
        {
            await page.Locator("input[type=file]").SetInputFilesAsync(file);
            try
            {
                await Assertions.Expect(use).ToBeEnabledAsync(new() { Timeout = attempt == 1 ? 30_000 : 60_000 });
                break;
            }
            catch (PlaywrightException e) when (attempt == 2)
            {
                throw new TimeoutException($"The upload of {Path.GetFileName(file)} was not selected, also the second time; the media library shows:\n" +
                    await dialog.InnerTextAsync(new() { Timeout = 5_000 }), e);
            }
            catch (PlaywrightException)
            {
            }
        }
        await use.ClickAsync();
    }

    /// <summary>Opens the media library of the form's image field and waits until it has listed the files already there.</summary>
    public static async Task<ILocator> OpenMediaLibraryAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Kies een afbeelding" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.WaitForAsync(new() { Timeout = 60_000 });
        // Loaded: the files already there are shown, or that there are none (no images, or no files at all). ("Laden..." may
        // not have appeared yet when the dialog does, so its absence alone proves nothing.)
        try
        {
            await page.WaitForFunctionAsync(
                "() => { const d = document.querySelector('[role=dialog]'); if (!d) return false; const t = d.innerText;" +
                " return !t.includes('Laden...') && (t.includes('Geen afbeeldingen gevonden') || t.includes('Geen media gevonden') || d.querySelector('img') !== null); }",
                null, new() { Timeout = 60_000 });
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException("The media library did not finish listing its files; it shows:\n" + await dialog.InnerTextAsync(new() { Timeout = 5_000 }), e);
        }
        return dialog;
    }

    /// <summary>
    /// A page of the site in a new tab, once the preview has built it: a page not there yet (404) is asked for again, and
    /// so is one whose load was interrupted by the preview's own reload after a rebuild.
    /// </summary>
    public static async Task<IPage> OpenBuiltPageAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        for (var attempt = 1; ; attempt++, await Task.Delay(100))
        {
            try
            {
                if ((await page.GotoAsync(path))?.Status == 200) return page;
            }
            catch (PlaywrightException e) when (attempt < 50 && e.Message.Contains("interrupted by another navigation", StringComparison.Ordinal))
            {
            }
            if (attempt == 50) throw new TimeoutException($"{path} was not built in time.");
        }
    }

    /// <summary>Presses Publiceer → Publiceer nu, as a writer saves.</summary>
    public static async Task PublishAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Publiceer", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Publiceer nu" }).ClickAsync();
    }

    /// <summary>Waits until the file on disk satisfies <paramref name="done"/> (the save is an HTTP round trip).</summary>
    public async Task<string> WaitForFileAsync(string relative, Func<string, bool> done)
    {
        for (var i = 0; i < 100; i++)
        {
            if (File.Exists(PathOf(relative)) && Read(relative) is var text && done(text)) return text;
            await Task.Delay(100);
        }
        throw new TimeoutException($"{relative} did not change as expected; it reads:\n{(File.Exists(PathOf(relative)) ? Read(relative) : "(missing)")}");
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        try { Directory.Delete(_root, recursive: true); }
        catch (IOException) { /* a temp folder left behind is harmless */ }
    }

    /// <summary>A folder and everything in it, for a test's own copy of the sample site.</summary>
    internal static void CopyFolder(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}
