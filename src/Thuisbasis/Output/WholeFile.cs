namespace Thuisbasis.Output;

/// <summary>
/// Writes a file all at once: into a hidden file next to it, then renamed into place, which the file system does in one
/// step. A reader (the preview's watcher, Pagefind, a second process sharing the image cache) sees the old file or the
/// new one, never half of it, and a process killed while writing leaves at most a hidden file, never a short one that
/// a later run would take for whole. Names starting with a dot are not content, so the watcher passes the temporary
/// file by.
/// </summary>
public static class WholeFile
{
    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/>; with <paramref name="overwrite"/> false, an
    /// existing file of that name makes it throw and stays as it was.</summary>
    public static void Write(string path, byte[] bytes, bool overwrite = true) =>
        Write(path, temp => File.WriteAllBytes(temp, bytes), overwrite);

    /// <summary>The same for a file too large to hold in memory: <paramref name="write"/> writes it to the path it is given.</summary>
    public static void Write(string path, Action<string> write, bool overwrite = true)
    {
        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp");
        try
        {
            write(temp);
            File.Move(temp, path, overwrite);
        }
        finally
        {
            // Only still there when writing or the move failed; that error is the one to report, not a second one here
            // (the folder itself gone, as when .thuisbasis/ is removed while the preview runs).
            try { File.Delete(temp); } catch (IOException) { }
        }
    }
}
