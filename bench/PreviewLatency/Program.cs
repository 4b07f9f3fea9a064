// Time from saving a file to the rebuilt page being served by the preview (the same PreviewServer `preview` runs).
// Usage: dotnet run -c Release --project bench/PreviewLatency -- --site DIR [--edits 20] [--theme-from DIR]
// DIR is a site folder (input/ and, if present, statiq.config and themes/); see bench/README-preview.md.
using System.Diagnostics;
using System.Globalization;
using Thuisbasis.Preview;

var site = Arg("--site") ?? throw new ArgumentException("--site DIR is nodig");
var edits = int.Parse(Arg("--edits") ?? "20", CultureInfo.InvariantCulture);
var themeFrom = Arg("--theme-from");
if (themeFrom is not null) CopySettingsAndTheme(themeFrom, site);

var log = new StringWriter();
await using var server = await PreviewServer.StartAsync(new PreviewOptions { Root = site, Port = 0, Log = TextWriter.Synchronized(log) });
Console.WriteLine($"{server.Session.State.Files.Count} files served; first build: {log.ToString().Trim()}");
using var http = new HttpClient { BaseAddress = server.Url };

var stories = Directory.EnumerateFiles(Path.Combine(site, "input", "stories"), "*.md").Order(StringComparer.Ordinal).ToList();
var layout = Path.Combine(site, "themes", "default", "layouts", "story.sbn-html");
var storyTimes = new List<double>();
var layoutTimes = new List<double>();
const int warmUp = 3;

for (var i = 0; i < edits + warmUp; i++)
{
    var file = stories[(i * 37) % stories.Count];
    var marker = $"Bewerking {i} {Guid.NewGuid():N}";
    var original = File.ReadAllText(file);
    var url = $"/verhalen/{Thuisbasis.Content.Slug.FromFileName(file)}/";
    var ms = await Measure(() => Save(file, original.Replace("title: \"", $"title: \"{marker} ")), url, marker);
    if (i >= warmUp) storyTimes.Add(ms);
    Save(file, original);
    await WaitUntil(url, s => !s.Contains(marker));
}

var layoutOriginal = File.ReadAllText(layout);
var page = $"/verhalen/{Thuisbasis.Content.Slug.FromFileName(stories[0])}/";
for (var i = 0; i < edits + 1; i++)
{
    var marker = $"opmaak-{i}-{Guid.NewGuid():N}";
    var ms = await Measure(() => Save(layout, layoutOriginal + $"\n<!-- {marker} -->\n"), page, marker);
    if (i >= 1) layoutTimes.Add(ms);
}
Save(layout, layoutOriginal);
await WaitUntil(page, s => !s.Contains("opmaak-"));

Console.WriteLine($"story edit  ({storyTimes.Count} edits): p50 {P(storyTimes, 50):0} ms, p95 {P(storyTimes, 95):0} ms, min {storyTimes.Min():0} ms");
Console.WriteLine($"layout edit ({layoutTimes.Count} edits): p50 {P(layoutTimes, 50):0} ms, p95 {P(layoutTimes, 95):0} ms, min {layoutTimes.Min():0} ms");
Console.WriteLine("rebuild log (last 5):");
foreach (var line in log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(5)) Console.WriteLine("  " + line);
return 0;

async Task<double> Measure(Action save, string url, string marker)
{
    var clock = Stopwatch.StartNew();
    save();
    await WaitUntil(url, s => s.Contains(marker));
    return clock.Elapsed.TotalMilliseconds;
}

// Like a browser with the live-reload script: wait for the preview to announce a build, then ask for the page once.
// (Polling the server every few milliseconds instead would take CPU from the rebuild on a 2-core machine.)
async Task WaitUntil(string url, Func<string, bool> done)
{
    var deadline = Stopwatch.StartNew();
    while (true)
    {
        var built = NextBuild();
        if (done(await http.GetStringAsync(url))) return;
        if (deadline.Elapsed > TimeSpan.FromMinutes(2)) throw new TimeoutException($"{url} veranderde niet binnen 2 minuten.");
        // The build may have finished between the request and now; the timeout covers that race.
        await Task.WhenAny(built, Task.Delay(250));
    }
}

Task NextBuild()
{
    var next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    void OnBuilt(PreviewState _)
    {
        server.Session.Built -= OnBuilt;
        next.TrySetResult();
    }
    server.Session.Built += OnBuilt;
    return next.Task;
}

static void Save(string path, string text)
{
    var temp = path + ".tmp";
    File.WriteAllText(temp, text);
    File.Move(temp, path, overwrite: true);
}

static double P(List<double> values, int percentile)
{
    var sorted = values.Order().ToList();
    var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1;
    return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
}

static void CopySettingsAndTheme(string from, string to)
{
    var config = Path.Combine(from, "statiq.config");
    if (File.Exists(config) && !File.Exists(Path.Combine(to, "statiq.config"))) File.Copy(config, Path.Combine(to, "statiq.config"));
    var themes = Path.Combine(from, "themes");
    if (!Directory.Exists(themes)) return;
    foreach (var file in Directory.EnumerateFiles(themes, "*", SearchOption.AllDirectories))
    {
        var target = Path.Combine(to, "themes", Path.GetRelativePath(themes, file));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(file, target, overwrite: true);
    }
}

string? Arg(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
