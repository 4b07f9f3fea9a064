using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Hosting;

public sealed class RedirectTests
{
    private static IEnumerable<string[]> Lines(Pipeline.BuildResult result) =>
        result.Text("_redirects").Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#'))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void RedirectFromInAnyPageBecomesAPermanentNetlifyRedirect()
    {
        using var site = new FixtureSite();
        site.Write("input/pages/contact.md", "---\ntitle: Contact\nredirect_from: [/contact.html, /neem-contact-op/]\n---\nBel ons.\n");
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\nredirect_from:\n  - /nieuws/2019/a.php\n---\nA.\n");
        site.Write("input/services/taal.md", "---\ntitle: Taal\nsummary: Taalles.\nredirect_from: /taalles/\n---\nT.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal(
            [["/contact.html", "/contact/", "301"], ["/neem-contact-op/", "/contact/", "301"], ["/taalles/", "/diensten/taal/", "301"],
             ["/nieuws/2019/a.php", "/verhalen/a/", "301"]],
            Lines(result).OrderBy(l => l[1], StringComparer.Ordinal).ThenBy(l => l[0], StringComparer.Ordinal));
    }

    [Fact]
    public void RedirectsOfDraftsAreNotWrittenInProduction()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/concept.md", "---\ntitle: C\ndate: 2026-01-01\nauthor: anouk-visser\ndraft: true\nredirect_from: [/oud/]\n---\nC.\n");
        Assert.Empty(Lines(site.Build()));
        Assert.Single(Lines(site.Build(drafts: true)));
    }

    [Fact]
    public void TwoPagesWithTheSameOldAddressIsAnErrorNamingBothFiles()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\nredirect_from: [/nieuws/oud/]\n---\nA.\n");
        site.Write("input/stories/b.md", "---\ntitle: B\ndate: 2026-01-02\nauthor: anouk-visser\nredirect_from: [/nieuws/oud]\n---\nB.\n");
        var result = site.Build();
        Assert.False(result.Succeeded);
        var d = Assert.Single(result.Diagnostics, d => d.Code == "TB0120");
        Assert.Equal(("input/stories/b.md", 5, 17), (d.Path, d.Line, d.Column));
        Assert.Contains("input/stories/a.md", d.Message);
        Assert.Contains("input/stories/b.md", d.Message);
    }

    [Fact]
    public void ARedirectFromALivePageIsAnErrorNamingBothFiles()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\nredirect_from:\n  - /over-ons/\n---\nA.\n");
        var result = site.Build();
        var d = Assert.Single(result.Diagnostics, d => d.Code == "TB0121");
        Assert.Equal(("input/stories/a.md", 6, 5), (d.Path, d.Line, d.Column));
        Assert.Contains("input/stories/a.md", d.Message);
        Assert.Contains("input/pages/about.md", d.Message);
        Assert.Contains("Netlify", d.Help);
    }

    [Fact]
    public void ARedirectFromACopiedFileIsAnErrorToo()
    {
        using var site = new FixtureSite();
        site.WriteBytes("input/assets/folder.pdf", [1, 2, 3]);
        site.Write("input/pages/method.md", "---\ntitle: Werkwijze\nredirect_from: [/assets/folder.pdf]\n---\nW.\n");
        Assert.Contains(site.Build().Diagnostics, d => d.Code == "TB0121" && d.Path == "input/pages/method.md");
    }
}
