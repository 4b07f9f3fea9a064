using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Text.Json;
using Thuisbasis.Content;

namespace Thuisbasis.Output;

/// <summary>
/// The Output phase. Writes the whole site into a fresh folder next to the target and swaps it in only when every
/// file is in place, so a failed or interrupted build leaves the previous output exactly as it was.
/// A file whose bytes did not change is moved over from the previous output instead of written: it keeps its
/// timestamp (hosting caches and rsync rely on that) and costs a rename instead of a write. A manifest next to the
/// output (<c>.output.manifest</c>) remembers each file's fingerprint, so unchanged files are known without reading them.
/// </summary>
public static class OutputWriter
{
    public sealed record Result(int Written, int Unchanged);

    public static Result Write(string outputPath, IReadOnlyList<OutputFile> files)
    {
        var target = Path.GetFullPath(outputPath);
        var parent = Path.GetDirectoryName(target)!;
        var name = Path.GetFileName(target);
        Directory.CreateDirectory(parent);
        var stamp = $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Environment.ProcessId}";
        var staging = Path.Combine(parent, $".{name}.new-{stamp}");
        var old = Path.Combine(parent, $".{name}.old-{stamp}");
        var manifestPath = Path.Combine(parent, $".{name}.manifest");
        var hadOutput = Directory.Exists(target);
        var previous = hadOutput ? LoadManifest(manifestPath) : new Dictionary<string, string>();
        var next = new ConcurrentDictionary<string, string>();
        var moved = new ConcurrentBag<string>();
        var written = 0;
        var unchanged = 0;
        try
        {
            Directory.CreateDirectory(staging);
            var folders = files.Select(f => Path.GetDirectoryName(SafeJoin(staging, f.Path))!).Distinct().ToList();
            foreach (var folder in folders) Directory.CreateDirectory(folder);
            Parallel.ForEach(files, file =>
            {
                var dest = SafeJoin(staging, file.Path);
                var key = Fingerprint(file);
                next[file.Path] = key;
                var before = hadOutput ? Path.Combine(target, file.Path) : null;
                if (before is not null && File.Exists(before) &&
                    (previous.TryGetValue(file.Path, out var oldKey) ? oldKey == key : SameBytes(file, before)))
                {
                    File.Move(before, dest);
                    moved.Add(file.Path);
                    Interlocked.Increment(ref unchanged);
                    return;
                }
                if (file.CopyFrom is not null) File.Copy(file.CopyFrom, dest, overwrite: true);
                else File.WriteAllBytes(dest, file.Bytes!);
                Interlocked.Increment(ref written);
            });

            if (hadOutput) Directory.Move(target, old);
            Directory.Move(staging, target);
        }
        catch
        {
            // Put back what was moved, so the previous output stays whole.
            foreach (var path in moved)
            {
                var from = Path.Combine(staging, path);
                var to = Path.Combine(target, path);
                if (File.Exists(from) && !File.Exists(to)) File.Move(from, to);
            }
            if (Directory.Exists(staging)) TryDelete(staging);
            if (!Directory.Exists(target) && Directory.Exists(old)) Directory.Move(old, target);
            throw;
        }
        File.WriteAllText(manifestPath, JsonSerializer.Serialize(new SortedDictionary<string, string>(next)));
        if (Directory.Exists(old)) TryDelete(old);
        return new Result(written, unchanged);
    }

    /// <summary>Joins an output-relative path to a folder and refuses anything that would land outside it.</summary>
    public static string SafeJoin(string folder, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(folder, relative));
        if (!SiteFiles.IsInside(Path.GetFullPath(folder), full) || relative.Contains('\0'))
            throw new InvalidOperationException($"Refusing to write outside the output folder: {relative}");
        return full;
    }

    /// <summary>Generated files by their bytes; copied files by the source's size and time, so they need not be read.</summary>
    private static string Fingerprint(OutputFile file)
    {
        if (file.Bytes is not null) return XxHash3.HashToUInt64(file.Bytes).ToString("x16");
        var info = new FileInfo(file.CopyFrom!);
        return $"copy:{info.Length}:{info.LastWriteTimeUtc.Ticks}";
    }

    private static bool SameBytes(OutputFile file, string existing)
    {
        var info = new FileInfo(existing);
        if (file.Bytes is not null)
            return info.Length == file.Bytes.Length && File.ReadAllBytes(existing).AsSpan().SequenceEqual(file.Bytes);
        var source = new FileInfo(file.CopyFrom!);
        return source.Length == info.Length && File.ReadAllBytes(existing).AsSpan().SequenceEqual(File.ReadAllBytes(file.CopyFrom!));
    }

    private static Dictionary<string, string> LoadManifest(string path)
    {
        try
        {
            return File.Exists(path)
                ? JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path)) ?? []
                : [];
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            return [];
        }
    }

    private static void TryDelete(string dir)
    {
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
