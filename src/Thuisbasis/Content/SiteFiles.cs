using Thuisbasis.Diagnostics;

namespace Thuisbasis.Content;

/// <summary>
/// Lists the files of a site folder, skipping what editors and operating systems leave behind
/// (swap and backup files, <c>.DS_Store</c>, hidden folders) and anything a link would pull in from outside the site.
/// </summary>
public static class SiteFiles
{
    public static List<(string Full, string Relative)> Enumerate(string root, string folder, DiagnosticBag diagnostics)
    {
        var result = new List<(string, string)>();
        var rootFull = Path.GetFullPath(root);
        var stack = new Stack<string>();
        stack.Push(folder);
        while (stack.Count > 0)
        {
            var dir = stack.Pop();
            IEnumerable<string> entries;
            try { entries = Directory.EnumerateFileSystemEntries(dir).OrderBy(e => e, StringComparer.Ordinal).ToList(); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { continue; }
            foreach (var entry in entries)
            {
                var name = Path.GetFileName(entry);
                if (IsIgnored(name)) continue;
                var rel = Relative(rootFull, entry);
                var info = new FileInfo(entry);
                if (info.LinkTarget is not null)
                {
                    var target = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
                    if (target is null || !IsInside(rootFull, target))
                    {
                        diagnostics.Error("TB0004", SourcePosition.StartOf(rel), "Deze snelkoppeling (symlink) wijst naar een plek buiten de site.",
                            "Kopieer het bestand zelf naar de site in plaats van ernaar te verwijzen.");
                        continue;
                    }
                }
                if (Directory.Exists(entry)) stack.Push(entry);
                else result.Add((entry, rel));
            }
        }
        result.Sort((a, b) => string.CompareOrdinal(a.Item2, b.Item2));
        return result;
    }

    /// <summary>Editor temp and swap files, OS litter and hidden files: never content.</summary>
    public static bool IsIgnored(string name) =>
        name.StartsWith('.') || name.StartsWith('#') || name.StartsWith("~$") || name.EndsWith('~') ||
        name.EndsWith(".swp") || name.EndsWith(".swx") || name.EndsWith(".swo") || name.EndsWith(".tmp") ||
        name.EndsWith(".bak") || name == "4913" || name == "Thumbs.db" || name == "desktop.ini";

    public static string Relative(string rootFull, string path) =>
        Path.GetRelativePath(rootFull, Path.GetFullPath(path)).Replace('\\', '/');

    public static bool IsInside(string rootFull, string path)
    {
        var full = Path.GetFullPath(path);
        var r = rootFull.EndsWith(Path.DirectorySeparatorChar) ? rootFull : rootFull + Path.DirectorySeparatorChar;
        return full.StartsWith(r, StringComparison.Ordinal) || full == rootFull;
    }
}
