using Microsoft.Playwright;

namespace Thuisbasis.BrowserTests.Infrastructure;

/// <summary>
/// Finds a Chromium to drive: <c>THUISBASIS_CHROMIUM</c>, then <c>/usr/bin/chromium</c>, then a browser
/// that Playwright downloaded itself. Playwright never downloads one here.
/// </summary>
internal static class ChromiumLauncher
{
    public const string EnvironmentVariable = "THUISBASIS_CHROMIUM";
    private const string SystemChromium = "/usr/bin/chromium";

    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        var tried = new List<string>();

        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            if (!File.Exists(fromEnvironment))
                throw new InvalidOperationException(
                    $"{EnvironmentVariable} is set to '{fromEnvironment}', but there is no file there. Point it at a Chromium binary.");
            return await playwright.Chromium.LaunchAsync(Options(fromEnvironment));
        }
        tried.Add($"{EnvironmentVariable} (not set)");

        if (File.Exists(SystemChromium))
            return await playwright.Chromium.LaunchAsync(Options(SystemChromium));
        tried.Add($"{SystemChromium} (missing)");

        try
        {
            return await playwright.Chromium.LaunchAsync(Options(null));
        }
        catch (PlaywrightException e)
        {
            tried.Add($"Playwright's own Chromium ({FirstLine(e.Message)})");
        }

        throw new InvalidOperationException(
            "The browser tests need Chromium and found none. Install it with `apt-get install chromium`, " +
            $"or set {EnvironmentVariable} to the path of a Chromium binary. Tried: {string.Join("; ", tried)}.");
    }

    private static BrowserTypeLaunchOptions Options(string? executablePath) => new()
    {
        ExecutablePath = executablePath,
        Headless = true,
        Args = Arguments,
    };

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
