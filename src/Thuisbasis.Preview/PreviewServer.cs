using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Thuisbasis.Model;

namespace Thuisbasis.Preview;

/// <summary>
/// The live preview: a Kestrel server on loopback that serves the last good build from memory, a watcher that rebuilds
/// on every save, and live reload. This is what <c>dotnet run -- preview</c> runs; tests start it on a free port.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SiteWatcher _watcher;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly Task _days;
    private int _disposed;

    private PreviewServer(WebApplication app, PreviewSession session, LiveReload live, SiteWatcher watcher, Uri url, PreviewOptions options)
    {
        _app = app;
        Session = session;
        Live = live;
        _watcher = watcher;
        Url = url;
        _loop = Task.Run(() => WatchLoop(options));
        _days = Task.Run(() => DayWatch.RunAsync(session, options.Clock, options.Log, _stop.Token));
    }

    public Uri Url { get; }
    public PreviewSession Session { get; }
    public LiveReload Live { get; }

    /// <summary>
    /// Starts serving, builds the site once (drafts and scheduled items included) and starts watching: the files, and
    /// (without a fixed <see cref="PreviewOptions.Date"/>) the day, so the site is rebuilt when the day turns.
    /// </summary>
    public static async Task<PreviewServer> StartAsync(PreviewOptions options, CancellationToken cancel = default)
    {
        var root = Path.GetFullPath(options.Root);
        var live = new LiveReload();
        PreviewSession? session = null;
        ReportResponder? report = null;
        var toolbar = new PreviewToolbar(root);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = root });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            if (options.Host is "localhost" or "127.0.0.1") k.Listen(IPAddress.Loopback, options.Port);
            else k.Listen(IPAddress.Parse(options.Host), options.Port);
        });
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        // Ctrl+C belongs to whoever started the preview (the command line), not to the web host.
        builder.Services.AddSingleton<IHostLifetime, CallerLifetime>();
        var app = builder.Build();
        var stopping = app.Lifetime.ApplicationStopping;
        var backend = new Editor.LocalBackend(root);
        SiteWatcher? watcher = null;
        app.Run(async context =>
        {
            if (context.Request.Path == LiveReload.EventsPath)
            {
                context.Response.Headers.ContentType = "text/event-stream; charset=utf-8";
                context.Response.Headers.CacheControl = "no-store";
                using var both = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
                await live.StreamAsync(context.Response.Body, () => context.Response.Body.FlushAsync(both.Token),
                    session?.State.Version ?? "0", both.Token);
            }
            else if (context.Request.Path == Thuisbasis.Editor.EditorConfig.ProxyPath) await backend.HandleAsync(context);
            else if (session is null || report is null) context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            else if (ReportResponder.Handles(context.Request.Path)) await report.RespondAsync(context);
            else await SiteResponder.RespondAsync(context, session.State, session.Search, toolbar, () =>
            {
                if (session.ForgetImagesOnce()) watcher?.BuildEverything();
            });
        });

        await app.StartAsync(cancel);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(address).Port;
        var host = options.Host is "localhost" or "127.0.0.1" or "0.0.0.0" or "::" ? "localhost" : options.Host;
        var url = new Uri($"http://{host}:{port}/");

        var buildOptions = new BuildOptions
        {
            Root = root,
            IncludeDrafts = true,
            Mode = "preview",
            BaseUrl = url.GetLeftPart(UriPartial.Authority),
            Date = options.Date,
        };
        session = new PreviewSession(buildOptions, live, options.Log, options.ReadEnvironment, options.Clock);
        report = new ReportResponder(session);
        watcher = new SiteWatcher(root, options.Debounce, options.MaxWait, options.GoneQuiet);
        session.Rebuild([]);
        return new PreviewServer(app, session, live, watcher, url, options);
    }

    private async Task WatchLoop(PreviewOptions options)
    {
        while (!_stop.IsCancellationRequested)
        {
            IReadOnlySet<string> batch;
            try { batch = await _watcher.NextBatchAsync(_stop.Token); }
            catch (Exception e) when (e is OperationCanceledException or System.Threading.Channels.ChannelClosedException) { return; }
            var closed = DateTime.UtcNow;
            try { Session.Rebuild(batch.ToList(), photo => _watcher.ChangesAfter(closed, photo ? options.PhotoCopyQuiet : options.FailureQuiet)); }
            catch (Exception e)
            {
                // Never let one odd build end the preview; say what happened and wait for the next save.
                options.Log.WriteLine($"De preview kon niet opnieuw bouwen: {(e is AggregateException all ? all.Flatten().InnerExceptions[0] : e).Message}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return; // disposing twice is allowed and does nothing
        await _stop.CancelAsync();
        Session.StopSearch(); // early: its temporary folder is gone even when the rest of a slow shutdown is cut off
        _watcher.Dispose();
        try { await _loop; } catch (OperationCanceledException) { }
        await _days;
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stop.Dispose();
    }
}

/// <summary>A host lifetime that leaves signals alone: the caller decides when the preview stops.</summary>
internal sealed class CallerLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
