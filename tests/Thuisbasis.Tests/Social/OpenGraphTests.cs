using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Thuisbasis.Tests.Feeds;

using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Social;

public sealed class OpenGraphTests(FeedSite site) : IClassFixture<FeedSite>
{
    private const string Base = "https://www.delinde.example/";

    public static readonly TheoryData<string> PageTypes = new()
    {
        "index.html", "contact/index.html", "verhalen/index.html", "verhalen/verhaal-1/index.html", "verhalen/lastig/index.html",
        "vacatures/index.html", "vacatures/sociaal-werker/index.html", "vacatures/gesloten/index.html", "onderwerp/index.html",
        "onderwerp/taal/index.html", "auteur/anouk/index.html", "404.html",
    };

    private IDocument Page(string path) => new HtmlParser().ParseDocument(site.Result.Text(path));

    // A card's address without its version (see SharedImages): the tests look at the file.
    private static string? Meta(IDocument doc, string property) => SharedImages.Unversioned(
        doc.QuerySelector($"meta[property='{property}']")?.GetAttribute("content") ?? doc.QuerySelector($"meta[name='{property}']")?.GetAttribute("content"));

    [Theory]
    [MemberData(nameof(PageTypes))]
    public void OpenGraphAndTwitterTagsArePresentWithAbsoluteUrls(string path)
    {
        var doc = Page(path);
        Assert.False(string.IsNullOrWhiteSpace(Meta(doc, "og:title")));
        Assert.False(string.IsNullOrWhiteSpace(Meta(doc, "og:description")));
        Assert.StartsWith(Base, Meta(doc, "og:url"));
        Assert.Equal("nl_NL", Meta(doc, "og:locale"));
        Assert.Equal("Buurthuis De Linde", Meta(doc, "og:site_name"));
        Assert.StartsWith(Base, Meta(doc, "og:image"));
        Assert.Matches("^[0-9]+$", Meta(doc, "og:image:width"));
        Assert.Matches("^[0-9]+$", Meta(doc, "og:image:height"));
        Assert.False(string.IsNullOrWhiteSpace(Meta(doc, "og:image:alt")));
        Assert.Contains(Meta(doc, "twitter:card"), new[] { "summary", "summary_large_image" });
        Assert.Equal(Meta(doc, "og:image"), Meta(doc, "twitter:image"));
        if (path != "404.html") Assert.Equal(Meta(doc, "og:url"), doc.QuerySelector("link[rel='canonical']")!.GetAttribute("href"));
    }

    [Fact]
    public void PageWithoutImageUsesTheShareImageFromSettings()
    {
        var doc = Page("contact/index.html");
        Assert.Equal(Base + "assets/img/deel.png", Meta(doc, "og:image"));
        Assert.Equal("1200", Meta(doc, "og:image:width"));
        Assert.Equal("630", Meta(doc, "og:image:height"));
        Assert.Equal("Het buurthuis met een grote linde ervoor.", Meta(doc, "og:image:alt"));
        Assert.Equal("summary_large_image", Meta(doc, "twitter:card"));
    }

    [Fact]
    public void StoryUsesA1200By630CropOfItsCoverImage()
    {
        var doc = Page("verhalen/verhaal-1/index.html");
        Assert.Equal("article", Meta(doc, "og:type"));
        Assert.Equal(Base + "assets/img/verhaal-deelkaart.png", Meta(doc, "og:image"));
        Assert.Equal("1200", Meta(doc, "og:image:width"));
        Assert.Equal("630", Meta(doc, "og:image:height"));
        Assert.Equal("image/png", Meta(doc, "og:image:type"));
        Assert.Equal("Mensen aan tafel.", Meta(doc, "og:image:alt"));
        Assert.Equal("2026-01-10T00:00:00+01:00", Meta(doc, "article:published_time"));
    }

    [Fact]
    public void HomePageIsAWebsiteWithThePageDescription()
    {
        var doc = Page("index.html");
        Assert.Equal("website", Meta(doc, "og:type"));
        Assert.Equal("Het buurthuis van de wijk.", Meta(doc, "og:description"));
        Assert.Equal(Base, Meta(doc, "og:url"));
    }

    /// <summary>
    /// A home page without a <c>description</c> of its own gets the organisation's (<c>description</c> in the settings)
    /// as its meta description, the text its Open Graph card already shows; Google shows it under the home page's title.
    /// </summary>
    [Fact]
    public void HomePageWithoutADescriptionOfItsOwnHasTheOrganisationsOne()
    {
        using var fixture = new FixtureSite();
        fixture.Write("statiq.config", "name: Testorganisatie\nurl: https://www.test.example\ndescription: \"Wij helpen bewoners met **geldzaken** en taal.\"\n");
        var result = fixture.Build();
        Assert.True(result.Succeeded, result.Describe());
        var doc = result.Html("index.html");
        Assert.Equal("Wij helpen bewoners met geldzaken en taal.", doc.QuerySelector("meta[name='description']")?.GetAttribute("content"));
        Assert.Equal("Wij helpen bewoners met geldzaken en taal.", Meta(doc, "og:description"));
        Assert.Null(result.Html("onze-klanten/index.html").QuerySelector("meta[name='description']"));
    }

    /// <summary>A vacancy or activity without text or summary (warning TB0208) has no meta description, not an empty one.</summary>
    [Fact]
    public void APageWithoutAnyTextHasNoEmptyMetaDescription()
    {
        using var fixture = new FixtureSite();
        fixture.Write("input/vacancies/leeg.md", "---\ntitle: Vrijwilliger\ndate: 2026-11-10\nclosing_date: 2027-01-31\nkind: volunteer\nlocation: Utrecht\n" +
            "contact: { name: Anouk, email: anouk@test.example }\napply_email: werken@test.example\n---\n");
        fixture.Write("input/activities/leeg.md", "---\ntitle: Koffie\nstart: 2026-12-08 10:00\nlocation: \"Buurthuis, Kerkstraat 12, 1234 AB Utrecht\"\n---\n");
        var result = fixture.Build();
        Assert.True(result.Succeeded, result.Describe());
        foreach (var path in new[] { "vacatures/leeg/index.html", "activiteiten/leeg/index.html" })
        {
            var doc = result.Html(path);
            Assert.All(doc.QuerySelectorAll("meta[name='description']"), m => Assert.False(string.IsNullOrWhiteSpace(m.GetAttribute("content")), path));
            Assert.False(string.IsNullOrWhiteSpace(Meta(doc, "og:description")), path);
        }
    }
}
