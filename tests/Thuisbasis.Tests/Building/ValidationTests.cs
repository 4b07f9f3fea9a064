using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Building;

/// <summary>Writers' mistakes become diagnostics with a place and a fix, all at once.</summary>
public sealed class ValidationTests
{
    [Fact]
    public void UnknownKeyIsAWarningWithDidYouMean()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/spelfout.md", "---\ntitle: Goed\ntitel: Fout\ndate: 2026-01-01\nauthor: anouk-visser\n---\nTekst.\n");
        var result = site.Build();
        Assert.True(result.Succeeded);
        var d = Assert.Single(result.Diagnostics, x => x.Code == "TB0201");
        Assert.Equal("input/stories/spelfout.md(3,1): warning TB0201: Onbekende sleutel `titel`. Bedoelde u `title`?", d.ToString());
    }

    [Fact]
    public void UnknownAuthorSuggestsTheNearestId()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-viser\n---\nTekst.\n");
        var d = Assert.Single(site.Build().Diagnostics, x => x.Code == "TB0106");
        Assert.Equal(4, d.Line);
        Assert.Equal(9, d.Column);
        Assert.Contains("Bedoelde u `anouk-visser`?", d.Help);
    }

    [Fact]
    public void ImageWithoutAltTextIsAnError()
    {
        using var site = new FixtureSite();
        site.WriteBytes("input/assets/img/a.png", [0x89, 0x50, 0x4E, 0x47]);
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\nimage: /assets/img/a.png\n---\nTekst.\n");
        var d = Assert.Single(site.Build().Diagnostics, x => x.Code == "TB0105");
        Assert.Equal(5, d.Line);
    }

    [Fact]
    public void ImageThatDoesNotExistSuggestsTheNearestFile()
    {
        using var site = new FixtureSite();
        site.WriteBytes("input/assets/img/markt.png", [0x89, 0x50, 0x4E, 0x47]);
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\nimage: /assets/img/mrkt.png\nimage_alt: Een markt\n---\nTekst.\n");
        var d = Assert.Single(site.Build().Diagnostics, x => x.Code == "TB0107");
        Assert.Contains("`/assets/img/markt.png`", d.Help);
    }

    [Fact]
    public void EveryProblemOfEveryFileIsReportedAtOnce()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 1 oktober\nauthor: niemand\n---\nTekst.\n");
        site.Write("input/stories/b.md", "---\ndate: 2026-01-01\nauthor: anouk-visser\n---\nTekst.\n");
        site.Write("input/vacancies/c.md", "---\ntitle: C\ndate: 2026-01-01\nkind: betaald\nlocation: Oost\n---\nTekst.\n");
        var result = site.Build();
        var codes = result.Codes().ToList();
        Assert.Contains("TB0102", codes);
        Assert.Contains("TB0106", codes);
        Assert.Contains("TB0101", codes);
        Assert.Contains("TB0103", codes);
        Assert.Contains("TB0109", codes);
        Assert.Contains(result.Diagnostics, d => d.Path == "input/vacancies/c.md" && d.Message.Contains("closing_date"));
        Assert.Contains(result.Diagnostics, d => d.Path == "input/vacancies/c.md" && d.Help.Contains("Bedoelde u `paid`?"));
    }

    [Fact]
    public void BrokenYamlPointsAtTheLineAndSaysToUseQuotes()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", "---\ntitle: Werken bij ons: vacatures\ndate: 2026-01-01\nauthor: anouk-visser\n---\nTekst.\n");
        var d = Assert.Single(site.Build().Diagnostics);
        Assert.Equal("TB0100", d.Code);
        Assert.Equal(2, d.Line);
        Assert.Contains("aanhalingstekens", d.Help);
    }

    [Fact]
    public void MissingClosingLineIsReported()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-01\n\nTekst zonder afsluiting.\n");
        Assert.Equal("TB0113", Assert.Single(site.Build().Diagnostics).Code);
    }

    [Fact]
    public void TwoFilesWithTheSameAddressAreAnErrorThatNamesBoth()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/2026-01-01-markt.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\n---\nA.\n");
        site.Write("input/stories/markt.md", "---\ntitle: B\ndate: 2026-01-02\nauthor: anouk-visser\n---\nB.\n");
        var d = Assert.Single(site.Build().Diagnostics, x => x.Code == "TB0110");
        Assert.Contains("input/stories/2026-01-01-markt.md", d.Message);
        Assert.Contains("input/stories/markt.md", d.Message);
        Assert.Contains("/verhalen/markt/", d.Message);
    }

    [Fact]
    public void ASocialProfileWithoutHttpsGetsTheLineToWriteAsTheWritersGuideSays()
    {
        using var site = new FixtureSite();
        site.Write("statiq.config", "name: Test\nurl: https://www.test.example\nsocials:\n  facebook: www.facebook.com/buurtkrachtoost\n");
        var d = Assert.Single(site.Build().Diagnostics, d => d.Code == "TB0302");
        Assert.Equal(("statiq.config", 4), (d.Path, d.Line));
        Assert.Contains("`facebook: https://www.facebook.com/buurtkrachtoost`", d.Help);
    }

    [Fact]
    public void SettingsAreValidatedLikeContent()
    {
        using var site = new FixtureSite();
        site.Write("statiq.config", "name: Test\nurl: www.zonder-https.nl\nbrand:\n  primary: blauw\nfeeds:\n  itemz: 3\n");
        var result = site.Build();
        Assert.Contains(result.Diagnostics, d => d.Code == "TB0302" && d.Path == "statiq.config" && d.Line == 2);
        Assert.Contains(result.Diagnostics, d => d.Code == "TB0302" && d.Line == 4);
        Assert.Contains(result.Diagnostics, d => d.Code == "TB0201" && d.Line == 6 && d.Help.Contains("`items`"));
    }

    [Fact]
    public void HashTagsAndCaseFoldIntoOneTagDisplayedAsFirstSeen()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\ntags: [\"#Mantelzorg\"]\n---\nA.\n");
        site.Write("input/stories/b.md", "---\ntitle: B\ndate: 2026-02-01\nauthor: anouk-visser\ntags: [' mantelzorg ', taal]\n---\nB.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var tagPage = result.Html("onderwerp/mantelzorg/index.html");
        Assert.Equal("Onderwerp: Mantelzorg", tagPage.QuerySelector("h1")!.TextContent);
        Assert.Equal(2, tagPage.QuerySelectorAll("main .cards > li").Length);
        Assert.False(result.Has("onderwerp/-mantelzorg/index.html"));
    }
    [Fact]
    public void AccentsCapitalsSpacesAndAMacsDecomposedLettersEndOnOneTagPageInEveryPlace()
    {
        using var site = new FixtureSite();
        var tags = new[] { "Taalcafé", " TAALCAFÉ ", "#taalcafe", "Taalcafe\u0301", "taalcafé" }; // the fourth as a Mac stores é
        for (var i = 0; i < tags.Length; i++)
            site.Write($"input/stories/s{i}.md", $"---\ntitle: Verhaal {i}\ndate: 2026-01-0{i + 1}\nauthor: anouk-visser\ntags: [\"{tags[i]}\", \"{(i % 2 == 0 ? "Vrijwillige inzet" : "vrijwillige-inzet")}\"]\n---\nTekst.\n");

        var result = site.Build();

        Assert.True(result.Succeeded, result.Describe());
        var tagPages = result.Files.Select(f => f.Path).Where(p => p.StartsWith("onderwerp/", StringComparison.Ordinal) && p.Count(c => c == '/') == 2 && p.EndsWith(".html", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["onderwerp/taalcafe/index.html", "onderwerp/vrijwillige-inzet/index.html"], tagPages);
        var page = result.Html("onderwerp/taalcafe/index.html");
        Assert.Equal("Onderwerp: Taalcafé", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(5, page.QuerySelectorAll("main .cards > li").Length);
        foreach (var i in Enumerable.Range(0, tags.Length))
        {
            var links = result.Html($"verhalen/s{i}/index.html").QuerySelectorAll("main a[href^='/onderwerp/']")
                .Select(a => (a.GetAttribute("href"), a.TextContent.Trim())).ToList();
            Assert.Equal([("/onderwerp/taalcafe/", "Taalcafé"), ("/onderwerp/vrijwillige-inzet/", "Vrijwillige inzet")], links);
        }
        var categories = System.Xml.Linq.XDocument.Parse(result.Text("verhalen/feed.xml")).Descendants("category").Select(c => c.Value).Distinct().ToList();
        Assert.Equal(["Taalcafé", "Vrijwillige inzet"], categories);
    }
}
