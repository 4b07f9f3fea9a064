using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Thuisbasis.Output;

/// <summary>
/// Removes the staging and old-output folders (<c>.output.new-&lt;time&gt;-&lt;pid&gt;</c>, <c>.output.old-…</c>) that a
/// build left behind when it was killed: a build cleans up after itself, but not after <c>kill -9</c> or a power cut,
/// and on a large site each such folder holds the whole site.
/// </summary>
internal static partial class AbandonedStaging
{
    [GeneratedRegex(@"^\.(?<name>.+)\.(new|old)-(?<time>\d{17})-(?<pid>\d+)$")]
    private static partial Regex Folder();

    /// <summary>Deletes the folders for output <paramref name="name"/> in <paramref name="parent"/> whose build no longer runs.</summary>
    public static void Remove(string parent, string name)
    {
        IEnumerable<string> folders;
        try { folders = Directory.EnumerateDirectories(parent, $".{name}.*-*").ToList(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return; }
        foreach (var folder in folders)
        {
            var match = Folder().Match(Path.GetFileName(folder));
            if (!match.Success || match.Groups["name"].Value != name) continue;
            var started = DateTime.ParseExact(match.Groups["time"].Value, "yyyyMMddHHmmssfff", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
            if (StillRunning(int.Parse(match.Groups["pid"].Value, CultureInfo.InvariantCulture), started)) continue;
            try { Directory.Delete(folder, recursive: true); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { } // tried again by the next build
        }
    }

    /// <summary>
    /// True when the build that made a folder at <paramref name="made"/> may still be running: a process with its id
    /// exists and started before the folder was made (a process started later only got the id of a finished one).
    /// </summary>
    private static bool StillRunning(int pid, DateTime made)
    {
        if (pid == Environment.ProcessId) return true;
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.StartTime.ToUniversalTime() <= made.AddSeconds(1);
        }
        catch (ArgumentException) { return false; } // no such process
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return true; // cannot tell: leave it
        }
    }
}
