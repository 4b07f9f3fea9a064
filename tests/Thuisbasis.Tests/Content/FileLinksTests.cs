using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Content;

/// <summary>
/// A writer who edits the files in an editor that shows them links to another text by its file name. Such a link goes
/// to that text's page on the site (and in the feed), and a name that is no file of the site is a warning at its place.
/// </summary>
public sealed class FileLinksTests
{
    private const string Story = "---\ntitle: {0}\ndate: 2026-11-0{1}\nauthor: anouk-visser\n---\n{2}\n";

    private static FixtureSite SiteWithLinks(string body)
    {
        var site = new FixtureSite();
        site.Write("input/stories/2026-11-01-koffie-op-het-plein.md", string.Format(Story, "Koffie op het plein", 1, "## Wat we doen\n\nKoffie."));
        site.Write("input/vacancies/buurtwerker.md",
            "---\ntitle: Buurtwerker\ndate: 2026-11-01\nclosing_date: 2026-12-31\nkind: paid\nlocation: Oost\n" +
            "contact: { name: Anouk Visser, email: anouk@test.example }\napply_email: werk@test.example\n---\nKom werken.\n");
        site.Write("input/stories/2026-11-02-lees-ook.md", string.Format(Story, "Lees ook", 2, body));
        return site;
    }

    private static Dictionary<string, string> LinksOf(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("main p a").ToDictionary(a => a.TextContent, a => a.GetAttribute("href")!);

    [Fact]
    public void ALinkToAnotherTextsFileGoesToThatTextsPageWithItsPart()
    {
        using var site = SiteWithLinks("[zelfde map](2026-11-01-koffie-op-het-plein.md), [met kop](./2026-11-01-koffie-op-het-plein.md#wat-we-doen), " +
            "[andere map](../pages/contact.md), [vanaf input](/vacancies/buurtwerker.md), [hele pad](/input/pages/about.md), " +
            "[spatie](<2026-11-01-koffie-op-het-plein.md>), [adres](/contact/), [elders](https://elders.example/x.md), [notitie](../assets/notitie.md)");
        site.Write("input/assets/notitie.md", "Een bestand dat zo gepubliceerd wordt.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "TB0138");

        var links = LinksOf(result.Html("verhalen/lees-ook/index.html"));
        Assert.Equal("/verhalen/koffie-op-het-plein/", links["zelfde map"]);
        Assert.Equal("/verhalen/koffie-op-het-plein/#wat-we-doen", links["met kop"]);
        Assert.Equal("/contact/", links["andere map"]);
        Assert.Equal("/vacatures/buurtwerker/", links["vanaf input"]);
        Assert.Equal("/over-ons/", links["hele pad"]);
        Assert.Equal("/verhalen/koffie-op-het-plein/", links["spatie"]);
        Assert.Equal("/contact/", links["adres"]);
        Assert.Equal("https://elders.example/x.md", links["elders"]);
        Assert.Equal("/assets/notitie.md", links["notitie"]);
        Assert.True(result.Has("assets/notitie.md"));

        // The feed carries the same link, as the full address a mail or a social post needs.
        var item = XDocument.Parse(result.Text("feed.xml")).Descendants("item").Single(i => (string?)i.Element("title") == "Lees ook");
        var encoded = (string)item.Element(XNamespace.Get("http://purl.org/rss/1.0/modules/content/") + "encoded")!;
        var fromFeed = new HtmlParser().ParseDocument(encoded).QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("https://www.test.example/verhalen/koffie-op-het-plein/#wat-we-doen", fromFeed);
        Assert.Contains("https://www.test.example/vacatures/buurtwerker/", fromFeed);
    }

    [Fact]
    public void ALinkToAFileThatIsNotThereIsAWarningAtItsPlaceThatNamesTheLikelyFile()
    {
        using var site = SiteWithLinks("Eerst tekst.\n\nLees [dit](2026-11-01-koffie-op-het-pein.md) en [contact](contact.md) en [niets](nergens/wat.md).");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());

        var warnings = result.Diagnostics.Where(d => d.Code == "TB0138").OrderBy(d => d.Column).ToList();
        Assert.Equal(3, warnings.Count);
        Assert.All(warnings, w => Assert.Equal(("input/stories/2026-11-02-lees-ook.md", 8, Diagnostics.Severity.Warning), (w.Path, w.Line, w.Severity)));
        Assert.Equal([6, 49, 74], warnings.Select(w => w.Column));
        Assert.Equal("De link `2026-11-01-koffie-op-het-pein.md` wijst naar het bestand `input/stories/2026-11-01-koffie-op-het-pein.md`, " +
            "maar dat bestaat niet; op de site leidt hij nergens heen.", warnings[0].Message);
        Assert.Equal("Bedoelde u `2026-11-01-koffie-op-het-plein.md`?", warnings[0].Help);
        Assert.Equal("Bedoelde u `../pages/contact.md`?", warnings[1].Help);
        Assert.StartsWith("Schrijf de naam van een verhaal, pagina of ander bestand in `input/`", warnings[2].Help);
    }

    [Fact]
    public void ALinkByNameFollowsAnAddressChangedInTheSettingsWhileTheTextStaysTheSame()
    {
        // The preview keeps rendered texts by their file; a text that links by name also depends on the other's address.
        using var site = SiteWithLinks("[contact](../pages/contact.md) en [koffie](2026-11-01-koffie-op-het-plein.md)");
        var engine = new Pipeline.SiteEngine(site.Options());
        Assert.Equal("/contact/", LinksOf(engine.Build().Html("verhalen/lees-ook/index.html"))["contact"]);

        File.AppendAllText(Path.Combine(site.Root, "statiq.config"), "\npages:\n  contact: { title: Contact, url: /contact-opnemen/ }\n");
        var moved = engine.Build();
        Assert.True(moved.Succeeded, moved.Describe());
        Assert.Equal("/contact-opnemen/", LinksOf(moved.Html("verhalen/lees-ook/index.html"))["contact"]);

        // A renamed file: the link by its old name leads nowhere, in the preview as in a fresh build, and says so.
        File.Move(Path.Combine(site.Root, "input/stories/2026-11-01-koffie-op-het-plein.md"), Path.Combine(site.Root, "input/stories/2026-11-01-koffie-op-plein.md"));
        var renamed = engine.Build();
        var fresh = site.Build();
        Assert.Equal(LinksOf(fresh.Html("verhalen/lees-ook/index.html")), LinksOf(renamed.Html("verhalen/lees-ook/index.html")));
        Assert.Equal("/contact-opnemen/", LinksOf(renamed.Html("verhalen/lees-ook/index.html"))["contact"]);
        Assert.Equal("Bedoelde u `2026-11-01-koffie-op-plein.md`?", Assert.Single(renamed.Diagnostics, d => d.Code == "TB0138").Help);
        Assert.Equal(fresh.Diagnostics.Select(d => d.ToString()), renamed.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void ALinkToAFileWithAnErrorOfItsOwnIsNotCalledMissingInABuildOrThePreviewAndIsOnceTheFileIsGone()
    {
        // The file is there; its own error says what to fix. "Dat bestaat niet" would send the writer looking elsewhere.
        const string target = "input/stories/2026-11-01-koffie-op-het-plein.md";
        using var site = SiteWithLinks("Lees [koffie](2026-11-01-koffie-op-het-plein.md).");
        var engine = new Pipeline.SiteEngine(site.Options());
        Assert.True(engine.Build().Succeeded);

        site.Write(target, "---\ntitle: [Koffie op het plein\ndate: 2026-11-01\nauthor: anouk-visser\n---\nKoffie.\n");
        foreach (var (name, result) in new[] { ("preview", engine.Build()), ("build", site.Build()) })
        {
            Assert.False(result.Succeeded, name);
            Assert.Contains(result.Diagnostics, d => d.IsError && d.Path == target);
            Assert.True(!result.Diagnostics.Any(d => d.Code == "TB0138"), $"{name}:\n{result.Describe()}");
        }

        File.Delete(Path.Combine(site.Root, target));
        var gone = engine.Build();
        Assert.Equal(site.Build().Diagnostics.Select(d => d.ToString()), gone.Diagnostics.Select(d => d.ToString()));
        Assert.Contains("maar dat bestaat niet", Assert.Single(gone.Diagnostics, d => d.Code == "TB0138").Message);
    }
}
