using Thuisbasis.Cli;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Analytics;

/// <summary>
/// With statistics on, <c>check</c> warns when the privacy statement does not name the service (the sample's, which every
/// new site starts from, says the site collects nothing), or when there is no privacy statement at all.
/// </summary>
public sealed class PrivacyStatementCheckTests
{
    private const string NothingCollected = "---\ntitle: Privacyverklaring\n---\nAls u deze website alleen bekijkt, verzamelen wij niets over u.\n";

    private static async Task<List<string>> Warnings(FixtureSite site)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await SiteHost.RunAsync(["check", "--root", site.Root, "--date", "2026-11-23"], stdout, stderr);
        var output = stdout + "\n" + stderr;
        Assert.True(code == 0, output);
        return output.Split('\n').Where(l => l.Contains(": warning TB0308", StringComparison.Ordinal)).Select(l => l.Trim()).ToList();
    }

    [Fact]
    public async Task AStatementThatDoesNotNameTheServiceIsAWarningAtThatPage()
    {
        using var site = AnalyticsSites.With(AnalyticsSites.Providers["ga4"]);
        site.Write("input/pages/privacy.md", NothingCollected);
        var line = Assert.Single(await Warnings(site));
        Assert.StartsWith("input/pages/privacy.md(1,1): warning TB0308: De site meet bezoeken met Google Analytics", line);

        site.Write("input/pages/privacy.md", NothingCollected + "\n## Statistieken\n\nWij meten met Google Analytics, alleen als u dat goed vindt.\n");
        Assert.Empty(await Warnings(site));
    }

    [Fact]
    public async Task NoStatementAtAllIsAWarningAtTheSettings()
    {
        using var site = AnalyticsSites.With(AnalyticsSites.Providers["plausible"]);
        var line = Assert.Single(await Warnings(site));
        Assert.Matches(@"^statiq\.config\(\d+,1\): warning TB0308: De site meet bezoeken \(`analytics`\), maar heeft geen privacyverklaring", line);
        Assert.Contains("met Plausible", line);
    }

    [Fact]
    public async Task WithoutStatisticsNothingIsSaid()
    {
        using var site = new FixtureSite();
        site.Write("input/pages/privacy.md", NothingCollected);
        Assert.Empty(await Warnings(site));
    }
}
