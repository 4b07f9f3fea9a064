namespace Thuisbasis.Preview.Editor;

/// <summary>
/// Writes a file the preview watches all at once: into a hidden file next to it (names starting with a dot are not
/// content, and the watcher passes them by), then renamed into place, which the file system does in one step. Written
/// in place, the watcher could start a build on an empty or half-written story or photo and show an error for a moment.
/// </summary>
internal static class WholeFile
{
    public static void Write(string path, byte[] bytes, bool overwrite)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp");
        try
        {
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, path, overwrite);
        }
        finally
        {
            File.Delete(temp); // only still there when the move failed (a file of that name came first)
        }
    }
}
