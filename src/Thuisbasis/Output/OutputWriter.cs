using Thuisbasis.Content;

namespace Thuisbasis.Output;

/// <summary>
/// The Output phase. Writes the whole site into a fresh folder next to the target and swaps it in only when every
/// file is written, so a failed or interrupted build leaves the previous output exactly as it was. Files whose bytes
/// did not change keep their old timestamps (hosting caches and rsync rely on that).
/// </summary>
public static class OutputWriter
{
    public sealed record Result(int Written, int Unchanged);

    public static Result Write(string outputPath, IReadOnlyList<OutputFile> files)
    {
        var target = Path.GetFullPath(outputPath);
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmssfff");
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.new-{stamp}-{Environment.ProcessId}");
        var old = Path.Combine(parent, $".{Path.GetFileName(target)}.old-{stamp}-{Environment.ProcessId}");
        var hadOutput = Directory.Exists(target);
        var written = 0;
        var unchanged = 0;
        try
        {
            Directory.CreateDirectory(staging);
            Parallel.ForEach(files, file =>
            {
                var dest = SafeJoin(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
                var previous = hadOutput ? Path.Combine(target, file.Path) : null;
                if (file.CopyFrom is not null) File.Copy(file.CopyFrom, dest, overwrite: true);
                else File.WriteAllBytes(dest, file.Bytes!);
                if (previous is not null && SameBytes(dest, previous))
                {
                    File.SetLastWriteTimeUtc(dest, File.GetLastWriteTimeUtc(previous));
                    Interlocked.Increment(ref unchanged);
                }
                else Interlocked.Increment(ref written);
            });

            if (hadOutput) Directory.Move(target, old);
            Directory.Move(staging, target);
        }
        catch
        {
            if (Directory.Exists(staging)) TryDelete(staging);
            if (!Directory.Exists(target) && Directory.Exists(old)) Directory.Move(old, target);
            throw;
        }
        if (Directory.Exists(old)) TryDelete(old);
        return new Result(written, unchanged);
    }

    /// <summary>Joins an output-relative path to a folder and refuses anything that would land outside it.</summary>
    public static string SafeJoin(string folder, string relative)
    {
        if (relative.Contains('\0')) throw new InvalidOperationException("Refusing a path with a NUL character.");
        var full = Path.GetFullPath(Path.Combine(folder, relative));
        if (!SiteFiles.IsInside(Path.GetFullPath(folder), full))
            throw new InvalidOperationException($"Refusing to write outside the output folder: {relative}");
        return full;
    }

    private static bool SameBytes(string a, string b)
    {
        var fb = new FileInfo(b);
        if (!fb.Exists || new FileInfo(a).Length != fb.Length) return false;
        return File.ReadAllBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(b));
    }

    private static void TryDelete(string dir)
    {
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
