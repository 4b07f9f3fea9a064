using System.Buffers;
using System.Buffers.Text;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Thuisbasis.Search;

/// <summary>
/// One Pagefind process in its service mode (<c>pagefind --service</c>, what Pagefind's own Node API drives): each
/// message is JSON in base64 followed by a comma, on stdin and stdout. Requests are sent one at a time, each waiting for
/// its answer, so pages reach the index in exactly the order they are added.
/// </summary>
internal sealed class PagefindService : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly Stream _answers;
    private readonly Stream _input;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private readonly List<byte> _pending = [];
    private int _lastId;

    private PagefindService(Process process)
    {
        _process = process;
        _answers = process.StandardOutput.BaseStream;
        _input = process.StandardInput.BaseStream;
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_log) _log.AppendLine(e.Data); };
        process.BeginErrorReadLine();
    }

    /// <summary>Starts the program with <paramref name="workingDirectory"/> as the folder page paths are relative to.</summary>
    /// <exception cref="System.ComponentModel.Win32Exception">The program cannot be started.</exception>
    public static PagefindService Start(string program, string workingDirectory)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add("--service");
        var process = new Process { StartInfo = start };
        process.Start();
        return new PagefindService(process);
    }

    /// <summary>What Pagefind printed on stderr so far, for the message when it fails.</summary>
    public string Log { get { lock (_log) return _log.ToString(); } }

    /// <summary>Sends one request and returns the payload of its answer.</summary>
    /// <exception cref="PagefindServiceFailed">Pagefind answered with an error, or stopped without answering.</exception>
    public JsonElement Send(JsonObject payload) => Send(w => payload.WriteTo(w));

    /// <summary>
    /// Adds one page, its UTF-8 bytes as they are on disk: no text in between, and the HTML's <c>&lt; &gt; &amp;</c> are
    /// not escaped (the message goes to Pagefind, never into a page). Made from text, the messages cost 0.13 s of the
    /// 0.77 s of indexing 200 pages; the rest is Pagefind's own work (figures: bench/README-packages.md).
    /// </summary>
    public JsonElement AddFile(int index, string path, byte[] contents) => Send(w =>
    {
        w.WriteStartObject();
        w.WriteString("type", "AddFile");
        w.WriteNumber("index_id", index);
        w.WriteString("file_path", path);
        // A broken byte becomes U+FFFD, as reading the page as text did; Pagefind skips a byte order mark itself.
        w.WriteString("file_contents", contents);
        w.WriteEndObject();
    });

    private static readonly JsonWriterOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly ArrayBufferWriter<byte> _json = new();
    private byte[] _message = [];

    private JsonElement Send(Action<Utf8JsonWriter> payload)
    {
        var id = ++_lastId;
        _json.ResetWrittenCount();
        using (var w = new Utf8JsonWriter(_json, Relaxed))
        {
            w.WriteStartObject();
            w.WriteNumber("message_id", id);
            w.WritePropertyName("payload");
            payload(w);
            w.WriteEndObject();
        }
        var size = Base64.GetMaxEncodedToUtf8Length(_json.WrittenCount) + 1;
        if (_message.Length < size) _message = new byte[size];
        Base64.EncodeToUtf8(_json.WrittenSpan, _message, out _, out var length);
        _message[length++] = (byte)',';
        try
        {
            _input.Write(_message, 0, length);
            _input.Flush();
        }
        catch (IOException)
        {
            // It stopped reading: what it printed on stdout says why (Read throws with it when it is no answer). A program
            // that closed its input but keeps running gets a moment to say so, then is stopped, so reading ends.
            if (!_process.WaitForExit(TimeSpan.FromSeconds(5))) Kill();
            Read();
            throw Stopped();
        }

        while (true)
        {
            var answer = Read() ?? throw Stopped();
            var root = answer.RootElement;
            var body = root.GetProperty("payload");
            if (body.GetProperty("type").GetString() == "Error")
                throw new PagefindServiceFailed("Error: " + (body.TryGetProperty("message", out var m) ? m.GetString() : "onbekende fout"));
            if (root.TryGetProperty("message_id", out var answerId) && answerId.GetInt32() == id) return body.Clone();
        }
    }

    /// <summary>Closes stdin, which ends the service, and waits for it.</summary>
    public void Finish(TimeSpan wait)
    {
        try { _process.StandardInput.Close(); } catch (IOException) { }
        if (!_process.WaitForExit(wait)) Kill();
        else _process.WaitForExit(); // the last lines of stderr
    }

    public void Kill()
    {
        try { _process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
    }

    private PagefindServiceFailed Stopped()
    {
        Kill();
        _process.WaitForExit();
        var printed = (Log + "\n" + Encoding.UTF8.GetString([.. _pending])).Trim();
        return new PagefindServiceFailed(printed.Length > 0 ? printed : "Pagefind stopte zonder antwoord");
    }

    /// <summary>The next message on stdout, or null when Pagefind closed it.</summary>
    private JsonDocument? Read()
    {
        while (true)
        {
            var comma = _pending.IndexOf((byte)',');
            if (comma >= 0)
            {
                var text = Encoding.UTF8.GetString(_pending.GetRange(0, comma).ToArray());
                _pending.RemoveRange(0, comma + 1);
                try
                {
                    return JsonDocument.Parse(Convert.FromBase64String(text));
                }
                catch (Exception e) when (e is FormatException or JsonException)
                {
                    // Not a service answer: a program that does not know --service printed its usage or an error.
                    Kill();
                    throw new PagefindServiceFailed((Log + "\n" + text).Trim());
                }
            }
            int read;
            try { read = _answers.Read(_buffer); } catch (IOException) { return null; }
            if (read == 0) return null;
            _pending.AddRange(_buffer.AsSpan(0, read));
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}

/// <summary>Pagefind's service answered with an error or went away; the message is what it said.</summary>
internal sealed class PagefindServiceFailed(string message) : Exception(message);
