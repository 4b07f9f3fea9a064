using AngleSharp.Dom;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Social;

/// <summary>
/// A link shared in WhatsApp, Facebook, LinkedIn or Signal shows the page's title, description and image, and nothing
/// else of it. So the preview itself says when and where an activity is and until when a vacancy is open, and says that
/// one is off when an old link is shared or forwarded later; and the search engines' description is plain text too.
/// </summary>
public sealed class SharePreviewTextTests
{
    // A card's address without its version (see SharedImages): the tests look at the file.
    private static string? Meta(IDocument doc, string property) => SharedImages.Unversioned(
        doc.QuerySelector($"meta[property='{property}']")?.GetAttribute("content") ?? doc.QuerySelector($"meta[name='{property}']")?.GetAttribute("content"));

    private static FixtureSite Site()
    {
        var site = new FixtureSite();
        site.Write("input/activities/kerstmarkt.md", "---\ntitle: Kerstmarkt\nstart: 2026-12-19 10:00\nend: \"16:00\"\nlocation: Buurthuis De Linde\n" +
            "summary: Kraampjes met zelfgemaakte spullen.\n---\nKom langs.\n");
        site.Write("input/activities/sinterklaas.md", "---\ntitle: Sinterklaasmiddag\nstart: 2026-12-02 14:00\nlocation: Buurthuis De Linde\n" +
            "cancelled: true\nsummary: Voor alle kinderen uit de buurt.\n---\nHelaas.\n");
        site.Write("input/activities/zomerfeest.md", "---\ntitle: Zomerfeest\nstart: 2026-07-04 14:00\nlocation: Het plein\nsummary: Muziek en eten.\n---\nWas leuk.\n");
        const string job = "kind: paid\nhours: \"24-32\"\nlocation: Amsterdam-Oost\ncontact: { name: Anouk Visser, email: anouk@test.example }\n" +
                           "apply_email: werk@test.example\nsummary: Je helpt mantelzorgers.\n";
        site.Write("input/vacancies/sociaal-werker.md", $"---\ntitle: Sociaal werker\ndate: 2026-11-01\nclosing_date: 2027-01-31\n{job}---\nTekst.\n");
        site.Write("input/vacancies/stagiair.md", $"---\ntitle: Stagiair\ndate: 2026-05-01\nclosing_date: 2026-07-01\n{job}---\nTekst.\n");
        site.Write("input/stories/ria.md", "---\ntitle: Ria\ndate: 2026-11-01\nauthor: anouk-visser\nsummary: Ria zegt **\"ik durf weer\"** en gaat <b>elke</b> week naar de [markt](/diensten/).\n---\nTekst.\n");
        return site;
    }

    [Fact]
    public void AComingActivitysPreviewSaysWhenAndWhere()
    {
        using var site = Site();
        var doc = site.Build().Html("activiteiten/kerstmarkt/index.html");
        Assert.Equal("Kerstmarkt", Meta(doc, "og:title"));
        Assert.Equal("Zaterdag 19 december, 10.00 uur, Buurthuis De Linde. Kraampjes met zelfgemaakte spullen.", Meta(doc, "og:description"));
        Assert.Equal(Meta(doc, "og:description"), Meta(doc, "twitter:description"));
        Assert.Equal(Meta(doc, "og:description"), Meta(doc, "description"));
    }

    [Theory]
    [InlineData("activiteiten/sinterklaas/index.html", "Gaat niet door: Sinterklaasmiddag")]
    [InlineData("activiteiten/zomerfeest/index.html", "Afgelopen: Zomerfeest")]
    [InlineData("vacatures/stagiair/index.html", "Gesloten: Stagiair")]
    public void APreviewOfWhatIsOffSaysSoInItsTitle(string path, string title)
    {
        using var site = Site();
        var doc = site.Build().Html(path);
        Assert.Equal(title, Meta(doc, "og:title"));
        Assert.Equal(title, Meta(doc, "twitter:title"));
    }

    [Fact]
    public void AnOpenVacancysPreviewSaysWhereHowManyHoursAndUntilWhen()
    {
        using var site = Site();
        var doc = site.Build().Html("vacatures/sociaal-werker/index.html");
        Assert.Equal("Sociaal werker", Meta(doc, "og:title"));
        Assert.Equal("Vacature in Amsterdam-Oost, 24-32 uur per week. Reageren kan tot en met 31 januari 2027. Je helpt mantelzorgers.",
            Meta(doc, "og:description"));
    }

    [Fact]
    public void ATinyCoverSharesTheDrawnCardAndASquarePortraitTheSmallCard()
    {
        using var site = Site();
        site.WriteBytes("input/assets/img/klein.png", Feeds.FeedTestSupport.Png(320, 200));
        site.WriteBytes("input/assets/img/groot.png", Feeds.FeedTestSupport.Png(1600, 1000));
        site.WriteBytes("input/assets/img/anouk.png", Feeds.FeedTestSupport.Png(400, 400));
        site.Write("input/stories/klein.md", "---\ntitle: Klein\ndate: 2026-11-01\nauthor: anouk-visser\nimage: /assets/img/klein.png\nimage_alt: Het bankje\n---\nTekst.\n");
        site.Write("input/stories/groot.md", "---\ntitle: Groot\ndate: 2026-11-01\nauthor: anouk-visser\nimage: /assets/img/groot.png\nimage_alt: Het plein\n---\nTekst.\n");
        site.Write("input/team/anouk-visser.md", "---\nname: Anouk Visser\nrole: Opbouwwerker\nphoto: /assets/img/anouk.png\nphoto_alt: Anouk lacht\n---\nIk werk in Oost.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());

        var klein = result.Html("verhalen/klein/index.html");
        Assert.Equal("https://www.test.example/assets/deelkaarten/verhaal-klein.png", Meta(klein, "og:image"));
        Assert.Equal("summary_large_image", Meta(klein, "twitter:card"));
        Assert.Equal("https://www.test.example/assets/img/groot-deelkaart.png", Meta(result.Html("verhalen/groot/index.html"), "og:image"));
        Assert.Equal("summary", Meta(result.Html("auteur/anouk-visser/index.html"), "twitter:card"));
    }

    /// <summary>A portrait on an author page is named with what it shows too: a new photo under the same name is fetched again.</summary>
    [Fact]
    public void APortraitsAddressChangesWithThePhoto()
    {
        using var site = Site();
        site.WriteBytes("input/assets/img/anouk.png", Feeds.FeedTestSupport.Png(400, 400));
        site.Write("input/team/anouk-visser.md", "---\nname: Anouk Visser\nrole: Opbouwwerker\nphoto: /assets/img/anouk.png\nphoto_alt: Anouk lacht\n---\nIk werk in Oost.\n");
        string Portrait(Pipeline.BuildResult r) => r.Html("auteur/anouk-visser/index.html").QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
        var before = Portrait(site.Build());
        Assert.Matches(@"^https://www\.test\.example/assets/img/anouk\.png\?v=[0-9a-f]{8}$", before);
        Assert.Equal(before, Portrait(site.Build()));

        site.WriteBytes("input/assets/img/anouk.png", Feeds.FeedTestSupport.Png(420, 420));
        var after = Portrait(site.Build());
        Assert.NotEqual(before, after);
        Assert.StartsWith("https://www.test.example/assets/img/anouk.png?v=", after);
    }

    [Fact]
    public void ACardsAddressChangesWithWhatItShowsSoTheNetworksFetchItAgain()
    {
        using var site = Site();
        string Card(Pipeline.BuildResult r) => r.Html("verhalen/ria/index.html").QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
        var before = Card(site.Build());
        Assert.Matches(@"^https://www\.test\.example/assets/deelkaarten/verhaal-ria\.png\?v=[0-9a-f]{8}$", before);
        Assert.Equal(before, Card(site.Build())); // the same card: the same address

        site.Write("input/stories/ria.md", "---\ntitle: Ria gaat weer naar de markt\ndate: 2026-11-01\nauthor: anouk-visser\n---\nTekst.\n");
        var after = Card(site.Build());
        Assert.NotEqual(before, after);
        Assert.Equal(SharedImages.Unversioned(before), SharedImages.Unversioned(after));
    }

    [Fact]
    public void TheSearchEnginesDescriptionIsPlainTextAsThePreviewsIs()
    {
        using var site = Site();
        var doc = site.Build().Html("verhalen/ria/index.html");
        Assert.Equal("Ria zegt \"ik durf weer\" en gaat elke week naar de markt.", Meta(doc, "description"));
        Assert.Equal(Meta(doc, "og:description"), Meta(doc, "description"));
    }
}
