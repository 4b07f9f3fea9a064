using AngleSharp.Html.Parser;
using Thuisbasis.Pipeline;
using Thuisbasis.Tests.Support;
using Thuisbasis.Model;

namespace Thuisbasis.Tests.Hardening;

/// <summary>
/// Pasted HTML on a whole site: every kind of body is cleaned, each removal is one warning with the file's own line,
/// <c>security.raw_html</c> switches it off, and a site without pasted HTML comes out byte for byte as before.
/// </summary>
public sealed class PastedHtmlSiteTests
{
    // The image exists: a pasted image of a file that is not there is an error of its own (TB0107).
    private const string Pasted = "Tekst.\n\n<script>alert(1)</script>\n\n<img src=/assets/img/foto.png alt=Buurthuis onerror=alert(2)>\n";

    private static FixtureSite SiteWithPastedHtmlEverywhere()
    {
        var site = new FixtureSite();
        site.WriteBytes("input/assets/img/foto.png", Feeds.FeedTestSupport.Png(800, 600));
        site.Write("input/stories/plakken.md", "---\ntitle: Geplakt\ndate: 2026-01-05\nauthor: anouk-visser\n---\n" + Pasted);
        site.Write("input/vacancies/v.md", "---\ntitle: V\ndate: 2026-10-01\nclosing_date: 2027-01-31\nkind: paid\nlocation: Oost\n" +
            "contact: { name: A, email: a@test.example }\napply_email: werk@test.example\n---\n" + Pasted);
        site.Write("input/services/s.md", "---\ntitle: Dienst\nsummary: Kort.\n---\n" + Pasted);
        site.Write("input/testimonials/t.md", "---\nname: Ria\nrole: Bewoner\nconsent: true\nfeatured: true\n---\n" + Pasted);
        site.Write("input/pages/about.md", "---\ntitle: Over ons\n---\n" + Pasted);
        site.Write("input/team/anouk-visser.md", "---\nname: Anouk Visser\nrole: Opbouwwerker\n---\n" + Pasted);
        return site;
    }

    [Theory]
    [InlineData(@"Zie ![Markt](C:\Users\anouk\Pictures\Markt 2026.jpg)", 14, @"C:\Users\anouk\Pictures\Markt 2026.jpg", "Zet `Markt 2026.jpg` in de map `input/assets/img/` en schrijf `</assets/img/Markt 2026.jpg>`.")]
    [InlineData(@"![Markt](C:\Users\anouk\Pictures\markt.jpg)", 10, @"C:\Users\anouk\Pictures\markt.jpg", "Zet `markt.jpg` in de map `input/assets/img/` en schrijf `/assets/img/markt.jpg`.")]
    [InlineData(@"<img src=""file:///Users/anouk/Desktop/foto.png"" alt=""Markt"">", 11, "file:///Users/anouk/Desktop/foto.png", "Het staat al in de site: schrijf `/assets/img/foto.png`.")]
    [InlineData(@"Lees [het jaarverslag](C:/Documenten/Jaarverslag 2025.pdf).", 24, "C:/Documenten/Jaarverslag 2025.pdf", "Zet `Jaarverslag 2025.pdf` in de map `input/assets/` en schrijf `</assets/Jaarverslag 2025.pdf>`.")]
    [InlineData(@"<a href=""\\server\gedeeld\rooster.docx"">rooster</a>", 10, @"\\server\gedeeld\rooster.docx", "Zet `rooster.docx` in de map `input/assets/` en schrijf `/assets/rooster.docx`.")]
    public void AnAddressOnTheWritersOwnComputerIsAnErrorThatSaysWhereToPutTheFile(string markdown, int column, string shown, string fix)
    {
        using var site = new FixtureSite();
        site.WriteBytes("input/assets/img/foto.png", Feeds.FeedTestSupport.Png(800, 600));
        site.Write("input/stories/lokaal.md", "---\ntitle: Lokaal\ndate: 2026-01-05\nauthor: anouk-visser\n---\nTekst.\n\n" + markdown + "\n");

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Path == "input/stories/lokaal.md");
        Assert.Equal(("TB0137", 8, column), (error.Code, error.Line, error.Column));
        Assert.Equal($"`{shown}` is een bestand op uw eigen computer; bezoekers van de site kunnen het niet openen.", error.Message);
        Assert.EndsWith(fix, error.ToString());
    }

    /// <summary>
    /// A picture in text pasted from Word points at Word's copy for the clipboard: a file the writer never named, in a
    /// temporary folder they cannot find (and that Word empties). The error says where the picture really is: in Word.
    /// </summary>
    [Theory]
    [InlineData(@"<img width=""602"" src=""file:///C:/Users/anouk/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png"" alt=""Markt"">")]
    [InlineData(@"<img src=""file:///Users/anouk/Library/Group%20Containers/UBF8T346G9.Office/TemporaryItems/msoclip/0/clip_image002.jpg"" alt=""Markt"">")]
    public void APictureFromWordsClipboardSaysToSaveItFromWord(string markdown)
    {
        using var site = new FixtureSite();
        site.Write("input/stories/lokaal.md", "---\ntitle: Lokaal\ndate: 2026-01-05\nauthor: anouk-visser\n---\nTekst.\n\n" + markdown + "\n");

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Path == "input/stories/lokaal.md");
        Assert.Equal("TB0137", error.Code);
        Assert.Matches("^`clip_image00[12].(png|jpg)` is een plaatje dat Word even op uw computer zette toen u de tekst kopieerde;", error.Message);
        Assert.Equal("Sla het plaatje vanuit Word op (rechtermuisknop, 'Opslaan als afbeelding') in de map `input/assets/img/`, met een naam die zegt " +
                     "wat erop staat, en schrijf `![beschrijving](/assets/img/naam.png)`.", error.Help);
    }

    [Fact]
    public void PastedHtmlInEveryKindOfBodyIsRemovedAndReportedWithTheFilesLine()
    {
        using var site = SiteWithPastedHtmlEverywhere();
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var parser = new HtmlParser();
        foreach (var page in new[] { "verhalen/plakken/index.html", "vacatures/v/index.html", "diensten/s/index.html", "over-ons/index.html", "index.html" })
        {
            var doc = parser.ParseDocument(result.Text(page));
            Assert.DoesNotContain(doc.Scripts, s => s.Source is null && s.Type != "application/ld+json");
            Assert.DoesNotContain(doc.All.SelectMany(e => e.Attributes), a => a.Name == "onerror");
        }
        var files = new[] { "input/stories/plakken.md", "input/vacancies/v.md", "input/services/s.md", "input/testimonials/t.md", "input/pages/about.md", "input/team/anouk-visser.md" };
        foreach (var file in files)
        {
            var bodyStart = File.ReadAllLines(Path.Combine(site.Root, file)).ToList().LastIndexOf("---") + 2; // 1-based line of "Tekst."
            var warnings = result.Diagnostics.Where(d => d.Path == file && d.Code == "TB0240").ToList();
            Assert.Equal(2, warnings.Count);
            Assert.Equal((bodyStart + 2, "Het stuk `<script>` is weggelaten"), (warnings[0].Line, warnings[0].Message[..33]));
            Assert.Equal(bodyStart + 4, warnings[1].Line);
            Assert.StartsWith("Het kenmerk `onerror` op `<img>` is weggelaten", warnings[1].Message);
            Assert.All(warnings, w => Assert.False(w.IsError));
        }
        var story = result.Diagnostics.First(d => d.Path == "input/stories/plakken.md");
        Assert.Equal("input/stories/plakken.md(8,1): warning TB0240: Het stuk `<script>` is weggelaten: een verhaal mag geen scripts bevatten. " +
            "Haal het weg. Wilt u een video laten zien, schrijf dan `![titel van de video](adres van de video)` (zie de handleiding).", story.ToString());
        Assert.Contains("een vacature mag geen scripts bevatten", result.Diagnostics.First(d => d.Path == "input/vacancies/v.md").Message);
    }

    /// <summary>
    /// The sanitizer knows the line of what it left out; the column is where the writer typed it on that line, so an editor
    /// that reads the message jumps to the tag or attribute itself. Not found on the line (written otherwise), column 1.
    /// </summary>
    [Fact]
    public void AWarningAboutPastedHtmlPointsAtTheColumnWhereItWasTyped()
    {
        using var site = new FixtureSite();
        site.WriteBytes("input/assets/img/foto.png", Feeds.FeedTestSupport.Png(800, 600));
        site.Write("input/stories/kolom.md", "---\ntitle: Kolom\ndate: 2026-01-05\nauthor: anouk-visser\n---\nTekst.\n\n" +
            "Kom langs <script>alert(1)</script> vandaag.\n\n" +         // line 8
            "Een foto: <img src=/assets/img/foto.png alt=Buurthuis ONERROR=alert(2)>\n\n" + // line 10
            "   ![](https://youtu.be/dQw4w9WgXcQ)\n\n" +                  // line 12
            "Dit is <span style=\"color:red\">rood</span>.\n");           // line 14

        var result = site.Build();

        Assert.True(result.Succeeded, result.Describe());
        var found = result.Diagnostics.Where(d => d.Path == "input/stories/kolom.md" && d.Code.StartsWith("TB024", StringComparison.Ordinal)).Select(d => (d.Code, d.Line, d.Column, d.Message[..20])).ToList();
        Assert.Equal([
            ("TB0240", 8, 11, "Het stuk `<script>` "),
            ("TB0240", 10, 55, "Het kenmerk `onerror"),
            ("TB0241", 12, 4, "De video heeft geen "),
            ("TB0240", 14, 14, "De opmaak `style` op"),
        ], found);
        Assert.Equal(1, PastedHtmlWarningsColumn("Tekst.\n<b>", 5, ["<b"]));
    }

    private static int PastedHtmlWarningsColumn(string body, int line, string[] near) =>
        Thuisbasis.Rendering.SafeHtml.PastedHtmlWarnings.ColumnOf(body, line, near);

    [Fact]
    public void RawHtmlSettingPublishesPastedHtmlWithoutWarnings()
    {
        using var site = SiteWithPastedHtmlEverywhere();
        site.Write("statiq.config", File.ReadAllText(Path.Combine(site.Root, "statiq.config")) + "\nsecurity:\n  raw_html: true\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "TB0240");
        var script = Assert.Single(result.Html("verhalen/plakken/index.html").QuerySelectorAll("main script"));
        Assert.Equal("alert(1)", script.TextContent);
    }

    [Fact]
    public void RawHtmlSettingTakesOnlyTrueOrFalse()
    {
        using var site = new FixtureSite();
        site.Write("statiq.config", File.ReadAllText(Path.Combine(site.Root, "statiq.config")) + "\nsecurity:\n  raw_html: misschien\n");
        var result = site.Build();
        var error = Assert.Single(result.Diagnostics, d => d.Code == "TB0103");
        Assert.Equal("statiq.config", error.Path);
    }

    /// <summary>The sample site has no pasted HTML: with the sanitizer and without it, every file is the same, byte for byte.</summary>
    [Fact]
    public void TheSampleSiteBuildsByteForByteAsWithoutTheSanitizer()
    {
        var root = Repository();
        var work = Path.Combine(Path.GetTempPath(), "tb-sample-" + Guid.NewGuid().ToString("N")[..10]);
        try
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "input"), "*", SearchOption.AllDirectories)
                         .Append(Path.Combine(root, "statiq.config")))
            {
                var target = Path.Combine(work, Path.GetRelativePath(root, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
            var options = new BuildOptions { Root = work, Date = FixtureSite.Today };
            var sanitized = new SiteEngine(options) { Incremental = false }.Build();
            File.AppendAllText(Path.Combine(work, "statiq.config"), "\nsecurity:\n  raw_html: true\n");
            var raw = new SiteEngine(options) { Incremental = false }.Build();
            Assert.True(sanitized.Succeeded, sanitized.Describe());
            Assert.DoesNotContain(sanitized.Diagnostics, d => d.Code is "TB0240" or "TB0241");
            var pages = sanitized.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
            Assert.True(pages.Count > 20, $"only {pages.Count} pages");
            Assert.Equal(raw.Files.Select(f => f.Path).Order(StringComparer.Ordinal), sanitized.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
            foreach (var file in sanitized.Files.Where(f => f.Bytes is not null))
                Assert.True(file.Bytes!.AsSpan().SequenceEqual(raw.Files.Single(f => f.Path == file.Path).Bytes), $"{file.Path} differs");
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { }
        }
    }

    private static string Repository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Site.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Site.sln niet gevonden boven " + AppContext.BaseDirectory);
    }
}
