using System.Diagnostics;
using System.Text;
using Thuisbasis.Content;
using Thuisbasis.Diagnostics;
using Thuisbasis.Rendering;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Hardening;

/// <summary>
/// One site, written on Windows laptops and Macs and built on Linux: what Git for Windows, sync folders and the two
/// desktops' file names do to it. The same site gives the same bytes on every machine, and a name that only works on
/// one machine is reported with the name to use instead.
/// </summary>
public sealed class WritersOperatingSystemsTests
{
    static WritersOperatingSystemsTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Story = "---\ntitle: Samen koken\ndate: 2026-11-02\nauthor: anouk-visser\ntags: [Café, Ouderen]\n---\nEerste regel  \ntweede regel.\n\n<div>\nIn HTML.\n</div>\n";

    /// <summary>
    /// A Windows checkout (Git for Windows' <c>core.autocrlf=true</c>) or Notepad gives every layout and partial CRLF:
    /// Scriban copied them into every page, so the site built on a writer's laptop differed in every page from the
    /// server's build of the same commit.
    /// </summary>
    [Fact]
    public void LayoutsAndPartialsWithWindowsLineEndingsGiveTheSameBytesAsWithLinuxOnes()
    {
        using var linux = new FixtureSite();
        using var windows = new FixtureSite();
        var theme = BuiltInTheme.Folder!;
        foreach (var site in new[] { linux, windows })
        {
            site.Write("input/stories/samen-koken.md", Story);
            foreach (var folder in new[] { "layouts", "partials" })
                foreach (var file in Directory.GetFiles(Path.Combine(theme, folder), "*.sbn-html"))
                {
                    var text = File.ReadAllText(file);
                    site.WriteBytes($"overrides/{folder}/{Path.GetFileName(file)}",
                        Encoding.UTF8.GetBytes(site == windows ? text.Replace("\r\n", "\n").Replace("\n", "\r\n") : text.Replace("\r\n", "\n")));
                }
        }
        var expected = linux.Build();
        var actual = windows.Build();
        Assert.True(expected.Succeeded, expected.Describe());
        Assert.True(actual.Succeeded, actual.Describe());
        var pages = expected.Files.Where(f => f.Bytes is not null && f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pages);
        Assert.Equal(expected.Files.Select(f => f.Path).Order(StringComparer.Ordinal), actual.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
        foreach (var page in expected.Files.Where(f => f.Bytes is not null))
        {
            var other = actual.Files.Single(f => f.Path == page.Path);
            Assert.True(page.Bytes!.AsSpan().SequenceEqual(other.Bytes), $"{page.Path} differs between the LF and the CRLF theme");
        }
        Assert.DoesNotContain((byte)'\r', actual.Files.Single(f => f.Path == "index.html").Bytes!);
    }

    /// <summary>
    /// Git for Windows and GitHub Desktop check a repository out with <c>core.autocrlf=true</c>: without a
    /// <c>.gitattributes</c> every text file of a new site (and of this sample site) came out with CRLF on a Windows
    /// laptop. A real clone with that setting gives Linux line endings, and leaves a photo's bytes as they are.
    /// </summary>
    [Theory]
    [InlineData(".gitattributes")]
    [InlineData("src/Thuisbasis.Templates/site/.gitattributes")]
    public void ASiteClonedOnWindowsKeepsLinuxLineEndingsAndPhotosAsTheyAre(string attributes)
    {
        var root = Building.SampleSiteTests.RepositoryRoot();
        var work = Path.Combine(Path.GetTempPath(), "tb-autocrlf-" + Guid.NewGuid().ToString("N")[..10]);
        try
        {
            var origin = Path.Combine(work, "origin");
            Directory.CreateDirectory(Path.Combine(origin, "input", "stories"));
            Directory.CreateDirectory(Path.Combine(origin, "input", "assets"));
            File.Copy(Path.Combine(root, attributes), Path.Combine(origin, ".gitattributes"));
            File.WriteAllText(Path.Combine(origin, "statiq.config"), "name: Test\nurl: https://www.test.example\n");
            File.WriteAllText(Path.Combine(origin, "input", "stories", "henk.md"), "---\ntitle: Henk\n---\nTekst.\n");
            // A photo whose bytes hold line feeds and no NUL, which Git's guess alone would take for text.
            byte[] photo = [0xFF, 0xD8, 0xFF, 0xE0, (byte)'\n', (byte)'a', (byte)'\n', 0xFF, 0xD9];
            File.WriteAllBytes(Path.Combine(origin, "input", "assets", "foto.jpg"), photo);
            Git(origin, "init", "-q");
            Git(origin, "add", "-A");
            Git(origin, "-c", "user.name=T", "-c", "user.email=t@test.example", "commit", "-q", "-m", "site");
            var clone = Path.Combine(work, "laptop");
            Git(work, "-c", "core.autocrlf=true", "clone", "-q", "-c", "core.autocrlf=true", origin, clone);
            Assert.DoesNotContain((byte)'\r', File.ReadAllBytes(Path.Combine(clone, "input", "stories", "henk.md")));
            Assert.DoesNotContain((byte)'\r', File.ReadAllBytes(Path.Combine(clone, "statiq.config")));
            Assert.Equal(photo, File.ReadAllBytes(Path.Combine(clone, "input", "assets", "foto.jpg")));
        }
        finally
        {
            if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        }
    }

    private static void Git(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        using var git = Process.Start(start)!;
        var error = git.StandardError.ReadToEnd();
        git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', args)}: {error}");
    }

    private const string Henk = "---\ntitle: Henk en de blauwe envelop\ndate: 2026-06-07\nauthor: anouk-visser\n---\nHenk vertelt.\n";

    /// <summary>
    /// A copy made by a sync tool or a desktop whose title was changed since (two laptops edited the story, or the writer
    /// corrected the copy): the same-title check (TB0124) missed it, so the story was published twice and went to the
    /// feeds, and from there to social media, twice.
    /// </summary>
    [Theory]
    [InlineData("henk (conflicted copy 2026-12-01).md")]               // Dropbox
    [InlineData("henk (Anouk's conflicted copy 2026-12-01).md")]       // Dropbox, shared folder
    [InlineData("henk (Conflicterende kopie van Laptop 2026-12-01).md")] // Dropbox in Dutch
    [InlineData("henk-LAPTOP-AB12.md")]                                // OneDrive
    [InlineData("henk (1).md")]                                        // Google Drive, Explorer
    [InlineData("henk 2.md")]                                          // Finder, "keep both"
    [InlineData("henk kopie.md")]                                      // Finder in Dutch
    [InlineData("henk copy 2.md")]                                     // Finder in English
    [InlineData("henk - Kopie.md")]                                    // Explorer in Dutch
    [InlineData("henk - Copy (2).md")]                                 // Explorer in English
    public void AnEditedCopyFromASyncToolOrDesktopIsAnErrorNamingTheOriginal(string copy)
    {
        using var site = new FixtureSite();
        site.Write("input/stories/henk.md", Henk);
        site.Write("input/stories/" + copy, Henk.Replace("blauwe envelop", "blauwe envelop, bijgewerkt"));
        var result = site.Build();
        Assert.False(result.Succeeded);
        var d = Assert.Single(result.Diagnostics, x => x.IsError);
        Assert.Equal(("TB0165", "input/stories/" + copy, 2), (d.Code, d.Path, d.Line));
        Assert.Contains("`input/stories/henk.md`", d.Message);
        Assert.Contains("`henk.md`", d.Help);
    }

    /// <summary>Pages, services and team members have no date, so only their names tell a copy: the page stood on the site twice.</summary>
    [Fact]
    public void CopiesOfAPageAServiceAndAPersonAreErrorsAndADraftCopyIsNot()
    {
        using var site = new FixtureSite();
        site.Write("input/pages/privacy.md", "---\ntitle: Privacy\n---\nTekst.\n");
        site.Write("input/pages/privacy (1).md", "---\ntitle: Privacyverklaring\n---\nTekst.\n");
        site.Write("input/services/taalcafe.md", "---\ntitle: Taalcafé\nsummary: Samen Nederlands praten.\n---\nT.\n");
        site.Write("input/services/taalcafe - Kopie.md", "---\ntitle: Taalcafé op dinsdag\nsummary: Samen Nederlands praten.\n---\nT.\n");
        site.Write("input/team/anouk-visser-LAPTOP7.md", "---\nname: Anouk Visser\nrole: Opbouwwerker in Oost\n---\nAnouk.\n");
        site.Write("input/stories/henk.md", Henk);
        site.Write("input/stories/henk (conflicted copy 2026-12-01).md", Henk.Replace("date:", "draft: true\ndate:").Replace("Henk en", "Henk, en"));
        var errors = site.Build().Diagnostics.Where(d => d.IsError).ToList();
        Assert.Equal(["input/pages/privacy (1).md", "input/services/taalcafe - Kopie.md", "input/team/anouk-visser-LAPTOP7.md"],
            errors.Select(d => d.Path).Order(StringComparer.Ordinal));
        Assert.All(errors, d => Assert.Equal("TB0165", d.Code));
    }

    /// <summary>Names that only look like copies: no file of the name they would be made from, or a name in small letters.</summary>
    [Fact]
    public void NamesWithNumbersOrCapitalsThatAreNoCopiesAreNotReported()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/henk.md", Henk);
        site.Write("input/stories/henk-2.md", Henk.Replace("blauwe envelop", "groene envelop"));
        site.Write("input/stories/henk-deel-2.md", Henk.Replace("blauwe envelop", "rode envelop"));
        site.Write("input/stories/deel 2.md", Henk.Replace("blauwe envelop", "witte envelop"));
        site.Write("input/stories/henk-AOW.md", Henk.Replace("blauwe envelop", "AOW"));
        site.Write("input/stories/top 10 (2026).md", Henk.Replace("blauwe envelop", "top 10"));
        var result = site.Build();
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
    }

    /// <summary>
    /// Names a Mac or Linux takes but Windows cannot have: the build published them without a word, and a colleague on
    /// Windows got "invalid path" from GitHub Desktop and could not get the site at all.
    /// </summary>
    [Theory]
    [InlineData("input/assets/koor: zomer.pdf", "koor: zomer.pdf", "`:`", "koor-zomer.pdf")]
    [InlineData("input/assets/wat nu?.pdf", "wat nu?.pdf", "`?`", "wat nu.pdf")]
    [InlineData("input/assets/\"huis\" <oost> | west.pdf", "\"huis\" <oost> | west.pdf", "`\"`, `<`, `>` en `|`", "huis-oost-west.pdf")]
    [InlineData("input/assets/folder.pdf.", "folder.pdf.", "eindigt op een punt", "folder.pdf")]
    [InlineData("input/assets/folder.pdf ", "folder.pdf ", "eindigt op een spatie", "folder.pdf")]
    [InlineData("input/assets/aux.pdf", "aux.pdf", "`aux`", "aux-1.pdf")]
    [InlineData("input/assets/COM1.pdf", "COM1.pdf", "`COM1`", "COM1-1.pdf")]
    [InlineData("input/stories/con.md", "con.md", "`con`", "con-1.md")]
    [InlineData("input/stories/wat is dit?.md", "wat is dit?.md", "`?`", "wat is dit.md")]
    [InlineData("input/assets/zomer: 2026/foto.pdf", "zomer: 2026", "`:`", "zomer-2026")]
    public void ANameWindowsCannotHaveIsAWarningWithANameThatWorksEverywhere(string file, string name, string problem, string suggested)
    {
        using var site = new FixtureSite();
        if (file.EndsWith(".md", StringComparison.Ordinal)) site.Write(file, Henk);
        else site.WriteBytes(file, "%PDF-1.4\n"u8.ToArray());
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var d = Assert.Single(result.Diagnostics, x => x.Code == "TB0166");
        Assert.Equal((Severity.Warning, file[..(file.IndexOf(name, StringComparison.Ordinal) + name.Length)]), (d.Severity, d.Path));
        Assert.Contains($"`{name}`", d.Message);
        Assert.Contains(problem, d.Message);
        Assert.Contains($"`{suggested}`", d.Help);
        Assert.Null(SiteFiles.WindowsProblem(suggested));
    }

    [Fact]
    public void NamesWindowsCanHaveGiveNoWarning()
    {
        using var site = new FixtureSite();
        foreach (var name in new[] { "folder .pdf", "foto's van de zomer.pdf", "console.pdf", "con-1.pdf", "auxiliary.pdf", "com10.pdf", "café & thee.pdf" })
            site.WriteBytes("input/assets/" + name, "%PDF-1.4\n"u8.ToArray());
        var result = site.Build();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "TB0166");
    }

    /// <summary>
    /// A Mac writer drags a PDF from Finder into the editor: the link spells è as e + accent, as the Mac names files. The
    /// site publishes the file under the single letter (one address on every machine), and an image written so was
    /// found, but a link was not: a warning that the file is not on the site, and a link that led nowhere on Linux.
    /// </summary>
    [Theory]
    [InlineData("folder-cre\u0300che.pdf")] // the file from a Mac, too
    [InlineData("folder-cr\u00e8che.pdf")]  // the file from Windows
    public void ALinkWithTheMacsSeparateAccentLeadsToTheFileAtItsSingleLetterAddress(string file)
    {
        using var site = new FixtureSite();
        site.WriteBytes("input/assets/" + file, "%PDF-1.4\n"u8.ToArray());
        site.Write("input/pages/extra.md", "---\ntitle: Folders\n---\nLees [de folder](/assets/folder-cre\u0300che.pdf).\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "TB0129");
        Assert.True(result.Has("assets/folder-cr\u00e8che.pdf"));
        var page = result.Files.Single(f => f.Source == "input/pages/extra.md" && f.Path.EndsWith("index.html", StringComparison.Ordinal));
        var link = result.Html(page.Path).QuerySelectorAll("main a").Single(a => a.TextContent == "de folder");
        Assert.Equal("/assets/folder-cr\u00e8che.pdf", Uri.UnescapeDataString(link.GetAttribute("href")!));
    }

    /// <summary>
    /// An iPhone's Live Photo copied from the phone brings <c>IMG_1234.MOV</c> beside the photo: for a photo written as
    /// <c>IMG_1234.jpg</c> that was not there, the build suggested showing the film as the picture.
    /// </summary>
    [Fact]
    public void AMissingPhotoIsNeverToldToShowTheLivePhotosFilm()
    {
        using var site = new FixtureSite();
        site.WriteBytes("input/assets/img/IMG_1234.MOV", [0, 0, 0, 20, (byte)'f', (byte)'t', (byte)'y', (byte)'p']);
        site.WriteBytes("input/assets/foto/IMG_1243.jpg", Feeds.FeedTestSupport.Photo(600, 400, SkiaSharp.SKEncodedImageFormat.Jpeg));
        site.Write("input/stories/markt.md", Henk.Replace("Henk vertelt.", "![De markt](/assets/img/IMG_1234.jpg)\n\n![Het plein](/assets/foto/IMG_1234.jpeg)"));
        var missing = site.Build().Diagnostics.Where(d => d.Code == "TB0107").OrderBy(d => d.Line).ToList();
        Assert.Equal(2, missing.Count);
        Assert.All(missing, d => Assert.DoesNotContain(".MOV", d.Help, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("`/assets/foto/IMG_1243.jpg`", missing[1].Help);
    }

    /// <summary>
    /// A partial copied with <c>dotnet run -- override</c> and saved in Notepad as "ANSI" (Windows-1252): every é became
    /// U+FFFD on every page, without a word. Now it is read as content files are: the letters are kept and the writer
    /// hears to save it as UTF-8.
    /// </summary>
    /// <summary>
    /// A hidden folder in the theme's assets (a tool's <c>.cache/</c>, a <c>.well-known/</c>) is passed over as in
    /// <c>input/</c>: the build published it while the preview's watcher never saw it change, so the two differed.
    /// </summary>
    [Fact]
    public void AHiddenFolderInTheThemesAssetsIsNotPublishedAsTheWatcherDoesNotFollowIt()
    {
        using var site = new FixtureSite();
        site.Write("overrides/assets/.well-known/security.txt", "Contact: mailto:veilig@test.example\n");
        site.Write("overrides/assets/css/.cache/oud.css", "body{}\n");
        site.Write("overrides/assets/css/eigen.css", "main{}\n");

        var result = site.Build();

        Assert.True(result.Succeeded, result.Describe());
        Assert.True(result.Has("assets/css/eigen.css"));
        Assert.DoesNotContain(result.Files, f => f.Path.Contains("/.", StringComparison.Ordinal));
        Assert.True(Thuisbasis.Preview.SiteWatcher.Relevant("overrides/assets/css/eigen.css"));
        Assert.False(Thuisbasis.Preview.SiteWatcher.Relevant("overrides/assets/.well-known/security.txt"));
    }

    [Fact]
    public void AnOverrideSavedAsWindows1252KeepsItsLettersAndSaysToSaveItAsUtf8()
    {
        using var site = new FixtureSite();
        var footer = File.ReadAllText(Path.Combine(BuiltInTheme.Folder!, "partials", "footer.sbn-html"))
            .Replace("<footer", "<p class=\"open\">Geopend: maandag, café en crèche</p>\n<footer");
        site.WriteBytes("overrides/partials/footer.sbn-html", Encoding.GetEncoding(1252).GetBytes(footer));
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var d = Assert.Single(result.Diagnostics, x => x.Code == "TB0203");
        Assert.Equal("overrides/partials/footer.sbn-html", d.Path);
        Assert.Equal("Geopend: maandag, café en crèche", result.Html("index.html").QuerySelector("p.open")!.TextContent);
    }
}
