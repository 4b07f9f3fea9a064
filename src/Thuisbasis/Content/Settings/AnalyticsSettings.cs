namespace Thuisbasis.Content.Settings;

/// <summary>
/// The <c>analytics:</c> section of <c>statiq.config</c>, validated. Provider <c>none</c> (the default) renders nothing
/// and lets no third party into the Content-Security-Policy.
/// </summary>
public sealed record AnalyticsSettings
{
    public static readonly IReadOnlyList<string> Providers = ["none", "plausible", "matomo", "goatcounter", "umami", "ga4", "custom"];
    public static readonly IReadOnlyList<string> ConsentModes = ["auto", "always", "never"];

    /// <summary>none, plausible, matomo, goatcounter, umami, ga4 or custom.</summary>
    public string Provider { get; init; } = "none";
    /// <summary>The provider's site id: a domain (Plausible), a number (Matomo), a code (GoatCounter), a UUID (Umami), <c>G-…</c> (GA4).</summary>
    public string? Site { get; init; }
    /// <summary>A self-hosted instance (<c>https://stats.voorbeeld.nl</c>); null means the provider's own service.</summary>
    public string? Host { get; init; }
    /// <summary><c>auto</c>: ask only when the provider sets cookies; <c>always</c>: ask for every provider; <c>never</c>: never ask.</summary>
    public string Consent { get; init; } = "auto";
    /// <summary>Also measure deploy previews and branch deploys (normally only the production site is measured).</summary>
    public bool DeployPreviews { get; init; }
    /// <summary>For <c>custom</c>: raw HTML for the end of the head and of the body.</summary>
    public string? Head { get; init; }
    public string? Body { get; init; }
    /// <summary>For <c>custom</c>: origins the snippets send data to (besides the ones their src attributes name).</summary>
    public IReadOnlyList<string> Hosts { get; init; } = [];
    /// <summary>For <c>custom</c>: the snippets set cookies or similar, so visitors are asked first (with <c>consent: auto</c>).</summary>
    public bool Cookies { get; init; }

    /// <summary>Whether the provider sets cookies (Google Analytics, or a custom snippet that says it does): then it needs consent.</summary>
    public bool SetsCookies() => Provider == "ga4" || (Provider == "custom" && Cookies);

    public bool IsNone => Provider == "none";
}
