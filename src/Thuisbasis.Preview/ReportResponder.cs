using Microsoft.AspNetCore.Http;
using Thuisbasis.Reporting;

namespace Thuisbasis.Preview;

/// <summary>
/// <c>/_rapport/</c> in the preview: the content health report, made again after each good build (when first asked
/// for) and kept while a newer build fails, so it always shows the last good version. Served from memory, on loopback
/// like the rest of the preview; nothing is written to <c>output/</c> or <c>report/</c>.
/// </summary>
internal sealed class ReportResponder(PreviewSession session)
{
    public const string Path = "/_rapport/";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private (int Build, string Html)? _last;

    public static bool Handles(PathString path) => path.StartsWithSegments("/_rapport");

    public async Task RespondAsync(HttpContext context)
    {
        var state = session.State;
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }
        if (context.Request.Path.Value != Path)
        {
            context.Response.Redirect(Path);
            return;
        }
        var html = await HtmlFor(state);
        await SiteResponder.Html(context, html ?? ErrorOverlay.Page("<p>Het rapport kan pas gemaakt worden als de site één keer goed gebouwd is.</p>"),
            html is null ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK, state);
    }

    private async Task<string?> HtmlFor(PreviewState state)
    {
        await _gate.WaitAsync();
        try
        {
            // Only a good build's files are read again; while a newer build fails, the last report stays.
            if (state.HasGoodBuild && state.Overlay is null && _last?.Build != state.Build)
            {
                var (report, _) = await Task.Run(() => HealthReport.Make(session.Options.Root, session.Options.Date));
                if (report is not null) _last = (state.Build, report.Html());
            }
            return _last?.Html;
        }
        finally
        {
            _gate.Release();
        }
    }
}
