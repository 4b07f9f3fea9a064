using System.Net;
using System.Net.Sockets;

namespace Thuisbasis.BrowserTests.Infrastructure;

/// <summary>
/// Serves one folder on 127.0.0.1 like a static host: <c>/x/</c> is <c>/x/index.html</c>, a missing file is the
/// site's <c>404.html</c> with status 404, and nothing outside the folder is ever served.
/// </summary>
internal sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly string root;
    private readonly HttpListener listener;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task loop;

    private StaticSiteServer(string root, HttpListener listener, int port)
    {
        this.root = Path.GetFullPath(root);
        this.listener = listener;
        Port = port;
        loop = Task.Run(AcceptLoopAsync);
    }

    public int Port { get; }
    public string BaseUrl => $"http://127.0.0.1:{Port}";

    /// <summary>Starts serving <paramref name="root"/> (which may be filled later) on a free port.</summary>
    public static StaticSiteServer Start(string root)
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return new StaticSiteServer(root, listener, port);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close(); // someone took the port between asking and binding: ask again
            }
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task AcceptLoopAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception) when (stopping.IsCancellationRequested || !listener.IsListening)
            {
                return;
            }
            _ = Task.Run(() => RespondAsync(context));
        }
    }

    private async Task RespondAsync(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var method = context.Request.HttpMethod;
            if (method is not ("GET" or "HEAD"))
            {
                response.StatusCode = 405;
                response.AddHeader("Allow", "GET, HEAD");
                return;
            }

            var (status, file, redirect) = Resolve(context.Request.Url!.AbsolutePath);
            response.StatusCode = status;
            if (redirect is not null)
            {
                response.RedirectLocation = redirect;
                return;
            }
            if (file is null)
            {
                response.ContentType = "text/plain; charset=utf-8";
                await WriteAsync(response, "Not found"u8.ToArray(), method);
                return;
            }

            response.ContentType = ContentTypes.For(file);
            response.AddHeader("X-Content-Type-Options", "nosniff");
            response.AddHeader("Cache-Control", "no-store");
            await WriteAsync(response, await File.ReadAllBytesAsync(file), method);
        }
        catch (Exception) when (stopping.IsCancellationRequested)
        {
            // shutting down: the browser is gone
        }
        catch (HttpListenerException)
        {
            // the browser closed the connection early (navigated away): nothing to answer
        }
        finally
        {
            try { response.Close(); } catch (Exception) { /* the connection is already gone */ }
        }
    }

    private static async Task WriteAsync(HttpListenerResponse response, byte[] body, string method)
    {
        response.ContentLength64 = body.Length;
        if (method == "GET")
            await response.OutputStream.WriteAsync(body);
    }

    /// <summary>Maps a URL path to a status, a file in the folder (or none) and an optional redirect.</summary>
    internal (int Status, string? File, string? Redirect) Resolve(string urlPath)
    {
        var decoded = Uri.UnescapeDataString(urlPath);
        var segments = decoded.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var safe = segments.All(s => s is not ("." or "..") && !s.Contains('\\') && !s.Contains('\0'));
        if (safe)
        {
            var candidate = Path.GetFullPath(Path.Combine([root, .. segments]));
            if (IsInside(candidate))
            {
                if (Directory.Exists(candidate))
                {
                    if (!decoded.EndsWith('/'))
                        return (301, null, urlPath + "/");
                    candidate = Path.Combine(candidate, "index.html");
                }
                if (File.Exists(candidate))
                    return (200, candidate, null);
            }
        }

        var notFound = Path.Combine(root, "404.html");
        return (404, File.Exists(notFound) ? notFound : null, null);
    }

    private bool IsInside(string path) =>
        path == root || path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    public async ValueTask DisposeAsync()
    {
        stopping.Cancel();
        listener.Stop();
        listener.Close();
        await loop;
        stopping.Dispose();
    }
}
