using System.Text.Json;
using Thuisbasis.Content.Settings;

namespace Thuisbasis.Analytics;

/// <summary>
/// The snippet of each supported provider, as its own documentation gives it (Plausible, Matomo, GoatCounter, Umami,
/// Google Analytics 4). Only <see cref="AnalyticsSettingsReader"/>-validated settings arrive here.
/// </summary>
public static class AnalyticsProviders
{
    public const string PlausibleCloud = "https://plausible.io";
    public const string UmamiCloud = "https://cloud.umami.is";
    /// <summary>Where Umami Cloud's script sends to when no <c>data-host-url</c> says otherwise: not its own origin.</summary>
    public const string UmamiCloudGateway = "https://gateway.umami.is";
    public const string GoatCounterScript = "https://gc.zgo.at/count.js";
    public const string GtagScript = "https://www.googletagmanager.com/gtag/js";

    public static ProviderSnippet For(AnalyticsSettings s) => s.Provider switch
    {
        "plausible" => Plausible(s),
        "matomo" => Matomo(s),
        "goatcounter" => GoatCounter(s),
        "umami" => Umami(s),
        "ga4" => Ga4(s),
        "custom" => CustomSnippet.Parse(s),
        _ => new ProviderSnippet { Name = "geen" },
    };

    private static string Origin(string url) => new Uri(url).GetLeftPart(UriPartial.Authority);

    /// <summary>Plausible: cookieless; the script posts to <c>/api/event</c> on its own origin.</summary>
    private static ProviderSnippet Plausible(AnalyticsSettings s)
    {
        var host = s.Host ?? PlausibleCloud;
        return new ProviderSnippet
        {
            Name = "Plausible",
            Scripts = [new ScriptTag($"{host}/js/script.js", [new("defer", null), new("data-domain", s.Site)])],
            ScriptSources = [Origin(host)],
            ConnectSources = [Origin(host)],
        };
    }

    /// <summary>Matomo's documented snippet is inline; its configuration moves to a first-party file, with cookies switched off.</summary>
    private static ProviderSnippet Matomo(AnalyticsSettings s)
    {
        var host = s.Host!;
        var config = $"""
            // Matomo, zonder cookies en zonder browserkenmerken (schermgrootte, plug-ins) die samen een bezoeker
            // herkenbaar maken; zonder het deel van het adres na # (zoekwoorden). Gemaakt door Thuisbasis uit statiq.config.
            var _paq = window._paq = window._paq || [];
            _paq.push(['disableCookies']);
            _paq.push(['disableBrowserFeatureDetection']);
            _paq.push(['discardHashTag', true]);
            _paq.push(['trackPageView']);
            _paq.push(['enableLinkTracking']);
            _paq.push(['setTrackerUrl', {Js(host + "/matomo.php")}]);
            _paq.push(['setSiteId', {Js(s.Site!)}]);

            """;
        return new ProviderSnippet
        {
            Name = "Matomo",
            ConfigScript = config,
            Scripts = [new ScriptTag($"{host}/matomo.js", [new("defer", null)])],
            ScriptSources = [Origin(host)],
            ConnectSources = [Origin(host)],
            ImageSources = [Origin(host)],
        };
    }

    /// <summary>GoatCounter: cookieless; count.js sends to the site's <c>/count</c> endpoint (beacon or pixel).</summary>
    private static ProviderSnippet GoatCounter(AnalyticsSettings s)
    {
        var endpoint = s.Host is { } h ? $"{h}/count" : $"https://{s.Site}.goatcounter.com/count";
        var script = s.Host is { } own ? $"{own}/count.js" : GoatCounterScript;
        return new ProviderSnippet
        {
            Name = "GoatCounter",
            Scripts = [new ScriptTag(script, [new("async", null), new("data-goatcounter", endpoint)])],
            ScriptSources = [Origin(script)],
            ConnectSources = [Origin(endpoint)],
            ImageSources = [Origin(endpoint)],
        };
    }

    /// <summary>
    /// Umami: cookieless, and without the visitor id newer versions keep in the browser's storage. A self-hosted
    /// Umami's script sends to its own origin; Umami Cloud's sends to its gateway, which <c>data-host-url</c> names, so
    /// the page's policy and the script agree on the one address that receives.
    /// </summary>
    private static ProviderSnippet Umami(AnalyticsSettings s)
    {
        var host = s.Host ?? UmamiCloud;
        var receiver = s.Host ?? UmamiCloudGateway;
        return new ProviderSnippet
        {
            Name = "Umami",
            Scripts = [new ScriptTag($"{host}/script.js",
                [new("defer", null), new("data-website-id", s.Site),
                    // No visitor id kept on the device (Umami's "identity stitching"), and nothing after the # (search words).
                    new("data-identity-stitching", "false"), new("data-exclude-hash", "true"),
                    .. s.Host is null ? [new HtmlAttribute("data-host-url", receiver)] : Array.Empty<HtmlAttribute>()])],
            ScriptSources = [Origin(host)],
            ConnectSources = [Origin(receiver)],
        };
    }

    /// <summary>
    /// Google Analytics 4 with Consent Mode v2: everything denied by default. The gtag.js loader itself waits for
    /// "Accepteren" (basic consent mode), so not a single request reaches Google before that. Origins as in Google's
    /// guide "Use Tag Manager with a Content Security Policy".
    /// </summary>
    private static ProviderSnippet Ga4(AnalyticsSettings s)
    {
        var id = s.Site!;
        var config = $$"""
            // Google Analytics 4 met Consent Mode v2: alles staat uit tot de bezoeker op Accepteren klikt.
            // Gemaakt door Thuisbasis uit statiq.config.
            window.dataLayer = window.dataLayer || [];
            window.gtag = function gtag() { window.dataLayer.push(arguments); };
            gtag('consent', 'default', {
              ad_storage: 'denied',
              ad_user_data: 'denied',
              ad_personalization: 'denied',
              analytics_storage: 'denied'
            });
            gtag('js', new Date());
            gtag('config', {{Js(id)}}, { page_location: location.href.split('#')[0] });

            """;
        return new ProviderSnippet
        {
            Name = "Google Analytics",
            ConfigScript = config,
            Scripts = [new ScriptTag($"{GtagScript}?id={Uri.EscapeDataString(id)}", [new("async", null)])],
            ScriptSources = ["https://*.googletagmanager.com"],
            ConnectSources = ["https://*.google-analytics.com", "https://*.analytics.google.com", "https://*.googletagmanager.com"],
            ImageSources = ["https://*.google-analytics.com", "https://*.googletagmanager.com"],
            SetsCookies = true,
        };
    }

    /// <summary>A JavaScript string literal; validated ids never need it, but a writer's value never becomes code.</summary>
    private static string Js(string value) => JsonSerializer.Serialize(value);
}
