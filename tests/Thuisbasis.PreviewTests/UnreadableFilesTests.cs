using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using AngleSharp.Html.Parser;
using Thuisbasis.Tests.Preview;
using static Thuisbasis.PreviewTests.SiteProcess;

namespace Thuisbasis.PreviewTests;

/// <summary>
/// Files and folders in <c>input/</c> the computer gives no right to read (copied from another account, a shared drive):
/// each is TB0001 at its path, all at once, the last good site stays, and once the rights are given the site is whole
/// again, in <c>build</c> and in the running preview. The site host runs as its own process, as a writer starts it.
/// Root reads every file whatever its rights, so as root (CI, containers) that process runs without the two
/// capabilities that allow it (<c>setpriv</c>, util-linux): it meets the rights a writer meets.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class UnreadableFilesTests : IDisposable
{
    private const string Story = "input/stories/2026-02-14-wandelen.md";
    private const string Folder = "input/stories/map";
    private const string Photo = "input/assets/img/koffie.png";
    private const string Schedule = "input/assets/rooster.pdf";

    private readonly FixtureSite _site = new();

    [Fact]
    public void BuildNamesEveryUnreadableFileAndFolderAtOnceLeavesTheOutputAndBuildsOnceTheyAreReadable()
    {
        WriteFolderStory("2026-01-02-buurtfeest.md", "Buurtfeest", "Iedereen is welkom.");
        Directory.CreateDirectory(Path.GetDirectoryName(_site.PathOf(Photo))!);
        File.Copy(Path.Combine(RepositoryRoot(), "input/assets/img/dienst-taalcafe.png"), _site.PathOf(Photo));
        File.WriteAllBytes(_site.PathOf(Schedule), "%PDF-1.4\n%%EOF\n"u8.ToArray());
        var (code, text) = Build();
        Assert.True(code == 0, text);
        var output = Path.Combine(_site.Root, "output");
        var before = Snapshot(output);

        MakeUnreadable(Story, Photo, Schedule, Folder);
        (code, text) = Build();

        Assert.True(code == 1, text);
        foreach (var path in new[] { Story, Photo, Schedule, Folder })
            Assert.Single(text.Split('\n'), l => l.StartsWith($"{path}(1,1): error TB0001: ", StringComparison.Ordinal)
                && l.Contains("geen leesrecht", StringComparison.Ordinal));
        Assert.DoesNotContain("Unhandled exception", text);
        Assert.DoesNotContain("   at ", text);
        Assert.Contains("4 fouten", text);
        Assert.Equal(before, Snapshot(output));

        MakeReadable(Story, Photo, Schedule, Folder);
        (code, text) = Build();
        Assert.True(code == 0, text);
        Assert.True(File.Exists(Path.Combine(output, "verhalen/buurtfeest/index.html")), text);
        Assert.True(File.Exists(Path.Combine(output, "assets/rooster.pdf")), text);
    }

    [Fact]
    public async Task ThePreviewShowsAnUnreadableFolderAndSeesItsFilesOnceItIsReadableAndAfterThat()
    {
        WriteFolderStory("2026-01-02-buurtfeest.md", "Buurtfeest", "Iedereen is welkom.");
        MakeUnreadable(Folder);
        var port = FreePort();
        var (program, args) = AsWriter([DotnetHost(), SiteDll(), "preview", "--root", _site.Root, "--port", port.ToString(), "--date", "2026-06-01"]);
        var start = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        var log = new List<string>();
        using var preview = Process.Start(start)!;
        preview.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.Add(e.Data); };
        preview.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.Add(e.Data); };
        preview.BeginOutputReadLine();
        preview.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = new Uri($"http://localhost:{port}/") };
        try
        {
            var home = await Until(http, "/", r => r.Body.Contains("TB0001", StringComparison.Ordinal), log);
            var shown = new HtmlParser().ParseDocument(home.Body).Body!.TextContent;
            Assert.Contains(Folder, shown);
            Assert.Contains("geen leesrecht", shown);
            // The terminal says it once: nothing changed, so no second build prints it again. A build the watcher asked
            // for at the start would have printed within its longest wait (0.4 s) and the build's time.
            await Task.Delay(TimeSpan.FromSeconds(3));
            AssertPrintedOnce(log, $"{Folder}(1,1): error TB0001: ");

            MakeReadable(Folder);
            await Until(http, "/verhalen/buurtfeest/", r => r.Status == HttpStatusCode.OK && r.Body.Contains("Iedereen is welkom."), log);

            // A watcher that could not look into the folder at the start must now see what is written in it.
            WriteFolderStory("2026-01-02-buurtfeest.md", "Buurtfeest", "Neem een stoel mee.");
            await Until(http, "/verhalen/buurtfeest/", r => r.Body.Contains("Neem een stoel mee."), log);
            WriteFolderStory("2026-01-03-opruimdag.md", "Opruimdag", "Handschoenen liggen klaar.");
            await Until(http, "/verhalen/opruimdag/", r => r.Status == HttpStatusCode.OK && r.Body.Contains("Handschoenen liggen klaar."), log);
            AssertPrintedOnce(log, $"{Folder}(1,1): error TB0001: ");
        }
        finally
        {
            if (!preview.HasExited) preview.Kill(entireProcessTree: true);
        }
    }

    private static void AssertPrintedOnce(List<string> log, string start)
    {
        lock (log)
        {
            var lines = log.Where(l => l.StartsWith(start, StringComparison.Ordinal)).ToList();
            Assert.True(lines.Count == 1, $"`{start}` was printed {lines.Count} times. The preview wrote:\n{string.Join('\n', log)}");
        }
    }

    private void WriteFolderStory(string name, string title, string text)
    {
        var full = _site.PathOf(Path.Combine(Folder, name));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full + ".tmp", $"---\ntitle: {title}\ndate: {name[..10]}\nauthor: anna\n---\n{text}\n");
        File.Move(full + ".tmp", full, overwrite: true);
    }

    private (int Code, string Text) Build()
    {
        var (program, args) = AsWriter([DotnetHost(), SiteDll(), "build", "--root", _site.Root, "--date", "2026-06-01"]);
        return Run(program, args);
    }

    /// <summary>The command as a writer's own process runs it: as root, without the rights to read what it may not.</summary>
    private static (string Program, string[] Args) AsWriter(string[] command)
    {
        if (geteuid() != 0) return (command[0], command[1..]);
        const string setpriv = "/usr/bin/setpriv";
        Assert.True(File.Exists(setpriv), "These tests run as root, which reads every file; they need setpriv (apt-get install util-linux) to run the site host without that right.");
        return (setpriv, ["--bounding-set=-dac_override,-dac_read_search", .. command]);
    }

    [DllImport("libc")]
    private static extern uint geteuid();

    private void MakeUnreadable(params string[] paths)
    {
        foreach (var p in paths) File.SetUnixFileMode(_site.PathOf(p), UnixFileMode.None);
    }

    private void MakeReadable(params string[] paths)
    {
        const UnixFileMode file = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        const UnixFileMode folder = file | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        foreach (var p in paths) File.SetUnixFileMode(_site.PathOf(p), Directory.Exists(_site.PathOf(p)) ? folder : file);
    }

    private static Dictionary<string, (long, DateTime)> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => (new FileInfo(f).Length, File.GetLastWriteTimeUtc(f)));

    private static async Task<(HttpStatusCode Status, string Body)> Until(HttpClient http, string path,
        Func<(HttpStatusCode Status, string Body), bool> done, List<string> log)
    {
        (HttpStatusCode, string) last = default;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            try
            {
                using var response = await http.GetAsync(path);
                last = (response.StatusCode, await response.Content.ReadAsStringAsync());
                if (done(last)) return last;
            }
            catch (HttpRequestException) { } // not listening yet
            await Task.Delay(200);
        }
        lock (log) Assert.Fail($"{path} did not show what was expected in 60 s (last: {last.Item1}). The preview wrote:\n{string.Join('\n', log)}");
        return last;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        foreach (var path in Directory.EnumerateFileSystemEntries(_site.Root, "*", SearchOption.AllDirectories).Prepend(_site.Root))
            try { File.SetUnixFileMode(path, Directory.Exists(path) ? (UnixFileMode)0b111_101_101 : (UnixFileMode)0b110_100_100); }
            catch (IOException) { }
        _site.Dispose();
    }
}
