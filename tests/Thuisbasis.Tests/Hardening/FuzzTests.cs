using System.Text;
using Thuisbasis.Content;
using Thuisbasis.Content.Readers;
using Thuisbasis.Diagnostics;
using Thuisbasis.Rendering;
using Thuisbasis.Content.Settings;
using Thuisbasis.Tests.Support;
using Xunit.Abstractions;

namespace Thuisbasis.Tests.Hardening;

/// <summary>
/// Thousands of generated broken files (seeded, so any failure replays) go through the reading and rendering code and
/// through whole builds: each ends with diagnostics, never an exception, a hang or unbounded memory.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20261123;
    private const int InMemoryInputs = 2700;
    /// <summary>A hang guard, not a speed test: a normal run is a few seconds.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(3);
    private const long MaxAllocatedPerInput = 512L * 1024 * 1024;

    private static readonly string[] Folders = ["pages", "stories", "vacancies", "testimonials", "services", "team", "settings", "data"];

    /// <summary>Whether <paramref name="work"/> ends within <see cref="HangGuard"/> (a hang fails the test instead of stalling the run).</summary>
    private static async Task<bool> Finishes(Task work) =>
        await Task.WhenAny(work, Task.Delay(HangGuard)) == work;

    [Fact]
    public async Task EveryBrokenFileEndsWithDiagnosticsOrContentNeverAnException()
    {
        var generator = new BrokenInputs(Seed);
        var stats = new Dictionary<string, (int Inputs, int Refused, int Read, long MaxAlloc)>();
        var spent = new Dictionary<string, double>();
        var codes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var current = "";
        var run = Task.Run(() =>
        {
            for (var i = 0; i < InMemoryInputs; i++)
            {
                var input = generator.Next(i);
                var folder = Folders[i % Folders.Length];
                current = $"seed {Seed}, input {i} ({input.Category}, {folder}/{input.Name})";
                var before = GC.GetAllocatedBytesForCurrentThread();
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var diagnostics = new DiagnosticBag();
                bool produced;
                try { produced = ReadAndRender(folder, input, diagnostics); }
                catch (Exception e) { throw new Xunit.Sdk.XunitException($"{current} threw {e}"); }
                var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                spent[input.Category] = spent.GetValueOrDefault(input.Category) + clock.Elapsed.TotalMilliseconds;
                Assert.True(allocated < MaxAllocatedPerInput, $"{current} allocated {allocated / 1024 / 1024} MB");
                Assert.True(produced || diagnostics.HasErrors, $"{current} was dropped without an error");
                foreach (var d in diagnostics.Sorted()) codes[d.Code] = codes.GetValueOrDefault(d.Code) + 1;
                var s = stats.GetValueOrDefault(input.Category);
                stats[input.Category] = (s.Inputs + 1, s.Refused + (produced ? 0 : 1), s.Read + (produced ? 1 : 0), Math.Max(s.MaxAlloc, allocated));
            }
        });
        Assert.True(await Finishes(run), $"Still running after {HangGuard}: {current}");

        foreach (var (category, s) in stats.OrderBy(kv => kv.Key))
            output.WriteLine($"{category,-15} {s.Inputs,5} inputs: {s.Refused,5} refused with an error, {s.Read,5} read, max {s.MaxAlloc / 1024 / 1024} MB allocated, {spent[category] / 1000:0.0} s in all");
        output.WriteLine("codes: " + string.Join(", ", codes.Select(kv => $"{kv.Key}×{kv.Value}")));
        Assert.Equal(InMemoryInputs, stats.Values.Sum(s => s.Inputs));
        Assert.Equal(BrokenInputs.Categories.Length, stats.Count);
        Assert.All(new[] { "alias-bomb", "deep-nesting", "random-bytes", "binary" }, c => Assert.True(stats[c].Refused > 0, c));
    }

    /// <summary>The Input and Process work for one file, in memory: decode, front matter, typed record, Markdown.</summary>
    private static bool ReadAndRender(string folder, BrokenInputs.Input input, DiagnosticBag diagnostics)
    {
        var rel = folder == "settings" ? SettingsReader.FileName : $"input/{folder}/{input.Name}";
        if (folder == "data") rel = rel[..^Path.GetExtension(rel).Length] + ".yml";
        var text = ContentFiles.Decode(input.Bytes, rel, diagnostics);
        if (text is null) return false;
        var file = SourceFile.FromText(rel, text);
        switch (folder)
        {
            case "settings":
                SettingsReader.Parse(file, diagnostics);
                return !diagnostics.HasErrors;
            case "data":
                return FrontMatter.ParseYamlFile(file, diagnostics) is { } data && SettingsReader.ToPlain(data.Map) is not null;
        }
        if (!SameIds.HasSlug(folder, rel, diagnostics)) return false;
        var item = ContentReader.Parse(folder, file, new ReadContext(SiteSettings.Default, diagnostics, new DateOnly(2026, 12, 6)));
        Entry? entry = item switch
        {
            Page p => p.Entry, Story s => s.Entry, Vacancy v => v.Entry, Testimonial t => t.Entry, Service s => s.Entry, Person p => p.Entry,
            _ => null,
        };
        if (entry is null) return false;
        new Pipeline.MarkdownCache().Render(entry, diagnostics);
        MarkdownRenderer.Excerpt(entry.Body);
        return true;
    }

    [Fact]
    public async Task WholeSitesFullOfBrokenFilesBuildToDiagnostics()
    {
        var generator = new BrokenInputs(Seed + 1);
        string[] folders = ["pages", "stories", "vacancies", "testimonials", "services", "team", "assets", "data", "stories/sub map"];
        var files = 0;
        for (var n = 0; n < 12; n++)
        {
            using var site = new FixtureSite();
            for (var i = 0; i < 30; i++)
            {
                var input = generator.Next(n * 30 + i);
                var rel = $"input/{folders[i % folders.Length]}/{i}-{input.Name}";
                site.WriteBytes(rel, input.Bytes);
                files++;
            }
            if (n == 0)
            {
                site.WriteBytes("input/stories/twintig mb.md", Encoding.UTF8.GetBytes("---\ntitle: A\n---\n" + new string('x', 20 * 1024 * 1024)));
                files++;
            }
            var build = Task.Run(() => n % 4 == 0 ? site.BuildAndWrite() : site.Build());
            Assert.True(await Finishes(build), $"site {n} (seed {Seed + 1}) still building after {HangGuard}");
            var result = await build;
            Assert.False(result.Succeeded, $"site {n}: broken files built without an error");
            Assert.All(result.Diagnostics, d => Assert.False(string.IsNullOrWhiteSpace(d.Message + d.Help)));
            if (n == 0) Assert.Contains(result.Diagnostics, d => d.Code == "TB0114" && d.Path == "input/stories/twintig mb.md");
            output.WriteLine($"site {n}: {result.ErrorCount} errors, {result.WarningCount} warnings, {result.Pages.Count} pages planned");
        }
        output.WriteLine($"{files} files in 12 whole sites");
    }
}
