using System.Text.Json;
using System.Xml.Linq;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Feeds;

/// <summary>
/// Buffer, Hootsuite, Mailchimp and feed readers post or mail an item once, by its id (RSS <c>guid</c>, Atom
/// <c>id</c>, JSON Feed <c>id</c>) and its date. Whatever a writer changes later must not make an item look new:
/// a typo fixed, a new title or photo, a story given another file name with its old address in <c>redirect_from</c>.
/// </summary>
public sealed class FeedIdentityTests
{
    private const string Site = "https://www.test.example";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static FixtureSite NewSite()
    {
        var site = new FixtureSite();
        site.Write("statiq.config", "name: Testorganisatie\nurl: https://www.test.example\nfeeds:\n  formats: [atom, json]\n");
        site.Write("input/stories/ouder.md", "---\ntitle: Ouder verhaal\ndate: 2026-11-01\nauthor: anouk-visser\n---\nTekst.\n");
        return site;
    }

    /// <summary>Each item of the stories feed in every format: (RSS guid, RSS pubDate, Atom id, Atom published, JSON id, JSON date).</summary>
    private static List<(string Guid, string PubDate, string AtomId, string AtomPublished, string JsonId, string JsonDate)> Items(Pipeline.BuildResult result)
    {
        result.AssertSucceeded();
        var rss = XDocument.Parse(result.Text("verhalen/feed.xml")).Descendants("item").ToList();
        var atom = XDocument.Parse(result.Text("verhalen/atom.xml")).Descendants(Atom + "entry").ToList();
        using var json = JsonDocument.Parse(result.Text("verhalen/feed.json"));
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(rss.Count, atom.Count);
        Assert.Equal(rss.Count, items.Count);
        return rss.Select((r, i) => (r.Element("guid")!.Value, r.Element("pubDate")!.Value,
            atom[i].Element(Atom + "id")!.Value, atom[i].Element(Atom + "published")!.Value,
            items[i].GetProperty("id").GetString()!, items[i].GetProperty("date_published").GetString()!)).ToList();
    }

    [Fact]
    public void ATypoFixANewTitleSummaryOrPhotoKeepsTheItemsIdDateAndPlace()
    {
        using var site = NewSite();
        site.Write("input/stories/buurtfeest.md", "---\ntitle: Buurtfeest\ndate: 2026-11-20\nauthor: anouk-visser\n---\nHet was gezelig.\n");
        var before = Items(site.Build());

        site.Write("input/stories/buurtfeest.md", "---\ntitle: Buurtfeest aan de Lindelaan 🎉\ndate: 2026-11-20\nauthor: anouk-visser\n" +
            "summary: Honderd buren kwamen.\nimage: /assets/img/feest.png\nimage_alt: Buren dansen op straat.\n---\nHet was gezellig.\n");
        site.WriteBytes("input/assets/img/feest.png", FeedTestSupport.Png(800, 450));
        var after = Items(site.Build());

        Assert.Equal(before, after);
        Assert.Equal(Site + "/verhalen/buurtfeest/", after[0].Guid);
    }

    [Fact]
    public void AStoryRenamedWithItsOldAddressInRedirectFromKeepsItsIdInEveryFormat()
    {
        using var site = NewSite();
        site.Write("input/stories/buurtfeest.md", "---\ntitle: Buurtfeest\ndate: 2026-11-20\nauthor: anouk-visser\n---\nHet was gezellig.\n");
        var before = Items(site.Build());

        File.Delete(Path.Combine(site.Root, "input/stories/buurtfeest.md"));
        site.Write("input/stories/buurtfeest-lindelaan.md", "---\ntitle: Buurtfeest\ndate: 2026-11-20\nauthor: anouk-visser\n" +
            "redirect_from:\n  - /verhalen/buurtfeest/\n---\nHet was gezellig.\n");
        var result = site.Build();
        var after = Items(result);

        Assert.Equal(before, after);
        var item = XDocument.Parse(result.Text("verhalen/feed.xml")).Descendants("item").First();
        Assert.Equal(Site + "/verhalen/buurtfeest-lindelaan/", item.Element("link")!.Value);
        // The id is still a permalink: the old address sends visitors on to the story.
        Assert.Contains("/verhalen/buurtfeest/  /verhalen/buurtfeest-lindelaan/  301", result.Text("_redirects").Split('\n'));
    }

    [Fact]
    public void AStoryRenamedTwiceKeepsTheIdOfItsFirstAddress()
    {
        using var site = NewSite();
        site.Write("input/stories/c.md", "---\ntitle: Drie namen\ndate: 2026-11-20\nauthor: anouk-visser\n" +
            "redirect_from: [/verhalen/a/, /verhalen/b/]\n---\nTekst.\n");
        var items = Items(site.Build());
        Assert.Equal(Site + "/verhalen/a/", items[0].Guid);
        Assert.Equal(Site + "/verhalen/a/", items[0].AtomId);
        Assert.Equal(Site + "/verhalen/a/", items[0].JsonId);
    }

    [Fact]
    public void AnOldAddressThatIsAPatternIsNoId()
    {
        using var site = NewSite();
        site.Write("input/stories/nieuws.md", "---\ntitle: Nieuws\ndate: 2026-11-20\nauthor: anouk-visser\n" +
            "redirect_from: [/nieuws/*]\n---\nTekst.\n");
        Assert.Equal(Site + "/verhalen/nieuws/", Items(site.Build())[0].Guid);
    }

    [Fact]
    public void AShortAddressOrAnOldSitesAddressAddedLaterLeavesTheIdAlone()
    {
        using var site = NewSite();
        const string story = "---\ntitle: Wandelen\ndate: 2026-11-20\nauthor: anouk-visser\n{0}---\nTekst.\n";
        site.Write("input/stories/wandelen.md", string.Format(story, ""));
        var before = Items(site.Build())[0];
        Assert.Equal(Site + "/verhalen/wandelen/", before.Guid);

        // A short address for a flyer, the old WordPress addresses: the page is reached by them, the item stays the same.
        site.Write("input/stories/wandelen.md", string.Format(story, "redirect_from: [/wandelen/, /2019/05/03/wandelen/, /index.php?p=12]\n"));
        var after = Items(site.Build())[0];
        Assert.Equal(before, after);

        // Renamed later, its own old address after those (written with a capital and without its slash): that one is the id it had.
        File.Delete(Path.Combine(site.Root, "input/stories/wandelen.md"));
        site.Write("input/stories/samen-wandelen.md", string.Format(story, "redirect_from: [/wandelen/, /verhalen/Wandelen]\n"));
        Assert.Equal(before, Items(site.Build())[0]);
    }

    [Fact]
    public void AnActivityRenamedWithItsOldAddressKeepsItsFeedIdItsCalendarUidAndItsOldAddressRedirects()
    {
        using var site = NewSite();
        const string activity = "---\ntitle: Informatieavond geldzaken\nstart: 2026-12-10 19:30\nlocation: Buurthuis\n{0}---\nKom langs.\n";
        site.Write("input/activities/informatieavond-geldzaken.md", string.Format(activity, ""));
        var before = site.Build();
        before.AssertSucceeded();
        string Guid(Pipeline.BuildResult r) => XDocument.Parse(r.Text("activiteiten/feed.xml")).Descendants("item").Single().Element("guid")!.Value;
        static string Uid(string ics) => ics.Split("\r\n").Single(l => l.StartsWith("UID:", StringComparison.Ordinal));
        Assert.Equal(Site + "/activiteiten/informatieavond-geldzaken/", Guid(before));

        File.Delete(Path.Combine(site.Root, "input/activities/informatieavond-geldzaken.md"));
        site.Write("input/activities/infoavond-geldzaken.md", string.Format(activity, "redirect_from: [/geldzaken/, /activiteiten/informatieavond-geldzaken/]\n"));
        var after = site.Build();
        after.AssertSucceeded();
        Assert.Equal(Guid(before), Guid(after));
        Assert.Equal(Uid(before.Text("activiteiten/agenda.ics")), Uid(after.Text("activiteiten/agenda.ics")));
        Assert.Equal(Uid(before.Text("activiteiten/informatieavond-geldzaken/agenda.ics")), Uid(after.Text("activiteiten/infoavond-geldzaken/agenda.ics")));
        var redirects = after.Text("_redirects");
        Assert.Contains("/activiteiten/informatieavond-geldzaken/  /activiteiten/infoavond-geldzaken/  301", redirects);
        Assert.Contains("/geldzaken/  /activiteiten/infoavond-geldzaken/  301", redirects);
    }

    [Fact]
    public void AVacancyRenamedWithItsOldAddressInRedirectFromKeepsItsId()
    {
        using var site = NewSite();
        site.Write("input/vacancies/kok-nieuw.md", "---\ntitle: Kok\ndate: 2026-11-10\nclosing_date: 2027-01-01\nkind: volunteer\n" +
            "location: Utrecht\ncontact: { name: Anouk Visser, email: anouk@test.example }\napply_email: werk@test.example\n" +
            "redirect_from: [/vacatures/kok/]\n---\nKom koken.\n");
        var result = site.Build();
        result.AssertSucceeded();
        var item = XDocument.Parse(result.Text("vacatures/feed.xml")).Descendants("item").Single();
        Assert.Equal(Site + "/vacatures/kok/", item.Element("guid")!.Value);
        Assert.Equal(Site + "/vacatures/kok-nieuw/", item.Element("link")!.Value);
    }
}
