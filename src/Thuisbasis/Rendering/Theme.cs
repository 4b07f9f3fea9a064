using Thuisbasis.Model;

namespace Thuisbasis.Rendering;

/// <summary>
/// Finds theme files. One rule: a file in <c>&lt;root&gt;/overrides/</c> replaces the theme file with the same relative
/// path; the theme itself is <c>&lt;root&gt;/themes/&lt;theme&gt;/</c>, or the default theme that ships with Thuisbasis (<see cref="BuiltInTheme"/>).
/// </summary>
public sealed class Theme
{
    private readonly string[] _folders;

    public Theme(string root, string name = "default")
    {
        var folders = new List<string>
        {
            Path.Combine(root, "overrides"),
            Path.Combine(root, "themes", name),
        };
        if (BuiltInTheme.Folder is { } builtIn) folders.Add(builtIn);
        _folders = folders.Where(Directory.Exists).Select(Path.GetFullPath).Distinct().ToArray();
        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    /// <summary>The folders searched, most specific first.</summary>
    public IReadOnlyList<string> Folders => _folders;

    /// <summary>The full path of a theme file such as <c>layouts/story.sbn-html</c>, or null.</summary>
    public string? Find(string relative)
    {
        foreach (var folder in _folders)
        {
            var full = Path.Combine(folder, relative);
            if (File.Exists(full)) return full;
        }
        return null;
    }

    /// <summary>A path to show a writer: relative to the site when the file is in it.</summary>
    public string Display(string fullPath)
    {
        var rel = Path.GetRelativePath(Root, fullPath).Replace('\\', '/');
        return rel.StartsWith("..") ? "(ingebouwd thema)/" + Path.GetRelativePath(_folders[^1], fullPath).Replace('\\', '/') : rel;
    }

    /// <summary>
    /// A fingerprint of every layout and partial (not assets): when it changes, every page may look different.
    /// Paths, sizes and write times are enough here; the template cache compares contents itself.
    /// </summary>
    public ulong Version()
    {
        var parts = new List<ulong>();
        foreach (var folder in _folders)
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var rel = Path.GetRelativePath(folder, file).Replace('\\', '/');
            if (rel.StartsWith("assets/", StringComparison.Ordinal) || rel.StartsWith("editor/", StringComparison.Ordinal) || Content.SiteFiles.IsIgnored(Path.GetFileName(file))) continue;
            var info = new FileInfo(file);
            parts.Add(ContentHash.Of($"{file}|{info.Length}|{info.LastWriteTimeUtc.Ticks}"));
        }
        return ContentHash.Combine(parts);
    }

    /// <summary>Every file under <c>assets/</c> of the theme, overrides winning, as (relative path, full path).</summary>
    public IEnumerable<(string Relative, string Full)> Assets()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var folder in _folders)
        {
            var assets = Path.Combine(folder, "assets");
            if (!Directory.Exists(assets)) continue;
            foreach (var file in Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
            {
                var rel = Path.GetRelativePath(folder, file).Replace('\\', '/');
                if (Content.SiteFiles.IsIgnored(Path.GetFileName(file))) continue;
                if (seen.Add(rel)) yield return (rel, file);
            }
        }
    }
}
