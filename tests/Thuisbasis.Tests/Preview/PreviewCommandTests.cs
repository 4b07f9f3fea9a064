using System.Net;
using System.Net.Sockets;
using Thuisbasis.Cli;

namespace Thuisbasis.Tests.Preview;

/// <summary>The real command-line entry: <c>preview --root … --port …</c> serves the site until stopped.</summary>
public sealed class PreviewCommandTests
{
    [Fact]
    public async Task PreviewCommandServesTheSiteAndStopsCleanly()
    {
        using var site = new FixtureSite();
        var port = FreePort();
        var output = new StringWriter();
        using var stop = new CancellationTokenSource();
        var run = Task.Run(() => SiteHost.RunAsync(["preview", "--root", site.Root, "--port", port.ToString()],
            TextWriter.Synchronized(output), TextWriter.Synchronized(new StringWriter()), stop.Token));

        using var http = new HttpClient();
        string? home = null;
        for (var attempt = 0; attempt < 600 && home is null && !run.IsCompleted; attempt++)
        {
            try { home = await http.GetStringAsync($"http://localhost:{port}/"); }
            catch (HttpRequestException) { await Task.Delay(100); }
        }
        await stop.CancelAsync();
        var exit = await run.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Contains("Welkom bij De Linde", home);
        Assert.Equal(SiteHost.Ok, exit);
        Assert.Contains($"http://localhost:{port}/", output.ToString());
        Assert.Contains("De preview is gestopt.", output.ToString());
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
