using Microsoft.Playwright;
using Thuisbasis.BrowserTests.Infrastructure;

namespace Thuisbasis.BrowserTests;

/// <summary>
/// The small round photos beside a name (the team, an author, a story's byline, a client's quote): shown whole at the
/// size the stylesheet gives them, and fetched as the smallest file that is sharp there. Their <c>&lt;picture&gt;</c> is
/// the flex item; it shrank, and the photo inside was squeezed to a sliver 10 to 14 pixels wide on the team page.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class SmallPhotoTests(SiteFixture site)
{
    [Theory]
    [InlineData("/over-ons/", 360, 3)]
    [InlineData("/over-ons/", 1280, 1)]
    [InlineData(SamplePages.Author, 360, 3)]
    [InlineData(SamplePages.Author, 768, 2)]
    [InlineData("/verhalen/samen-wandelen-tegen-eenzaamheid/", 390, 3)]
    [InlineData(SamplePages.Home, 360, 3)]
    [InlineData(SamplePages.Home, 1920, 1)]
    public async Task PhotosBesideANameAreRoundAndWholeAndFetchedSmall(string path, int width, int scale)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseUrl, ViewportSize = new ViewportSize { Width = width, Height = 900 }, DeviceScaleFactor = scale, Locale = "nl-NL",
        });
        var page = await context.NewPageAsync();
        try
        {
            await page.GotoAsync(path);
            await page.LoadEverythingAsync();
            var photos = await page.EvaluateAsync<PhotoBox[]>(
                """
                async () => {
                    const photos = [...document.querySelectorAll('.person picture img, .byline picture img, .quote figcaption picture img')];
                    for (const i of photos) { // lazy ones load once on screen
                        i.scrollIntoView();
                        await new Promise(done => i.complete && i.currentSrc ? done() : i.addEventListener('load', done, { once: true }));
                    }
                    return photos.map(i => {
                        const r = i.getBoundingClientRect();
                        return { src: i.currentSrc, width: r.width, height: r.height, css: parseFloat(getComputedStyle(i).height) };
                    });
                }
                """);
            Assert.NotEmpty(photos);
            foreach (var p in photos)
            {
                var at = $"{path} at {width} px ×{scale}: {p.Src}";
                Assert.True(Math.Abs(p.Width - p.Css) < 1 && Math.Abs(p.Height - p.Css) < 1, $"{at} is {p.Width:0.#}×{p.Height:0.#}, not {p.Css:0.#} square");
                // 72 CSS pixels are 216 on a screen of three: the 240 file, never the 480 or the drawing's own 400.
                Assert.EndsWith("-240.webp", p.Src, StringComparison.Ordinal);
            }
        }
        finally
        {
            await page.CloseWithContextAsync();
        }
    }

    public sealed class PhotoBox
    {
        public string Src { get; set; } = "";
        public double Width { get; set; }
        public double Height { get; set; }
        public double Css { get; set; }
    }
}
