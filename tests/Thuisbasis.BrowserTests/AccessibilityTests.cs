using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Thuisbasis.BrowserTests.Infrastructure;

namespace Thuisbasis.BrowserTests;

[Collection(SiteCollection.Name)]
public sealed class AccessibilityTests(SiteFixture site)
{
    public static TheoryData<string, int, int> PagesAtBothWidths()
    {
        string[] pages =
        [
            SamplePages.Home, SamplePages.Story, SamplePages.OpenVacancy, SamplePages.ClosedVacancy,
            SamplePages.Services, SamplePages.Service, SamplePages.Contact, SamplePages.Tag, SamplePages.Author,
            SamplePages.Missing,
        ];
        var data = new TheoryData<string, int, int>();
        foreach (var page in pages)
        {
            data.Add(page, 1280, 900);
            data.Add(page, 320, 640);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PagesAtBothWidths))]
    public async Task PageHasNoAxeViolations(string path, int width, int height)
    {
        var page = await site.NewPageAsync(width, height);
        try
        {
            await page.GotoAsync(path);
            var violations = await ViolationsAsync(page);
            Assert.True(violations.Count == 0, AxeReport.Describe(page.Url, $"{width}×{height}", violations));
        }
        finally
        {
            await page.CloseWithContextAsync();
        }
    }

    /// <summary>The first page of the story listing, and every following page (<c>/verhalen/pagina/2/</c>, …) that exists.</summary>
    [Theory]
    [InlineData(1280, 900)]
    [InlineData(320, 640)]
    public async Task StoryListingAndItsFollowingPagesHaveNoAxeViolations(int width, int height)
    {
        var page = await site.NewPageAsync(width, height);
        try
        {
            var report = new List<string>();
            string? next = SamplePages.StoryListing;
            var visited = new HashSet<string>();
            while (next is not null && visited.Add(next))
            {
                await page.GotoAsync(next);
                var violations = await ViolationsAsync(page);
                if (violations.Count > 0)
                    report.Add(AxeReport.Describe(page.Url, $"{width}×{height}", violations));
                next = await page.Locator("a[rel=next]").CountAsync() > 0
                    ? await page.Locator("a[rel=next]").First.GetAttributeAsync("href")
                    : null;
            }

            Assert.True(report.Count == 0, string.Join(Environment.NewLine, report));
        }
        finally
        {
            await page.CloseWithContextAsync();
        }
    }

    private static async Task<IReadOnlyCollection<AxeResultItem>> ViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        Assert.True(result.Passes is { Length: > 0 }, $"axe checked nothing on {page.Url}: did the page load?");
        return result.Violations ?? [];
    }
}
