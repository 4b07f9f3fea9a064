using Thuisbasis.Rendering;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Building;

/// <summary>Long archives get a short pager: first, last and two pages either side of the current one, with "…" between.</summary>
public sealed class PagerTests
{
    [Theory]
    [InlineData(1, 1, new[] { 1 })]
    [InlineData(1, 5, new[] { 1, 2, 3, 5 })]
    [InlineData(3, 5, new[] { 1, 2, 3, 4, 5 })]
    [InlineData(8, 15, new[] { 1, 6, 7, 8, 9, 10, 15 })]
    [InlineData(15, 15, new[] { 1, 13, 14, 15 })]
    [InlineData(500, 1000, new[] { 1, 498, 499, 500, 501, 502, 1000 })]
    public void TheWindowShowsFirstLastAndTwoAroundTheCurrentPage(int current, int total, int[] expected) =>
        Assert.Equal(expected, PagePlanner.PagerWindow(current, total));

    [Fact]
    public void AListingPageLinksToANeighbourhoodOfPagesThatAllExist()
    {
        using var site = new FixtureSite();
        site.Write("statiq.config", "name: Test\nurl: https://www.test.example\npage_size: 2\n");
        for (var i = 1; i <= 30; i++)
            site.Write($"input/stories/s{i:00}.md", $"---\ntitle: Verhaal {i}\ndate: 2026-01-{i:00}\nauthor: anouk-visser\n---\nTekst {i}.\n");

        var result = site.Build();

        Assert.True(result.Succeeded, result.Describe());
        var doc = result.Html("verhalen/pagina/8/index.html");
        var pager = doc.QuerySelector("nav.pager")!;
        var numbers = pager.QuerySelectorAll("li:not(.gap)").Select(li => li.TextContent.Replace("Pagina", "").Trim())
            .Where(t => int.TryParse(t, out _)).ToList();
        Assert.Equal(["1", "6", "7", "8", "9", "10", "15"], numbers);
        Assert.Equal(2, pager.QuerySelectorAll("li.gap[aria-hidden='true']").Length);
        Assert.Equal("8", pager.QuerySelector("[aria-current='page']")!.TextContent.Replace("Pagina", "").Trim());
        foreach (var href in pager.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            Assert.True(result.Has(href.TrimStart('/') + "index.html"), $"{href} bestaat niet");
    }
    [Theory]
    [InlineData(0, 1)]
    [InlineData(4, 2)]
    [InlineData(5, 3)]
    public void FollowingNextFromTheFirstPageReachesEveryStoryOnceAndNoPageBeyondTheLast(int stories, int pages)
    {
        using var site = new FixtureSite();
        site.Write("statiq.config", "name: Test\nurl: https://www.test.example\npage_size: 2\n");
        for (var i = 1; i <= stories; i++)
            site.Write($"input/stories/s{i}.md", $"---\ntitle: Verhaal {i}\ndate: 2026-01-0{i}\nauthor: anouk-visser\ntags: [Buurt]\n---\nTekst {i}.\n");

        var result = site.Build();

        Assert.True(result.Succeeded, result.Describe());
        foreach (var listing in stories == 0 ? new[] { "/verhalen/" } : ["/verhalen/", "/onderwerp/buurt/"])
        {
            var seen = new List<string>();
            var visited = new List<string>();
            for (string? url = listing; url is not null;)
            {
                visited.Add(url);
                var doc = result.Html(url.TrimStart('/') + "index.html");
                seen.AddRange(doc.QuerySelectorAll("main .cards article h2 a").Select(a => a.GetAttribute("href")!));
                var prev = doc.QuerySelector("nav.pager a[rel=prev]")?.GetAttribute("href");
                Assert.Equal(visited.Count > 1 ? visited[^2] : null, prev);
                url = doc.QuerySelector("nav.pager a[rel=next]")?.GetAttribute("href");
            }
            Assert.Equal(pages, visited.Count);
            Assert.Equal(Enumerable.Range(1, stories).Reverse().Select(i => $"/verhalen/s{i}/"), seen);
            Assert.False(result.Has(listing.TrimStart('/') + $"pagina/{pages + 1}/index.html"));
            if (pages == 1) Assert.Null(result.Html(listing.TrimStart('/') + "index.html").QuerySelector("nav.pager"));
        }
    }
}
