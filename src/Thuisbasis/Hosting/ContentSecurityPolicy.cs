using Thuisbasis.Model;

namespace Thuisbasis.Hosting;

/// <summary>
/// The Content-Security-Policy of a build: everything from the site itself, plus exactly the origins the configured
/// analytics provider needs (and the newsletter service as a form target, and the players of the site's videos as
/// frames), and WebAssembly for site search when it is on. No <c>'unsafe-inline'</c>: the theme has no
/// inline scripts or styles, JSON-LD is data and is never executed, and a custom snippet's inline scripts are allowed
/// by their hash only.
/// </summary>
public static class ContentSecurityPolicy
{
    /// <summary>The directives in a fixed order, each with its sources.</summary>
    public static IReadOnlyList<(string Directive, IReadOnlyList<string> Sources)> Directives(Site site)
    {
        var plan = Analytics.AnalyticsPlan.Of(site);
        var snippet = plan.Enabled ? plan.Snippet : new Analytics.ProviderSnippet { Name = "geen" };
        var security = site.Settings.Security;
        IReadOnlyList<string> Self(IEnumerable<string> more) => ["'self'", .. more.Distinct()];
        // A video's player is a frame from its host, loaded only after a click; only a site with videos allows it.
        var frames = snippet.FrameSources.Concat(Rendering.Video.VideoHosts.UsedBy(site)).ToList();
        return
        [
            ("default-src", ["'self'"]),
            ("script-src", Self([.. snippet.ScriptSources, .. snippet.InlineScriptHashes, .. SearchSources(site)])),
            ("style-src", ["'self'"]),
            ("img-src", Self([.. snippet.ImageSources, .. OtherSiteLogo(site)])),
            ("font-src", ["'self'"]),
            ("connect-src", Self(snippet.ConnectSources)),
            ("frame-src", Self(frames)),
            ("object-src", ["'none'"]),
            ("base-uri", ["'self'"]),
            ("form-action", Self(security.FormTargets)),
            ("frame-ancestors", [security.FrameAncestors == "self" ? "'self'" : "'none'"]),
            ("upgrade-insecure-requests", []),
        ];
    }

    /// <summary>
    /// Pagefind searches with WebAssembly, which a policy without <c>'wasm-unsafe-eval'</c> refuses to compile. That
    /// keyword allows compiling WebAssembly only, not <c>eval</c> of JavaScript; the module and its worker still come from
    /// the site itself ('self'). Netlify joins overlapping rules' headers, so the policy is one for every path.
    /// </summary>
    private static IEnumerable<string> SearchSources(Site site) => site.Settings.Search ? ["'wasm-unsafe-eval'"] : [];

    /// <summary>
    /// A <c>logo</c> that the settings take from another site (<c>https://cdn.example.org/logo.png</c>) is shown in every
    /// page's header: the settings ask for that request, so the policy allows that one origin (it blocked the logo, and
    /// the header showed none without a word).
    /// </summary>
    private static IEnumerable<string> OtherSiteLogo(Site site) =>
        site.Settings.Logo is { } logo && Uri.TryCreate(logo, UriKind.Absolute, out var u) && u.Scheme is "https" or "http" &&
        !(Uri.TryCreate(site.Settings.Url, UriKind.Absolute, out var own) && own.Host == u.Host && own.Port == u.Port)
            ? [$"{u.Scheme}://{u.IdnHost}{(u.IsDefaultPort ? "" : ":" + u.Port)}"]
            : [];

    public static string Header(Site site) => Joined(Directives(site));

    /// <summary>
    /// The same policy for a <c>&lt;meta http-equiv&gt;</c> at the top of every built page, or null in the preview
    /// (whose live reload and toolbar are inline scripts). It holds where <c>_headers</c> does not reach: GitHub Pages
    /// reads no headers file, and Netlify gives a 404 page the headers of the address asked for, which with the web
    /// editor on (no policy on <c>/*</c>) is none. A browser enforces both when both are there; they are the same, less
    /// <c>frame-ancestors</c>, which a meta policy may not set (X-Frame-Options, a header, keeps framing out).
    /// </summary>
    public static string? Meta(Site site) =>
        site.Options.Mode == "preview" ? null : Joined(Directives(site).Where(d => d.Directive != "frame-ancestors"));

    private static string Joined(IEnumerable<(string Directive, IReadOnlyList<string> Sources)> directives) =>
        string.Join("; ", directives.Select(d => d.Sources.Count == 0 ? d.Directive : $"{d.Directive} {string.Join(' ', d.Sources)}"));
}
