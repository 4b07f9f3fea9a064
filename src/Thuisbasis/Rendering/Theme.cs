using Thuisbasis.Model;

namespace Thuisbasis.Rendering;

/// <summary>
/// Finds theme files. One rule: a file in <c>&lt;root&gt;/overrides/</c> replaces the theme file with the same relative
/// path; the theme itself is <c>&lt;root&gt;/themes/&lt;theme&gt;/</c>, or the default theme that ships with Thuisbasis (<see cref="BuiltInTheme"/>).
/// </summary>
public sealed class Theme
{
    private readonly string[] _folders;

    public Theme(string root, string name = "default") : this(root, name, BuiltInTheme.Folder) { }

    /// <param name="builtIn">The built-in theme's folder; tests give one (the tool's lies inside a site that fetched it).</param>
    internal Theme(string root, string name, string? builtIn)
    {
        var folders = new List<string>
        {
            Path.Combine(root, "overrides"),
            Path.Combine(root, "themes", name),
        };
        if (builtIn is not null) folders.Add(builtIn);
        _folders = folders.Where(Directory.Exists).Select(Path.GetFullPath).Distinct().ToArray();
        Root = Path.GetFullPath(root);
        // The built-in theme only when it is not also the site's own themes/<name>/ (this repository's sample).
        if (builtIn is not null && Directory.Exists(builtIn) && _folders.Length > 0 && _folders[^1] == Path.GetFullPath(builtIn)
            && _folders[^1] != Path.GetFullPath(Path.Combine(root, "themes", name)))
            _builtIn = _folders[^1];
    }

    private readonly string? _builtIn;

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

    /// <summary>
    /// The folders that belong to the site (<c>overrides/</c>, <c>themes/&lt;name&gt;/</c>): not the built-in theme, also
    /// where that lies inside the site (the tool fetched by thuisbasis.sh into <c>.thuisbasis/programma/</c>).
    /// </summary>
    public IEnumerable<string> SiteFolders => _folders.Where(f => f != _builtIn && !Path.GetRelativePath(Root, f).StartsWith("..", StringComparison.Ordinal));

    /// <summary>A path to show a writer: relative to the site when the file is the site's own, else in the built-in theme.</summary>
    public string Display(string fullPath)
    {
        if (_builtIn is not null && !Path.GetRelativePath(_builtIn, fullPath).StartsWith("..", StringComparison.Ordinal))
            return "(ingebouwd thema)/" + Path.GetRelativePath(_builtIn, fullPath).Replace('\\', '/');
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
            if (rel.StartsWith("assets/", StringComparison.Ordinal) || rel.StartsWith("editor/", StringComparison.Ordinal) || Hidden(rel)) continue;
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
                if (Hidden(rel)) continue;
                if (seen.Add(rel)) yield return (rel, file);
            }
        }
    }

    /// <summary>
    /// A file that is litter or hidden, or inside a hidden folder (<c>assets/.well-known/</c>): as in <c>input/</c>,
    /// never published, and the preview's watcher passes over it the same way.
    /// </summary>
    private static bool Hidden(string relative) => relative.Split('/').Any(Content.SiteFiles.IsIgnored);
}
