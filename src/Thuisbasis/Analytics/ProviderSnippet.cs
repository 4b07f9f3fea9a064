namespace Thuisbasis.Analytics;

/// <summary>
/// What one provider needs on every page: its documented script tag(s), an optional first-party configuration script
/// (instead of the inline snippet some providers document, so the CSP needs no <c>'unsafe-inline'</c>), and the
/// third-party origins the Content-Security-Policy must allow, per directive.
/// </summary>
public sealed record ProviderSnippet
{
    public required string Name { get; init; }
    public IReadOnlyList<ScriptTag> Scripts { get; init; } = [];
    /// <summary>JavaScript for <c>/assets/js/analytics.&lt;hash&gt;.js</c>, run before the provider's script; null when not needed.</summary>
    public string? ConfigScript { get; init; }
    public IReadOnlyList<string> ScriptSources { get; init; } = [];
    public IReadOnlyList<string> ConnectSources { get; init; } = [];
    public IReadOnlyList<string> ImageSources { get; init; } = [];
    public IReadOnlyList<string> FrameSources { get; init; } = [];
    /// <summary>CSP hashes (<c>'sha256-…'</c>) of inline scripts in a custom snippet, so they run without <c>'unsafe-inline'</c>.</summary>
    public IReadOnlyList<string> InlineScriptHashes { get; init; } = [];
    /// <summary>A custom provider's own HTML for the end of the head and of the body.</summary>
    public string? RawHead { get; init; }
    public string? RawBody { get; init; }
    /// <summary>Whether the provider stores anything on the visitor's device, so that permission is needed first.</summary>
    public bool SetsCookies { get; init; }
}
