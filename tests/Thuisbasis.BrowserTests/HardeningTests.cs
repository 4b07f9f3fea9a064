using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Thuisbasis.BrowserTests.Infrastructure;
using Thuisbasis.Pipeline;
using Thuisbasis.Tests.Support;
using Thuisbasis.Model;

namespace Thuisbasis.BrowserTests;

/// <summary>
/// Hostile values never run in a browser, the pages the other browser tests do not visit pass axe too, and every
/// link and form control can be reached with the keyboard and shows where the focus is.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class HardeningTests(SiteFixture site)
{
    [Fact]
    public async Task NoXssPayloadRunsOnAnyPageOfAHostileSite()
    {
        var work = Path.Combine(Path.GetTempPath(), $"thuisbasis-xss-{Guid.NewGuid():N}");
        var output = Path.Combine(work, "output");
        await using var server = StaticSiteServer.Start(output);
        try
        {
            HostileSite.Write((path, text) =>
            {
                var full = Path.Combine(work, "site", path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, text);
            }, filesPerType: 4, (path, bytes) =>
            {
                var full = Path.Combine(work, "site", path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllBytes(full, bytes);
            });
            var result = new SiteEngine(new BuildOptions
            {
                Root = Path.Combine(work, "site"), Output = output, Date = SiteFixture.BuildDate, BaseUrl = server.BaseUrl,
            }).BuildAndWrite();
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

            var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseUrl });
            var ran = new List<string>();
            var page = await context.NewPageAsync();
            page.Dialog += async (_, dialog) => { lock (ran) ran.Add($"{page.Url}: {dialog.Type} {dialog.Message}"); await dialog.DismissAsync(); };
            var visited = 0;
            foreach (var url in result.Pages.Select(p => p.Url).Distinct())
            {
                await page.GotoAsync(url);
                await page.LoadEverythingAsync();
                await page.Keyboard.PressAsync("Tab"); // autofocus and onfocus payloads would fire now
                await page.Mouse.MoveAsync(10, 10);
                visited++;
            }
            await context.CloseAsync();
            Assert.True(visited > 40, $"only {visited} pages visited");
            Assert.True(ran.Count == 0, "Payloads ran:\n" + string.Join("\n", ran));
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { /* a temp folder left behind is harmless */ }
        }
    }

    public static TheoryData<string, int, int> RemainingPages()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var path in new[] { "/toegankelijkheid/", "/onze-klanten/", "/werkwijze/", "/over-ons/", "/extra/", "/vacatures/", "/onderwerp/" })
        {
            data.Add(path, 1280, 900);
            data.Add(path, 320, 640);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(RemainingPages))]
    public async Task RemainingPageTypesHaveNoAxeViolations(string path, int width, int height)
    {
        var page = await site.NewPageAsync(width, height);
        try
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(200, response!.Status);
            var result = await page.RunAxe();
            Assert.True(result.Passes is { Length: > 0 }, $"axe checked nothing on {page.Url}");
            Assert.True(result.Violations is null or { Length: 0 }, AxeReport.Describe(page.Url, $"{width}×{height}", result.Violations ?? []));
        }
        finally
        {
            await page.CloseWithContextAsync();
        }
    }

    /// <summary>Everything a keyboard user must reach; <c>tabindex="-1"</c> marks what is deliberately skipped (the spam trap).</summary>
    private const string Focusable =
        "a[href]:not([tabindex=\"-1\"]), button:not([tabindex=\"-1\"]), input:not([type=hidden]):not([tabindex=\"-1\"]), select:not([tabindex=\"-1\"]), textarea:not([tabindex=\"-1\"])";

    [Theory]
    [InlineData("/", 1280, 900)]
    [InlineData("/contact/", 1280, 900)]
    [InlineData("/toegankelijkheid/", 320, 640)]
    public async Task KeyboardReachesEveryLinkAndControlWithVisibleFocus(string path, int width, int height)
    {
        var page = await site.NewPageAsync(width, height);
        try
        {
            await page.GotoAsync(path);
            var expected = await page.EvaluateAsync<int>(
                $"() => [...document.querySelectorAll('{Focusable}')].filter(e => e.getClientRects().length > 0).length");
            var reached = new HashSet<string>();
            var invisible = new List<string>();
            for (var i = 0; i < expected + 20 && reached.Count < expected; i++)
            {
                await page.Keyboard.PressAsync("Tab");
                var info = await page.EvaluateAsync<string[]>($$"""
                    () => {
                      const e = document.activeElement;
                      const all = [...document.querySelectorAll('{{Focusable}}')];
                      const s = getComputedStyle(e);
                      const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
                      return [String(all.indexOf(e)), e.tagName + ' ' + (e.getAttribute('href') || e.getAttribute('name') || e.textContent.trim().slice(0, 30)), String(visible)];
                    }
                    """);
                if (info[0] == "-1") continue;
                if (reached.Add(info[0]) && info[2] != "true") invisible.Add(info[1]);
            }
            Assert.True(reached.Count >= expected, $"Tab reached {reached.Count} of {expected} links and controls on {path}");
            Assert.True(invisible.Count == 0, $"No visible focus on {path}: {string.Join(", ", invisible)}");
        }
        finally
        {
            await page.CloseWithContextAsync();
        }
    }
}
