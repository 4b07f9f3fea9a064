using Microsoft.Win32.SafeHandles;
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
    /// <summary>
    /// Starts a write whose generated files may be added while the build is still running (<see cref="Staging.AddText"/>),
    /// so a large site's pages need not all stay in memory. Nothing reaches the output folder before
    /// <see cref="Staging.Commit"/>; disposing an uncommitted staging deletes it and leaves the output as it was.
    /// </summary>
    public static Staging Stage(string outputPath) => new(outputPath);

    public sealed class Staging : IDisposable
    {
        private readonly string _target;
        private readonly string _staging;
        private readonly string _old;
        private readonly string _manifestPath;
        // Almost every page has a folder of its own, so this takes thousands of adds from all cores: enough lock stripes
        // and room up front keep them from waiting on each other (two stripes, growing, did).
        private readonly ConcurrentDictionary<string, byte> _folders = new(64, 64 * 1024, StringComparer.Ordinal);
        private bool _committed;

        internal Staging(string outputPath)
        {
            _target = Path.GetFullPath(outputPath);
            var parent = Path.GetDirectoryName(_target)!;
            var name = Path.GetFileName(_target);
            Directory.CreateDirectory(parent);
            var stamp = $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Environment.ProcessId}";
            _staging = Path.Combine(parent, $".{name}.new-{stamp}");
            _old = Path.Combine(parent, $".{name}.old-{stamp}");
            _manifestPath = Path.Combine(parent, $".{name}.manifest");
            AbandonedStaging.Remove(parent, name);
            Directory.CreateDirectory(_staging);
        }

        /// <summary>
        /// Writes a page straight from its character buffer, encoded as UTF-8 into this thread's byte buffer, so no array
        /// of every page is made (a tenth of what a large build allocated); returns the file without bytes (thread-safe).
        /// </summary>
        public OutputFile AddText(string path, ReadOnlySpan<char> text, string source)
        {
            var size = System.Text.Encoding.UTF8.GetMaxByteCount(text.Length);
            var buffer = _bytes is { } b && b.Length >= size ? b : _bytes = new byte[Math.Max(size, 64 * 1024)];
            return AddBytes(path, buffer.AsSpan(0, System.Text.Encoding.UTF8.GetBytes(text, buffer)), source);
        }

        /// <summary>
        /// Writes a generated file straight from a buffer its maker keeps (a feed of a few hundred kilobytes would
        /// otherwise be copied into a new large array first); returns the file without bytes (thread-safe).
        /// </summary>
        public OutputFile AddBytes(string path, ReadOnlySpan<byte> bytes, string source)
        {
            var dest = SafeJoin(_staging, path);
            EnsureFolder(dest);
            WriteNew(dest, bytes);
            return new OutputFile(path, null, null, source) { Staged = Hash(bytes) };
        }

        [ThreadStatic] private static byte[]? _bytes;

        /// <summary>
        /// Writes a file into the (fresh) staging folder: created new, so there is nothing to truncate or lock. A path
        /// written twice (two sources for one address, reported as an error) is simply overwritten.
        /// </summary>
        private static void WriteNew(string dest, ReadOnlySpan<byte> bytes)
        {
            SafeFileHandle handle;
            try
            {
                handle = File.OpenHandle(dest, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            }
            catch (IOException) when (File.Exists(dest))
            {
                File.WriteAllBytes(dest, bytes);
                return;
            }
            using (handle) RandomAccess.Write(handle, bytes, 0);
        }

        private void EnsureFolder(string dest)
        {
            var folder = Path.GetDirectoryName(dest)!;
            if (_folders.ContainsKey(folder)) return;
            // Noted only once it exists: a thread that found it noted while another was still making it wrote into a
            // folder that was not there yet (a one-off build failed now and then). Two threads may both make it; that is harmless.
            Directory.CreateDirectory(folder);
            _folders.TryAdd(folder, 0);
        }

        /// <summary>Writes what is not staged yet, keeps unchanged files from the previous output, and swaps the new site in.</summary>
        /// <param name="beforeSwap">Runs on the complete staging folder just before the swap (the search index); when it
        /// throws, the previous output is put back as it was and the exception goes on to the caller.</param>
        public void Commit(IReadOnlyList<OutputFile> files, Action<string>? beforeSwap = null)
        {
            var hadOutput = Directory.Exists(_target);
            var previous = hadOutput ? LoadManifest(_manifestPath) : new Dictionary<string, string>();
            var next = new ConcurrentDictionary<string, string>(64, files.Count * 2, StringComparer.Ordinal);
            var moved = new ConcurrentBag<string>();
            try
            {
                // A staged file was checked and its folder made when it was written.
                foreach (var file in files)
                    if (file.Staged is null) EnsureFolder(SafeJoin(_staging, file.Path));
                Parallel.ForEach(files, file =>
                {
                    var key = Fingerprint(file);
                    next[file.Path] = key;
                    if (!hadOutput && file.Staged is not null) return; // in place already, and no previous output to keep a copy from
                    var dest = SafeJoin(_staging, file.Path);
                    var before = hadOutput ? Path.Combine(_target, file.Path) : null;
                    if (before is not null && File.Exists(before) &&
                        (previous.TryGetValue(file.Path, out var oldKey) ? oldKey == key : SameBytes(file, before, dest)))
                    {
                        // The same bytes as last time: keep the previous file (and its timestamp) instead.
                        File.Move(before, dest, overwrite: true);
                        moved.Add(file.Path);
                        return;
                    }
                    // A staged file is in place already.
                    if (file.CopyFrom is not null) File.Copy(file.CopyFrom, dest, overwrite: true);
                    else if (file.Staged is null) File.WriteAllBytes(dest, file.Bytes!);
                });

                beforeSwap?.Invoke(_staging);
                if (hadOutput) Directory.Move(_target, _old);
                Directory.Move(_staging, _target);
                _committed = true;
            }
            catch
            {
                // Put back what was moved, so the previous output stays whole.
                foreach (var path in moved)
                {
                    var from = Path.Combine(_staging, path);
                    var to = Path.Combine(_target, path);
                    if (File.Exists(from) && !File.Exists(to)) File.Move(from, to);
                }
                if (!Directory.Exists(_target) && Directory.Exists(_old)) Directory.Move(_old, _target);
                throw;
            }
            File.WriteAllText(_manifestPath, JsonSerializer.Serialize(new SortedDictionary<string, string>(next), ManifestJson.Default.SortedDictionaryStringString));
            if (Directory.Exists(_old)) TryDelete(_old);
        }

        /// <summary>Deletes the staging folder unless it became the output.</summary>
        public void Dispose()
        {
            if (!_committed && Directory.Exists(_staging)) TryDelete(_staging);
        }
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

    /// <summary>Generated files by their bytes; copied files by the source's size and time, so they need not be read.</summary>
    private static string Fingerprint(OutputFile file)
    {
        if (file.Staged is not null) return file.Staged;
        if (file.Bytes is not null) return Hash(file.Bytes);
        var info = new FileInfo(file.CopyFrom!);
        return $"copy:{info.Length}:{info.LastWriteTimeUtc.Ticks}";
    }

    private static string Hash(ReadOnlySpan<byte> bytes) => XxHash3.HashToUInt64(bytes).ToString("x16");

    private static bool SameBytes(OutputFile file, string existing, string staged)
    {
        var info = new FileInfo(existing);
        if (file.Staged is not null)
            return info.Length == new FileInfo(staged).Length && File.ReadAllBytes(existing).AsSpan().SequenceEqual(File.ReadAllBytes(staged));
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
                ? JsonSerializer.Deserialize(File.ReadAllText(path), ManifestJson.Default.DictionaryStringString) ?? []
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

/// <summary>
/// The output manifest's JSON (written here, read again by the next build and by the nothing-changed check), generated
/// at compile time: building its reader by reflection was a tenth of a nothing-changed build.
/// </summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(Dictionary<string, string>))]
[System.Text.Json.Serialization.JsonSerializable(typeof(SortedDictionary<string, string>))]
internal sealed partial class ManifestJson : System.Text.Json.Serialization.JsonSerializerContext;
