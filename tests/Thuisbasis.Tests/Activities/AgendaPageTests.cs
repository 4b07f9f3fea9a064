using System.Text.Json;
using System.Xml.Linq;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Activities;

/// <summary>The agenda's pages, feed and structured data, parsed: what is listed, in which order, and what an ended activity keeps.</summary>
public sealed class AgendaPageTests : IDisposable
{
    private readonly FixtureSite _site = AgendaSite.Create();
    private readonly Thuisbasis.Pipeline.BuildResult _result;

    public AgendaPageTests()
    {
        _result = _site.Build();
        Assert.True(_result.Succeeded, _result.Describe());
    }

    [Fact]
    public void TheAgendaListsComingActivitiesSoonestFirstUnderDayGroups()
    {
        var doc = _result.Html("activiteiten/index.html");
        Assert.Equal(["Agenda"], doc.QuerySelectorAll("h1").Select(h => h.TextContent));
        var groups = doc.QuerySelectorAll("main section").Select(s =>
            s.QuerySelector("h2")!.TextContent + ": " + string.Join(", ", s.QuerySelectorAll("h3").Select(h => h.TextContent))).ToList();
        Assert.Equal(["Deze week: Taalcafé, Online spreekuur", "Later: Mantelzorgavond, Open dag"], groups);
        var times = doc.QuerySelectorAll("main .card time").Select(t => t.GetAttribute("datetime")).ToList();
        Assert.Equal(["2026-11-24T10:00+01:00", "2026-11-26T19:30+01:00", "2026-12-01T19:30+01:00", "2027-04-10"], times);
    }

    [Fact]
    public void OnTheDayItselfTheActivityIsUnderToday()
    {
        var result = _site.Build(date: new DateOnly(2026, 11, 24));
        var first = result.Html("activiteiten/index.html").QuerySelector("main section")!;
        Assert.Equal("Vandaag", first.QuerySelector("h2")!.TextContent);
        Assert.Equal("Taalcafé", first.QuerySelector("h3")!.TextContent);
    }

    /// <summary>The taalcafé is called off on 1 December: built that day, its card says "vandaag", not the date of today.</summary>
    [Fact]
    public void ADateCalledOffTodayIsSaidAsToday()
    {
        var doc = _site.Build(date: new DateOnly(2026, 12, 1)).Html("activiteiten/index.html");
        var card = doc.QuerySelectorAll("main .card").Single(c => c.QuerySelector("h3")!.TextContent == "Taalcafé");
        var note = card.QuerySelectorAll("p").Single(p => p.TextContent.StartsWith("Let op:", StringComparison.Ordinal));
        Assert.Equal("Let op: vandaag gaat het niet door.", note.TextContent);
        Assert.Equal("2026-12-01T10:00+01:00", note.QuerySelector("time")!.GetAttribute("datetime"));
        var later = _site.Build(date: new DateOnly(2026, 11, 30)).Html("activiteiten/index.html").QuerySelectorAll("main .card")
            .Single(c => c.QuerySelector("h3")!.TextContent == "Taalcafé");
        Assert.Contains(later.QuerySelectorAll("p"), p => p.TextContent == "Let op: op dinsdag 1 december 2026 gaat het niet door.");
    }

    [Fact]
    public void AnEndedActivityKeepsItsPageButLeavesListingsFeedAndCalendar()
    {
        var page = _result.Html("activiteiten/herfstmarkt/index.html");
        Assert.Contains("Deze activiteit is afgelopen.", page.QuerySelector("main [role=status].marker--closed")!.TextContent);
        Assert.Single(page.QuerySelectorAll("[role=status]")); // not "Afgelopen" above the heading as well
        Assert.DoesNotContain("/activiteiten/herfstmarkt/", _result.Html("activiteiten/index.html").QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        var feed = XDocument.Parse(_result.Text("activiteiten/feed.xml"));
        var links = feed.Descendants("item").Select(i => i.Element("link")!.Value).ToList();
        Assert.Equal(5, links.Count); // four coming activities and the notice of the taalcafé's cancelled date
        Assert.DoesNotContain("https://www.test.example/activiteiten/herfstmarkt/", links);
        // The subscribed agenda keeps it for about three months (a calendar app removes what the feed no longer has),
        // without an own calendar file; after that it is gone.
        Assert.Contains("herfstmarkt@", _result.Text("activiteiten/agenda.ics"));
        Assert.False(_result.Has("activiteiten/herfstmarkt/agenda.ics"));
        Assert.DoesNotContain("herfstmarkt@", _site.Build(date: new DateOnly(2027, 2, 2)).Text("activiteiten/agenda.ics"));
        Assert.DoesNotContain(JsonLd(page), j => j.GetProperty("@type").GetString() == "Event");
        // As a closed vacancy: the page stays for links already shared, search engines drop it.
        Assert.Contains("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        var sitemap = _result.Text("sitemap.xml");
        Assert.DoesNotContain("/activiteiten/herfstmarkt/", sitemap);
        Assert.Contains("/activiteiten/taalcafe/", sitemap);
        Assert.Null(_result.Html("activiteiten/taalcafe/index.html").QuerySelector("meta[name=robots]"));
    }

    [Fact]
    public void ADraftIsNotBuiltButShownMarkedInADraftsBuild()
    {
        Assert.False(_result.Has("activiteiten/concept/index.html"));
        var drafts = _site.Build(drafts: true);
        Assert.Equal("Concept", drafts.Html("activiteiten/concept/index.html").QuerySelector("p.marker")!.TextContent.Split(':')[0]);
        Assert.DoesNotContain("Nog geheim", drafts.Text("activiteiten/feed.xml"));
    }

    [Fact]
    public void EachComingDateIsAnEventWithPlacePriceAndStatus()
    {
        var events = JsonLd(_result.Html("activiteiten/taalcafe/index.html")).Where(j => j.GetProperty("@type").GetString() == "Event").ToList();
        Assert.Equal(8, events.Count);
        Assert.Equal("2026-11-24T10:00:00+01:00", events[0].GetProperty("startDate").GetString());
        Assert.Equal("https://schema.org/EventCancelled", events[1].GetProperty("eventStatus").GetString());
        Assert.Equal("https://schema.org/EventScheduled", events[0].GetProperty("eventStatus").GetString());
        Assert.Equal("Lindelaan 4", events[0].GetProperty("location").GetProperty("address").GetProperty("streetAddress").GetString());
        Assert.Equal(("2.50", "EUR"), (events[0].GetProperty("offers").GetProperty("price").GetString(), events[0].GetProperty("offers").GetProperty("priceCurrency").GetString()));
        var online = Assert.Single(JsonLd(_result.Html("activiteiten/online-spreekuur/index.html")), j => j.GetProperty("@type").GetString() == "Event");
        Assert.Equal("https://schema.org/OnlineEventAttendanceMode", online.GetProperty("eventAttendanceMode").GetString());
        Assert.Equal("VirtualLocation", online.GetProperty("location").GetProperty("@type").GetString());
    }

    [Fact]
    public void TheActivityPageShowsPlaceWithAMapLinkAndTheNextDatesWithTheCancelledOneMarked()
    {
        var doc = _result.Html("activiteiten/taalcafe/index.html");
        var map = Assert.Single(doc.QuerySelectorAll("main a"), a => a.TextContent.StartsWith("bekijk op de kaart"));
        Assert.Equal("https://www.openstreetmap.org/search?query=Lindelaan%204%2C%201091%20AB%20Amsterdam", map.GetAttribute("href"));
        Assert.Empty(doc.QuerySelectorAll("iframe, script[src*=openstreetmap], img[src*=openstreetmap]"));
        var dates = doc.QuerySelectorAll("ul.dates li").Select(li => li.TextContent).ToList();
        Assert.Equal(8, dates.Count);
        Assert.Equal("dinsdag 1 december 2026: gaat niet door", dates[1]);
        Assert.DoesNotContain(dates, d => d.Contains("29 december"));
        Assert.Equal(["Taalcafé", "De volgende keren", "Aanmelden", "Vragen?", "Delen"], doc.QuerySelectorAll("main h1, main h2").Select(h => h.TextContent)
            .Where(t => t != "Contact" && t != "Op deze site").ToList());
    }

    [Fact]
    public void TagAndAudiencePagesFilterWithoutJavaScript()
    {
        var taal = _result.Html("activiteiten/onderwerp/taal/index.html");
        Assert.Equal(["Taalcafé"], taal.QuerySelectorAll("main h3").Select(h => h.TextContent));
        var carers = _result.Html("activiteiten/voor/mantelzorgers/index.html");
        Assert.Equal(["Mantelzorgavond"], carers.QuerySelectorAll("main h3").Select(h => h.TextContent));
        var filters = _result.Html("activiteiten/index.html").QuerySelectorAll("nav.filters a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/activiteiten/voor/clienten/", "/activiteiten/voor/mantelzorgers/", "/activiteiten/onderwerp/ontmoeten/", "/activiteiten/onderwerp/taal/"], filters);
    }

    [Fact]
    public void HomeShowsTheNextActivitiesAndTheServicePageItsOwn()
    {
        var home = _result.Html("index.html").QuerySelector("section[aria-labelledby=home-activities]")!;
        Assert.Equal(["Taalcafé", "Online spreekuur", "Mantelzorgavond"], home.QuerySelectorAll("h3").Select(h => h.TextContent));
        var service = _result.Html("diensten/taalcafe/index.html");
        Assert.Equal(["Taalcafé"], service.QuerySelectorAll("main .card h3").Select(h => h.TextContent));
    }

    [Fact]
    public void TheAgendaPagesAnnounceTheirFeedAndCalendar()
    {
        var links = _result.Html("activiteiten/index.html").QuerySelectorAll("link[rel=alternate]")
            .Select(l => (l.GetAttribute("type"), l.GetAttribute("href"))).ToList();
        Assert.Contains(("application/rss+xml", "https://www.test.example/activiteiten/feed.xml"), links);
        Assert.Contains(("text/calendar", "https://www.test.example/activiteiten/agenda.ics"), links);
        var feed = XDocument.Parse(_result.Text("activiteiten/feed.xml"));
        Assert.Equal("Testorganisatie: agenda", feed.Root!.Element("channel")!.Element("title")!.Value);
        var descriptions = feed.Descendants("item").Select(i => i.Element("description")!.Value).ToList();
        // Soonest first, each activity after its notices of cancelled dates; a repeating activity says how often (its item is
        // announced once), a one-off its date.
        Assert.StartsWith("Taalcafé gaat op dinsdag 1 december 2026 niet door.", descriptions[0]);
        Assert.StartsWith("Elke week op dinsdag, tot en met 29 juni 2027, 10:00 tot 12:00, Buurthuis De Linde", descriptions[1]);
        Assert.StartsWith("donderdag 26 november 2026, 19:30 tot 20:30, Online", descriptions[2]);
    }

    private static List<JsonElement> JsonLd(AngleSharp.Html.Dom.IHtmlDocument doc) =>
        doc.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement).ToList();

    public void Dispose() => _site.Dispose();
}
