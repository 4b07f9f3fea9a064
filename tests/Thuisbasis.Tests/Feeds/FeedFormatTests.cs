using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Thuisbasis.Tests.Support;
using Thuisbasis.Model;

namespace Thuisbasis.Tests.Feeds;

public sealed partial class FeedFormatTests(FeedSite site) : IClassFixture<FeedSite>
{
    private const string Base = "https://www.delinde.example/";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    public static readonly TheoryData<string> RssFeeds = new()
    {
        "feed.xml", "verhalen/feed.xml", "vacatures/feed.xml", "onderwerp/mantelzorg/feed.xml", "onderwerp/taal/feed.xml", "auteur/anouk/feed.xml",
    };

    [Theory]
    [MemberData(nameof(RssFeeds))]
    public void RssFeedFollowsRss2Rules(string path)
    {
        site.Result.AssertSucceeded();
        var rss = XDocument.Parse(site.Result.Text(path)).Root!;
        Assert.Equal("rss", rss.Name.LocalName);
        Assert.Equal("2.0", (string?)rss.Attribute("version"));
        var channel = rss.Element("channel")!;
        Assert.StartsWith("Buurthuis De Linde", channel.Element("title")!.Value);
        Assert.StartsWith(Base, channel.Element("link")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(channel.Element("description")!.Value));
        Assert.Equal("nl", channel.Element("language")!.Value);
        var self = channel.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self");
        Assert.Equal(Base + path, (string?)self.Attribute("href"));
        Assert.Equal("application/rss+xml", (string?)self.Attribute("type"));

        var items = channel.Elements("item").ToList();
        Assert.NotEmpty(items);
        Assert.InRange(items.Count, 1, 4);
        var dates = new List<DateTimeOffset>();
        foreach (var item in items)
        {
            Assert.False(string.IsNullOrWhiteSpace(item.Element("title")!.Value));
            var link = item.Element("link")!.Value;
            Assert.StartsWith(Base, link);
            var guid = item.Element("guid")!;
            Assert.Equal("true", (string?)guid.Attribute("isPermaLink"));
            Assert.Equal(link, guid.Value);
            dates.Add(ParseRfc822(item.Element("pubDate")!.Value));
            Assert.False(string.IsNullOrWhiteSpace(item.Element(Dc + "creator")!.Value));
            Assert.NotNull(item.Element("description"));
            AssertAllLinksAbsolute(item.Element(Content + "encoded")!.Value);
            foreach (var enclosure in item.Elements("enclosure"))
            {
                Assert.StartsWith(Base, (string?)enclosure.Attribute("url"));
                Assert.True(long.Parse((string)enclosure.Attribute("length")!, CultureInfo.InvariantCulture) > 0);
                Assert.Equal("image/png", (string?)enclosure.Attribute("type"));
            }
        }
        Assert.Equal(items.Count, items.Select(i => i.Element("guid")!.Value).Distinct().Count());
        Assert.Equal(dates.OrderByDescending(d => d), dates);
    }

    [Fact]
    public void StoryItemsCarryOneCategoryPerTagAndTheCoverImage()
    {
        var rss = XDocument.Parse(site.Result.Text("verhalen/feed.xml"));
        var item = rss.Descendants("item").Single(i => i.Element("link")!.Value == Base + "verhalen/verhaal-4/");
        Assert.Equal(["mantelzorg", "taal"], item.Elements("category").Select(c => c.Value).Order());
        Assert.Equal("Anouk Visser", item.Element(Dc + "creator")!.Value);
        Assert.Equal(Base + "assets/img/verhaal.png", (string?)item.Element("enclosure")!.Attribute("url"));
        var media = item.Element((XNamespace)"http://search.yahoo.com/mrss/" + "content")!;
        Assert.Equal("800", (string?)media.Attribute("width"));
        Assert.Equal("450", (string?)media.Attribute("height"));
        // Summer time in the site's zone: the offset is the one Amsterdam had on that day.
        Assert.Equal("Fri, 10 Apr 2026 00:00:00 +0200", ItemAt(site.Result.Text("onderwerp/taal/feed.xml"), "verhaal-4")?.Element("pubDate")?.Value);
    }

    [Theory]
    [InlineData("atom.xml")]
    [InlineData("verhalen/atom.xml")]
    [InlineData("vacatures/atom.xml")]
    public void AtomFeedFollowsRfc4287(string path)
    {
        var feed = XDocument.Parse(site.Result.Text(path)).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("nl", (string?)feed.Attribute(XNamespace.Xml + "lang"));
        Assert.StartsWith(Base, feed.Element(Atom + "id")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "title")!.Value));
        Assert.Matches(Rfc3339(), feed.Element(Atom + "updated")!.Value);
        var self = feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self");
        Assert.Equal(Base + path, (string?)self.Attribute("href"));
        Assert.NotNull(feed.Element(Atom + "author")?.Element(Atom + "name"));

        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.InRange(entries.Count, 1, 4);
        foreach (var e in entries)
        {
            Assert.StartsWith(Base, e.Element(Atom + "id")!.Value);
            Assert.Equal("text", (string?)e.Element(Atom + "title")!.Attribute("type"));
            Assert.Matches(Rfc3339(), e.Element(Atom + "updated")!.Value);
            Assert.Matches(Rfc3339(), e.Element(Atom + "published")!.Value);
            Assert.StartsWith(Base, (string?)e.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href"));
            var content = e.Element(Atom + "content")!;
            Assert.Equal("html", (string?)content.Attribute("type"));
            AssertAllLinksAbsolute(content.Value);
        }
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
        var published = entries.Select(e => DateTimeOffset.Parse(e.Element(Atom + "published")!.Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(published.OrderByDescending(d => d), published);
    }

    [Theory]
    [InlineData("feed.json")]
    [InlineData("verhalen/feed.json")]
    [InlineData("vacatures/feed.json")]
    public void JsonFeedFollowsJsonFeed11(string path)
    {
        using var doc = JsonDocument.Parse(site.Result.Text(path));
        var root = doc.RootElement;
        Assert.Equal("https://jsonfeed.org/version/1.1", root.GetProperty("version").GetString());
        Assert.StartsWith("Buurthuis De Linde", root.GetProperty("title").GetString());
        Assert.Equal(Base + path, root.GetProperty("feed_url").GetString());
        Assert.StartsWith(Base, root.GetProperty("home_page_url").GetString());
        Assert.Equal("nl", root.GetProperty("language").GetString());
        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.InRange(items.Count, 1, 4);
        var dates = new List<DateTimeOffset>();
        foreach (var item in items)
        {
            Assert.Equal(item.GetProperty("url").GetString(), item.GetProperty("id").GetString());
            Assert.StartsWith(Base, item.GetProperty("id").GetString());
            var published = item.GetProperty("date_published").GetString()!;
            Assert.Matches(Rfc3339(), published);
            dates.Add(DateTimeOffset.Parse(published, CultureInfo.InvariantCulture));
            AssertAllLinksAbsolute(item.GetProperty("content_html").GetString()!);
            Assert.NotEmpty(item.GetProperty("authors").EnumerateArray());
            if (item.TryGetProperty("image", out var image)) Assert.StartsWith(Base, image.GetString());
        }
        Assert.Equal(items.Count, items.Select(i => i.GetProperty("id").GetString()).Distinct().Count());
        Assert.Equal(dates.OrderByDescending(d => d), dates);
    }

    [Fact]
    public void WholeSiteFeedMixesStoriesAndOpenVacanciesUpToTheConfiguredCount()
    {
        var links = XDocument.Parse(site.Result.Text("feed.xml")).Descendants("item").Select(i => i.Element("link")!.Value).ToList();
        Assert.Equal(
            [Base + "vacatures/sociaal-werker/", Base + "vacatures/vrijwilliger/", Base + "verhalen/lastig/", Base + "verhalen/verhaal-5/"],
            links);
    }

    [Fact]
    public void WholeSiteFeedIsNewestFirstWithAStoryBeforeAVacancyOfTheSameDay()
    {
        using var fixture = new FixtureSite();
        fixture.Write("statiq.config", "name: Testorganisatie\nurl: https://www.test.example\nfeeds:\n  items: 4\n");
        foreach (var (slug, date) in new[] { ("a", "2026-03-01"), ("b", "2026-05-01"), ("c", "2026-05-01"), ("d", "2026-01-01") })
            fixture.Write($"input/stories/{slug}.md", $"---\ntitle: Verhaal {slug}\ndate: {date}\nauthor: anouk-visser\n---\nTekst {slug}.\n");
        foreach (var (slug, date) in new[] { ("v1", "2026-05-01"), ("v2", "2026-04-01"), ("v3", "2026-02-01") })
            fixture.Write($"input/vacancies/{slug}.md", $"---\ntitle: Vacature {slug}\ndate: {date}\nclosing_date: 2027-01-01\nkind: volunteer\n" +
                "location: Amsterdam\ncontact: { name: Anouk Visser, email: anouk@test.example }\napply_email: werk@test.example\n---\nKom erbij.\n");

        var result = fixture.Build();

        Assert.True(result.Succeeded, result.Describe());
        var links = XDocument.Parse(result.Text("feed.xml")).Descendants("item").Select(i => i.Element("link")!.Value).ToList();
        const string Site = "https://www.test.example/";
        Assert.Equal([Site + "verhalen/b/", Site + "verhalen/c/", Site + "vacatures/v1/", Site + "vacatures/v2/"], links);
    }

    [Fact]
    public void StoriesOfOneDayAreOrderedByTimeThenAddressAndKeepTheirGuidsWhateverOrderTheFilesWereWritten()
    {
        var stories = new[] { ("ochtend", "2026-05-01 09:30"), ("middag", "2026-05-01 14:00"), ("b-zonder-tijd", "2026-05-01"),
                              ("a-zonder-tijd", "2026-05-01"), ("gisteren", "2026-04-30 23:59") };
        List<(string Guid, string PubDate)> FeedOf(IEnumerable<(string Slug, string Date)> order)
        {
            using var fixture = new FixtureSite();
            foreach (var (slug, date) in order)
                fixture.Write($"input/stories/{slug}.md", $"---\ntitle: Verhaal {slug}\ndate: {date}\nauthor: anouk-visser\n---\nTekst.\n");
            var result = fixture.Build();
            Assert.True(result.Succeeded, result.Describe());
            return XDocument.Parse(result.Text("verhalen/feed.xml")).Descendants("item")
                .Select(i => (i.Element("guid")!.Value, i.Element("pubDate")!.Value)).ToList();
        }

        var first = FeedOf(stories);
        var second = FeedOf(stories.Reverse());

        const string Site = "https://www.test.example/verhalen/";
        Assert.Equal([Site + "middag/", Site + "ochtend/", Site + "a-zonder-tijd/", Site + "b-zonder-tijd/", Site + "gisteren/"],
            first.Select(i => i.Guid));
        Assert.Equal(["Fri, 01 May 2026 14:00:00 +0200", "Fri, 01 May 2026 09:30:00 +0200"], first.Take(2).Select(i => i.PubDate));
        Assert.Equal(first, second);
    }

    [Fact]
    public void NoFeedContainsDraftsScheduledItemsClosedOrFilledVacanciesOrStoriesWithoutConsent()
    {
        string[] hidden = ["concept", "later", "geheim", "gesloten", "vervuld", "Concept verhaal", "Geheim verhaal", "Niet delen"];
        foreach (var result in new[] { site.Result, site.Drafts })
        {
            var feeds = result.Files.Where(f => f.Path.EndsWith("feed.xml") || f.Path.EndsWith("atom.xml") || f.Path.EndsWith("feed.json")).ToList();
            Assert.True(feeds.Count >= 12, string.Join(", ", feeds.Select(f => f.Path)));
            foreach (var feed in feeds)
            {
                var text = System.Text.Encoding.UTF8.GetString(feed.Bytes!);
                foreach (var word in hidden) Assert.DoesNotContain(word, text);
            }
        }
        // The preview build does show the draft and the scheduled story, so the filter is the feed's, not the snapshot's.
        Assert.True(site.Drafts.Has("verhalen/concept/index.html"));
        Assert.True(site.Drafts.Has("verhalen/later/index.html"));
    }

    [Fact]
    public void SummaryOnlySettingLeavesOutTheFullTextAndTheOtherFormats()
    {
        using var s = new FixtureSite(withDefaults: false);
        s.Write("statiq.config", "name: Klein\nurl: https://klein.example\nfeeds:\n  content: summary\n  formats: [rss]\n")
            .Write("input/team/jan.md", "---\nname: Jan\nrole: Buurtwerker\n---\nJan.\n")
            .Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-11-01\nauthor: jan\nsummary: Kort.\n---\nDe hele tekst.\n");
        var result = s.Build();
        result.AssertSucceeded();
        var rss = XDocument.Parse(result.Text("feed.xml"));
        var item = rss.Descendants("item").Single();
        Assert.Null(item.Element(Content + "encoded"));
        Assert.Equal("Kort.", item.Element("description")!.Value);
        Assert.DoesNotContain("De hele tekst", result.Text("feed.xml"));
        Assert.False(result.Has("atom.xml"));
        Assert.False(result.Has("feed.json"));
        Assert.True(result.Has("verhalen/feed.xml"));
    }

    private static XElement? ItemAt(string rss, string slug) =>
        XDocument.Parse(rss).Descendants("item").FirstOrDefault(i => i.Element("link")!.Value.Contains(slug));

    private static DateTimeOffset ParseRfc822(string value)
    {
        Assert.Matches(Rfc822(), value);
        var withColon = value[..^2] + ":" + value[^2..];
        return DateTimeOffset.ParseExact(withColon, "ddd, dd MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture);
    }

    private static void AssertAllLinksAbsolute(string html)
    {
        var doc = new HtmlParser().ParseDocument("<body>" + html);
        foreach (var a in doc.QuerySelectorAll("[href]")) Assert.Matches("^(https?|mailto|tel):", a.GetAttribute("href")!);
        foreach (var img in doc.QuerySelectorAll("[src]")) Assert.Matches("^https?://", img.GetAttribute("src")!);
    }

    [GeneratedRegex(@"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$")]
    private static partial Regex Rfc822();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();
}
