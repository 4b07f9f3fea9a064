using Thuisbasis.Cli;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Cli;

public sealed class DeployContextTests
{
    private static async Task<(int Code, string Err)> Build(FixtureSite site, params string[] extra)
    {
        var stderr = new StringWriter();
        var code = await SiteHost.RunAsync(["build", "--root", site.Root, "--date", "2026-11-23", .. extra], new StringWriter(), stderr);
        return (code, stderr.ToString());
    }

    private static FixtureSite WithDraftAndAnalytics()
    {
        var site = AnalyticsSites.With(AnalyticsSites.Providers["plausible"]);
        site.Write("input/stories/concept.md", "---\ntitle: Nog niet klaar\ndate: 2026-01-01\nauthor: anouk-visser\ndraft: true\n---\nC.\n");
        return site;
    }

    [Fact]
    public async Task ADeployPreviewShowsDraftsOnItsOwnAddressIsNeverIndexedAndIsNotMeasured()
    {
        using var site = WithDraftAndAnalytics();
        var (code, err) = await Build(site, "--context", "deploy-preview", "--drafts", "--base-url", "https://deploy-preview-12--test.netlify.app");
        Assert.True(code == 0, err);
        var home = File.ReadAllText(Path.Combine(site.Output, "index.html"));
        Assert.Contains("<meta name=\"robots\" content=\"noindex", home);
        Assert.Contains("https://deploy-preview-12--test.netlify.app/", home);
        Assert.DoesNotContain("plausible.io", home);
        Assert.True(File.Exists(Path.Combine(site.Output, "verhalen/concept/index.html")));
        Assert.Contains("Disallow: /", File.ReadAllText(Path.Combine(site.Output, "robots.txt")));
        Assert.Contains("X-Robots-Tag: noindex", File.ReadAllText(Path.Combine(site.Output, "_headers")));
    }

    [Fact]
    public async Task ABranchDeployIncludesDraftsEvenWithoutTheDraftsOption()
    {
        using var site = WithDraftAndAnalytics();
        var (code, err) = await Build(site, "--context", "branch-deploy");
        Assert.True(code == 0, err);
        Assert.True(File.Exists(Path.Combine(site.Output, "verhalen/concept/index.html")));
    }

    [Fact]
    public async Task AProductionBuildIsMeasuredAndLeavesDraftsOut()
    {
        using var site = WithDraftAndAnalytics();
        var (code, err) = await Build(site, "--context", "production");
        Assert.True(code == 0, err);
        Assert.Contains("plausible.io/js/script.js", File.ReadAllText(Path.Combine(site.Output, "index.html")));
        Assert.False(File.Exists(Path.Combine(site.Output, "verhalen/concept/index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "_redirects")));
    }

    [Fact]
    public async Task AnUnknownContextIsWrongUsage()
    {
        using var site = new FixtureSite();
        var (code, err) = await Build(site, "--context", "staging");
        Assert.Equal(SiteHost.WrongUsage, code);
        Assert.Contains("staging", err);
    }
}
