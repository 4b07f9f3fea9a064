using Deque.AxeCore.Playwright;
using Thuisbasis.BrowserTests.Infrastructure;

namespace Thuisbasis.BrowserTests;

/// <summary>The agenda of the sample site in Chromium: no axe violations, and its filters and calendar link without JavaScript.</summary>
[Collection(SiteCollection.Name)]
public sealed class AgendaTests(SiteFixture site)
{
    [Theory]
    [InlineData("/activiteiten/", 1280, 900)]
    [InlineData("/activiteiten/", 320, 640)]
    [InlineData("/activiteiten/taalcafe/", 1280, 900)]
    [InlineData("/activiteiten/taalcafe/", 320, 640)]
    [InlineData("/activiteiten/wandelgroep/", 1280, 900)]
    [InlineData("/activiteiten/voor/mantelzorgers/", 1280, 900)]
    public async Task AgendaPageHasNoAxeViolations(string path, int width, int height)
    {
        var page = await site.NewPageAsync(width, height);
        try
        {
            await page.GotoAsync(path);
            var result = await page.RunAxe();
            Assert.True(result.Passes is { Length: > 0 }, $"axe checked nothing on {page.Url}: did the page load?");
            Assert.True(result.Violations.Length == 0, AxeReport.Describe(page.Url, $"{width}×{height}", result.Violations));
        }
        finally
        {
            await page.CloseWithContextAsync();
        }
    }

    [Fact]
    public async Task AFilterIsAPlainLinkToItsOwnPageThatWorksWithoutJavaScript()
    {
        var context = await site.Browser.NewContextAsync(new Microsoft.Playwright.BrowserNewContextOptions
        {
            BaseURL = site.BaseUrl, Locale = "nl-NL", JavaScriptEnabled = false,
        });
        var page = await context.NewPageAsync();
        try
        {
            await page.GotoAsync("/activiteiten/");
            await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Voor mantelzorgers" }).ClickAsync();
            Assert.EndsWith("/activiteiten/voor/mantelzorgers/", page.Url);
            var titles = await page.Locator("main .card h3").AllTextContentsAsync();
            Assert.Equal(["Mantelzorgcafé", "Online spreekuur mantelzorg"], titles.Order(StringComparer.Ordinal));
        }
        finally
        {
            await page.CloseWithContextAsync();
        }
    }
}
