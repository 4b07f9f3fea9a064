using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Thuisbasis.Content;
using Thuisbasis.Diagnostics;
using Thuisbasis.Model;
using Thuisbasis.Content.Settings;

namespace Thuisbasis.Pipeline;

/// <summary>
/// Lets a build with nothing changed finish at once, the way <c>make</c> does. The stamp is a fingerprint of every
/// input the build can read (the files of the site and its theme, by path, size and time; the build options; the
/// build day; the engine itself). It is kept next to the output (<c>.output.stamp</c>) with the last build's
/// diagnostics, which are printed again, so a warning is never lost by skipping a build.
/// </summary>
public static class BuildStamp
{
    public sealed record Saved(string Stamp, IReadOnlyList<Diagnostic> Diagnostics, BuildCounts Counts,
        IReadOnlyList<PublishingRules.ScheduledItem>? Scheduled = null);

    public static string PathFor(string outputPath) =>
        Path.Combine(Path.GetDirectoryName(outputPath)!, $".{Path.GetFileName(outputPath)}.stamp");

    public static string Compute(BuildOptions options, DateOnly today, IEnumerable<string> themeFolders)
    {
        var sb = new StringBuilder();
        sb.Append(typeof(BuildStamp).Assembly.ManifestModule.ModuleVersionId).Append('|')
          .Append(System.Reflection.Assembly.GetEntryAssembly()?.ManifestModule.ModuleVersionId).Append('|')
          .Append(options.IncludeDrafts).Append('|').Append(options.BaseUrl).Append('|').Append(options.Mode).Append('|')
          .Append(today.ToString("yyyy-MM-dd")).Append('\n');
        var root = Path.GetFullPath(options.Root);
        var folders = new[] { Path.Combine(root, ContentReader.InputFolder) }.Concat(themeFolders).Distinct();
        AppendFile(sb, Path.Combine(root, SettingsReader.FileName));
        foreach (var folder in folders.Where(Directory.Exists))
        {
            // Size and time come with the listing itself: no second status call per file (a site can have 10,000).
            var entries = new System.IO.Enumeration.FileSystemEnumerable<(string Path, long Length, long Ticks)>(folder,
                (ref System.IO.Enumeration.FileSystemEntry e) => (e.ToFullPath(), e.Length, e.LastWriteTimeUtc.UtcTicks),
                // A folder it may not read is TB0001 from the listing; that build fails, so no stamp of it is kept.
                new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true })
            {
                ShouldIncludePredicate = (ref System.IO.Enumeration.FileSystemEntry e) => !e.IsDirectory,
            };
            foreach (var (file, length, ticks) in entries.OrderBy(e => e.Path, StringComparer.Ordinal))
                sb.Append(file).Append('|').Append(length).Append('|').Append(ticks).Append('\n');
        }
        return Convert.ToHexStringLower(XxHash128.Hash(MemoryMarshal.AsBytes(sb.ToString().AsSpan())));
    }

    private static void AppendFile(StringBuilder sb, string file)
    {
        var info = new FileInfo(file);
        if (!info.Exists) return;
        sb.Append(file).Append('|').Append(info.Length).Append('|').Append(info.LastWriteTimeUtc.Ticks).Append('\n');
    }

    /// <summary>The last build's record when its stamp equals <paramref name="stamp"/> and its output is still whole.</summary>
    public static Saved? Current(string outputPath, string stamp)
    {
        var path = PathFor(outputPath);
        if (!File.Exists(path) || !Directory.Exists(outputPath)) return null;
        try
        {
            var saved = JsonSerializer.Deserialize(File.ReadAllText(path), BuildStampJson.Default.Saved);
            if (saved is null || saved.Stamp != stamp) return null;
            var manifest = Path.Combine(Path.GetDirectoryName(outputPath)!, $".{Path.GetFileName(outputPath)}.manifest");
            if (!File.Exists(manifest)) return null;
            var files = JsonSerializer.Deserialize(File.ReadAllText(manifest), Output.ManifestJson.Default.DictionaryStringString) ?? [];
            if (files.Count != saved.Counts.Files) return null;
            var present = FilesIn(outputPath);
            return files.Keys.All(present.Contains) ? saved : null;
        }
        catch (Exception e) when (e is JsonException or IOException or NotSupportedException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Every file under the output, as the manifest names them (relative, with <c>/</c>): one listing per folder instead
    /// of a status call per file, which was the larger part of a nothing-changed build at 1,000 stories.
    /// </summary>
    private static HashSet<string> FilesIn(string outputPath)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputPath));
        var entries = new System.IO.Enumeration.FileSystemEnumerable<string>(root, (ref System.IO.Enumeration.FileSystemEntry e) =>
            {
                var relative = e.ToFullPath()[(root.Length + 1)..];
                return Path.DirectorySeparatorChar == '/' ? relative : relative.Replace(Path.DirectorySeparatorChar, '/');
            },
            // A folder it may not read is TB0001 from the listing; that build fails, so no stamp of it is kept.
                new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true })
        {
            ShouldIncludePredicate = (ref System.IO.Enumeration.FileSystemEntry e) => !e.IsDirectory,
        };
        return new HashSet<string>(entries, StringComparer.Ordinal);
    }

    public static void Save(string outputPath, string stamp, BuildResult result) =>
        File.WriteAllText(PathFor(outputPath), JsonSerializer.Serialize(new Saved(stamp, result.Diagnostics, result.Counts, result.Scheduled), BuildStampJson.Default.Saved));

    public static void Forget(string outputPath)
    {
        var path = PathFor(outputPath);
        if (File.Exists(path)) File.Delete(path);
    }
}

/// <summary>
/// The stamp's JSON, generated at compile time: reflection cannot build the stamp in a Native AOT binary (an enum and ints).
/// </summary>
[JsonSerializable(typeof(BuildStamp.Saved))]
internal sealed partial class BuildStampJson : JsonSerializerContext;
