using System.Text.Json;
using System.Xml.Linq;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Hardening;

/// <summary>
/// Posts as WordPress export tools write them (wordpress-export-to-markdown and the like): what a site that moves here
/// brings along must not be published wrongly or silently.
/// </summary>
public sealed class MovingFromWordPressTests : IDisposable
{
    private readonly FixtureSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void CharacterReferencesInTheFrontMatterAreTheCharactersTheyStandFor()
    {
        _site.Write("input/stories/2019-05-03-henk.md",
            "---\ntitle: \"Henk&#8217;s verhaal: &#8220;Ik durfde de post niet open te maken&#8221;\"\ndate: 2019-05-03\nauthor: anouk-visser\n" +
            "summary: Burendag &amp; markt\ntags: [\"geld &amp; schulden\"]\n---\nTekst.\n");
        var result = _site.Build();
        Assert.True(result.Succeeded, result.Describe());
        const string title = "Henk’s verhaal: “Ik durfde de post niet open te maken”";
        var page = result.Html("verhalen/henk/index.html");
        Assert.Equal(title, page.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("&#8217;", page.Title);
        var article = page.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement)
            .First(j => j.TryGetProperty("headline", out _));
        Assert.Equal(title, article.GetProperty("headline").GetString());
        var rss = XDocument.Parse(result.Text("verhalen/feed.xml"));
        // The description is HTML: "&" once escaped, not the export's "&amp;" escaped again.
        Assert.Contains(rss.Descendants("item"), i => i.Element("title")!.Value == title && i.Element("description")!.Value == "Burendag &amp; markt");
        Assert.True(result.Has("onderwerp/geld-en-schulden/index.html"));
    }

    [Theory]
    [InlineData("status: draft")]
    [InlineData("status: private")]
    [InlineData("published: false")]
    [InlineData("private: true")]
    public void AKeyThatKeptAPostOffWordPressIsAnErrorNotAPublishedStory(string line)
    {
        _site.Write("input/stories/2019-05-03-geheim.md", $"---\ntitle: Nog niet klaar\ndate: 2019-05-03\nauthor: anouk-visser\n{line}\n---\nTekst.\n");
        var result = _site.Build();
        Assert.False(result.Succeeded);
        var d = Assert.Single(result.Diagnostics, x => x.Code == "TB0169");
        Assert.Equal(("input/stories/2019-05-03-geheim.md", 5, 1), (d.Path, d.Line, d.Column));
        Assert.Contains("`draft: true`", d.Help);
    }

    [Fact]
    public void KeysOfOtherProgramsAreNamedWithTheKeyThatDoesItHere()
    {
        _site.Write("input/stories/2019-05-03-markt.md",
            "---\ntitle: Markt\ndate: 2019-05-03\nauthor: anouk-visser\nstatus: publish\ncategories: [Buurt]\ncoverImage: markt.jpg\n" +
            "excerpt: Kort.\nslug: de-markt-van-2019\n---\nTekst.\n");
        var result = _site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var help = result.Diagnostics.Where(d => d.Code == "TB0201").ToDictionary(d => d.Line, d => d.Help);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "TB0169"); // "publish" is published
        Assert.Equal("Bedoelde u `tags`?", help[6]);
        Assert.Equal("Bedoelde u `image`?", help[7]);
        Assert.Equal("Bedoelde u `summary`?", help[8]);
        Assert.Contains("`de-markt-van-2019.md`", help[9]);
    }

    [Fact]
    public void WordPressShortcodesAreAWarningEachAtTheirFirstPlaceNotSilentText()
    {
        _site.Write("input/stories/2019-11-02-burendag.md", """
            ---
            title: Burendag
            date: 2019-11-02
            author: anouk-visser
            ---
            Het was een mooie dag.

            [caption id="attachment_201" align="aligncenter" width="300"]Vrijwilligers bij de kraam[/caption]

            [gallery ids="2,3,4" columns="3" link="file"]

            \[gallery ids="11,12,13"\]

            [embed]https://youtu.be/dQw4w9WgXcQ[/embed]

            ```
            [gallery ids="9"] in een codeblok is een voorbeeld
            ```

            Zie [de foto's](/verhalen/) en [x] vink aan.
            """);
        var result = _site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var warnings = result.Diagnostics.Where(d => d.Code == "TB0242").OrderBy(d => d.Line).ToList();
        Assert.Equal([(8, 1), (10, 1), (14, 1)], warnings.Select(d => (d.Line, d.Column)).ToList());
        Assert.StartsWith("`[caption id=\"attachment_201\" align=\"a…]` is code van WordPress", warnings[0].Message);
        Assert.Contains("(2 keer)", warnings[1].Message);
        Assert.Contains("galerij", warnings[1].Message);
        Assert.Contains("`![waar de video over gaat](https://youtu.be/…)`", warnings[2].Help);
    }

    [Fact]
    public void APostInAFolderOfItsOwnIsNamedByItsFolder()
    {
        // wordpress-export-to-markdown's folder per post: every one was /verhalen/index/, one error naming them all.
        _site.Write("input/stories/2019-05-03-rias-dag/index.md", "---\ntitle: Ria's dag\ndate: 2019-05-03\nauthor: anouk-visser\n---\nTekst.\n");
        _site.Write("input/stories/burendag/index.md", "---\ntitle: Burendag\ndate: 2019-11-02\nauthor: anouk-visser\n---\nTekst.\n");
        var result = _site.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.True(result.Has("verhalen/rias-dag/index.html"));
        Assert.True(result.Has("verhalen/burendag/index.html"));
    }

    [Fact]
    public void AnAuthorByDisplayNameIsToldTheFileAndIdAndThatAClientsStoryNeedsConsent()
    {
        _site.Write("input/stories/2019-05-03-markt.md", "---\ntitle: Markt\ndate: 2019-05-03\nauthor: Gerrit\n---\nTekst.\n");
        var d = Assert.Single(_site.Build().Diagnostics, x => x.Code == "TB0106");
        Assert.StartsWith("Maak `input/team/gerrit.md` aan en schrijf `author: gerrit` als een medewerker het schreef.", d.Help);
        Assert.Contains("`consent: true`", d.Help);
    }
}
