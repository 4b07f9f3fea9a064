using Thuisbasis.Content;
using Thuisbasis.Model;
using Thuisbasis.Pipeline;
using Thuisbasis.Tests.Preview;

namespace Thuisbasis.Tests.Content;

/// <summary>
/// What editors, Office, macOS, Windows and Git leave next to a writer's files in <c>input/</c> is never content: a build
/// with them publishes exactly what a build without them does and says nothing more.
/// </summary>
public sealed class LeftBehindFilesTests
{
    private static readonly DateOnly Today = new(2026, 12, 4);
    private const string Story = "2026-10-20-warm-de-winter-door.md";

    /// <summary>Each name as the tool that leaves it writes it (for the story <c>verhaal.md</c> or a photo).</summary>
    private static readonly string[] Names =
    [
        "._verhaal.md", ".DS_Store", "Icon\r",                                       // macOS: AppleDouble, Finder, a folder's icon
        "Thumbs.db", "thumbs.db", "desktop.ini", "Desktop.ini", "ehthumbs.db",         // Windows Explorer (names in any case)
        "~$verhaal.md", ".~lock.verhaal.md#", "~WRL0001.TMP",                        // Word, LibreOffice
        "verhaal.md~", ".verhaal.md.swp", "verhaal.md.swp", "4913",                  // vim
        "verhaal.md.tmp", "#verhaal.md#", ".#verhaal.md",                            // editors' temp files, Emacs
        "verhaal.md___jb_tmp___", "verhaal.md___jb_old___",                          // JetBrains "safe write"
        "verhaal.md.crswap",                                                         // Chromium saving through the File System Access API
        "verhaal.md.kate-swp",                                                       // Kate
        "verhaal.md.orig", "foto.jpg.orig",                                          // git mergetool's backup
        "foto.jpg:Zone.Identifier", "verhaal.md:Zone.Identifier",                    // a download copied from Windows into WSL
        "folder.pdf.crdownload", "folder.pdf.part",                                  // a browser's download in progress or broken off
        "logo.sync-conflict-20260101-101010-ABC1234.svg",                            // Syncthing's copy at a conflict
        "7A3F2B00", "@eaDir", "$RECYCLE.BIN",                                        // Excel saving; a Synology NAS; Windows' bin
    ];

    public static TheoryData<string> LeftBehind() => new(Names);

    [Theory]
    [MemberData(nameof(LeftBehind))]
    public void WhatToolsLeaveBehindIsNeverContent(string name) => Assert.True(SiteFiles.IsIgnored(name), name);

    [Theory]
    [InlineData("verhaal.md")]
    [InlineData("foto.jpg")]
    [InlineData("thumbs.png")]
    [InlineData("icon.svg")]
    [InlineData("4913.md")]
    [InlineData("origineel.pdf")]
    [InlineData("jaarverslag-2025.pdf")]
    [InlineData("20260101")]
    [InlineData("verhaal.sync-conflict-20260101-101010-ABC1234.md")] // a text's copy is reported (TB0124), not passed over
    public void WritersOwnFilesAreContent(string name) => Assert.False(SiteFiles.IsIgnored(name), name);

    [Fact]
    public void ABuildWithLeftBehindFilesPublishesAndSaysWhatABuildWithoutThemDoes()
    {
        using var clean = SampleCopy.Make();
        using var littered = SampleCopy.Make();
        var story = File.ReadAllText(Path.Combine(littered.Root, "input", "stories", Story));
        var photo = File.ReadAllBytes(Path.Combine(littered.Root, "input", "assets", "img", "home-buurt.png"));
        foreach (var folder in new[] { "input/stories", "input/assets/img", "input" })
            foreach (var name in Names)
            {
                var file = Path.Combine(littered.Root, folder, name.Replace("verhaal.md", Story));
                // An AppleDouble file holds resource-fork bytes, a backup or swap file a (partial) copy of the real one.
                if (name.StartsWith("._", StringComparison.Ordinal)) File.WriteAllBytes(file, [0, 5, 22, 7, 0, 2, 0, 0, .. "Mac OS X"u8]);
                else if (name.Contains("foto")) File.WriteAllBytes(file, photo[..(photo.Length / 2)]);
                else File.WriteAllText(file, story[..(story.Length / 2)]);
            }

        var expected = Build(clean.Root);
        var actual = Build(littered.Root);

        Assert.Equal(expected.Diagnostics.Select(d => d.ToString()), actual.Diagnostics.Select(d => d.ToString()));
        Assert.True(actual.Succeeded);
        Assert.Equal(expected.Files.Select(f => f.Path).Order(StringComparer.Ordinal), actual.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
    }

    private static BuildResult Build(string root) =>
        new SiteEngine(new BuildOptions { Root = root, Date = Today }) { Incremental = false }.Build();
}

/// <summary>
/// A name that is not UTF-8 (a zip made by Windows unpacked on Linux, a copy from an old share: `café.png` with é as the
/// single byte 0xE9) cannot be opened under the name read; the build crashed with an English stack trace, and a preview
/// started with it served "De site wordt gebouwd…" for ever. Now TB0006 names the file, and the rest is built.
/// </summary>
public sealed class UnreadableFileNameTests
{
    [Fact]
    public void AFileNameThatIsNotUtf8IsNamedWithWhatToDo()
    {
        using var site = new Support.FixtureSite();
        site.WriteBytes("input/assets/img/goed.png", Feeds.FeedTestSupport.Png(800, 600));
        var folder = Path.Combine(site.Root, "input/assets/img");
        // .NET names files in UTF-8; the shell writes the byte as it is.
        using (var copy = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("/bin/sh", ["-c", "cp goed.png \"$(printf 'caf\\351.png')\""]) { WorkingDirectory = folder })!)
            copy.WaitForExit();
        Assert.Equal(2, Directory.GetFiles(folder).Length);

        var result = site.Build();
        var d = Assert.Single(result.Diagnostics, d => d.Code == "TB0006");
        Assert.Equal((Diagnostics.Severity.Error, 1, 1), (d.Severity, d.Line, d.Column));
        Assert.StartsWith("input/assets/img/caf", d.Path);
        Assert.Contains("`cafe.png`", d.Help);
        Assert.DoesNotContain(result.Diagnostics, x => x.Code == "TB0001");
    }
}
