using Thuisbasis.Analytics;
using Thuisbasis.Diagnostics;
using Thuisbasis.Hosting;
using Thuisbasis.Model;

namespace Thuisbasis.Checks;

/// <summary>
/// A site that measures visits must say so in its privacy statement (AVG): with <c>analytics</c> on, <c>check</c> warns
/// when no page has "privacy" in its address, or when that page does not name the service that measures. The sample's
/// statement, which every new site starts from, says the site collects nothing.
/// </summary>
public static class PrivacyStatementCheck
{
    public const string Code = "TB0308";

    public static void Check(string root, Site site, DiagnosticBag diagnostics)
    {
        var analytics = site.Settings.Analytics;
        if (analytics.Provider == "none") return;
        var name = AnalyticsProviders.For(analytics).Name;
        var statements = site.Pages.Values.Concat(site.ExtraPages)
            .Where(p => p.Url.Contains("privacy", StringComparison.OrdinalIgnoreCase)).DistinctBy(p => p.Url).ToList();
        if (statements.Count == 0)
        {
            diagnostics.Warning(Code, SourceLocator.Find(root, "statiq.config", "analytics", afterKey: "analytics"),
                "De site meet bezoeken (`analytics`), maar heeft geen privacyverklaring: geen pagina met `privacy` in het adres.",
                $"Maak `input/pages/privacy.md` en schrijf daarin dat de site meet{(analytics.Provider == "custom" ? "" : $" met {name}")}, wat er gemeten wordt en waarom (zie docs/statistieken-en-privacy.md).");
            return;
        }
        if (analytics.Provider == "custom") return; // its name is the writer's own
        foreach (var page in statements.Where(p => !p.Source.Entry.Body.Contains(name, StringComparison.OrdinalIgnoreCase)))
            diagnostics.Warning(Code, SourcePosition.StartOf(page.SourcePath),
                $"De site meet bezoeken met {name} (`analytics` in statiq.config), maar de privacyverklaring noemt {name} niet.",
                $"Schrijf in de privacyverklaring dat de site {name} gebruikt, wat die meet en waarom; staat er dat de site niets verzamelt, pas dat dan aan (zie docs/statistieken-en-privacy.md).");
    }
}
