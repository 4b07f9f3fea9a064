using Thuisbasis.Checks;
using Thuisbasis.Diagnostics;
using Thuisbasis.Pipeline;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Content;

/// <summary>
/// A link in a text to an old address that a page lists under <c>redirect_from</c> works on the site: Netlify's
/// <c>_redirects</c> sends the reader on. It is no dead link (TB0129, nor TB0500 in check), but the build says which new
/// address to write (TB0126, a warning check leaves a warning).
/// </summary>
public sealed class OldAddressLinkTests
{
    private const string Hint = "TB0126";

    private static string Story(string title, string body, string extra = "") =>
        $"---\ntitle: {title}\ndate: 2026-01-01\nauthor: anouk-visser\n{extra}---\n{body}\n";

    [Fact]
    public void ALinkToAnOldAddressIsNoDeadLinkButAHintWithTheNewAddress()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/buurtfeest-2026.md", Story("Buurtfeest", "## Het programma\n\nTekst.",
            "redirect_from: [/verhalen/buurtfeest/, /nieuws/*, /index.php?id=12, /oud/:jaar/feest/]\n"));
        const string line = "Zie [feest](/verhalen/buurtfeest/#het-programma), [nieuws](/nieuws/2019/feest.html), [id](/index.php?id=12&x=1), " +
                            "[jaar](/oud/2019/feest/), [ander id](/index.php?id=13) en [weg](/oud/2019/ander/).";
        site.Write("input/stories/a.md", Story("A", line));

        var result = site.Build();

        Assert.True(result.Succeeded, result.Describe());
        var dead = result.Diagnostics.Where(d => d.Code == DeadTextLinks.Code).OrderBy(d => d.Column).ToList();
        Assert.Equal(["/index.php?id=13", "/oud/2019/ander/"], dead.Select(d => d.Message.Split('`')[1]));
        var hints = result.Diagnostics.Where(d => d.Code == Hint).OrderBy(d => d.Column).ToList();
        Assert.Equal(4, hints.Count);
        Assert.All(hints, d => Assert.Equal(Severity.Warning, d.Severity));
        var first = hints[0];
        Assert.Equal(("input/stories/a.md", 6, line.IndexOf("](/verhalen/buurtfeest/", StringComparison.Ordinal) + 3), (first.Path, first.Line, first.Column));
        Assert.Equal("De link `/verhalen/buurtfeest/#het-programma` gaat naar een oud adres: de site stuurt bezoekers door naar " +
                     "`/verhalen/buurtfeest-2026/#het-programma` (`redirect_from` in `input/stories/buurtfeest-2026.md`).", first.Message);
        Assert.Equal("Schrijf liever meteen `/verhalen/buurtfeest-2026/#het-programma`: dan hoeft de bezoeker niet om te lopen, en de link blijft " +
                     "werken als het oude adres ooit weggaat of de site verhuist naar GitHub Pages (dat kent geen doorsturen).", first.Help);
        Assert.All(hints.Skip(1), d => Assert.Contains("`/verhalen/buurtfeest-2026/`", d.Message));
    }

    [Fact]
    public void CheckLetsALinkToAnOldAddressPassAndChecksTheAnchorOnTheNewPage()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/buurtfeest-2026.md", Story("Buurtfeest", "## Het programma\n\nTekst.", "redirect_from: [/verhalen/buurtfeest/]\n"));
        site.Write("input/stories/a.md", Story("A", "Zie [feest](/verhalen/buurtfeest/) en [kop](/verhalen/buurtfeest/#bestaat-niet)."));
        site.Write("input/pages/method.md", "---\ntitle: Werkwijze\n---\nZie [het programma](/verhalen/buurtfeest/#het-programma).\n");
        // A link the theme makes to the old address works as well.
        site.Write("overrides/partials/footer.sbn-html", "<footer><a href=\"/verhalen/buurtfeest/\">Het feest</a></footer>\n");

        var result = site.Build();
        var found = new DiagnosticBag();
        new LinkChecker(site.Root).Check(result, found);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DeadTextLinks.Code);
        Assert.DoesNotContain(found.All(), d => d.Code == "TB0500");
        var anchor = Assert.Single(found.All(), d => d.Code == "TB0501");
        Assert.Contains("`#bestaat-niet`", anchor.Message);
    }

    [Fact]
    public void InThePreviewTheDeadLinkWarningGoesWhenRedirectFromGainsTheAddressAndComesBackWhenItLosesIt()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", Story("A", "Lees ook [het feest](/verhalen/buurtfeest/)."));
        const string feest = "---\ntitle: Buurtfeest\ndate: 2026-01-02\nauthor: anouk-visser\n{0}---\nTekst.\n";
        site.Write("input/stories/buurtfeest-2026.md", string.Format(feest, ""));
        var engine = new SiteEngine(site.Options(drafts: true));
        Assert.Single(engine.Build().Diagnostics, d => d.Code == DeadTextLinks.Code);

        site.Write("input/stories/buurtfeest-2026.md", string.Format(feest, "redirect_from: [/verhalen/buurtfeest/]\n"));
        var gained = engine.Build(["input/stories/buurtfeest-2026.md"]);
        Assert.DoesNotContain(gained.Diagnostics, d => d.Code == DeadTextLinks.Code);
        Assert.Single(gained.Diagnostics, d => d.Code == Hint);
        Assert.Equal(Fresh(site), gained.Diagnostics.Select(d => d.ToString()));

        site.Write("input/stories/buurtfeest-2026.md", string.Format(feest, ""));
        var lost = engine.Build(["input/stories/buurtfeest-2026.md"]);
        Assert.Single(lost.Diagnostics, d => d.Code == DeadTextLinks.Code);
        Assert.DoesNotContain(lost.Diagnostics, d => d.Code == Hint);
        Assert.Equal(Fresh(site), lost.Diagnostics.Select(d => d.ToString()));
    }

    private static IEnumerable<string> Fresh(FixtureSite site) =>
        new SiteEngine(site.Options(drafts: true)) { Incremental = false }.Build().Diagnostics.Select(d => d.ToString());
}
