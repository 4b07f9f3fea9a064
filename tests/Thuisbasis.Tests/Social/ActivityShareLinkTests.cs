using System.Web;
using Thuisbasis.Tests.Feeds;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Social;

/// <summary>
/// A coming activity can be shared from its page as stories and vacancies can: each link, parsed, opens its network's
/// documented share address with the page's address and title, whatever the title holds; an ended activity has none.
/// </summary>
public sealed class ActivityShareLinkTests : IDisposable
{
    private const string Title = "Koffie & \"taal\" #Oost 🎉 met Ayşe";
    private const string PageUrl = "https://www.test.example/activiteiten/koffie/";
    private readonly FixtureSite _site = new();

    public ActivityShareLinkTests()
    {
        _site.Write("input/activities/koffie.md", $"---\ntitle: '{Title}'\nstart: 2026-12-09 10:00\nlocation: Buurthuis\n---\nTekst.\n");
        _site.Write("input/activities/oud.md", "---\ntitle: Oude markt\nstart: 2026-10-09 10:00\nlocation: Buurthuis\n---\nTekst.\n");
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void EachLinkOpensItsNetworksShareAddressWithThePageAndItsTitle()
    {
        var result = _site.Build();
        result.AssertSucceeded();
        var links = result.Html("activiteiten/koffie/index.html").QuerySelectorAll("a[data-track='share']")
            .ToDictionary(a => a.GetAttribute("data-network")!, a => new Uri(a.GetAttribute("href")!));
        Assert.Equal(["facebook", "linkedin", "whatsapp", "x", "email"], links.Keys);

        static string Query(Uri u, string key) => HttpUtility.ParseQueryString(u.Query)[key]!;
        Assert.Equal(("www.facebook.com", "/sharer/sharer.php", PageUrl), (links["facebook"].Host, links["facebook"].AbsolutePath, Query(links["facebook"], "u")));
        Assert.Equal(("www.linkedin.com", "/sharing/share-offsite/", PageUrl), (links["linkedin"].Host, links["linkedin"].AbsolutePath, Query(links["linkedin"], "url")));
        Assert.Equal(("wa.me", $"{Title} {PageUrl}"), (links["whatsapp"].Host, Query(links["whatsapp"], "text")));
        Assert.Equal(("x.com", "/intent/post", Title, PageUrl), (links["x"].Host, links["x"].AbsolutePath, Query(links["x"], "text"), Query(links["x"], "url")));
        Assert.Equal("mailto", links["email"].Scheme);
        Assert.Equal((Title, PageUrl), (Query(links["email"], "subject"), Query(links["email"], "body")));
    }

    [Fact]
    public void AnEndedActivityHasNoShareLinks()
    {
        var result = _site.Build();
        Assert.Empty(result.Html("activiteiten/oud/index.html").QuerySelectorAll("[data-track='share']"));
    }
}
