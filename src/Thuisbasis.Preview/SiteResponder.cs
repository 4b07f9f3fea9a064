using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Thuisbasis.Output;
using Thuisbasis.Search;

namespace Thuisbasis.Preview;

/// <summary>
/// Answers a request from the build in memory: only files the build produced (no <c>..</c>, no directory listings),
/// with their content type, HTML never cached, and the live-reload script (plus the error overlay, when the newest
/// build failed) added before <c>&lt;/body&gt;</c>. Nothing served here is ever written to the output folder. The web
/// editor (<c>/admin/</c>) is served as built, with its own Content-Security-Policy and without live reload: a save there
/// must not reload the editor itself.
/// </summary>
internal static class SiteResponder
{
    private static readonly FileExtensionContentTypeProvider Types = new();
    private const string PagefindPrefix = PagefindRunner.OutputFolder + "/";

    /// <param name="toolbar">The preview's bar with the newest item's share kit, added to every page; null for none.</param>
    /// <param name="copyMissing">Called when a file the build points at could not be read (its copy in the image cache
    /// removed while the preview runs, which brings no event): the preview builds again, and the open tab reloads.</param>
    public static async Task RespondAsync(HttpContext context, PreviewState state, PreviewSearch? search = null, PreviewToolbar? toolbar = null,
        Action? copyMissing = null)
    {
        var request = context.Request;
        var response = context.Response;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }
        var path = request.Path.Value ?? "/";
        if (!IsSafe(path))
        {
            response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        if (!state.HasGoodBuild)
        {
            // The overlay itself is added by Html, as on every page.
            await Html(context, ErrorOverlay.Page(state.Overlay is null ? "<p>De site wordt gebouwd…</p>" : ""), StatusCodes.Status503ServiceUnavailable, state);
            return;
        }
        var relative = path.TrimStart('/');
        // The search index is not part of a build in memory: it comes from the preview's own index folder.
        if (relative.StartsWith(PagefindPrefix, StringComparison.Ordinal) && search?.FileFor(relative[PagefindPrefix.Length..]) is { } indexFile)
        {
            await Send(context, OutputFile.Copy(relative, indexFile, "(zoekindex)"), relative, StatusCodes.Status200OK, state, toolbar: null, copyMissing: null);
            return;
        }
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        var exists = state.Files.TryGetValue(relative, out var file);
        if ((!exists || request.QueryString.HasValue) && state.Files.TryGetValue("_redirects", out var rules) &&
            PreviewRedirects.Target(rules, path, request.Query, request.QueryString, exists) is { } moved)
        {
            // As Netlify does with `_redirects` on the site; temporary here, so the browser remembers nothing.
            response.Redirect(moved);
            return;
        }
        if (!exists)
        {
            if (state.Files.ContainsKey(relative + "/index.html"))
            {
                response.Redirect(path + "/" + request.QueryString);
                return;
            }
            if (state.Files.TryGetValue("404.html", out var notFound)) await Send(context, notFound, "404.html", StatusCodes.Status404NotFound, state, toolbar, copyMissing);
            else response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        await Send(context, file!, relative, StatusCodes.Status200OK, state, toolbar, copyMissing);
    }

    /// <summary>Only plain path segments: no <c>..</c>, no backslashes or NUL, no encoded slashes.</summary>
    internal static bool IsSafe(string path) =>
        path.StartsWith('/') && !path.Contains('\\') && !path.Contains('\0') && !path.Contains("%2f", StringComparison.OrdinalIgnoreCase) &&
        !path.Split('/').Any(s => s is ".." or ".");

    private static async Task Send(HttpContext context, OutputFile file, string relative, int status, PreviewState state, PreviewToolbar? toolbar,
        Action? copyMissing)
    {
        var editor = relative.StartsWith(Thuisbasis.Editor.EditorFilesGenerator.Folder + "/", StringComparison.Ordinal);
        if (editor) context.Response.Headers.ContentSecurityPolicy = Thuisbasis.Editor.EditorPolicy.Header(null, local: true);
        var body = file.Bytes ?? await ReadCopy(file);
        if (body is null)
        {
            copyMissing?.Invoke();
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        if (relative.EndsWith(".html", StringComparison.OrdinalIgnoreCase) && !editor)
        {
            await Html(context, Encoding.UTF8.GetString(body), status, state, toolbar);
            return;
        }
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentType(relative);
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method)) await context.Response.Body.WriteAsync(body);
    }

    internal static async Task Html(HttpContext context, string html, int status, PreviewState state, PreviewToolbar? toolbar = null)
    {
        var addition = LiveReload.Script(state.Version) + (toolbar?.For(state) ?? "") + (state.Overlay ?? "");
        var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        html = at < 0 ? html + addition : html.Insert(at, addition);
        var bytes = Encoding.UTF8.GetBytes(html);
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method)) await context.Response.Body.WriteAsync(bytes);
    }

    private static async Task<byte[]?> ReadCopy(OutputFile file)
    {
        try { return await File.ReadAllBytesAsync(file.CopyFrom!); }
        // A variant made when first read whose photo's waiting copy is gone or unreadable is missing too.
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException) { return null; }
    }

    internal static string ContentType(string path)
    {
        if (path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)) return "text/yaml; charset=utf-8";
        if (!Types.TryGetContentType(path, out var type)) return "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "application/json" or "image/svg+xml"
            ? type + "; charset=utf-8" : type;
    }
}
