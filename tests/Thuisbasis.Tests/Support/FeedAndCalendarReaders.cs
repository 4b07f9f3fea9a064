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
            var script = Path.Combine(SampleSiteTests.RepositoryRoot(), "tests", "Thuisbasis.Tests", "Support", "read-feeds-and-calendars.mjs");
            NodeTool.Run("read-feeds-and-calendars.mjs", ["ical.js", Path.Combine("@rowanmanning", "feed-parser")],
                [script, folder, report, until.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'")], TimeSpan.FromMinutes(2));
            if (!File.Exists(report))
                throw new Xunit.Sdk.XunitException("read-feeds-and-calendars.mjs wrote no report.");
            return JsonDocument.Parse(File.ReadAllText(report, Encoding.UTF8));
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
            File.Delete(report);
        }
    }
}
