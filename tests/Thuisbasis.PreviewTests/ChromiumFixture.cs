using Microsoft.Playwright;

namespace Thuisbasis.PreviewTests;

/// <summary>
/// One headless Chromium for all preview tests. Found in this order: <c>THUISBASIS_CHROMIUM</c>, <c>/usr/bin/chromium</c>,
/// then Playwright's own downloaded browser; with none of them the tests fail saying what to install.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private static readonly string[] Args =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        var path = Environment.GetEnvironmentVariable("THUISBASIS_CHROMIUM") is { Length: > 0 } fromEnv ? fromEnv
            : File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null;
        try
        {
            Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = path, Headless = true, Args = Args });
        }
        catch (PlaywrightException e)
        {
            throw new InvalidOperationException(
                "Geen Chromium gevonden voor de browsertests. Zet THUISBASIS_CHROMIUM op het pad van chromium, installeer " +
                "/usr/bin/chromium (apt-get install chromium), of draai `pwsh bin/Debug/net10.0/playwright.ps1 install chromium`. " +
                $"Playwright meldde: {e.Message}", e);
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "chromium";
}
