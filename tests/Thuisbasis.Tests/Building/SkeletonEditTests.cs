using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Dom;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Building;

/// <summary>
/// What a comms employee does to the seven pages of the skeleton: rename, reorder, hide, add, draft, delete, and give
/// pages the same address. Each edit is checked in the menu, the links, the sitemap and the message the writer gets.
/// </summary>
public sealed class SkeletonEditTests
{
    private static IReadOnlyList<(string Url, string Title)> Menu(IHtmlDocument page) =>
        page.QuerySelectorAll("nav[aria-label=Hoofdmenu] a").Select(a => (a.GetAttribute("href")!, a.TextContent.Trim())).ToList();

    private static IReadOnlyList<string> Footer(IHtmlDocument page) =>
        page.QuerySelectorAll("footer a").Select(a => a.GetAttribute("href")!).Where(h => h.StartsWith('/')).ToList();

    private static IReadOnlyList<string> Sitemap(Pipeline.BuildResult result)
    {
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        return XDocument.Parse(result.Text("sitemap.xml")).Descendants(sm + "loc").Select(l => new Uri(l.Value).AbsolutePath).ToList();
    }

    [Fact]
    public void ARenamedMenuTitleIsShownInTheMenuAndTheBreadcrumbsKeepThePageTitle()
    {
        using var site = new FixtureSite();
        site.Write("input/pages/extra.md", "---\ntitle: Nieuws en verhalen\nmenu_title: Actueel\n---\nTekst.\n");
        var result = site.Build();
        Assert.Empty(result.Diagnostics);
        Assert.Contains(("/extra/", "Actueel"), Menu(result.Html("index.html")));
        var crumbs = result.Html("extra/index.html").QuerySelectorAll("nav.breadcrumbs li").Select(li => li.TextContent.Trim());
        Assert.Equal(["Home", "Nieuws en verhalen"], crumbs);
    }

    [Fact]
    public void AServiceAndAnAuthorPageNameTheirParentPageInTheBreadcrumbsAsTheMenuDoes()
    {
        using var site = new FixtureSite();
        site.Write("input/pages/services.md", "---\ntitle: Wat wij doen\nmenu_title: Onze hulp\n---\nTekst.\n");
        site.Write("input/pages/about.md", "---\ntitle: Over ons\nmenu_title: Wie wij zijn\n---\nTekst.\n");
        site.Write("input/services/taalcafe.md", "---\ntitle: Taalcafé\nsummary: Samen praten.\n---\nTekst.\n");
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\n---\nTekst.\n");
        var result = site.Build();
        Assert.Empty(result.Diagnostics);
        string[] Crumbs(string path) => result.Html(path).QuerySelectorAll("nav.breadcrumbs li").Select(li => li.TextContent.Trim()).ToArray();
        Assert.Equal(["Home", "Onze hulp", "Taalcafé"], Crumbs("diensten/taalcafe/index.html"));
        Assert.Equal(["Home", "Wie wij zijn", "Anouk Visser"], Crumbs("auteur/anouk-visser/index.html"));
        Assert.Contains(("/diensten/", "Onze hulp"), Menu(result.Html("index.html")));
    }

    [Fact]
    public void TheMenuFollowsTheOrderOfThePages()
    {
        using var site = new FixtureSite();
        site.Write("input/pages/contact.md", "---\ntitle: Contact\norder: 2\n---\nBel ons.\n");
        site.Write("input/pages/clients.md", "---\ntitle: Onze klanten\norder: 9\n---\nTekst.\n");
        var result = site.Build();
        Assert.Empty(result.Diagnostics);
        var urls = Menu(result.Html("index.html")).Select(m => m.Url).ToList();
        // The pages without `order` keep the skeleton's own places (home 1, method 3, …); contact moves up, clients to the end.
        Assert.Equal(["/", "/contact/", "/werkwijze/", "/diensten/", "/over-ons/", "/extra/", "/onze-klanten/"], urls);
        Assert.Equal(urls, Footer(result.Html("over-ons/index.html")).Take(7));
    }

    [Fact]
    public void APageGivenTheOrderOfAnotherGoesBeforeThePageThatKeptItsOwnPlace()
    {
        using var site = new FixtureSite();
        site.Write("input/pages/contact.md", "---\ntitle: Contact\norder: 2\n---\nBel ons.\n");
        var urls = Menu(site.Build().Html("index.html")).Select(m => m.Url);
        Assert.Equal(["/", "/contact/", "/onze-klanten/", "/werkwijze/", "/diensten/", "/over-ons/", "/extra/"], urls);
    }

    [Fact]
    public void ADraftExtraPageLeavesTheMenuTheSitemapAndEveryPageWithoutABrokenLink()
    {
        using var site = new FixtureSite();
        site.Write("input/pages/extra.md", "---\ntitle: Nieuws\ndraft: true\n---\nNog niet af.\n");
        var result = site.Build();
        Assert.Empty(result.Diagnostics);
        Assert.False(result.Has("extra/index.html"));
        Assert.DoesNotContain("/extra/", Sitemap(result));
        foreach (var file in result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
            Assert.DoesNotContain(result.Html(file.Path).QuerySelectorAll("a[href]"), a => a.GetAttribute("href") == "/extra/");
    }

    [Theory]
    [InlineData("contact")]
    [InlineData("services")]
    [InlineData("home")]
    [InlineData("clients")]
    [InlineData("about")]
    public void ADraftPageThatTheSiteItselfLinksToIsAnErrorThatSaysSo(string role)
    {
        using var site = new FixtureSite();
        site.Write($"input/pages/{role}.md", "---\ntitle: Pagina\ndraft: true\n---\nNog niet af.\n");
        var result = site.Build();
        Assert.False(result.Succeeded);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(($"input/pages/{role}.md", 3, 8, true), (d.Path, d.Line, d.Column, d.IsError));
        Assert.StartsWith("De pagina ", d.Message);
        Assert.Contains("`draft: true`", d.Help);
    }

    [Fact]
    public void ADraftPageThatTheSiteLinksToIsAnErrorInThePreviewTooSoTheWriterHearsItBeforePublishing()
    {
        using var site = new FixtureSite();
        site.Write("input/pages/contact.md", "---\ntitle: Contact\ndraft: true\n---\nNog niet af.\n");
        var d = Assert.Single(site.Build(drafts: true).Diagnostics);
        Assert.Equal("input/pages/contact.md(3,8): error TB0160: De pagina Contact (/contact/) kan geen concept zijn: de site linkt er zelf naar, "
            + "vanaf de voorpagina en andere pagina's. Haal `draft: true` weg. Wilt u eerst rustig een nieuwe tekst schrijven? Zet die in een "
            + "eigen bestand met `draft: true`, zoals `input/pages/contact-nieuw.md`, en zet de tekst hier als hij af is.", d.ToString());
    }

    [Fact]
    public void ANewTextForTheContactPageCanBeWrittenAsADraftPageOfItsOwn()
    {
        using var site = new FixtureSite();
        site.Write("input/pages/contact-nieuw.md", "---\ntitle: Contact\ndraft: true\n---\nNog niet af.\n");
        var production = site.Build();
        Assert.Empty(production.Diagnostics);
        Assert.False(production.Has("contact-nieuw/index.html"));
        Assert.Contains("Nog niet af.", site.Build(drafts: true).Html("contact-nieuw/index.html").QuerySelector("main")!.TextContent);
    }

    [Fact]
    public void ADeletedPageIsMadeFromItsLayoutWithAWarningAndStaysInTheMenuAndSitemap()
    {
        using var site = new FixtureSite();
        File.Delete(Path.Combine(site.Root, "input/pages/method.md"));
        var result = site.Build();
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("input/pages/method.md(1,1): warning TB0206: `input/pages/method.md` ontbreekt; de pagina /werkwijze/ krijgt alleen wat de opmaak toevoegt. "
            + "Maak het bestand aan met `title: Werkwijze` en een korte tekst.", d.ToString());
        Assert.Contains(("/werkwijze/", "Werkwijze"), Menu(result.Html("index.html")));
        Assert.Equal("Werkwijze", result.Html("werkwijze/index.html").QuerySelector("h1")!.TextContent);
        Assert.Contains("/werkwijze/", Sitemap(result));
    }

    [Theory]
    [InlineData("---\ntitel: Werkwijze\n---\nTekst.\n", "TB0101")]
    [InlineData("---\ntitle: Werkwijze\n\torder: 3\n---\nTekst.\n", "TB0115")]
    [InlineData("---\ntitle: Werkwijze\n", "TB0113")]
    public void APageFileWithAMistakeIsNotCalledMissing(string text, string code)
    {
        using var site = new FixtureSite();
        site.Write("input/pages/method.md", text);
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == code && d.Path == "input/pages/method.md");
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "TB0206");
    }

    [Fact]
    public void AnEighthPageGetsItsOwnAddressAFooterLinkAndASitemapEntry()
    {
        using var site = new FixtureSite();
        site.Write("input/pages/Vrijwilligers Gezocht.md", "---\ntitle: Vrijwilligers gezocht\nmenu_title: Vrijwilligers\n---\nTekst.\n");
        var result = site.Build();
        Assert.Empty(result.Diagnostics);
        Assert.Equal("Vrijwilligers gezocht", result.Html("vrijwilligers-gezocht/index.html").QuerySelector("h1")!.TextContent);
        Assert.Contains("/vrijwilligers-gezocht/", Footer(result.Html("index.html")));
        Assert.Contains("/vrijwilligers-gezocht/", Sitemap(result));
    }

    [Fact]
    public void TwoFilesWithTheSameAddressAreOneErrorNamingBoth()
    {
        using var site = new FixtureSite();
        site.Write("input/pages/Over Ons Café.md", "---\ntitle: Café\n---\nTekst.\n");
        site.Write("input/pages/over-ons-cafe.md", "---\ntitle: Café 2\n---\nTekst.\n");
        var result = site.Build();
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("TB0110", d.Code);
        Assert.Contains("input/pages/Over Ons Café.md", d.Message);
        Assert.Contains("input/pages/over-ons-cafe.md", d.Message);
    }

    [Fact]
    public void TwoPagesGivenOneAddressInTheSettingsArePointedOutInTheSettings()
    {
        using var site = new FixtureSite();
        site.Write("statiq.config", "name: Test\nurl: https://www.test.example\npages:\n  method: { url: /diensten/ }\n");
        var result = site.Build();
        var d = Assert.Single(result.Diagnostics, x => x.IsError);
        Assert.Equal(("statiq.config", 4, 18, "TB0110"), (d.Path, d.Line, d.Column, d.Code));
        Assert.Contains("`/diensten/`", d.Message);
        Assert.Contains("`pages.method.url`", d.Help);
    }

    [Fact]
    public void TheContactPageGivesWorkingLinksAndTheHomePageValidEscapedOrganizationData()
    {
        using var site = new FixtureSite();
        site.Write("statiq.config", """
            name: "Buurthuis <De Linde> & \"Co\""
            url: https://www.test.example
            contact:
              street: "Lindenhof 12 </script><b>"
              postal_code: 1094 XK
              city: Amsterdam
              phone: 0800-1234567
              whatsapp: "+31 6 1234 5678"
              email: Info+Vragen@Test.Example
              opening_hours: "Ma-vr 9.00-17.00 uur </script>"
            """);
        var result = site.Build();
        Assert.Empty(result.Diagnostics);
        var contact = result.Html("contact/index.html");
        var facts = contact.QuerySelector("dl.facts")!;
        Assert.Equal(["tel:+318001234567", "https://wa.me/31612345678", "mailto:Info+Vragen@Test.Example"],
            facts.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Lindenhof 12 </script><b>, 1094 XK Amsterdam", facts.TextContent);
        Assert.Empty(facts.QuerySelectorAll("b"));
        var json = result.Html("index.html").QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement)
            .Single(e => e.GetProperty("@type").GetString() == "Organization");
        Assert.Equal("Buurthuis <De Linde> & \"Co\"", json.GetProperty("name").GetString());
        Assert.Equal("Lindenhof 12 </script><b>", json.GetProperty("address").GetProperty("streetAddress").GetString());
        Assert.Equal("+318001234567", json.GetProperty("telephone").GetString());
        Assert.Equal("Info+Vragen@Test.Example", json.GetProperty("email").GetString());
    }

    [Theory]
    [InlineData("06-12345678", "tel:+31612345678")]
    [InlineData("020 123 4567", "tel:+31201234567")]
    [InlineData("+31 6 1234 5678", "tel:+31612345678")]
    [InlineData("+31 (0)20 123 45 67", "tel:+31201234567")]
    [InlineData("0800-1234567", "tel:+318001234567")]
    [InlineData("0900 1234", "tel:+319001234")]
    [InlineData("14 020", "tel:14020")]
    [InlineData("+32 2 123 45 67", "tel:+3221234567")]
    public void ADutchPhoneNumberWrittenAnyCommonWayGivesAWorkingLinkAndNoWarning(string phone, string href)
    {
        using var site = new FixtureSite();
        site.Write("statiq.config", $"name: Test\nurl: https://www.test.example\ncontact:\n  phone: \"{phone}\"\n");
        var result = site.Build();
        Assert.Empty(result.Diagnostics);
        Assert.Equal(href, result.Html("contact/index.html").QuerySelector("dl.facts a[href^='tel:']")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("020 123 45 67 of 06-12345678")]
    [InlineData("020 123 45 67 (ma-vr)")]
    [InlineData("020 123 45")]
    [InlineData("06 123 456 789")]
    public void APhoneValueATapToCallLinkCannotDialIsAWarningAtItsPlace(string phone)
    {
        using var site = new FixtureSite();
        site.Write("statiq.config", $"name: Test\nurl: https://www.test.example\ncontact:\n  phone: \"{phone}\"\n");
        site.Write("input/team/anouk-visser.md", $"---\nname: Anouk Visser\nrole: Opbouwwerker\nphone: toestel 73\n---\nAnouk.\n");
        var result = site.Build();
        Assert.True(result.Succeeded);
        Assert.Equal([("input/team/anouk-visser.md", 4, 8), ("statiq.config", 4, 10)],
            result.Diagnostics.Select(d => (d.Path, d.Line, d.Column)).Order());
        Assert.All(result.Diagnostics, d => Assert.Equal("TB0263", d.Code));
        var settings = result.Diagnostics.Single(d => d.Path == "statiq.config");
        Assert.Equal($"`contact.phone` is `{phone}`; daar kan de site geen belknop van maken.", settings.Message);
        Assert.StartsWith("Schrijf één telefoonnummer", settings.Help);
    }
}
