using System.Xml.Linq;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Feeds;

/// <summary>
/// A site over weeks of daily rebuilds: a scheduled story enters the feeds on its day, dated that day's start in
/// Amsterdam (never later than the nightly build that publishes it, so Mailchimp's "new since the last send" sees it),
/// on both sides of the change to and from summer time; a vacancy leaves when it closes or is filled and comes back
/// under the same id when it is reopened.
/// </summary>
public sealed class FeedLifecycleTests
{
    private const string Site = "https://www.test.example";

    private static Dictionary<string, string> PubDates(Pipeline.BuildResult result, string feed)
    {
        result.AssertSucceeded();
        return XDocument.Parse(result.Text(feed)).Descendants("item").ToDictionary(i => i.Element("guid")!.Value, i => i.Element("pubDate")!.Value);
    }

    [Theory]
    [InlineData("2026-11-24", "Tue, 24 Nov 2026 00:00:00 +0100")]
    [InlineData("2026-03-29", "Sun, 29 Mar 2026 00:00:00 +0100")] // summer time starts at 02:00 that night
    [InlineData("2026-03-30", "Mon, 30 Mar 2026 00:00:00 +0200")]
    [InlineData("2026-10-25", "Sun, 25 Oct 2026 00:00:00 +0200")] // summer time ends at 03:00 that night
    [InlineData("25-10-2026 14:00", "Sun, 25 Oct 2026 14:00:00 +0100")]
    public void AScheduledStoryEntersEveryFeedOnItsDayDatedThatDayInAmsterdam(string date, string pubDate)
    {
        using var site = new FixtureSite();
        site.Write("input/stories/gepland.md", $"---\ntitle: Gepland\ndate: {date}\nauthor: anouk-visser\ntags: [buurt]\n---\nTekst.\n");
        var day = DateOnly.FromDateTime(DateTime.ParseExact(date.Split(' ')[0], ["yyyy-MM-dd", "dd-MM-yyyy"], System.Globalization.CultureInfo.InvariantCulture));
        const string Guid = Site + "/verhalen/gepland/";

        var before = site.Build(date: day.AddDays(-1));
        before.AssertSucceeded();
        foreach (var feed in before.Files.Where(f => f.Path.EndsWith("feed.xml")))
            Assert.DoesNotContain(Guid, PubDates(before, feed.Path).Keys);

        var onTheDay = site.Build(date: day);
        foreach (var feed in new[] { "feed.xml", "verhalen/feed.xml", "onderwerp/buurt/feed.xml", "auteur/anouk-visser/feed.xml" })
            Assert.Equal(pubDate, PubDates(onTheDay, feed)[Guid]);
        // The next day's build gives the same item, byte for byte: nothing for a reader to see as new.
        Assert.Equal(PubDates(onTheDay, "verhalen/feed.xml"), PubDates(site.Build(date: day.AddDays(1)), "verhalen/feed.xml"));
    }

    [Fact]
    public void AVacancyLeavesTheFeedsWhenItClosesOrIsFilledAndComesBackUnderItsOwnIdWhenReopened()
    {
        using var site = new FixtureSite();
        const string Head = "---\ntitle: Kok\ndate: 2026-11-02\nkind: volunteer\nlocation: Utrecht\n" +
            "contact: { name: Anouk Visser, email: anouk@test.example }\napply_email: werk@test.example\n";
        const string Guid = Site + "/vacatures/kok/";
        void Write(string extra) => site.Write("input/vacancies/kok.md", Head + extra + "---\nKom koken.\n");

        Write("closing_date: 2026-11-30\n");
        var open = PubDates(site.Build(date: new DateOnly(2026, 11, 30)), "vacatures/feed.xml");
        Assert.Equal("Mon, 02 Nov 2026 00:00:00 +0100", open[Guid]);
        Assert.Equal(open, PubDates(site.Build(date: new DateOnly(2026, 11, 30)), "feed.xml").Where(p => p.Key == Guid).ToDictionary());

        // The day after the closing date, the nightly build takes it out of every feed.
        var closed = site.Build(date: new DateOnly(2026, 12, 1));
        foreach (var feed in new[] { "feed.xml", "vacatures/feed.xml" }) Assert.DoesNotContain(Guid, PubDates(closed, feed).Keys);

        Write("closing_date: 2026-12-31\nfilled: true\n");
        Assert.DoesNotContain(Guid, PubDates(site.Build(date: new DateOnly(2026, 12, 1)), "vacatures/feed.xml").Keys);

        // Reopened: the same id and date, so Buffer and readers that saw it do not post it again.
        Write("closing_date: 2026-12-31\n");
        Assert.Equal(open, PubDates(site.Build(date: new DateOnly(2026, 12, 1)), "vacatures/feed.xml"));
    }
}
