using Thuisbasis.Pipeline;

namespace Thuisbasis.Tests.Support;

/// <summary>Fixture sites with an <c>analytics:</c> (or other extra) section in their settings, built in any mode.</summary>
public static class AnalyticsSites
{
    public const string BaseConfig = """
        name: Testorganisatie
        url: https://www.test.example
        contact:
          phone: 020 123 45 67
          email: info@test.example
        """;

    /// <summary>Settings per provider that pass validation, for theories over every provider.</summary>
    public static readonly IReadOnlyDictionary<string, string> Providers = new Dictionary<string, string>
    {
        ["plausible"] = "analytics:\n  provider: plausible\n  site: www.test.example\n",
        ["matomo"] = "analytics:\n  provider: matomo\n  site: \"7\"\n  host: https://statistiek.test.example\n",
        ["goatcounter"] = "analytics:\n  provider: goatcounter\n  site: testorg\n",
        ["umami"] = "analytics:\n  provider: umami\n  site: 94db1cb1-74f4-4a40-ad6c-962362670409\n",
        ["ga4"] = "analytics:\n  provider: ga4\n  site: G-ABC123XYZ9\n",
        ["custom"] = "analytics:\n  provider: custom\n  hosts: [https://meten.test.example]\n  head: '<script defer src=\"https://meten.test.example/m.js\" data-site=\"42\"></script>'\n",
    };

    /// <summary>A string that appears once in a page that carries the provider's snippet, and nowhere else.</summary>
    public static readonly IReadOnlyDictionary<string, string> Signatures = new Dictionary<string, string>
    {
        ["plausible"] = "src=\"https://plausible.io/js/script.js\"",
        ["matomo"] = "src=\"https://statistiek.test.example/matomo.js\"",
        ["goatcounter"] = "data-goatcounter=\"https://testorg.goatcounter.com/count\"",
        ["umami"] = "data-website-id=\"94db1cb1-74f4-4a40-ad6c-962362670409\"",
        ["ga4"] = "https://www.googletagmanager.com/gtag/js?id=G-ABC123XYZ9",
        ["custom"] = "src=\"https://meten.test.example/m.js\"",
    };

    public static FixtureSite With(string extraSettings)
    {
        var site = new FixtureSite();
        site.Write("statiq.config", BaseConfig + "\n" + extraSettings);
        return site;
    }

    public static BuildResult Build(this FixtureSite site, string mode) =>
        new SiteEngine(site.Options() with { Mode = mode, IncludeDrafts = mode != "production" }).Build();

    public static IEnumerable<string> HtmlPages(this BuildResult result) =>
        result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).Select(f => f.Path);

    public static int Count(string text, string needle)
    {
        var n = 0;
        for (var i = text.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = text.IndexOf(needle, i + needle.Length, StringComparison.Ordinal)) n++;
        return n;
    }
}
