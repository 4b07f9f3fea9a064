using Microsoft.Playwright;

namespace Thuisbasis.PreviewTests;

/// <summary>
/// One headless Chromium for all preview tests. Found in this order: <c>THUISBASIS_CHROMIUM</c>, <c>/usr/bin/chromium</c>,
/// then Playwright's own downloaded browser; with none of them the tests fail saying what to install.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The same search and launch arguments as the browser tests (the launcher file is shared).</summary>
    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await Thuisbasis.BrowserTests.Infrastructure.ChromiumLauncher.LaunchAsync(_playwright);
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
