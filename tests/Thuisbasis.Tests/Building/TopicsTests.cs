using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Building;

/// <summary>The topics of the stories: reachable from the list of all stories, and counted in words a screen reader reads right.</summary>
public sealed class TopicsTests
{
    [Fact]
    public void TheStoryListLeadsToTheTopicsWhichCountOneStoryAsOneVerhaal()
    {
        // At 1,000 stories /verhalen/ has a hundred pages; the topics were only reachable from a topic page's breadcrumbs.
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", "---\ntitle: Markt\ndate: 2026-01-01\nauthor: anouk-visser\ntags: [Buurt, Markt]\n---\nTekst.\n");
        site.Write("input/stories/b.md", "---\ntitle: Plein\ndate: 2026-01-02\nauthor: anouk-visser\ntags: [Buurt]\n---\nTekst.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());

        var list = result.Html("verhalen/index.html");
        Assert.Single(list.QuerySelectorAll("main a[href='/onderwerp/']"));
        Assert.True(result.Has("onderwerp/index.html"));
        // Not on a topic's own page, which has its breadcrumbs.
        Assert.DoesNotContain("alle onderwerpen", result.Html("onderwerp/markt/index.html").QuerySelector("main")!.TextContent);

        var topics = result.Html("onderwerp/index.html").QuerySelectorAll("ul.tags a").ToDictionary(a => a.GetAttribute("href")!, a => a.TextContent);
        Assert.Equal("Buurt (2 verhalen)", topics["/onderwerp/buurt/"]);
        Assert.Equal("Markt (1 verhaal)", topics["/onderwerp/markt/"]);
    }
}
