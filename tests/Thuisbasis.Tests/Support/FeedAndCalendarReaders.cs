using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Thuisbasis.Pipeline;
using Thuisbasis.Tests.Building;

namespace Thuisbasis.Tests.Support;

/// <summary>
/// Every feed and calendar of a build as the parsers of the services that read them see it: @rowanmanning/feed-parser
/// (feed readers and Node services such as Buffer's) and Mozilla's ical.js (Thunderbird), the npm packages pinned in the
/// repository's <c>package-lock.json</c> (installed by <c>npm ci</c>, like html-validate, see <see cref="HtmlStandard"/>).
/// <c>read-feeds-and-calendars.mjs</c> writes what they read as JSON; the tests compare it with what the site means.
/// </summary>
public static class FeedAndCalendarReaders
{
    /// <summary>What the parsers read; repeating events expanded up to <paramref name="until"/>.</summary>
    public static JsonDocument Read(BuildResult result, DateTimeOffset until)
    {
        var folder = Path.Combine(Path.GetTempPath(), "tb-feeds-" + Guid.NewGuid().ToString("N")[..10]);
        var report = folder + ".json";
        try
        {
            foreach (var file in result.Files.Where(f => f.Path.EndsWith(".xml", StringComparison.Ordinal) || f.Path.EndsWith(".ics", StringComparison.Ordinal)))
            {
                var full = Path.Combine(folder, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                // The bytes as they are published: a calendar's line ends and folding are part of what is read.
                if (file.Bytes is not null) File.WriteAllBytes(full, file.Bytes); else File.Copy(file.CopyFrom!, full);
            }
            var root = SampleSiteTests.RepositoryRoot();
            var script = Path.Combine(root, "tests", "Thuisbasis.Tests", "Support", "read-feeds-and-calendars.mjs");
            foreach (var package in new[] { "ical.js", Path.Combine("@rowanmanning", "feed-parser") })
                if (!Directory.Exists(Path.Combine(root, "node_modules", package)))
                    throw new Xunit.Sdk.XunitException($"{package} is not installed in the repository: run `npm ci` there (with Node.js: `apt-get install nodejs npm`).");
            var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
            foreach (var arg in new[] { script, folder, report, until.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'") })
                start.ArgumentList.Add(arg);
            using var node = Process.Start(start)!;
            var stdout = node.StandardOutput.ReadToEndAsync();
            var stderr = node.StandardError.ReadToEndAsync();
            if (!node.WaitForExit(TimeSpan.FromMinutes(2))) { node.Kill(entireProcessTree: true); throw new TimeoutException("Reading the feeds and calendars took over 2 minutes."); }
            if (node.ExitCode != 0 || !File.Exists(report))
                throw new Xunit.Sdk.XunitException($"read-feeds-and-calendars.mjs stopped with exit code {node.ExitCode}:\n{stdout.Result}\n{stderr.Result}");
            return JsonDocument.Parse(File.ReadAllText(report, Encoding.UTF8));
        }
        catch (Win32Exception)
        {
            throw new Xunit.Sdk.XunitException("Node.js is not installed: `apt-get install nodejs npm`, then `npm ci` in the repository.");
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
            File.Delete(report);
        }
    }
}
