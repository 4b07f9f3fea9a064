using Thuisbasis.BrowserTests.Infrastructure;

namespace Thuisbasis.BrowserTests;

/// <summary>
/// Every card's photo has one shape (16:9), whatever the photo's own: a phone's portrait photo made a card twice as tall
/// as its neighbours, more than half of a phone's screen.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class CardPhotoTests(SiteFixture site)
{
    [Theory]
    [InlineData(SamplePages.StoryListing, 360)]
    [InlineData(SamplePages.StoryListing, 1280)]
    [InlineData(SamplePages.Home, 768)]
    [InlineData(SamplePages.Services, 1280)]
    public async Task CardPhotosAreSixteenByNine(string path, int width)
    {
        var page = await site.NewPageAsync(width, 900);
        try
        {
            await page.GotoAsync(path);
            await page.LoadEverythingAsync();
            var ratios = await page.EvaluateAsync<double[]>(
                "() => [...document.querySelectorAll('.card img')].map(i => { const r = i.getBoundingClientRect(); return r.width / r.height; })");
            Assert.NotEmpty(ratios);
            Assert.All(ratios, r => Assert.InRange(r, 16 / 9.0 - 0.02, 16 / 9.0 + 0.02));
        }
        finally
        {
            await page.CloseWithContextAsync();
        }
    }
}
