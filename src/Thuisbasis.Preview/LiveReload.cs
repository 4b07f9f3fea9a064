using System.Threading.Channels;

namespace Thuisbasis.Preview;

/// <summary>
/// Server-Sent Events to every open tab (<c>/_thuisbasis/events</c>): <c>reload</c> after a good rebuild, <c>css</c> when
/// only stylesheets changed, <c>overlay</c> with the error overlay's HTML when a rebuild failed. A tab that reconnects
/// is told the current build number and reloads if it missed a build.
/// </summary>
public sealed class LiveReload
{
    public const string EventsPath = "/_thuisbasis/events";

    private readonly Lock _lock = new();
    private readonly List<Channel<string>> _clients = [];

    public int ClientCount
    {
        get { lock (_lock) return _clients.Count; }
    }

    public void Send(string eventName, string data)
    {
        var message = $"event: {eventName}\n" + string.Concat(data.Split('\n').Select(l => $"data: {l}\n")) + "\n";
        lock (_lock)
            foreach (var c in _clients) c.Writer.TryWrite(message);
    }

    /// <summary>Streams events to one client until it goes away or the server stops.</summary>
    /// <param name="version">The server's <see cref="PreviewState.Version"/>, sent first: a page made from another reloads.</param>
    public async Task StreamAsync(Stream body, Func<Task> flush, string version, CancellationToken cancel)
    {
        var channel = Channel.CreateUnbounded<string>();
        lock (_lock) _clients.Add(channel);
        try
        {
            await Write(body, $"retry: 500\nevent: hello\ndata: {version}\n\n", flush, cancel);
            await foreach (var message in channel.Reader.ReadAllAsync(cancel)) await Write(body, message, flush, cancel);
        }
        catch (OperationCanceledException) { }
        catch (IOException) { }
        finally
        {
            lock (_lock) _clients.Remove(channel);
        }
    }

    private static async Task Write(Stream body, string text, Func<Task> flush, CancellationToken cancel)
    {
        await body.WriteAsync(System.Text.Encoding.UTF8.GetBytes(text), cancel);
        await flush();
    }

    /// <summary>
    /// The script added before <c>&lt;/body&gt;</c> of every page while serving (never written to the output), with the
    /// <see cref="PreviewState.Version"/> the page was made from.
    /// </summary>
    public static string Script(string version) =>
        ScriptTemplate.Replace("VERSION", System.Text.Encodings.Web.JavaScriptEncoder.Default.Encode(version));

    private const string ScriptTemplate = """
        <script id="thuisbasis-live">(() => {
          let build = "VERSION";
          const events = new EventSource("/_thuisbasis/events");
          events.addEventListener("hello", e => { if (build !== e.data) location.reload(); build = e.data; });
          events.addEventListener("reload", e => { build = e.data; location.reload(); });
          events.addEventListener("css", e => {
            build = e.data;
            for (const link of document.querySelectorAll('link[rel~="stylesheet"]')) {
              const url = new URL(link.href);
              if (url.origin !== location.origin) continue;
              url.searchParams.set("_v", Date.now());
              link.href = url.href;
            }
          });
          events.addEventListener("overlay", e => {
            document.getElementById("thuisbasis-overlay")?.remove();
            document.body.insertAdjacentHTML("beforeend", e.data);
          });
        })();</script>
        """;
}
