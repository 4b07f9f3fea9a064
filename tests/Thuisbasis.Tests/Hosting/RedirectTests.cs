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

    /// <summary>
    /// Feeds gave a JPEG or PNG photo as its file of 1200 pixels (<c>x-1200.jpg</c>, or its own width when smaller)
    /// before that file moved to the photo's own address; newsletters sent before then still name it. Netlify leads
    /// that address to the photo's, read as Netlify's parser reads the file; a WebP, whose sizes did not move, gets none.
    /// </summary>
    [Fact]
    public void TheAddressFeedsGaveAPhotoBeforeLeadsToTheSameFileNow()
    {
        using var site = new FixtureSite();
        site.WriteBytes("input/assets/img/Foto café.jpg", Images.TestImages.PhonePhoto(2400, 1800, orientation: 1));
        site.WriteBytes("input/assets/img/plein.png", Feeds.FeedTestSupport.Png(900, 600));
        site.WriteBytes("input/assets/img/tuin.webp", Images.TestImages.Encode(Images.TestImages.TwoHalves(1000, 800, SkiaSharp.SKColors.Red, SkiaSharp.SKColors.Blue), SkiaSharp.SKEncodedImageFormat.Webp));
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());

        var (rules, errors) = NetlifyRules.ParseRedirects(result.Text("_redirects"));
        Assert.Empty(errors);
        var photos = rules.Where(r => r.From.StartsWith("/assets/", StringComparison.Ordinal)).Select(r => (r.From, r.To, r.StatusCode, r.Force)).ToList();
        Assert.Equal([("/assets/img/Foto%20caf%C3%A9-1200.jpg", "/assets/img/Foto%20caf%C3%A9.jpg", 301, false),
                      ("/assets/img/plein-900.png", "/assets/img/plein.png", 301, false)], photos);
        foreach (var (from, to, _, _) in photos)
        {
            Assert.False(result.Has(Uri.UnescapeDataString(from).TrimStart('/')), from); // else Netlify serves that file
            Assert.True(result.Has(Uri.UnescapeDataString(to).TrimStart('/')), to);
        }
    }

    /// <summary>A link in a text to the photo's earlier feed address is a link to an old address (TB0126), with the new one; not a dead link with a WebP to write.</summary>
    [Fact]
    public void ALinkToAPhotosEarlierFeedAddressNamesItsAddressNow()
    {
        using var site = new FixtureSite();
        site.WriteBytes("input/assets/img/markt.jpg", Images.TestImages.PhonePhoto(2400, 1800, orientation: 1));
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\n---\nDe [grote foto](/assets/img/markt-1200.jpg).\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "TB0129");
        var d = Assert.Single(result.Diagnostics, d => d.Code == "TB0126");
        Assert.Contains("/assets/img/markt.jpg", d.Help);
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
        var d = Assert.Single(result.Diagnostics, d => d.Code == "TB0161");
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
        var d = Assert.Single(result.Diagnostics, d => d.Code == "TB0162");
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
        Assert.Contains(site.Build().Diagnostics, d => d.Code == "TB0162" && d.Path == "input/pages/method.md");
    }
    /// <summary>The file read by Netlify's own rules; a line Netlify would refuse fails the test.</summary>
    private static IReadOnlyList<NetlifyRedirectRule> Netlify(Pipeline.BuildResult result)
    {
        Assert.True(result.Succeeded, result.Describe());
        var (rules, errors) = NetlifyRules.ParseRedirects(result.Text("_redirects"));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return rules;
    }

    /// <summary>The path a browser sends for an address: a space and letters such as é percent-encoded.</summary>
    private static string AsSent(string path) => new Uri("https://www.test.example" + path).AbsolutePath;

    private static string Story(string name, string redirects, int day = 1) =>
        $"---\ntitle: {name}\ndate: 2026-01-0{day}\nauthor: anouk-visser\nredirect_from: {redirects}\n---\nTekst.\n";

    [Fact]
    public void AnOldAddressWithAQueryBecomesNetlifysQueryMatchForcedPastALivePage()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", Story("A", "[\"/index.php?id=12&lang=nl\", \"/?p=7\"]"));
        var rules = Netlify(site.Build());
        var php = Assert.Single(rules, r => r.From == "/index.php");
        Assert.Equal(new Dictionary<string, string?> { ["id"] = "12", ["lang"] = "nl" }, php.Query);
        Assert.Equal(("/verhalen/a/", 301, true), (php.To, php.StatusCode, php.Force));
        // "/" is the home page: without the force Netlify would show it and never look at the query.
        var home = Assert.Single(rules, r => r.From == "/");
        Assert.Equal(new Dictionary<string, string?> { ["p"] = "7" }, home.Query);
        Assert.Equal(("/verhalen/a/", 301, true), (home.To, home.StatusCode, home.Force));
    }

    [Theory]
    [InlineData("/Foto markt.html")]
    [InlineData("/activiteiten/taalcafé/")]
    [InlineData("/oude%20pagina/")]
    [InlineData("/nieuws/één-jaar taalcafé.php")]
    public void AnOldAddressWithASpaceOrAnAccentGetsARuleForTheAddressTheBrowserSends(string old)
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", Story("A", $"[\"{old}\"]"));
        var rules = Netlify(site.Build());
        var rule = Assert.Single(rules, r => r.From == AsSent(old));
        Assert.Equal(("/verhalen/a/", 301, false), (rule.To, rule.StatusCode, rule.Force));
        Assert.Empty(rule.Query);
        Assert.All(rules, r => Assert.Equal("/verhalen/a/", r.To));
    }

    [Fact]
    public void TheSameOldAddressTypedAndEncodedIsOneAddressNamedTwice()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", Story("A", "[/taalcafé/]"));
        site.Write("input/stories/b.md", Story("B", "[/taalcaf%C3%A9]", 2));
        Assert.Contains(site.Build().Diagnostics, d => d.Code == "TB0161" && d.Path == "input/stories/b.md");
    }

    [Theory]
    [InlineData("/pagina.html#deel", "`/pagina.html`")]
    [InlineData("/pagina.php?oud", "naam=waarde")]
    public void AnOldAddressNetlifyCanNeverMatchIsAnErrorSayingWhatToWrite(string old, string help)
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", Story("A", $"[\"{old}\"]"));
        var result = site.Build();
        Assert.False(result.Succeeded);
        var d = Assert.Single(result.Diagnostics, d => d.Code == "TB0111");
        Assert.Equal(("input/stories/a.md", 5), (d.Path, d.Line));
        Assert.Contains(old, d.Message);
        Assert.Contains(help, d.Help);
    }

    [Fact]
    public void QueryRulesComeFirstAndSplatsLastSoNetlifysFirstMatchIsTheMostSpecific()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", Story("A", "[/nieuws/*]"));
        site.Write("input/stories/b.md", Story("B", "[/nieuws/oud.html, \"/nieuws/index.php?id=3\"]", 2));
        var rules = Netlify(site.Build());
        Assert.Equal(["/nieuws/index.php", "/nieuws/oud.html", "/nieuws/*"], rules.Select(r => r.From));
        Assert.Equal(["/verhalen/b/", "/verhalen/b/", "/verhalen/a/"], rules.Select(r => r.To));
    }

    [Fact]
    public void AnOldAddressWithAQueryOnThePagesOwnPathWritesNoRuleThatWouldRedirectToItself()
    {
        using var site = new FixtureSite();
        site.Write("input/pages/home.md", "---\ntitle: Welkom\nredirect_from: [\"/?p=1\", /index.php]\n---\nWij helpen.\n");
        var rules = Netlify(site.Build());
        var rule = Assert.Single(rules);
        Assert.Equal(("/index.php", "/"), (rule.From, rule.To));
    }
}
