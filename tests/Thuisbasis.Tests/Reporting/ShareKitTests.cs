using Thuisbasis.Model;
using Thuisbasis.Pipeline;
using Thuisbasis.Social;
using Thuisbasis.Tests.Feeds;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Reporting;

/// <summary>The share kit: hashtags folded like tags, every text within its channel's limit, a tagged link to the published page.</summary>
public sealed class ShareKitTests : IDisposable
{
    private readonly FixtureSite _site = HistorySite.Create();
    private readonly BuildResult _build;
    private readonly IReadOnlyList<ShareItem> _kit;

    public ShareKitTests()
    {
        _build = _site.Build();
        _build.AssertSucceeded();
        _kit = ShareKit.Recent(_build.Site!, _build.Site!.Settings.Url);
    }

    private ShareItem Sara => _kit.Single(i => i.Slug == "sara-en-anouk");

    [Fact]
    public void HashtagsAreTheTagsFoldedToTheirFirstSpelling()
    {
        // Sara wrote `mantelzorg`; the first story (2024) wrote `#Mantelzorg`, which is how the tag is shown everywhere.
        var facebook = Sara.Posts.Single(p => p.Channel == "facebook").Text;
        Assert.EndsWith("\n\n#Mantelzorg #VrijwilligeInzet", facebook);
        Assert.Equal("#Mantelzorg", ShareKit.Hashtag(" #Mantelzorg "));
        Assert.Equal("#taalcafe", ShareKit.Hashtag("taalcafe"));
        Assert.Equal("#VrijwilligeInzet", ShareKit.Hashtag("Vrijwillige inzet"));
        Assert.Equal("#zorgWelzijn", ShareKit.Hashtag("zorg & welzijn"));
        Assert.DoesNotContain("#", Sara.Posts.Single(p => p.Channel == "whatsapp").Text);
    }

    [Fact]
    public void EveryLinkCarriesUtmForItsChannelAndStillPointsAtThePublishedPage()
    {
        Assert.NotEmpty(_kit);
        foreach (var item in _kit)
        foreach (var post in item.Posts)
        {
            var link = new Uri(post.Link);
            var query = System.Web.HttpUtility.ParseQueryString(link.Query);
            Assert.Equal(post.Channel, query["utm_source"]);
            Assert.Equal("social", query["utm_medium"]);
            Assert.Equal(item.Slug, query["utm_campaign"]);
            Assert.Equal(3, query.Count);
            Assert.Equal(item.Url, link.GetLeftPart(UriPartial.Path));
            Assert.True(_build.Has(link.AbsolutePath.TrimStart('/') + "index.html"), $"{link.AbsolutePath} is not a page of the build");
            Assert.Contains("\n" + post.Link + "\n", "\n" + post.Text + "\n");
        }
        Assert.Equal("https://www.test.example/verhalen/sara-en-anouk/", Sara.Url);
    }

    [Fact]
    public void EveryTextFitsItsChannel()
    {
        Assert.All(_kit.SelectMany(i => i.Posts), p => Assert.True(p.Text.Length <= p.Limit, $"{p.Channel}: {p.Text.Length} > {p.Limit}"));
        Assert.Equal([63_206, 3_000, 2_200, 280, 700], ShareKit.Channels.Select(c => c.Limit));
    }

    [Fact]
    public void LongTextsAreCutToFitButKeepTheirLinkWhole()
    {
        var tags = Enumerable.Range(1, 40).Select(i => new TagLink($"onderwerp{i}", $"onderwerp{i}", $"/onderwerp/onderwerp{i}/")).ToList();
        var title = string.Join(' ', Enumerable.Repeat("Een heel lange titel", 20));
        var summary = string.Join(' ', Enumerable.Repeat("Een samenvatting die maar doorgaat en doorgaat.", 120));
        foreach (var channel in ShareKit.Channels)
        {
            var post = ShareKit.Post(channel, title, summary, "https://www.test.example/verhalen/lang/", "lang", tags);
            Assert.True(post.Text.Length <= channel.Limit, $"{channel.Key}: {post.Text.Length} > {channel.Limit}");
            Assert.Contains(post.Link, post.Text);
            Assert.True(post.Text.Split('#').Length - 1 <= Math.Min(30, channel.MaxHashtags), $"{channel.Key} has too many hashtags");
        }
    }

    [Fact]
    public void DraftsAndScheduledStoriesGetNoPostEvenInAPreviewBuild()
    {
        var drafts = _site.Build(drafts: true);
        drafts.AssertSucceeded();
        var kit = ShareKit.Recent(drafts.Site!, "https://www.test.example");
        Assert.Equal(_kit.Select(i => i.Slug), kit.Select(i => i.Slug));
        Assert.DoesNotContain(kit, i => i.Slug is "concept" or "ingepland" or "concept-vacature");
    }

    [Fact]
    public void OnlyChannelsListedInSocialsGetAPost()
    {
        using var site = new FixtureSite();
        site.Write("statiq.config", "name: T\nurl: https://t.example\nsocials:\n  linkedin: https://www.linkedin.com/company/t\n  youtube: https://youtube.com/@t\n");
        site.Write("input/stories/2026-11-20-a.md", "---\ntitle: A\ndate: 2026-11-20\nauthor: anouk-visser\ntags: [buurt]\n---\nTekst.\n");
        var result = site.Build();
        result.AssertSucceeded();
        var item = Assert.Single(ShareKit.Recent(result.Site!, result.Site!.Settings.Url));
        Assert.Equal(["linkedin"], item.Posts.Select(p => p.Channel));
    }

    private ShareItem Market => _kit.Single(i => i.Slug == "kerstmarkt");

    [Fact]
    public void AComingActivityGetsAPostPerChannelWithItsNextDateAndTime()
    {
        Assert.Equal("activity", Market.Kind);
        Assert.Equal(new DateOnly(2026, 12, 8), Market.Date);
        Assert.Equal("https://www.test.example/activiteiten/kerstmarkt/", Market.Url);
        Assert.Equal(["facebook", "linkedin", "instagram", "x", "whatsapp"], Market.Posts.Select(p => p.Channel));
        var facebook = Market.Posts.Single(p => p.Channel == "facebook");
        Assert.Equal(
            "Kerstmarkt, dinsdag 8 december, 10.00 uur\n\n" +
            "Kraampjes, warme chocolademelk en muziek. Waar: Buurthuis De Linde, Amsterdam.\n\n" +
            "https://www.test.example/activiteiten/kerstmarkt/?utm_source=facebook&utm_medium=social&utm_campaign=kerstmarkt\n\n" +
            "#Mantelzorg #buurt", facebook.Text);
        // X has no room for the summary, but still says when.
        Assert.StartsWith("Kerstmarkt, dinsdag 8 december, 10.00 uur\n\n", Market.Posts.Single(p => p.Channel == "x").Text);
        Assert.All(Market.Posts, p => Assert.True(p.Text.Length <= p.Limit, $"{p.Channel}: {p.Text.Length} > {p.Limit}"));
    }

    [Fact]
    public void ARepeatingActivityNamesItsNextDateNotItsFirst()
    {
        // The taalcafé began on Tuesday 6 October; on Monday 23 November the next one is Tuesday 24 November.
        var taalcafe = _kit.Single(i => i.Slug == "taalcafe-dinsdag");
        var x = taalcafe.Posts.Single(p => p.Channel == "x").Text;
        Assert.StartsWith("Taalcafé op dinsdag, dinsdag 24 november, 10.00 uur\n\n", x);
        Assert.EndsWith("#taalcafe #VrijwilligeInzet", x);
        Assert.DoesNotContain("#", taalcafe.Posts.Single(p => p.Channel == "whatsapp").Text);
    }

    [Fact]
    public void EndedAndDraftActivitiesGetNoPost()
    {
        var slugs = _kit.Select(i => i.Slug).ToList();
        Assert.Equal(["kerstmarkt", "taalcafe-dinsdag"], _kit.Where(i => i.Kind == "activity").Select(i => i.Slug));
        Assert.DoesNotContain("zomerfeest", slugs);
        Assert.DoesNotContain("voorjaarswandeling", slugs);
        Assert.DoesNotContain("oude-bijeenkomst", slugs);
        // The ended activity still has its page, and a drafts build shows the draft, but neither gets a post.
        Assert.True(_build.Has("activiteiten/zomerfeest/index.html"));
        var drafts = _site.Build(drafts: true);
        drafts.AssertSucceeded();
        Assert.True(drafts.Has("activiteiten/geheime-activiteit/index.html"));
        Assert.DoesNotContain(ShareKit.Recent(drafts.Site!, "https://www.test.example"), i => i.Slug == "geheime-activiteit");
    }

    public void Dispose() => _site.Dispose();
}
