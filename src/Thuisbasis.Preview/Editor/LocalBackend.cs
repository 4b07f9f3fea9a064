using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Thuisbasis.Output;

namespace Thuisbasis.Preview.Editor;

/// <summary>
/// Decap CMS's local-backend protocol (the <c>proxy</c> backend that <c>decap-server</c> answers), served by the preview
/// itself so the web editor saves straight into <c>input/</c> with no login and no Node. Every request is a POST of
/// <c>{ action, params }</c> to <see cref="Thuisbasis.Editor.EditorConfig.ProxyPath"/>. Only this computer may ask
/// (<see cref="RequestGuard"/>), and only for files <see cref="SitePaths"/> allows. Saved files are picked up by the
/// preview's watcher like any other save: the site rebuilds and the open site tab updates.
/// </summary>
public sealed class LocalBackend(string root)
{
    /// <summary>Larger than any photo a writer uploads (Decap sends files as base64 in the JSON).</summary>
    public const long MaxRequestBytes = 50L * 1024 * 1024;

    public SitePaths Paths { get; } = new(root);

    public async Task HandleAsync(HttpContext context)
    {
        if (RequestGuard.Refusal(context) is { } refusal)
        {
            await Reply(context, refusal.Status, Error(refusal.Message));
            return;
        }
        if (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = MaxRequestBytes;
        JsonNode? body;
        try { body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted); }
        catch (JsonException) { body = null; }
        var action = body?["action"]?.GetValueKind() == JsonValueKind.String ? (string?)body["action"] : null;
        if (body is null || action is null)
        {
            await Reply(context, StatusCodes.Status400BadRequest, Error("Het verzoek is geen geldige opdracht voor de redactie."));
            return;
        }
        try
        {
            var (status, answer) = Run(action, body["params"] as JsonObject ?? []);
            await Reply(context, status, answer);
        }
        catch (UploadRefused e)
        {
            await Reply(context, StatusCodes.Status422UnprocessableEntity, Error(e.Message));
        }
        catch (PathRefused e)
        {
            await Reply(context, StatusCodes.Status403Forbidden, Error(e.Message));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or InvalidOperationException)
        {
            // The system's text is English and names the machine's paths; the editor shows the writer what happened.
            var why = e switch
            {
                UnauthorizedAccessException => "de computer geeft geen recht om dat bestand of die map te schrijven",
                FileNotFoundException or DirectoryNotFoundException => "het bestand of de map is er niet (meer)",
                IOException => "het bestand is in gebruik in een ander programma, of de schijf is vol",
                _ => "de redactie stuurde iets wat de preview niet kon lezen",
            };
            await Reply(context, StatusCodes.Status500InternalServerError, Error($"Opslaan of lezen lukte niet: {why}. Probeer het opnieuw."));
        }
    }

    /// <summary>One action of the protocol; the answer is what <c>decap-server</c>'s file-system middleware answers.</summary>
    public (int Status, JsonNode? Answer) Run(string action, JsonObject p)
    {
        switch (action)
        {
            case "info":
                return (200, new JsonObject
                {
                    ["repo"] = Path.GetFileName(Paths.Root), ["publish_modes"] = new JsonArray("simple"), ["type"] = "local_fs",
                });
            case "entriesByFolder":
            {
                var folder = Allowed(Text(p, "folder"));
                var extension = Text(p, "extension") ?? "";
                var depth = p["depth"]?.GetValue<int>() ?? 1;
                return (200, new JsonArray([.. ListFiles(folder, extension, depth).Select(Entry)]));
            }
            case "entriesByFiles":
                return (200, new JsonArray([.. (p["files"] as JsonArray ?? []).Select(f => Entry(Allowed(Text(f as JsonObject ?? [], "path"))))]));
            case "getEntry":
                return (200, Entry(Allowed(Text(p, "path"))));
            case "persistEntry":
                PersistEntry(p);
                return (200, new JsonObject { ["message"] = "entry persisted" });
            case "getMedia":
            {
                var folder = Allowed(Text(p, "mediaFolder"));
                var files = ListFiles(folder, "", 1).ToList();
                var listed = new JsonNode[files.Count];
                // Side by side: the first listing of a folder of phone photos makes a copy of each.
                try { Parallel.For(0, files.Count, i => listed[i] = ListedMediaFile(files[i])); }
                catch (AggregateException e) { System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]); }
                return (200, new JsonArray(listed));
            }
            case "getMediaFile":
                return (200, MediaFile(Allowed(Text(p, "path"))));
            case "persistMedia":
                return (200, MediaFile(PersistMedia(p["asset"] as JsonObject ?? [])));
            case "deleteFile":
                Delete(Allowed(Text(p, "path")));
                return (200, new JsonObject { ["message"] = "deleted file" });
            case "deleteFiles":
                foreach (var path in p["paths"] as JsonArray ?? []) Delete(Allowed(path?.GetValueKind() == JsonValueKind.String ? (string?)path : null));
                return (200, new JsonObject { ["message"] = "deleted files" });
            case "getDeployPreview":
                return (200, null);
            default:
                return (422, Error($"De redactie kent de opdracht `{action}` niet; in de preview wordt alles meteen opgeslagen, zonder concepten."));
        }
    }

    private void PersistEntry(JsonObject p)
    {
        var files = (p["dataFiles"] as JsonArray)?.OfType<JsonObject>().ToList() ?? (p["entry"] is JsonObject e ? [e] : []);
        // Check every path and every upload first, so a refused one writes nothing at all.
        var writes = files.Select(f => (Full: Allowed(Text(f, "path")), Raw: Text(f, "raw") ?? "", NewPath: Text(f, "newPath"))).ToList();
        foreach (var w in writes) ContentFileOnly(w.Full);
        var moves = writes.Where(w => w.NewPath is not null).Select(w => (w.Full, To: ContentFileOnly(Allowed(w.NewPath)))).ToList();
        var uploads = (p["assets"] as JsonArray ?? []).OfType<JsonObject>().Select(Upload).ToList();
        // The photos first, then the entries that show them, each written whole: a build the watcher starts in between
        // never sees a story that names a photo not there yet, nor half a file.
        foreach (var upload in uploads) upload.Write();
        foreach (var (full, raw, _) in writes)
        {
            var before = File.Exists(full) ? File.ReadAllText(full) : null;
            var text = uploads.Aggregate(raw, (t, u) => u.Renamed(t));
            var wholeFileIsYaml = !full.EndsWith(".md", StringComparison.Ordinal);
            // The writer's layout of every value that did not change first, then any comment that is still missing.
            var kept = KeptComments.Restore(before, KeptLayout.Restore(before, text, wholeFileIsYaml), wholeFileIsYaml);
            WholeFile.Write(full, System.Text.Encoding.UTF8.GetBytes(kept), overwrite: true);
        }
        foreach (var (from, to) in moves)
        {
            if (from == to) continue;
            if (File.Exists(to)) throw new PathRefused($"`{Paths.Relative(to)}` bestaat al; kies een andere titel of bestandsnaam.");
            File.Move(from, to);
        }
    }

    /// <summary>Writes an upload under a safe, free name in its folder, and returns where it went.</summary>
    private string PersistMedia(JsonObject asset)
    {
        var upload = Upload(asset);
        upload.Write();
        return upload.Full;
    }

    /// <summary>
    /// An upload checked and given its safe, free name, not yet written. A HEIC photo, and a photo the build would refuse
    /// (empty, broken off halfway, no image at all: TB0131), is refused here, before anything is saved, so the writer reads
    /// why at once instead of finding every page of the preview stopped by a build error. A photo is saved without its
    /// metadata (<see cref="Thuisbasis.Images.MetadataFree.ForUpload"/>), and refused when that cannot be done.
    /// </summary>
    private MediaUpload Upload(JsonObject asset)
    {
        var requested = Allowed(Text(asset, "path"));
        var folder = Path.GetDirectoryName(requested)!;
        if (!Paths.Relative(folder).StartsWith("input/assets", StringComparison.Ordinal))
            throw new PathRefused("Afbeeldingen en bestanden horen in `input/assets/`.");
        if (Text(asset, "encoding") is not "base64") throw new FormatException("alleen base64 wordt ondersteund");
        var bytes = Convert.FromBase64String(Text(asset, "content") ?? "");
        if (Thuisbasis.Images.UnreadableImages.IsHeicName(requested) || Thuisbasis.Images.UnreadableImages.IsHeic(bytes))
            throw new UploadRefused($"`{Path.GetFileName(requested)}` is een HEIC-foto, zoals een iPhone ze bewaart; die kan de site niet tonen. " +
                "Sla de foto op als JPEG (op de iPhone: Instellingen > Camera > Formaten > Meest compatibel) en upload die.");
        if (Thuisbasis.Images.ImageFormats.FromName(requested) is not null && Thuisbasis.Images.UnreadableImages.Refusal(bytes) is var (message, _))
            throw new UploadRefused($"`{Path.GetFileName(requested)}`: {message} Niets is opgeslagen. " +
                "Zet de foto opnieuw op deze computer, vanaf de telefoon of computer waar hij vandaan komt, en upload hem dan.");
        // Saved into Git, often a public repository: without the place it was taken, the camera's serial number and the owner.
        var clean = Thuisbasis.Images.MetadataFree.ForUpload(requested, bytes)
            ?? throw new UploadRefused($"`{Path.GetFileName(requested)}`: deze foto is anders opgebouwd dan zo'n bestand hoort te zijn, " +
                "en daardoor kunnen de gegevens erin (zoals de plek waar hij gemaakt is) er niet veilig uit worden gehaald. Niets is opgeslagen. " +
                "Open de foto in een fotoprogramma, sla hem opnieuw op als JPEG en upload die.");
        var full = Path.Combine(folder, SitePaths.FreeFileName(folder, Path.GetFileName(requested)));
        return new MediaUpload(requested, full, clean, Paths.Root);
    }

    private void Delete(string full)
    {
        if (full == Path.Combine(Paths.Root, SitePaths.SettingsFile)) throw new PathRefused("De instellingen kunnen niet weggegooid worden.");
        if (File.Exists(full)) File.Delete(full);
    }

    /// <summary>Content saved through the editor is Markdown under <c>input/</c>, or the settings file.</summary>
    private string ContentFileOnly(string full)
    {
        if (full == Path.Combine(Paths.Root, SitePaths.SettingsFile) || full.EndsWith(".md", StringComparison.Ordinal)) return full;
        throw new PathRefused($"`{Paths.Relative(full)}` is geen tekstbestand van de site; de redactie bewaart alleen .md-bestanden in `input/` en de instellingen.");
    }

    private string Allowed(string? relative) =>
        Paths.Resolve(relative) ?? throw new PathRefused($"`{relative}` ligt buiten de map `input/`; daar mag de redactie niet komen.");

    private IEnumerable<string> ListFiles(string folder, string extension, int depth)
    {
        if (depth <= 0 || !Directory.Exists(folder)) return [];
        var result = new List<string>();
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(entry);
            if (name.StartsWith('.') || new FileInfo(entry).LinkTarget is not null) continue;
            if (Directory.Exists(entry)) result.AddRange(ListFiles(entry, extension, depth - 1));
            else if (entry.EndsWith(extension, StringComparison.Ordinal)) result.Add(entry);
        }
        return result;
    }

    private JsonObject Entry(string full)
    {
        var path = Paths.Relative(full);
        if (!File.Exists(full)) return new JsonObject { ["data"] = null, ["file"] = new JsonObject { ["path"] = path, ["id"] = null } };
        var bytes = File.ReadAllBytes(full);
        return new JsonObject
        {
            ["data"] = System.Text.Encoding.UTF8.GetString(bytes),
            ["file"] = new JsonObject { ["path"] = path, ["id"] = Convert.ToHexStringLower(SHA256.HashData(bytes)) },
        };
    }

    private JsonObject MediaFile(string full)
    {
        var bytes = File.ReadAllBytes(full);
        return MediaFile(full, Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes);
    }

    private JsonObject MediaFile(string full, string id, byte[] content) => new()
    {
        ["id"] = id, ["content"] = Convert.ToBase64String(content), ["encoding"] = "base64",
        ["path"] = Paths.Relative(full), ["name"] = Path.GetFileName(full),
    };

    /// <summary>Photos larger than this, and wider than <see cref="ListedWidth"/>, are listed as a smaller copy.</summary>
    internal const long ListedAsIs = 256 * 1024;

    /// <summary>The width of a photo's quick copy in the media library: sharp in its cards and in the editor's preview pane.</summary>
    internal const int ListedWidth = 800;

    /// <summary>The site's own image cache, where the preview makes every photo's variants.</summary>
    private readonly Thuisbasis.Images.ImageStore _images = new(Thuisbasis.Images.ImageStore.FolderIn(root));

    /// <summary>Per large photo, by size and time of change: its fingerprint (SHA-256), and a quick copy while the cache has no variant.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (long Length, DateTime Written, string Id, byte[]? Copy)> _listed = new();

    /// <summary>How many quick copies this editor made itself (no variant in the cache yet): tests.</summary>
    internal int CopiesMade => _copiesMade;

    private int _copiesMade;

    /// <summary>
    /// A file as the media library lists it. The protocol sends every file of the folder whole, in base64, each time the
    /// editor opens: a folder of phone photos makes that answer hundreds of megabytes, slow to make and to read, and past
    /// half a gigabyte the browser cannot read it at all. A photo larger than <see cref="ListedAsIs"/> is therefore listed
    /// as the file the site publishes at its address (1200 pixels wide at most, see
    /// <see cref="Thuisbasis.Images.ImageStore.FallbackMaxWidth"/>), from the image cache: the preview makes it for every
    /// photo in the background, and it is there when the preview starts again another day. A photo the preview has not
    /// got to yet, or whose file at that width is still large (a phone's screenshot in PNG), is listed as a quick copy
    /// <see cref="ListedWidth"/> pixels wide, made once and kept in memory.
    /// The editor uses what it lists only to show it (its cards and preview pane; its download button gives that copy);
    /// choosing it puts the file's own address in the entry, and a save never sends back a file it listed, so the photo
    /// on disk is untouched.
    /// </summary>
    private JsonObject ListedMediaFile(string full)
    {
        var info = new FileInfo(full);
        if (info.Length <= ListedAsIs || Thuisbasis.Images.ImageFormats.FromName(full) is not { } format) return MediaFile(full);
        byte[]? bytes = null;
        if (!_listed.TryGetValue(full, out var known) || known.Length != info.Length || known.Written != info.LastWriteTimeUtc)
        {
            bytes = File.ReadAllBytes(full);
            _listed[full] = known = (info.Length, info.LastWriteTimeUtc, Convert.ToHexStringLower(SHA256.HashData(bytes)), null);
        }
        if (_images.CachedVariant(full, format, Thuisbasis.Images.ImageStore.FallbackMaxWidth, bytes, maxLength: ListedAsIs) is { } published)
        {
            if (known.Copy is not null) _listed[full] = known with { Copy = null }; // the quick copy is not needed any more
            return MediaFile(full, known.Id, published);
        }
        if (known.Copy is { } copy) return MediaFile(full, known.Id, copy);
        bytes ??= File.ReadAllBytes(full);
        // Not readable (the build says what is wrong with it), or not wider than the copy would be: listed as it is.
        if (Thuisbasis.Images.ImageEncoder.UprightSize(bytes) is not { Width: > ListedWidth }) return MediaFile(full, known.Id, bytes);
        using var upright = Thuisbasis.Images.ImageEncoder.DecodeUpright(bytes, ListedWidth);
        if (upright is null) return MediaFile(full, known.Id, bytes);
        using var small = upright.Width > ListedWidth ? Thuisbasis.Images.ImageEncoder.Resize(upright, ListedWidth) : null;
        var content = Thuisbasis.Images.ImageEncoder.Encode(small ?? upright, format);
        Interlocked.Increment(ref _copiesMade);
        _listed[full] = known with { Copy = content };
        return MediaFile(full, known.Id, content);
    }

    private static string? Text(JsonObject o, string key) =>
        o[key] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    private static JsonObject Error(string message) => new() { ["error"] = message };

    private static async Task Reply(HttpContext context, int status, JsonNode? answer)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(answer?.ToJsonString() ?? "null");
    }

    private sealed class PathRefused(string message) : Exception(message);

    private sealed class UploadRefused(string message) : Exception(message);
}
