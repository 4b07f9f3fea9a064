using System.Security.Cryptography;
using Thuisbasis.Output;
using Thuisbasis.Rendering;
using Thuisbasis.Model;
using Thuisbasis.Content.Settings;

namespace Thuisbasis.Analytics;

/// <summary>
/// What this build renders for measuring visitors, decided once per build: nothing outside production (unless the
/// settings ask for deploy previews), the provider's snippet, the first-party event and consent scripts under
/// fingerprinted names, and the origins the Content-Security-Policy must allow. Templates see it as <c>site.analytics</c>.
/// </summary>
public sealed class AnalyticsPlan
{
    public const string TrackScript = "assets/js/track.js";
    public const string ConsentScript = "assets/js/consent.js";

    private AnalyticsPlan(AnalyticsSettings settings) => Settings = settings;

    public AnalyticsSettings Settings { get; }
    /// <summary>False in preview, drafts and (unless asked) deploy-preview builds, and for provider <c>none</c>: nothing is rendered.</summary>
    public bool Enabled { get; private init; }
    public string Provider => Settings.Provider;
    /// <summary>The name visitors see in the consent banner.</summary>
    public string ProviderName { get; private init; } = "";
    /// <summary>The site asks before anything is sent: a banner, and a footer button to change the choice.</summary>
    public bool NeedsConsent { get; private init; }
    /// <summary>
    /// The footer button's words (with <see cref="NeedsConsent"/>): "Cookie-instellingen" for a service that sets
    /// cookies, "Privacy-instellingen" for one that asks without (<c>consent: always</c>), which has no cookies to set.
    /// </summary>
    public string SettingsLabel { get; private init; } = "";
    /// <summary>Script elements for the head, in the order they must run (configuration, provider, events, consent).</summary>
    public IReadOnlyList<ScriptTag> HeadScripts { get; private init; } = [];
    public RawHtml CustomHead { get; private init; } = RawHtml.Empty;
    public RawHtml CustomBody { get; private init; } = RawHtml.Empty;
    /// <summary>A custom snippet that waits for consent, kept inert in a <c>&lt;template&gt;</c> until then.</summary>
    public RawHtml ConsentHead { get; private init; } = RawHtml.Empty;
    public RawHtml ConsentBody { get; private init; } = RawHtml.Empty;
    public ProviderSnippet Snippet { get; private init; } = new() { Name = "geen" };
    /// <summary>The generated, fingerprinted scripts: written by <see cref="AnalyticsFilesGenerator"/>, cached forever by the headers.</summary>
    public IReadOnlyList<OutputFile> Files { get; private init; } = [];

    /// <summary>The plan of a build: the one the engine made, or (for a site made without the engine) a new one.</summary>
    public static AnalyticsPlan Of(Site site) => site.Analytics as AnalyticsPlan ?? Create(site);

    public static AnalyticsPlan Create(Site site)
    {
        var settings = site.Settings.Analytics;
        var measured = site.IsProduction || (settings.DeployPreviews && DeployContext.IsPreviewDeploy(site.Options.Mode));
        if (settings.IsNone || !measured) return new AnalyticsPlan(settings);

        var snippet = AnalyticsProviders.For(settings);
        var consent = settings.Consent switch
        {
            "always" => true,
            "never" => false,
            _ => snippet.SetsCookies,
        };
        var files = new List<OutputFile>();
        var scripts = new List<ScriptTag>();
        if (snippet.ConfigScript is { } config)
            scripts.Add(new ScriptTag("/" + Add(files, "assets/js/analytics.js", config, "statiq.config"), [new("defer", null)]));
        scripts.AddRange(snippet.Scripts.Select(t => t with { Gated = consent }));

        var theme = new Theme(site.Options.Root, site.Settings.Theme);
        if (Copy(files, theme, TrackScript) is { } track)
            scripts.Add(new ScriptTag("/" + track,
                [new("defer", null), new("data-provider", settings.Provider), new("data-consent", consent ? "required" : "none")]));
        if (consent && Copy(files, theme, ConsentScript) is { } consentJs)
            scripts.Add(new ScriptTag("/" + consentJs, [new("defer", null), new("data-provider", settings.Provider)]));

        return new AnalyticsPlan(settings)
        {
            Enabled = true,
            ProviderName = snippet.Name,
            NeedsConsent = consent,
            SettingsLabel = snippet.SetsCookies ? "Cookie-instellingen" : "Privacy-instellingen",
            Snippet = snippet,
            HeadScripts = scripts,
            CustomHead = consent ? RawHtml.Empty : Raw(snippet.RawHead),
            CustomBody = consent ? RawHtml.Empty : Raw(snippet.RawBody),
            ConsentHead = consent ? Raw(snippet.RawHead) : RawHtml.Empty,
            ConsentBody = consent ? Raw(snippet.RawBody) : RawHtml.Empty,
            Files = files,
        };
    }

    private static RawHtml Raw(string? html) => html is null ? RawHtml.Empty : new RawHtml(html);

    /// <summary>Adds <c>name.&lt;hash&gt;.ext</c> for the text and returns its path; the hash changes whenever the text does.</summary>
    private static string Add(List<OutputFile> files, string path, string text, string source)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
        var dot = path.LastIndexOf('.');
        var fingerprinted = $"{path[..dot]}.{hash}{path[dot..]}";
        files.Add(new OutputFile(fingerprinted, bytes, null, source));
        return fingerprinted;
    }

    private static string? Copy(List<OutputFile> files, Theme theme, string relative) =>
        theme.Find(relative) is { } full ? Add(files, relative, File.ReadAllText(full), theme.Display(full)) : null;
}
