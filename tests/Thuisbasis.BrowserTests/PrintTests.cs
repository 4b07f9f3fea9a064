using Microsoft.Playwright;
using Thuisbasis.BrowserTests.Infrastructure;

namespace Thuisbasis.BrowserTests;

/// <summary>
/// A page on paper (a vacancy or an activity for the notice board): who says it and how to reach them stay, with the
/// page's own address; what can only be clicked, typed or played goes. Before, the footer with the address went and the
/// navigation's breadcrumbs, the "Zet in mijn agenda" button and an apply button without its e-mail address stayed.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class PrintTests(SiteFixture site)
{
    private static async Task<bool> Shown(IPage page, string selector) =>
        await page.EvaluateAsync<bool>("s => [...document.querySelectorAll(s)].some(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')", selector);

    [Fact]
    public async Task APrintedVacancyKeepsTheAddressAndHowToApplyAndDropsWhatOnlyWorksOnScreen()
    {
        var page = await site.NewPageAsync();
        try
        {
            await page.GotoAsync(SamplePages.OpenVacancy);
            Assert.False(await Shown(page, ".print-only"));
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            Assert.True(await Shown(page, ".site-footer address"), "the organisation's address");
            var lines = await page.Locator(".print-only").AllInnerTextsAsync();
            Assert.Contains(lines, l => l.StartsWith("Reageren per e-mail: ", StringComparison.Ordinal) && l.Contains('@'));
            Assert.Contains(lines, l => l.StartsWith("Deze pagina: http", StringComparison.Ordinal) && l.EndsWith(SamplePages.OpenVacancy, StringComparison.Ordinal));
            foreach (var gone in new[] { ".site-nav", ".breadcrumbs", ".share", ".site-footer nav", "a.button[href^='mailto:']" })
                Assert.False(await Shown(page, gone), $"{gone} is printed");
        }
        finally
        {
            await page.CloseWithContextAsync();
        }
    }

    [Fact]
    public async Task APrintedActivityHasNoCalendarButtonAndThePrintedAgendaNoFilters()
    {
        var page = await site.NewPageAsync();
        try
        {
            await page.GotoAsync("/activiteiten/");
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            Assert.True(await Shown(page, ".cards"));
            Assert.False(await Shown(page, ".filters"), "the agenda's filters are printed");
            // main's bottom padding pushed a blank last sheet out of the printer.
            Assert.Equal("0px", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('main')).paddingBottom"));
            var first = await page.Locator(".cards a").First.GetAttributeAsync("href");
            await page.GotoAsync(first!);
            Assert.True(await Shown(page, "h1"));
            Assert.False(await Shown(page, "a.button[download]"), "Zet in mijn agenda is printed");
        }
        finally
        {
            await page.CloseWithContextAsync();
        }
    }
}
