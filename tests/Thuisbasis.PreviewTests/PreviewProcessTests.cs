using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using Thuisbasis.Tests.Preview;
using Thuisbasis.Model;

using static Thuisbasis.PreviewTests.SiteProcess;

namespace Thuisbasis.PreviewTests;

/// <summary>
/// The preview as a writer starts it: the site host's own process (<c>Site preview --root … --port …</c>, what
/// <c>dotnet run -- preview</c> runs) on a free port over a copy of the fixture site, a Chromium tab on it, an edit on
/// disk, and Ctrl+C at the end.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class PreviewProcessTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private const string Story = "input/stories/2026-02-14-wandelen.md";

    private readonly FixtureSite _site = new();
    private readonly List<string> _output = [];
    private Process _process = null!;
    private Uri _url = null!;

    public async Task InitializeAsync()
    {
        var port = FreePort();
        var start = new ProcessStartInfo(DotnetHost())
        {
            UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true,
        };
        foreach (var a in (string[])[SiteDll(), "preview", "--root", _site.Root, "--port", port.ToString(), "--date", "2026-06-01"])
            start.ArgumentList.Add(a);
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.Add(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.Add(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        _url = new Uri($"http://localhost:{port}/");
        await WaitForOutput("De preview draait op", TimeSpan.FromSeconds(90));
    }

    [Fact]
    public async Task AnEditOnDiskShowsInTheOpenTabAndCtrlCStopsThePreview()
    {
        var page = await chromium.Browser.NewPageAsync();
        try
        {
            // The tab listens for rebuilds once its event stream has answered; edit only after that.
            var listening = page.WaitForResponseAsync(r => r.Url.Contains("/_thuisbasis/events"), new() { Timeout = 30_000 });
            await page.GotoAsync(new Uri(_url, "/verhalen/wandelen/").ToString());
            await listening;
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Wandelen tegen eenzaamheid");

            _site.Replace(Story, "title: Wandelen tegen eenzaamheid", "title: Samen het park in");

            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Samen het park in", new() { Timeout = 30_000 });
            await WaitForOutput("2026-02-14-wandelen.md gewijzigd", TimeSpan.FromSeconds(10));
        }
        finally
        {
            await page.CloseAsync();
        }

        if (OperatingSystem.IsWindows()) return; // Ctrl+C cannot be sent to one process there from a test
        using (var kill = Process.Start("kill", [InterruptIgnored() ? "-TERM" : "-INT", _process.Id.ToString()])) await kill.WaitForExitAsync();
        using var stopped = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try { await _process.WaitForExitAsync(stopped.Token); }
        catch (OperationCanceledException)
        {
            lock (_output) Assert.Fail($"De preview stopte niet binnen 30 s na Ctrl+C (afgesloten: {_process.HasExited}). Uitvoer:\n{string.Join('\n', _output)}");
        }
        Assert.Equal(0, _process.ExitCode);
        await WaitForOutput("De preview is gestopt.", TimeSpan.FromSeconds(5));
    }

    private async Task WaitForOutput(string text, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            lock (_output) if (_output.Any(l => l.Contains(text, StringComparison.Ordinal))) return;
            if (_process.HasExited && clock.Elapsed > TimeSpan.FromSeconds(1)) break;
            await Task.Delay(100);
        }
        lock (_output)
            Assert.Fail($"De preview schreef niet `{text}` binnen {timeout.TotalSeconds:0} s. Uitvoer:\n{string.Join('\n', _output)}");
    }

    /// <summary>
    /// Whether this process ignores SIGINT, as everything does that a shell starts in the background (<c>.ci/run &amp;</c>);
    /// the preview inherits that and would never see Ctrl+C. The test then sends SIGTERM, which the preview handles the
    /// same way.
    /// </summary>
    private static bool InterruptIgnored()
    {
        var line = File.Exists("/proc/self/status") ? File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal)) : null;
        return line is not null && (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & 0b10) != 0; // bit 1: SIGINT (2)
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public Task DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
        _site.Dispose();
        return Task.CompletedTask;
    }
}
