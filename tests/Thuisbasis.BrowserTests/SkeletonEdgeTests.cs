using Deque.AxeCore.Playwright;
using Thuisbasis.BrowserTests.Infrastructure;
using System.Text;
using Thuisbasis.Model;
using Thuisbasis.Pipeline;

namespace Thuisbasis.BrowserTests;

/// <summary>
/// The seven pages as a comms employee leaves them: reordered with a renamed menu item, nothing yet to list (no stories,
/// vacancies, activities or services), a team member with a very long name and no photo, quotes with emphasis and a
/// long one. Every page passes axe at desktop and phone width, and nothing is wider than a 320 px screen.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class SkeletonEdgeTests(SiteFixture shared)
{
    private const string LongName = "Anouk Maria Johanna Wilhelmina van der Heijden-Vanderbroecke-Oudshoorn van Ravensteyn tot Hoogenband";

    /// <summary>The files of the site, written the way a writer leaves them.</summary>
    private static readonly Dictionary<string, string> Files = new()
    {
        ["statiq.config"] = "name: Testorganisatie\nurl: https://www.test.example\ncontact:\n  phone: 020 123 45 67\n  email: Info+Vragen@Test.Example\n"
            + "  street: Lindenhof 12\n  postal_code: 1094 XK\n  city: Amsterdam\n  opening_hours: Maandag tot en met vrijdag van 9.00 tot 17.00 uur\n",
        ["input/pages/home.md"] = "---\ntitle: Welkom\n---\nWij helpen mensen in de wijk.\n",
        ["input/pages/clients.md"] = "---\ntitle: Onze klanten\n---\nTekst.\n",
        ["input/pages/services.md"] = "---\ntitle: Diensten\n---\nTekst.\n",
        ["input/pages/about.md"] = "---\ntitle: Over ons\n---\nTekst.\n",
        ["input/pages/extra.md"] = "---\ntitle: Nieuws\n---\nTekst.\n",
        ["input/pages/method.md"] = "---\ntitle: Werkwijze\ndraft: true\n---\nNog niet af.\n",
        ["input/pages/contact.md"] = "---\ntitle: Contact\nmenu_title: Bel of mail ons\norder: 2\n---\nBel ons gerust.\n",
        ["input/team/anouk-visser.md"] = $"---\nname: {LongName}\nrole: Coördinator vrijwilligers en mantelzorgondersteuning\n---\nAnouk werkt in de wijk.\n",
        ["input/testimonials/ria.md"] = "---\nname: Ria\nrole: cliënt\nconsent: true\nfeatured: true\n---\nIk vond het **heel fijn**, echt *waar*.\n",
        ["input/testimonials/kees.md"] = "---\nname: Kees van der Heijden-Vanderbroecke\nrole: mantelzorger\nconsent: true\nfeatured: true\n---\n"
            + "Ik zorg al jaren voor mijn vrouw. Dankzij de mantelzorgondersteuning heb ik weer lucht.\n",
    };

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(320, 640)]
    public async Task EveryPageOfAnAlmostEmptyEditedSiteHasNoAxeViolationsAndFitsTheScreen(int width, int height)
    {
        var root = Path.Combine(Path.GetTempPath(), $"thuisbasis-skeleton-{Guid.NewGuid():N}");
        foreach (var (path, text) in Files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, path))!);
            File.WriteAllText(Path.Combine(root, path), text, new UTF8Encoding(false));
        }
        await using var server = StaticSiteServer.Start(Path.Combine(root, "output"));
        var result = new SiteEngine(new BuildOptions
        {
            Root = root, Output = Path.Combine(root, "output"), Date = SiteFixture.BuildDate, BaseUrl = server.BaseUrl,
        }).BuildAndWrite();
        Assert.True(result.Succeeded && result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));

        var context = await shared.Browser.NewContextAsync(new() { BaseURL = server.BaseUrl, ViewportSize = new() { Width = width, Height = height }, Locale = "nl-NL" });
        try
        {
            var page = await context.NewPageAsync();
            var report = new List<string>();
            string[] paths = ["/", "/contact/", "/onze-klanten/", "/diensten/", "/over-ons/", "/extra/"];
            foreach (var path in paths)
            {
                await page.GotoAsync(path);
                var axe = await page.RunAxe();
                Assert.True(axe.Passes is { Length: > 0 }, $"axe checked nothing on {path}");
                if (axe.Violations is { Length: > 0 } v) report.Add(AxeReport.Describe(page.Url, $"{width}×{height}", v));
                var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
                if (overflow > 0) report.Add($"{path} at {width} px is {overflow} px wider than the screen.");
            }
            Assert.True(report.Count == 0, string.Join(Environment.NewLine, report));

            await page.GotoAsync("/");
            var menu = await page.Locator("nav[aria-label=Hoofdmenu] a").AllTextContentsAsync();
            Assert.Equal(["Home", "Bel of mail ons", "Onze klanten", "Diensten", "Over ons", "Extra"], menu.Select(m => m.Trim()));
        }
        finally
        {
            await context.CloseAsync();
            try { Directory.Delete(root, recursive: true); } catch (IOException) { /* a temp folder left behind is harmless */ }
        }
    }
}
