using Thuisbasis.BrowserTests.Infrastructure;

namespace Thuisbasis.BrowserTests;

[Collection(SiteCollection.Name)]
public sealed class SmallScreenTests(SiteFixture site)
{
    [Theory]
    [InlineData(SamplePages.Home)]
    [InlineData(SamplePages.Story)]
    [InlineData(SamplePages.StoryListing)]
    [InlineData(SamplePages.OpenVacancy)]
    [InlineData(SamplePages.ClosedVacancy)]
    [InlineData(SamplePages.Services)]
    [InlineData(SamplePages.Service)]
    [InlineData(SamplePages.Contact)]
    [InlineData(SamplePages.Tag)]
    [InlineData(SamplePages.Author)]
    [InlineData(SamplePages.Missing)]
    public async Task PageHasNoHorizontalScrollingAt320PixelsWide(string path)
    {
        var page = await site.NewPageAsync(320, 640);
        try
        {
            await page.GotoAsync(path);
            await page.LoadEverythingAsync();

            var widths = await page.EvaluateAsync<int[]>(
                "() => [document.documentElement.scrollWidth, window.innerWidth]");
            var (scrollWidth, innerWidth) = (widths[0], widths[1]);
            var widest = await page.EvaluateAsync<string>(
                """
                () => {
                    const out = e => e.getBoundingClientRect().right > window.innerWidth;
                    return [...document.querySelectorAll('body *')]
                        .filter(e => out(e) && ![...e.children].some(out))
                        .slice(0, 5)
                        .map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().replace(/\s+/g, '.') : '')
                            + ' (right edge ' + Math.round(e.getBoundingClientRect().right) + ' px)')
                        .join(', ');
                }
                """);
            Assert.True(scrollWidth <= innerWidth,
                $"{path} is {scrollWidth} px wide in a {innerWidth} px window; sticking out: {widest}");
        }
        finally
        {
            await page.CloseWithContextAsync();
        }
    }
}
