using Microsoft.Playwright;
using Thuisbasis.BrowserTests.Infrastructure;

namespace Thuisbasis.BrowserTests;

[Collection(SiteCollection.Name)]
public sealed class KeyboardAndFormTests(SiteFixture site)
{
    private const string ContactForm = "form[name=\"contact\"]";
    private const int MaxTabs = 200;

    [Fact]
    public async Task EveryContactFormFieldHasAVisibleLabelBoundByFor()
    {
        var page = await site.NewPageAsync();
        try
        {
            await page.GotoAsync(SamplePages.Contact);

            // The fields a person fills in: not hidden inputs, not the spam trap that is hidden from everyone.
            var fields = await page.Locator(ContactForm).EvaluateAsync<string[]>(
                """
                form => [...form.querySelectorAll('input, textarea, select')]
                    .filter(f => f.type !== 'hidden' && !f.closest('[aria-hidden="true"]'))
                    .map(f => f.id)
                """);
            Assert.NotEmpty(fields);

            foreach (var id in fields)
            {
                Assert.False(string.IsNullOrEmpty(id), "A contact form field has no id, so no label can point at it.");
                var label = page.Locator($"label[for=\"{id}\"]");
                Assert.Equal(1, await label.CountAsync());
                Assert.True(await label.IsVisibleAsync(), $"The label for #{id} is not visible.");

                var labelText = (await label.InnerTextAsync()).Trim();
                Assert.False(string.IsNullOrEmpty(labelText), $"The label for #{id} is empty.");
                Assert.Equal(id, await page.GetByLabel(labelText, new() { Exact = true }).GetAttributeAsync("id"));
            }
        }
        finally
        {
            await page.CloseWithContextAsync();
        }
    }

    [Fact]
    public async Task ContactFormSubmitButtonIsReachedByTabbingFromTheTop()
    {
        var page = await site.NewPageAsync();
        try
        {
            await page.GotoAsync(SamplePages.Contact);
            var submit = page.Locator($"{ContactForm} [type=\"submit\"]");
            Assert.Equal(1, await submit.CountAsync());

            var reached = false;
            for (var i = 0; i < MaxTabs && !reached; i++)
            {
                await page.Keyboard.PressAsync("Tab");
                reached = await submit.EvaluateAsync<bool>("button => document.activeElement === button");
            }

            Assert.True(reached, $"Tabbing {MaxTabs} times from the top never focused the submit button.");
        }
        finally
        {
            await page.CloseWithContextAsync();
        }
    }

    [Theory]
    [InlineData(SamplePages.Home)]
    [InlineData(SamplePages.Contact)]
    public async Task FirstTabReachesTheSkipLinkAndActivatingItMovesFocusToMain(string path)
    {
        var page = await site.NewPageAsync();
        try
        {
            await page.GotoAsync(path);

            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string[]>(
                "() => [document.activeElement.tagName, document.activeElement.getAttribute('href') ?? '', document.activeElement.textContent.trim()]");
            var (tag, href, text) = (focused[0], focused[1], focused[2]);
            Assert.Equal("A", tag);
            Assert.StartsWith("#", href);
            Assert.Equal("Direct naar de inhoud", text);
            Assert.True(await page.Locator(":focus").IsVisibleAsync(), "The skip link is focused but not visible.");

            await page.Keyboard.PressAsync("Enter");
            Assert.Equal("MAIN", await page.EvaluateAsync<string>("() => document.activeElement.tagName"));
            Assert.Equal(href, "#" + await page.Locator("main").GetAttributeAsync("id"));
        }
        finally
        {
            await page.CloseWithContextAsync();
        }
    }
}
