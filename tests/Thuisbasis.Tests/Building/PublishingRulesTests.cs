using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Building;

/// <summary>Consent, drafts, scheduled dates and closing dates, as CONTENT-MODEL.md promises them.</summary>
public sealed class PublishingRulesTests
{
    private static string ClientStory(string consentLine) =>
        $"---\ntitle: Mijn weg terug\ndate: 2026-03-01\nauthor: {{ name: Ria, role: cliënt }}\n{consentLine}---\nGeheime woorden van Ria.\n";

    [Fact]
    public void ClientStoryWithoutConsentIsAnError()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/ria.md", ClientStory(""));
        var result = site.Build();
        Assert.False(result.Succeeded);
        var d = Assert.Single(result.Diagnostics, x => x.Code == "TB0104");
        Assert.Equal("input/stories/ria.md", d.Path);
        Assert.Equal(4, d.Line);
    }

    [Fact]
    public void ClientStoryWithConsentFalseIsLeftOutOfEveryFileWithAWarning()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/ria.md", ClientStory("consent: false\n"));
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.Contains(result.Diagnostics, d => d.Code == "TB0202" && !d.IsError);
        Assert.False(result.Has("verhalen/ria/index.html"));
        Assert.DoesNotContain("Geheime woorden", result.AllText());
        Assert.DoesNotContain("Mijn weg terug", result.AllText());
    }

    [Fact]
    public void AStaffStoryThatSaysConsentFalseIsLeftOutToo()
    {
        // A staff member writing about a client who did not (or no longer) agree: `consent: false` means what it says.
        using var site = new FixtureSite();
        site.Write("input/stories/over-ria.md",
            "---\ntitle: Ria op de markt\ndate: 2026-03-01\nauthor: anouk-visser\nconsent: false\n---\nOver Ria, die het niet wil.\n");
        site.Write("input/stories/gewoon.md", "---\ntitle: Gewoon\ndate: 2026-03-02\nauthor: anouk-visser\nconsent: true\n---\nTekst.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "TB0202");
        Assert.Equal(("input/stories/over-ria.md", 5, 10, false), (warning.Path, warning.Line, warning.Column, warning.IsError));
        Assert.False(result.Has("verhalen/over-ria/index.html"));
        Assert.DoesNotContain("Ria op de markt", result.AllText());
        Assert.DoesNotContain("die het niet wil", result.AllText());
        Assert.True(result.Has("verhalen/gewoon/index.html"));
    }

    [Fact]
    public void ClientStoryWithConsentIsPublished()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/ria.md", ClientStory("consent: true\n"));
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var doc = result.Html("verhalen/ria/index.html");
        Assert.Equal("Mijn weg terug", doc.QuerySelector("h1")!.TextContent);
        Assert.Contains("Ria, cliënt", doc.QuerySelector(".byline")!.TextContent);
    }

    [Fact]
    public void TestimonialWithoutConsentNeverReachesAnyOutputFile()
    {
        using var site = new FixtureSite();
        site.Write("input/testimonials/bep.md", "---\nname: Bep Jansen\nrole: cliënt\nconsent: false\nfeatured: true\n---\nDit mag niemand lezen.\n");
        site.Write("input/testimonials/gerda.md", "---\nname: Gerda\nrole: mantelzorger\nconsent: true\nfeatured: true\n---\nFijn dat jullie er zijn.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var all = result.AllText();
        Assert.DoesNotContain("Dit mag niemand lezen", all);
        Assert.DoesNotContain("Bep Jansen", all);
        Assert.Contains("Fijn dat jullie er zijn", result.Text("index.html"));
    }

    [Fact]
    public void ImagesOnlyContentWithoutConsentUsesAreNotPublished()
    {
        using var site = new FixtureSite();
        foreach (var name in new[] { "portret-bep", "ria-op-de-markt", "ria-thuis", "portret-gerda", "buurthuis" })
            site.WriteBytes($"input/assets/img/{name}.png", Feeds.FeedTestSupport.Png(1200, 800));
        site.Write("input/testimonials/bep.md", "---\nname: Bep\nrole: cliënt\nconsent: false\nphoto: /assets/img/portret-bep.png\nphoto_alt: Bep\n---\nNiet online.\n");
        site.Write("input/testimonials/gerda.md", "---\nname: Gerda\nrole: mantelzorger\nconsent: true\nphoto: /assets/img/portret-gerda.png\nphoto_alt: Gerda\n---\nFijn.\n");
        site.Write("input/stories/ria.md", "---\ntitle: Mijn weg terug\ndate: 2026-03-01\nauthor: { name: Ria, role: cliënt }\nconsent: false\nimage: /assets/img/ria-op-de-markt.png\nimage_alt: Ria op de markt\n---\nTekst.\n\n![Ria thuis](/assets/img/ria-thuis.png)\n\n![Het buurthuis](/assets/img/buurthuis.png)\n");
        site.Write("input/pages/about.md", "---\ntitle: Over ons\n---\nOns huis.\n\n![Het buurthuis](/assets/img/buurthuis.png)\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var published = result.Files.Select(f => f.Path).ToList();
        Assert.DoesNotContain(published, p => p.Contains("portret-bep") || p.Contains("ria-op-de-markt") || p.Contains("ria-thuis"));
        Assert.Contains(published, p => p.StartsWith("assets/img/portret-gerda", StringComparison.Ordinal));
        Assert.Contains(published, p => p.StartsWith("assets/img/buurthuis", StringComparison.Ordinal));
    }

    [Fact]
    public void ImagesOnlyDraftsAndItemsStillToComeUseAreNotPublishedUntilTheyAre()
    {
        using var site = new FixtureSite();
        foreach (var name in new[] { "concept-omslag", "later-omslag", "vacature-later", "pagina-concept", "gedeeld" })
            site.WriteBytes($"input/assets/img/{name}.png", Feeds.FeedTestSupport.Png(1200, 800));
        site.Write("input/stories/concept.md", "---\ntitle: Concept\ndate: 2026-10-01\nauthor: anouk-visser\ndraft: true\n" +
            "image: /assets/img/concept-omslag.png\nimage_alt: Omslag\n---\nTekst.\n\n![Gedeeld](/assets/img/gedeeld.png)\n");
        site.Write("input/stories/later.md", "---\ntitle: Later\ndate: 2027-01-10\nauthor: anouk-visser\n" +
            "image: /assets/img/later-omslag.png\nimage_alt: Omslag\n---\nTekst.\n");
        site.Write("input/vacancies/later.md", "---\ntitle: Later\ndate: 2027-02-01\nclosing_date: 2027-03-01\nkind: paid\nlocation: Oost\n" +
            "contact: { name: Anouk Visser, email: anouk@test.example }\napply_email: werk@test.example\n---\n![Werk](/assets/img/vacature-later.png)\n");
        site.Write("input/pages/nieuw.md", "---\ntitle: Nieuw\ndraft: true\n---\n![Pagina](/assets/img/pagina-concept.png)\n");
        site.Write("input/pages/about.md", "---\ntitle: Over ons\n---\nOns huis.\n\n![Gedeeld](/assets/img/gedeeld.png)\n");

        var result = site.Build();

        Assert.True(result.Succeeded, result.Describe());
        var published = result.Files.Select(f => f.Path).ToList();
        foreach (var name in new[] { "concept-omslag", "later-omslag", "vacature-later", "pagina-concept" })
            Assert.DoesNotContain(published, p => p.Contains(name, StringComparison.Ordinal));
        Assert.Contains(published, p => p.StartsWith("assets/img/gedeeld", StringComparison.Ordinal));
        // The preview shows drafts and what is still to come, with their images; so does the build on the day they appear.
        var preview = site.Build(drafts: true).Files.Select(f => f.Path).ToList();
        foreach (var name in new[] { "concept-omslag", "later-omslag", "vacature-later", "pagina-concept" })
            Assert.Contains(preview, p => p.StartsWith($"assets/img/{name}", StringComparison.Ordinal));
        var february = site.Build(date: new DateOnly(2027, 2, 1)).Files.Select(f => f.Path).ToList();
        Assert.Contains(february, p => p.StartsWith("assets/img/later-omslag", StringComparison.Ordinal));
        Assert.Contains(february, p => p.StartsWith("assets/img/vacature-later", StringComparison.Ordinal));
        Assert.DoesNotContain(february, p => p.Contains("concept-omslag", StringComparison.Ordinal));
    }

    [Fact]
    public void TestimonialWithoutConsentKeyIsAnError()
    {
        using var site = new FixtureSite();
        site.Write("input/testimonials/bep.md", "---\nname: Bep\nrole: cliënt\n---\nHallo.\n");
        Assert.Contains("TB0104", site.Build().Codes());
    }

    private const string Draft = "---\ntitle: Nog niet af\ndate: 2026-10-01\nauthor: anouk-visser\ndraft: true\n---\nConcepttekst.\n";
    private const string Scheduled = "---\ntitle: Nieuwjaar\ndate: 2099-01-01\nauthor: anouk-visser\n---\nToekomst.\n";

    [Fact]
    public void DraftsAndScheduledStoriesAreNotInAProductionBuild()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/concept.md", Draft).Write("input/stories/nieuwjaar.md", Scheduled);
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.False(result.Has("verhalen/concept/index.html"));
        Assert.False(result.Has("verhalen/nieuwjaar/index.html"));
        Assert.DoesNotContain("Nog niet af", result.AllText());
        Assert.DoesNotContain("Nieuwjaar", result.AllText());
    }

    [Fact]
    public void DraftsBuildShowsDraftsAndScheduledStoriesVisiblyMarkedAndNotIndexed()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/concept.md", Draft).Write("input/stories/nieuwjaar.md", Scheduled);
        var result = site.Build(drafts: true);
        Assert.True(result.Succeeded, result.Describe());
        Assert.Contains("Concept", result.Html("verhalen/concept/index.html").QuerySelector(".marker")!.TextContent);
        Assert.Contains("Ingepland voor 1 januari 2099", result.Html("verhalen/nieuwjaar/index.html").QuerySelector(".marker")!.TextContent);
        Assert.Equal("noindex, nofollow", result.Html("index.html").QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Contains("Disallow: /", result.Text("robots.txt"));
    }

    [Fact]
    public void AScheduledStoryAppearsOnItsDay()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/nieuwjaar.md", Scheduled);
        Assert.False(site.Build(date: new DateOnly(2098, 12, 31)).Has("verhalen/nieuwjaar/index.html"));
        Assert.True(site.Build(date: new DateOnly(2099, 1, 1)).Has("verhalen/nieuwjaar/index.html"));
    }

    private const string Vacancy = """
        ---
        title: Sociaal werker
        date: 2026-10-01
        closing_date: 2026-12-01
        kind: paid
        hours: 24-32
        location: Amsterdam
        contact: { name: Anouk Visser, email: anouk@test.example, phone: 020 123 45 67 }
        apply_email: werken@test.example
        ---
        Kom je bij ons werken?
        """;

    [Fact]
    public void AVacancyAfterItsClosingDateLeavesListingsButKeepsAPageThatSaysItIsClosed()
    {
        using var site = new FixtureSite();
        site.Write("input/vacancies/sociaal-werker.md", Vacancy);

        var open = site.Build(date: new DateOnly(2026, 12, 1));
        Assert.Contains("Sociaal werker", open.Html("vacatures/index.html").QuerySelector("main")!.TextContent);
        Assert.NotNull(open.Html("vacatures/sociaal-werker/index.html").QuerySelector("a[data-track=apply]"));

        var closed = site.Build(date: new DateOnly(2026, 12, 2));
        Assert.DoesNotContain("Sociaal werker", closed.Html("vacatures/index.html").QuerySelector("main")!.TextContent);
        var page = closed.Html("vacatures/sociaal-werker/index.html");
        Assert.Contains("Gesloten", page.QuerySelector("main")!.TextContent);
        Assert.Null(page.QuerySelector("a[data-track=apply]"));
        // Said once: a screen reader heard "Gesloten" above the heading and again in the note under it.
        var status = Assert.Single(page.QuerySelectorAll("[role=status]"));
        Assert.StartsWith("Gesloten. ", status.TextContent);
    }

    [Fact]
    public void AFilledVacancyIsClosedEarly()
    {
        using var site = new FixtureSite();
        site.Write("input/vacancies/sociaal-werker.md", Vacancy.Replace("apply_email:", "filled: true\napply_email:"));
        var result = site.Build();
        var page = result.Html("vacatures/sociaal-werker/index.html");
        Assert.Contains("vervuld", page.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain("Sociaal werker", result.Html("vacatures/index.html").QuerySelector("main")!.TextContent);
        // Not "Reageren tot en met" a day still to come next to "U kunt niet meer reageren".
        Assert.DoesNotContain(page.QuerySelectorAll("dl.facts dt"), dt => dt.TextContent.StartsWith("Reageren", StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll("dl.facts dt"), dt => dt.TextContent == "Plaats");
    }
}
