using System.Text;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Thuisbasis.BrowserTests.Infrastructure;
using Thuisbasis.Model;
using Thuisbasis.Pipeline;

namespace Thuisbasis.BrowserTests;

/// <summary>
/// WCAG 1.4.10 (reflow) and 1.4.12 (text spacing) beyond what axe can see: a reader who widens letters, words and lines
/// with the WCAG text-spacing stylesheet loses no word off the edge, and what a writer can type (a long site name, a long
/// Dutch compound in a title or tag, a bare web address, a table, a line of code) fits a 320 px screen without scrolling
/// the page sideways. A table may scroll within itself (WCAG allows that for data tables), never the page.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ReflowTests(SiteFixture site)
{
    /// <summary>The spacing of WCAG 1.4.12, as the W3C's text-spacing bookmarklet applies it.</summary>
    private const string TextSpacing =
        "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }" +
        " p { margin-bottom: 2em !important; }";

    /// <summary>
    /// The elements that stick out past the right edge, deepest first, so a failure says what to fix; none when the page
    /// itself does not scroll sideways. What sticks out inside a block that scrolls by itself (a wide table) does not count.
    /// </summary>
    private const string StickingOut = """
        () => {
            const width = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth <= width) return [];
            const inScroller = e => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement)
                if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(a).overflowX)) return true; return false; };
            const out = e => e.getBoundingClientRect().right > width + 0.5 && !inScroller(e);
            return [...document.querySelectorAll('body *')]
                .filter(e => out(e) && ![...e.children].some(out) && !e.closest('.visually-hidden, .skip-link, .hidden-field'))
                .slice(0, 5)
                .map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().split(/\s+/)[0] : '')
                    + ' "' + e.textContent.trim().slice(0, 30) + '" (right edge ' + Math.round(e.getBoundingClientRect().right) + ' px)');
        }
        """;

    public static TheoryData<string, int> PagesWithSpacing()
    {
        var data = new TheoryData<string, int>();
        foreach (var path in new[] { SamplePages.Home, "/over-ons/", SamplePages.Contact, SamplePages.Story, SamplePages.OpenVacancy, "/activiteiten/taalcafe/", SamplePages.Author })
        {
            data.Add(path, 1280);
            data.Add(path, 320);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PagesWithSpacing))]
    public async Task WithWcagTextSpacingNoWordLeavesTheScreen(string path, int width)
    {
        // The site's CSP allows no inline style; a reader's own stylesheet or extension is not bound by it.
        var context = await site.Browser.NewContextAsync(new()
        {
            BaseURL = site.BaseUrl, ViewportSize = new() { Width = width, Height = 800 }, Locale = "nl-NL", BypassCSP = true,
        });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(path);
            await page.AddStyleTagAsync(new() { Content = TextSpacing });
            var sticking = await page.EvaluateAsync<string[]>(StickingOut);
            Assert.True(sticking.Length == 0, $"{path} at {width} px with text spacing: {string.Join(", ", sticking)}");
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private const string LongWord = "Arbeidsongeschiktheidsverzekeringsmaatschappijmedewerkersvertegenwoordiging";

    /// <summary>A site whose name, story title, tag, text, table and code are as long as a writer can make them.</summary>
    private static readonly Dictionary<string, string> LongSite = new()
    {
        ["statiq.config"] = "name: Stichting Welzijn en Mantelzorgondersteuning Amsterdam-Oost\nurl: https://www.test.example\ncontact:\n  phone: 020 123 45 67\n"
            + "  email: informatieenadviesbalievoormantelzorgers@welzijnenmantelzorgondersteuning.example\n",
        ["input/pages/home.md"] = "---\ntitle: Welkom\n---\nWij helpen mensen in de wijk.\n",
        ["input/pages/contact.md"] = "---\ntitle: Contact\n---\nBel ons gerust.\n",
        ["input/team/anouk.md"] = "---\nname: Anouk\nrole: Coördinator\n---\nAnouk werkt in de wijk.\n",
        ["input/stories/2026-01-01-lang.md"] = $"---\ntitle: {LongWord} in de wijk\ndate: 2026-01-01\nauthor: anouk\ntags: [{LongWord}]\n---\n"
            + "Lees https://www.example.com/een/heel/lang/adres/zonder/spaties/dat/maar/doorgaat/tot/het/niet/meer/past.html eens.\n\n"
            + $"| Dag | Tijd | Plaats | Omschrijving | Contactpersoon | Telefoon |\n| --- | --- | --- | --- | --- | --- |\n"
            + $"| Maandag | 09:00-12:00 | Buurthuis De Lindenhof | {LongWord} | Anouk | 020 123 45 67 |\n\n"
            + "```\nnaam-van-een-bestand-zonder-spaties-die-niet-afbreekt-en-breder-is-dan-het-scherm-van-een-telefoon.pdf\n```\n\n"
            + $"Het woord `{LongWord}` als code.\n",
    };

    [Fact]
    public async Task LongNamesWordsAddressesTablesAndCodeFitA320PixelScreen()
    {
        var root = Path.Combine(Path.GetTempPath(), $"thuisbasis-reflow-{Guid.NewGuid():N}");
        foreach (var (path, text) in LongSite)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, path))!);
            File.WriteAllText(Path.Combine(root, path), text, new UTF8Encoding(false));
        }
        await using var server = StaticSiteServer.Start(Path.Combine(root, "output"));
        var result = new SiteEngine(new BuildOptions
        {
            Root = root, Output = Path.Combine(root, "output"), Date = SiteFixture.BuildDate, BaseUrl = server.BaseUrl,
        }).BuildAndWrite();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var context = await site.Browser.NewContextAsync(new() { BaseURL = server.BaseUrl, ViewportSize = new() { Width = 320, Height = 640 }, Locale = "nl-NL" });
        try
        {
            var page = await context.NewPageAsync();
            var report = new List<string>();
            foreach (var path in new[] { "/", "/verhalen/lang/", "/verhalen/", "/onderwerp/", "/contact/" })
            {
                await page.GotoAsync(path);
                var sticking = await page.EvaluateAsync<string[]>(StickingOut);
                if (sticking.Length > 0) report.Add($"{path}: {string.Join(", ", sticking)}");
            }
            Assert.True(report.Count == 0, "Wider than a 320 px screen:\n" + string.Join("\n", report));

            // The table keeps its columns and scrolls within itself; the keyboard can reach it to scroll it.
            await page.GotoAsync("/verhalen/lang/");
            var table = page.GetByRole(AriaRole.Region, new() { Name = "Tabel", Exact = true });
            var sizes = await table.EvaluateAsync<int[]>("t => [t.scrollWidth, t.clientWidth]");
            Assert.True(sizes[0] > sizes[1], $"The table is squeezed to {sizes[1]} px instead of scrolling within itself.");
            // Still a table to a screen reader, with its header cells (WCAG 1.3.1), though it scrolls as a block.
            Assert.Equal(1, await page.GetByRole(AriaRole.Table).CountAsync());
            Assert.Equal(1, await page.GetByRole(AriaRole.Columnheader, new() { Name = "Omschrijving", Exact = true }).CountAsync());
            var axe = await page.RunAxe();
            Assert.True(axe.Violations is null or { Length: 0 }, AxeReport.Describe(page.Url, "320×640", axe.Violations ?? []));
            var reached = false;
            for (var i = 0; i < 60 && !reached; i++)
            {
                await page.Keyboard.PressAsync("Tab");
                reached = await table.EvaluateAsync<bool>("t => document.activeElement === t");
            }
            Assert.True(reached, "Tab never reaches the table's block, so a keyboard cannot scroll it.");
        }
        finally
        {
            await context.CloseAsync();
            try { Directory.Delete(root, recursive: true); } catch (IOException) { /* a temp folder left behind is harmless */ }
        }
    }
}
