using System.Globalization;
using System.Xml.Linq;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Activities;

/// <summary>
/// A cancellation reaches the people who had the activity from the feed: Mailchimp sends items dated after its last send,
/// Buffer and Hootsuite items whose guid they have not seen. So a cancelled date (or the whole activity called off) is a
/// new item with a guid of its own, dated by <c>cancelled_on</c> (when the writer called it off), else by the date it is
/// about; a date that has passed gives none.
/// </summary>
public sealed class CancellationNoticeTests
{
    private sealed record Item(string Guid, string Link, string Title, DateTimeOffset Published, string Description);

    private static List<Item> Items(Thuisbasis.Pipeline.BuildResult result)
    {
        Assert.True(result.Succeeded, result.Describe());
        return XDocument.Parse(result.Text("activiteiten/feed.xml")).Descendants("item")
            .Select(i => new Item((string)i.Element("guid")!, (string)i.Element("link")!, (string)i.Element("title")!,
                DateTimeOffset.Parse((string)i.Element("pubDate")!, CultureInfo.InvariantCulture), (string)i.Element("description")!))
            .ToList();
    }

    private static List<Item> Taalcafe(Thuisbasis.Pipeline.BuildResult result) =>
        Items(result).Where(i => new Uri(i.Guid).AbsolutePath == "/activiteiten/taalcafe/").ToList();

    private static FixtureSite Site(string replace, string with)
    {
        var site = AgendaSite.Create();
        var text = File.ReadAllText(Path.Combine(site.Root, "input/activities/taalcafe.md"));
        Assert.Contains(replace, text);
        site.Write("input/activities/taalcafe.md", text.Replace(replace, with));
        return site;
    }

    private const string Page = "https://www.test.example/activiteiten/taalcafe/";

    [Fact]
    public void ACancelledDateIsANewItemDatedByCancelledOnThatStaysTheSameUntilThatDateHasPassed()
    {
        using var site = Site("cancelled: [2026-12-01]\n", "cancelled: [2026-12-01]\ncancelled_on: 2026-11-20\n");
        var builds = new[] { 0, 1, 7 }.Select(d => Taalcafe(site.Build(date: FixtureSite.Today.AddDays(d)))).ToList();
        foreach (var items in builds)
        {
            // The activity's own item is still there, unchanged: the other Tuesdays go ahead.
            Assert.Equal([Page + "#gaat-niet-door-2026-12-01", Page], items.Select(i => i.Guid));
            var notice = items[0];
            Assert.Equal("Gaat niet door: Taalcafé op dinsdag 1 december 2026", notice.Title);
            Assert.Equal(new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.FromHours(1)), notice.Published);
            Assert.Equal(Page, notice.Link);
            Assert.Equal("Taalcafé gaat op dinsdag 1 december 2026 niet door. Daarna is het weer op dinsdag 8 december 2026, 10:00 tot 12:00, "
                + "Buurthuis De Linde, Lindelaan 4, 1091 AB Amsterdam.", notice.Description);
        }
        Assert.Single(builds.SelectMany(b => b).Where(i => i.Guid.Contains('#')).Distinct());
        // The day after, the date has passed: no notice about the past.
        Assert.Equal([Page], Taalcafe(site.Build(date: new DateOnly(2026, 12, 2))).Select(i => i.Guid));
    }

    [Fact]
    public void WithoutCancelledOnTheNoticeIsDatedByTheDateItIsAbout()
    {
        using var site = AgendaSite.Create();
        var notice = Taalcafe(site.Build())[0];
        Assert.Equal(Page + "#gaat-niet-door-2026-12-01", notice.Guid);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(1)), notice.Published);
    }

    [Fact]
    public void AWholeActivityCalledOffIsOneNoticeInsteadOfItsItem()
    {
        using var site = Site("cancelled: [2026-12-01]\n", "cancelled: true\ncancelled_on: 2026-11-22\n");
        var notice = Assert.Single(Taalcafe(site.Build()));
        Assert.Equal((Page + "#gaat-niet-door", "Gaat niet door: Taalcafé"), (notice.Guid, notice.Title));
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.FromHours(1)), notice.Published);
        Assert.Equal("Taalcafé gaat niet door: elke week op dinsdag, tot en met 29 juni 2027, 10:00 tot 12:00, "
            + "Buurthuis De Linde, Lindelaan 4, 1091 AB Amsterdam.", notice.Description);
    }

    [Fact]
    public void AOneOffActivityWhoseDateIsCancelledIsOneNoticeToo()
    {
        using var site = AgendaSite.Create();
        site.Write("input/activities/open-dag.md",
            "---\ntitle: Open dag\nstart: 2027-04-10\nlocation: Buurthuis De Linde\ncancelled: [2027-04-10]\ncancelled_on: 2026-11-23\n---\nKom kijken.\n");
        var items = Items(site.Build()).Where(i => i.Guid.Contains("/open-dag/", StringComparison.Ordinal)).ToList();
        var notice = Assert.Single(items);
        Assert.Equal(("https://www.test.example/activiteiten/open-dag/#gaat-niet-door", "Gaat niet door: Open dag"), (notice.Guid, notice.Title));
        Assert.Equal("Open dag gaat op zaterdag 10 april 2027 niet door.", notice.Description);
    }

    [Theory]
    [InlineData("cancelled: [2026-12-01]\ncancelled_on: 2026-11-20\n")]
    [InlineData("cancelled: true\ncancelled_on: 2026-11-22\n")]
    public void EveryNoticesGuidLeadsToThePlaceOnThePageThatSaysItIsOff(string cancelled)
    {
        using var site = Site("cancelled: [2026-12-01]\n", cancelled);
        site.Write("input/activities/open-dag.md",
            "---\ntitle: Open dag\nstart: 2027-04-10\nlocation: Buurthuis De Linde\ncancelled: [2027-04-10]\ncancelled_on: 2026-11-23\n---\nKom kijken.\n");
        var result = site.Build();
        var notices = Items(result).Where(i => i.Guid.Contains('#')).ToList();
        Assert.Equal(2, notices.Count);
        foreach (var notice in notices)
        {
            var guid = new Uri(notice.Guid);
            var page = result.Html(guid.AbsolutePath.TrimStart('/') + "index.html");
            var target = page.GetElementById(guid.Fragment.TrimStart('#'));
            Assert.True(target is not null, $"{notice.Guid}: no element with that id");
            Assert.Contains("niet door", target!.TextContent, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void ACancelledOnInTheFutureAnnouncesItFromThatDay()
    {
        using var site = Site("cancelled: [2026-12-01]\n", "cancelled: [2026-12-01]\ncancelled_on: 2026-11-25\n");
        Assert.Equal([Page], Taalcafe(site.Build()).Select(i => i.Guid));
        Assert.Equal([Page + "#gaat-niet-door-2026-12-01", Page], Taalcafe(site.Build(date: new DateOnly(2026, 11, 25))).Select(i => i.Guid));
    }

    [Fact]
    public void AnActivityNotYetAnnouncedHasNoNoticeEither()
    {
        using var site = Site("cancelled: [2026-12-01]\n", "cancelled: [2026-12-01]\ncancelled_on: 2026-11-20\ndate: 2026-11-28\n");
        Assert.Empty(Taalcafe(site.Build()));
        Assert.Equal([Page + "#gaat-niet-door-2026-12-01", Page], Taalcafe(site.Build(date: new DateOnly(2026, 11, 28))).Select(i => i.Guid));
    }

    [Fact]
    public void FeedsUtmTagsTheNoticeLinkButNotItsGuid()
    {
        using var site = AgendaSite.Create();
        File.AppendAllText(Path.Combine(site.Root, "statiq.config"), "\nfeeds: { utm: true }\n");
        var notice = Taalcafe(site.Build())[0];
        Assert.Equal(Page + "#gaat-niet-door-2026-12-01", notice.Guid);
        Assert.Equal(Page + "?utm_source=rss&utm_medium=feed&utm_campaign=taalcafe", notice.Link);
    }

    [Fact]
    public void CancelledOnWithNothingCancelledIsAWarning()
    {
        var (a, diagnostics) = ActivityText.Read("title: A\nstart: 2026-12-08 10:00\nlocation: Buurthuis\ncancelled_on: 2026-12-01");
        Assert.NotNull(a);
        var d = Assert.Single(diagnostics);
        Assert.Equal(("TB0148", Thuisbasis.Diagnostics.Severity.Warning, 5, 15), (d.Code, d.Severity, d.Line, d.Column));
        Assert.Contains("`cancelled: [2026-12-08]` voor dinsdag 8 december 2026", d.Help); // its own date, not an example it does not have
    }

    [Fact]
    public void CancelledOnIsReadAsADate()
    {
        var a = ActivityText.Valid("title: A\nstart: 2026-12-08 10:00\nlocation: Buurthuis\ncancelled: true\ncancelled_on: 01-12-2026");
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.FromHours(1)), a.CancelledOn);
        var d = ActivityText.Only("title: A\nstart: 2026-12-08 10:00\nlocation: Buurthuis\ncancelled: true\ncancelled_on: gisteren");
        Assert.Equal(("TB0102", 6), (d.Code, d.Line));
    }
}
