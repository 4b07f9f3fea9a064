using System.CommandLine;
using System.Diagnostics;
using System.Net;
using System.Runtime.InteropServices;
using Thuisbasis.Preview;

namespace Thuisbasis.Cli;

/// <summary>
/// <c>preview</c>: builds the site with drafts and scheduled items (marked), serves it on localhost and rebuilds on
/// every save; the browser follows by itself. Ctrl+C stops it.
/// </summary>
internal static class PreviewCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var common = new CommonOptions();
        var port = new Option<int>("--port") { Description = "De poort van de preview.", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host")
        {
            Description = "Luister op dit adres (bijvoorbeeld 0.0.0.0 om vanaf een telefoon in hetzelfde netwerk te kijken). Standaard alleen deze computer.",
            DefaultValueFactory = _ => "localhost",
        };
        var open = new Option<bool>("--open") { Description = "Open de preview meteen in de browser." };
        var command = new Command("preview", "Bekijk de site terwijl u schrijft: elke keer dat u opslaat, ververst de browser vanzelf.");
        command.Options.Add(common.Root);
        command.Options.Add(common.Date);
        command.Options.Add(port);
        command.Options.Add(host);
        command.Options.Add(open);
        command.SetAction(async (parse, cancel) =>
        {
            var options = common.Read(parse, stderr, mode: "preview");
            if (options is null) return SiteHost.WrongUsage;
            var address = parse.GetValue(host)!;
            if (address != "localhost" && !IPAddress.TryParse(address, out _))
            {
                stderr.WriteLine($"error: --host `{address}` is geen IP-adres. Laat het weg (alleen deze computer) of schrijf bijvoorbeeld 0.0.0.0.");
                return SiteHost.WrongUsage;
            }
            var portNumber = parse.GetValue(port);
            if (portNumber is < 0 or > 65535)
            {
                stderr.WriteLine($"error: --port `{portNumber}` kan niet; kies een getal tussen 1024 en 65535, bijvoorbeeld 5080.");
                return SiteHost.WrongUsage;
            }
            PreviewServer server;
            try
            {
                server = await PreviewServer.StartAsync(new PreviewOptions
                {
                    Root = options.Root, Port = portNumber, Host = address, Date = options.Date, Log = stdout,
                }, cancel);
            }
            catch (IOException e)
            {
                stderr.WriteLine($"error: poort {portNumber} is al in gebruik ({e.Message}). Stop de andere preview of kies een andere poort met --port.");
                return SiteHost.WrongUsage;
            }
            // Ctrl+C (SIGINT) and a service manager's SIGTERM stop the preview: the server is shut down and the
            // process ends normally instead of being cut off mid-request.
            using (var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel))
            using (StopOn(PosixSignal.SIGINT, stop))
            using (StopOn(PosixSignal.SIGTERM, stop))
            {
                stdout.WriteLine($"De preview draait op {server.Url} (stoppen: Ctrl+C).");
                if (parse.GetValue(open)) OpenBrowser(server.Url);
                try { await Task.Delay(Timeout.Infinite, stop.Token); }
                catch (OperationCanceledException) { }
            }
            // Shut down off the signal's thread, and never wait long: a stop that hangs (a file watcher, a browser
            // that keeps a connection open) must not keep Ctrl+C from ending the preview.
            var shutdown = Task.Run(async () => await server.DisposeAsync());
            if (await Task.WhenAny(shutdown, Task.Delay(ShutdownLimit)) != shutdown)
                stderr.WriteLine($"Afsluiten duurde langer dan {ShutdownLimit.TotalSeconds:0} seconden; de preview stopt nu toch.");
            stdout.WriteLine("De preview is gestopt.");
            return SiteHost.Ok;
        });
        return command;
    }

    private static readonly TimeSpan ShutdownLimit = TimeSpan.FromSeconds(5);

    private static PosixSignalRegistration? StopOn(PosixSignal signal, CancellationTokenSource stop)
    {
        try
        {
            return PosixSignalRegistration.Create(signal, context =>
            {
                context.Cancel = true;
                stop.Cancel();
            });
        }
        catch (PlatformNotSupportedException)
        {
            return null;
        }
    }

    private static void OpenBrowser(Uri url)
    {
        try
        {
            var opener = OperatingSystem.IsWindows() ? "explorer" : OperatingSystem.IsMacOS() ? "open" : "xdg-open";
            Process.Start(new ProcessStartInfo(opener, url.ToString()) { UseShellExecute = false })?.Dispose();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            // No browser to open here (a server, a container): the URL is printed anyway.
        }
    }
}
