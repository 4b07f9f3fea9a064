using System.Text;
using Microsoft.Extensions.Time.Testing;
using Thuisbasis.Output;
using Thuisbasis.Pipeline;
using Xunit.Abstractions;
using Thuisbasis.Model;

namespace Thuisbasis.Tests.Preview;

/// <summary>
/// The preview's promise, checked the brute way: after every random edit, what an engine that rebuilds incrementally
/// serves (files and messages) equals what a fresh engine builds from the same folder, byte for byte. Every cache the
/// preview keeps is covered by this, or it does not belong in the engine.
/// </summary>
/// <remarks>
/// Now and then the day moves on (<see cref="SiteEdits.Today"/>), as under a preview left open for days: the preview's
/// engine then builds with no file changed, or with an edit in the same step, and must still give what a fresh build for
/// that day gives. The preview's engine learns the day from its clock, the fresh builds from <see cref="BuildOptions.Date"/>.
/// About one step in 20 is a burst of 8 to 24 edits, as a checkout or pull makes, with a rebuild that starts mid-burst
/// (<see cref="SiteEdits.Burst"/>). The default run takes 300 steps over three seeds. THUISBASIS_DIFF_STEPS=5000 makes a longer run, and a failure prints
/// the seed and step, which THUISBASIS_DIFF_SEED=&lt;seed&gt; replays.
/// </remarks>
public sealed class DifferentialTests(ITestOutputHelper output)
{
    private static readonly DateOnly Today = new(2026, 12, 4);

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        if (int.TryParse(Environment.GetEnvironmentVariable("THUISBASIS_DIFF_SEED"), out var seed)) data.Add(seed);
        else foreach (var s in new[] { 17, 1723, 90210 }) data.Add(s);
        return data;
    }

    private static int Steps =>
        int.TryParse(Environment.GetEnvironmentVariable("THUISBASIS_DIFF_STEPS"), out var steps) ? steps : 100;

    [Theory]
    [MemberData(nameof(Seeds))]
    public void PreviewServesWhatAFreshBuildMakesAfterEveryEdit(int seed)
    {
        using var site = SampleCopy.Make();
        // No date: the preview asks its clock, as `dotnet run -- preview` does.
        var options = new BuildOptions { Root = site.Root, IncludeDrafts = true, Mode = "preview", BaseUrl = "http://localhost:5080" };
        var clock = new FakeTimeProvider(Noon(Today));
        var preview = new SiteEngine(options) { Clock = clock };
        Assert.True(preview.Build().Succeeded);
        // The fresh builds are what `build` does (every variant of every photo made at once), with an image cache of
        // their own: sharing the preview's, a variant either side made would be the very file the other reads, and
        // photos made when first read would be compared with themselves.
        var freshImages = Path.Combine(site.Root, ".thuisbasis", "cache", "fresh-images");
        var edits = new SiteEdits(site.Root, new Random(seed), Today, new Random(~seed));
        var log = new List<string>();
        var failedSteps = 0;
        // Steps in which a link in a text came to lead nowhere, and in which one came to lead somewhere again (TB0129).
        var (deadLinkCame, deadLinkWent) = (0, 0);
        var deadBefore = new HashSet<string>(StringComparer.Ordinal);
        // Steps in which a story's redirect_from gained an old address a text links to, and in which it lost it (TB0126).
        var (redirectCame, redirectWent) = (0, 0);
        var redirectedBefore = new HashSet<string>(StringComparer.Ordinal);
        var sameTestimonial = 0; // steps with a copied testimonial on the site (TB0125)
        // Steps in which a text links to the page of a story with an error of its own (no TB0129: its own error says what to fix).
        var linkToOwnError = 0;
        // Steps in which the day moved: with no file changed, with an edit too, across a date the content names; those in
        // which the move itself changed what a fresh build gives (messages, or files when it succeeded), and of those the
        // ones with a good build, whose files the preview's were compared with.
        var (dayAlone, dayWithEdit, dayAcrossDate, dayChangedBuild, dayChangedFiles) = (0, 0, 0, 0, 0);
        var builds = true;
        // About one step in 20 is a burst (a checkout's dozens of files, a rebuild starting mid-burst); decided apart
        // from the edits' own random numbers, as the day's moves are.
        var bursts = new Random(seed ^ 0x5eed);
        var burstSteps = 0;
        for (var step = 1; step <= Steps; step++)
        {
            IReadOnlyCollection<string> changed;
            if (bursts.Next(20) == 0)
            {
                burstSteps++;
                changed = edits.Burst(builds, early => preview.Build(early));
            }
            else changed = edits.Next(builds);
            log.Add($"{step}: {edits.Last} ({string.Join(", ", changed)})");
            clock.SetUtcNow(Noon(edits.Today));
            var incremental = preview.Build(changed);
            var fresh = FreshBuild(options with { Date = edits.Today }, freshImages);
            if (edits.LastDay.Moved)
            {
                if (changed.Count > 0) dayWithEdit++;
                else dayAlone++;
                if (edits.LastDay.AcrossDate) dayAcrossDate++;
                // The same files on the day before the move: what the move alone changed.
                if (Compare(fresh, FreshBuild(options with { Date = edits.LastDay.From }, freshImages)) is not null)
                {
                    dayChangedBuild++;
                    if (fresh.Succeeded) dayChangedFiles++;
                }
            }
            builds = fresh.Succeeded;
            if (!fresh.Succeeded) failedSteps++;
            var dead = fresh.Diagnostics.Where(d => d.Code == DeadTextLinks.Code).Select(d => d.ToString()).ToHashSet(StringComparer.Ordinal);
            if (!dead.IsSubsetOf(deadBefore)) deadLinkCame++;
            if (!deadBefore.IsSubsetOf(dead)) deadLinkWent++;
            deadBefore = dead;
            var redirected = fresh.Diagnostics.Where(d => d.Code == DeadTextLinks.OldAddressCode).Select(d => d.ToString()).ToHashSet(StringComparer.Ordinal);
            if (edits.Last.Contains("redirect_from", StringComparison.Ordinal))
            {
                if (!redirected.IsSubsetOf(redirectedBefore)) redirectCame++;
                if (!redirectedBefore.IsSubsetOf(redirected)) redirectWent++;
            }
            redirectedBefore = redirected;
            if (fresh.Diagnostics.Any(d => d.Code == "TB0125")) sameTestimonial++;
            if (LinksToAStoryWithAnError(site.Root, fresh)) linkToOwnError++;
            var difference = Compare(incremental, fresh);
            if (difference is not null)
                Assert.Fail($"Seed {seed}, step {step} ({edits.Last}): {difference}\nReplay with THUISBASIS_DIFF_SEED={seed}. Edits:\n" +
                    string.Join("\n", log.TakeLast(12)));
        }
        output.WriteLine($"seed {seed}: {Steps} steps, {failedSteps} of them with errors; a link came to lead nowhere in {deadLinkCame}, " +
                         $"somewhere again in {deadLinkWent}; one came to go through an old address in {redirectCame}, stopped in {redirectWent}; " +
                         $"a testimonial was on the site twice in {sameTestimonial}; {burstSteps} were bursts; a text linked to a story with an error of its own in {linkToOwnError}; " +
                         $"the day moved in {dayAlone + dayWithEdit} " +
                         $"({dayAlone} with no file changed, {dayWithEdit} with an edit, {dayAcrossDate} across a date in the content; " +
                         $"the move changed the build in {dayChangedBuild}, its files in a good build in {dayChangedFiles}), to {edits.Today:yyyy-MM-dd}");
        // The edits must exercise both good and broken states, or the comparison proves little.
        Assert.InRange(failedSteps, 1, Steps - 1);
        Assert.InRange(deadLinkCame, 1, Steps);
        Assert.InRange(deadLinkWent, 1, Steps);
        Assert.InRange(redirectCame, 1, Steps);
        Assert.InRange(redirectWent, 1, Steps);
        Assert.InRange(linkToOwnError, 1, Steps);
        Assert.InRange(dayAlone, 1, Steps);
        Assert.InRange(dayWithEdit, 1, Steps);
        Assert.InRange(dayAcrossDate, 1, Steps);
        Assert.InRange(dayChangedFiles, 1, dayChangedBuild);
        Assert.InRange(burstSteps, 1, Steps);
    }

    /// <summary>Whether a content file links by address (as <see cref="SiteEdits"/> does) to the page of a story with an error of its own.</summary>
    private static bool LinksToAStoryWithAnError(string root, BuildResult fresh)
    {
        var addresses = fresh.Content!.FilesWithErrors.Where(p => p.StartsWith("input/stories/", StringComparison.Ordinal))
            .Select(p => $"/verhalen/{System.Text.RegularExpressions.Regex.Replace(Path.GetFileNameWithoutExtension(p), @"^\d{4}-\d{2}-\d{2}-", "")}/")
            .ToList();
        return addresses.Count > 0 && Directory.EnumerateFiles(Path.Combine(root, "input"), "*.md", SearchOption.AllDirectories)
            .Select(File.ReadAllText)
            .Any(text => addresses.Any(a => text.Contains($"({a})", StringComparison.Ordinal) || text.Contains($"href=\"{a}\"", StringComparison.Ordinal)));
    }

    /// <summary>What `build` makes, in memory, with the fresh builds' own image cache.</summary>
    private static BuildResult FreshBuild(BuildOptions options, string images) =>
        new SiteEngine(options) { Incremental = false, ImageStore = new Thuisbasis.Images.ImageStore(images) }.Build();

    /// <summary>Midday of <paramref name="day"/>: the same day in the site's time zone (Amsterdam) as in UTC.</summary>
    private static DateTimeOffset Noon(DateOnly day) => new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

    [Fact]
    public void OneOffStreamingBuildWritesWhatAnInMemoryBuildMakes()
    {
        using var site = SampleCopy.Make();
        var edits = new SiteEdits(site.Root, new Random(4));
        for (var round = 0; round < 4; round++)
        {
            var options = new BuildOptions { Root = site.Root, Date = Today, Output = Path.Combine(site.Root, $"out-{round}") };
            var written = new SiteEngine(options) { Incremental = false, StreamToDisk = true }.BuildAndWrite();
            var memory = new SiteEngine(options).Build();
            Assert.Equal(memory.Diagnostics.Select(d => d.ToString()), written.Diagnostics.Select(d => d.ToString()));
            if (memory.Succeeded)
            {
                var onDisk = Directory.EnumerateFiles(options.OutputPath, "*", SearchOption.AllDirectories)
                    .ToDictionary(f => Path.GetRelativePath(options.OutputPath, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
                Assert.Null(CompareFiles(onDisk, Served(memory)));
            }
            for (var i = 0; i < 5; i++) edits.Next();
        }
    }

    /// <summary>Null when both builds give the same messages and (when they succeeded) the same files; else what differs.</summary>
    internal static string? Compare(BuildResult incremental, BuildResult fresh)
    {
        var a = incremental.Diagnostics.Select(d => d.ToString()).ToList();
        var b = fresh.Diagnostics.Select(d => d.ToString()).ToList();
        if (!a.SequenceEqual(b))
            return $"messages differ.\npreview:\n{string.Join("\n", a)}\nfresh build:\n{string.Join("\n", b)}";
        return fresh.Succeeded ? CompareFiles(Served(incremental), Served(fresh)) : null;
    }

    /// <summary>The files of a build by path, first one wins, as the preview serves them.</summary>
    internal static Dictionary<string, byte[]> Served(BuildResult result)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var f in result.Files) files.TryAdd(f.Path, Bytes(f));
        return files;
    }

    private static byte[] Bytes(OutputFile file) => file.Bytes ?? File.ReadAllBytes(file.CopyFrom!);

    private static string? CompareFiles(IReadOnlyDictionary<string, byte[]> preview, IReadOnlyDictionary<string, byte[]> fresh)
    {
        var missing = fresh.Keys.Except(preview.Keys).Order(StringComparer.Ordinal).ToList();
        var extra = preview.Keys.Except(fresh.Keys).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0 || extra.Count > 0)
            return $"files differ: missing in preview [{string.Join(", ", missing.Take(10))}], only in preview [{string.Join(", ", extra.Take(10))}]";
        foreach (var (path, bytes) in fresh.OrderBy(p => p.Key, StringComparer.Ordinal))
            if (!bytes.AsSpan().SequenceEqual(preview[path]))
                return $"{path} differs:\n{FirstDifference(Encoding.UTF8.GetString(preview[path]), Encoding.UTF8.GetString(bytes))}";
        return null;
    }

    internal static string FirstDifference(string preview, string fresh)
    {
        var p = preview.Split('\n');
        var f = fresh.Split('\n');
        for (var i = 0; i < Math.Max(p.Length, f.Length); i++)
        {
            var x = i < p.Length ? p[i] : "(end)";
            var y = i < f.Length ? f[i] : "(end)";
            if (x != y) return $"line {i + 1}\n  preview: {Cut(x)}\n  fresh:   {Cut(y)}";
        }
        return "(same text, other bytes)";
    }

    private static string Cut(string s) => s.Length > 300 ? s[..300] + "…" : s;
}

/// <summary>A copy of the repository's sample site (settings, content, default theme) in a temporary folder.</summary>
internal sealed class SampleCopy : IDisposable
{
    private SampleCopy(string root) => Root = root;

    public string Root { get; }

    public static SampleCopy Make()
    {
        var repo = Building.SampleSiteTests.RepositoryRoot();
        var root = Path.Combine(Path.GetTempPath(), "tb-diff-" + Guid.NewGuid().ToString("N")[..10]);
        Copy(Path.Combine(repo, "input"), Path.Combine(root, "input"));
        Copy(Path.Combine(repo, "themes", "default"), Path.Combine(root, "themes", "default"));
        // Without search: the index is made by Pagefind (found next to the repository, not next to this copy) and only
        // by a build that writes; the search tests cover it.
        File.WriteAllText(Path.Combine(root, "statiq.config"),
            File.ReadAllText(Path.Combine(repo, "statiq.config")).Replace("search: true", "search: false", StringComparison.Ordinal));
        return new SampleCopy(root);
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
