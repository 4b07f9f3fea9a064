using System.Xml.Linq;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Building;

/// <summary>
/// Vacancies have tags "as for stories" (the content model): a topic's page and feed show its open vacancies with its
/// stories, and a topic only a vacancy has gets a page too. They were only categories in the feeds.
/// </summary>
public sealed class VacancyTagTests
{
    private const string Job = "kind: volunteer\nlocation: Utrecht\ncontact: { name: Anouk Visser, email: anouk@test.example }\napply_email: werk@test.example\n";

    [Fact]
    public void ATopicsPageAndFeedShowItsOpenVacanciesWithItsStories()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/mantelzorg.md", "---\ntitle: Even op adem\ndate: 2026-11-01\nauthor: anouk-visser\ntags: [mantelzorg]\n---\nTekst.\n");
        site.Write("input/vacancies/maatje.md", $"---\ntitle: Maatje voor een mantelzorger\ndate: 2026-11-10\nclosing_date: 2027-01-31\n{Job}tags: [mantelzorg]\n---\nHelp mee.\n");
        site.Write("input/vacancies/gesloten.md", $"---\ntitle: Oude vacature\ndate: 2026-05-01\nclosing_date: 2026-07-01\n{Job}tags: [mantelzorg]\n---\nVoorbij.\n");
        site.Write("input/vacancies/kok.md", $"---\ntitle: Kok\ndate: 2026-11-05\nclosing_date: 2027-01-31\n{Job}tags: [koken]\n---\nKom koken.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());

        var page = result.Html("onderwerp/mantelzorg/index.html").QuerySelector("main")!;
        Assert.Equal(["Maatje voor een mantelzorger"], page.QuerySelectorAll("#tag-vacancies ~ ul .card h3 a, section[aria-labelledby=tag-vacancies] h3 a").Select(a => a.TextContent).Distinct());
        Assert.Contains("Even op adem", page.TextContent);
        Assert.DoesNotContain("Oude vacature", page.TextContent);
        Assert.Contains("1 verhaal en 1 vacature over mantelzorg", page.QuerySelector("p.lead")!.TextContent);

        var feed = XDocument.Parse(result.Text("onderwerp/mantelzorg/feed.xml"));
        Assert.Equal(["Maatje voor een mantelzorger", "Even op adem"], feed.Descendants("item").Select(i => i.Element("title")!.Value));

        // A topic only a vacancy has: a page and a feed of its own, no "no stories yet".
        var koken = result.Html("onderwerp/koken/index.html").QuerySelector("main")!;
        Assert.Contains("Kok", koken.QuerySelector("section[aria-labelledby=tag-vacancies]")!.TextContent);
        Assert.DoesNotContain("nog geen verhalen", koken.TextContent);
        Assert.Single(XDocument.Parse(result.Text("onderwerp/koken/feed.xml")).Descendants("item"));
        var overview = result.Html("onderwerp/index.html").QuerySelectorAll("ul.tags a");
        Assert.Equal("koken (1 bericht: 0 verhalen en 1 vacature)", overview.Single(a => a.GetAttribute("href") == "/onderwerp/koken/").TextContent.Replace("  ", " "));
        Assert.Equal("mantelzorg (2 berichten: 1 verhaal en 1 vacature)", overview.Single(a => a.GetAttribute("href") == "/onderwerp/mantelzorg/").TextContent.Replace("  ", " "));
    }
}
