using Thuisbasis.Content.Settings;

namespace Thuisbasis.Editor;

/// <summary>
/// The Content-Security-Policy of <c>/admin/</c> alone. Decap CMS compiles its configuration schema with
/// <c>new Function</c> (<c>'unsafe-eval'</c>), styles itself with injected style elements (<c>'unsafe-inline'</c> for
/// styles only), shows uploads as <c>blob:</c> and <c>data:</c> images, and talks to the Git host's API. Every other page
/// keeps the site's strict policy.
/// </summary>
public static class EditorPolicy
{
    public static string Header(EditorSettings? editor, bool local)
    {
        var api = local || editor is null ? [] : editor.ApiOrigins();
        var images = local || editor is null ? [] : editor.Backend == "github" ? ["https://avatars.githubusercontent.com"] : api;
        string Join(IEnumerable<string> sources) => string.Join(' ', sources.Distinct());
        return string.Join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            $"img-src {Join(["'self'", "data:", "blob:", .. images])}",
            "font-src 'self' data:",
            $"connect-src {Join(["'self'", "blob:", "data:", .. api])}",
            "frame-src 'self' blob:",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    }
}
