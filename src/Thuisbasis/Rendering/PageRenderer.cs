using Thuisbasis.Diagnostics;
using Thuisbasis.Output;
using Thuisbasis.Model;

namespace Thuisbasis.Rendering;

/// <summary>
/// Renders planned pages: the page's own layout first, then <c>layouts/base.sbn-html</c> around it (head, header,
/// navigation, footer). Pages render in parallel; a page that fails becomes a diagnostic naming the content file and the layout.
/// </summary>
public sealed class PageRenderer(TemplateEngine templates)
{
    public const string BaseLayout = "layouts/base.sbn-html";

    /// <summary>The engine the pages are rendered with; the preview asks it what the layouts and partials are worth.</summary>
    public TemplateEngine Templates => templates;

    /// <param name="recorder">Notes what the layouts read, so the preview can tell later whether this page changed.</param>
    /// <param name="staging">When given, the page is written into it as soon as it is rendered and comes back without its bytes.</param>
    public OutputFile? Render(Site site, PageModel page, DiagnosticBag diagnostics, DependencyRecorder? recorder = null,
        OutputWriter.Staging? staging = null)
    {
        var globals = new Dictionary<string, object?> { ["site"] = site, ["page"] = page };
        using var main = templates.RenderLayout(page.Layout, globals, page.Source, diagnostics, recorder);
        if (main is null) return null;
        globals["content"] = main;
        if (staging is not null)
            return templates.RenderWith(BaseLayout, globals, page.Source, diagnostics, recorder,
                output => staging.AddText(page.OutputPath, output.Written, page.Source));
        var html = templates.RenderUtf8(BaseLayout, globals, page.Source, diagnostics, recorder);
        return html is null ? null : new OutputFile(page.OutputPath, html, null, page.Source);
    }
}
