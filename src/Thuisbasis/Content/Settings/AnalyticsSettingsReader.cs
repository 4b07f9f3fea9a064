using System.Text.RegularExpressions;

namespace Thuisbasis.Content.Settings;

/// <summary>Reads <c>analytics:</c> with positions and plain-Dutch fixes; a wrong value switches measuring off, never on.</summary>
public static partial class AnalyticsSettingsReader
{
    private static readonly string[] Keys = ["provider", "site", "host", "consent", "deploy_previews", "head", "body", "hosts", "cookies"];
    private static readonly string[] CustomOnly = ["head", "body", "hosts", "cookies"];

    public static AnalyticsSettings Read(FieldReader root)
    {
        if (!root.Has("analytics")) return new AnalyticsSettings();
        if (root.Map("analytics", help: "Schrijf het als `analytics: { provider: plausible, site: www.voorbeeld.nl }`.") is not { } a)
            return new AnalyticsSettings();
        a.WarnUnknownKeys(Keys);
        var provider = a.OneOf("provider", AnalyticsSettings.Providers) ?? (a.Has("provider") ? null : "none");
        var consent = a.OneOf("consent", AnalyticsSettings.ConsentModes) ?? "auto";
        var site = a.Text("site");
        var host = Host(a);
        var settings = new AnalyticsSettings
        {
            Provider = provider ?? "none",
            Site = site,
            Host = host,
            Consent = consent,
            DeployPreviews = a.Flag("deploy_previews") ?? false,
            Head = a.Text("head"),
            Body = a.Text("body"),
            Hosts = CustomHosts(a),
            Cookies = a.Flag("cookies") ?? false,
        };
        if (provider is null) return new AnalyticsSettings();
        if (provider != "custom")
            foreach (var key in CustomOnly.Where(a.Has))
                a.Diagnostics.Warning("TB0311", a.KeyAt(key), $"`analytics.{key}` wordt alleen gebruikt bij `provider: custom`.",
                    "Haal de regel weg, of kies `provider: custom`.");
        if (!SiteIsValid(a, provider, site, host)) return new AnalyticsSettings();
        if (provider == "custom" && settings.Head is null && settings.Body is null)
            a.Diagnostics.Warning("TB0311", a.At("provider"), "`analytics.provider` is `custom`, maar `head` en `body` zijn leeg.",
                "Zet de code van uw statistiekdienst bij `head: |` (in de kop van elke pagina) of `body: |` (onderaan).");
        if (consent == "never" && settings.SetsCookies())
            a.Diagnostics.Warning("TB0310", a.At("consent"),
                $"`analytics.consent` is `never`, maar `{provider}` plaatst cookies. Volgens de Telecommunicatiewet moet u bezoekers daarvoor eerst toestemming vragen.",
                "Schrijf `consent: auto`; dan vraagt de site het netjes, met gelijkwaardige knoppen Accepteren en Weigeren.");
        return settings;
    }

    private static string? Host(FieldReader a)
    {
        var host = a.Text("host");
        if (host is null) return null;
        if (Links.IsWebAddress(host) && host.StartsWith("https://", StringComparison.OrdinalIgnoreCase) && !host.Contains('?') && !host.Contains('#'))
            return SiteAddress.Read(host, a.Diagnostics, a.At("host"), "TB0302", "analytics.host")?.TrimEnd('/');
        a.Diagnostics.Error("TB0302", a.At("host"), $"`analytics.host` is `{host}`; dat is geen https-adres.",
            "Schrijf het adres van uw eigen installatie met https:// ervoor, bijvoorbeeld `host: https://statistiek.voorbeeld.nl`.");
        return null;
    }

    private static IReadOnlyList<string> CustomHosts(FieldReader a)
    {
        var hosts = new List<string>();
        foreach (var (value, at) in a.List("hosts"))
        {
            if (Links.IsWebAddress(value) && value.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                if (SiteAddress.Read(value, a.Diagnostics, at, "TB0302", "analytics.hosts") is { } ascii) hosts.Add(new Uri(ascii).GetLeftPart(UriPartial.Authority));
            }
            else
                a.Diagnostics.Error("TB0302", at, $"`analytics.hosts` noemt `{value}`; dat is geen https-adres.",
                    "Noem elk adres waar de code gegevens naartoe stuurt, met https:// ervoor, bijvoorbeeld `https://statistiek.voorbeeld.nl`.");
        }
        return hosts;
    }

    /// <summary>Each provider has its own kind of site id; a wrong one would silently measure nothing.</summary>
    private static bool SiteIsValid(FieldReader a, string provider, string? site, string? host)
    {
        if (provider is "none" or "custom") return true;
        var (pattern, example) = provider switch
        {
            "plausible" => (Domain(), "`site: www.voorbeeld.nl` (de domeinnaam zoals in Plausible, zonder https://)"),
            "matomo" => (Digits(), "`site: 3` (het site-ID uit Matomo, een getal)"),
            "goatcounter" => (GoatCode(), "`site: mijnorganisatie` (de code uit uw GoatCounter-adres mijnorganisatie.goatcounter.com)"),
            "umami" => (Uuid(), "`site: 94db1cb1-74f4-4a40-ad6c-962362670409` (het website-ID uit Umami)"),
            _ => (Ga4Id(), "`site: G-ABC123XYZ9` (de meet-ID uit Google Analytics)"),
        };
        if (site is null)
        {
            a.Missing("site", $"Schrijf {example}.");
            return false;
        }
        if (!pattern.IsMatch(site))
        {
            a.Diagnostics.Error("TB0302", a.At("site"), $"`analytics.site` is `{site}`; dat past niet bij `{provider}`.", $"Schrijf {FromAddress(provider, site) ?? example}.");
            return false;
        }
        if (provider == "matomo" && host is null)
        {
            if (!a.Has("host")) // a host that is written but wrong has its own message (TB0302)
                a.Missing("host", "Matomo draait op uw eigen adres of bij Matomo Cloud: schrijf bijvoorbeeld `host: https://statistiek.voorbeeld.nl`.");
            return false;
        }
        return true;
    }

    /// <summary>The site id in the address a writer copied from the browser (<c>https://www.buurtkracht.nl/</c>: the domain
    /// for Plausible; <c>https://buurtkracht.goatcounter.com</c>: the code for GoatCounter), so the help names their own.</summary>
    private static string? FromAddress(string provider, string site)
    {
        if (!Uri.TryCreate(site.Contains("://", StringComparison.Ordinal) ? site : "https://" + site, UriKind.Absolute, out var u)) return null;
        const string goat = ".goatcounter.com";
        return provider switch
        {
            "plausible" when Domain().IsMatch(u.Host) => $"`site: {u.Host}` (de domeinnaam zonder https:// en zonder / erachter)",
            "goatcounter" when u.Host.EndsWith(goat, StringComparison.OrdinalIgnoreCase) && GoatCode().IsMatch(u.Host[..^goat.Length]) =>
                $"`site: {u.Host[..^goat.Length]}` (de code uit uw GoatCounter-adres)",
            _ => null,
        };
    }

    [GeneratedRegex(@"^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$", RegexOptions.IgnoreCase)]
    private static partial Regex Domain();

    [GeneratedRegex(@"^[0-9]{1,9}$")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]{0,62}$")]
    private static partial Regex GoatCode();

    [GeneratedRegex(@"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", RegexOptions.IgnoreCase)]
    private static partial Regex Uuid();

    [GeneratedRegex(@"^G-[A-Z0-9]{4,20}$")]
    private static partial Regex Ga4Id();
}
