using System.Globalization;
using System.Text;
using Thuisbasis.Content;

namespace Thuisbasis.Preview.Editor;

/// <summary>
/// The only files the web editor may touch through the preview: anything under <c>input/</c> and <c>statiq.config</c>
/// itself. A path is refused when it is absolute, has a <c>..</c>, <c>.</c> or hidden segment, a backslash or NUL, or
/// passes through a symbolic link (which could point anywhere).
/// </summary>
public sealed class SitePaths(string root)
{
    public const string InputFolder = "input";
    public const string SettingsFile = "statiq.config";

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The full path of <paramref name="relative"/> (as Decap sends it: <c>input/stories/a.md</c>), or null when it is not allowed.</summary>
    public string? Resolve(string? relative)
    {
        if (string.IsNullOrWhiteSpace(relative) || relative.Contains('\\') || relative.Contains('\0') || relative.StartsWith('/') ||
            Path.IsPathRooted(relative) || relative.Contains(':'))
            return null;
        var trimmed = relative.TrimEnd('/');
        var segments = trimmed.Split('/');
        if (segments.Any(s => s.Length == 0 || s.StartsWith('.'))) return null;
        if (trimmed != SettingsFile && segments[0] != InputFolder) return null;
        var full = Path.GetFullPath(Path.Combine(Root, trimmed));
        var input = Path.Combine(Root, InputFolder);
        if (full != Path.Combine(Root, SettingsFile) && full != input && !full.StartsWith(input + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return null;
        return PassesThroughLink(full) ? null : full;
    }

    /// <summary>The path relative to the site, with forward slashes, as Decap expects it back.</summary>
    public string Relative(string full) => Path.GetRelativePath(Root, full).Replace('\\', '/');

    /// <summary>True when any existing part of the path below the site folder is a symbolic link.</summary>
    private bool PassesThroughLink(string full)
    {
        var current = full;
        while (current.Length > Root.Length)
        {
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.Exists && info.LinkTarget is not null) return true;
            current = Path.GetDirectoryName(current)!;
        }
        return false;
    }

    /// <summary>
    /// A file name that works in every address and on every computer: lower case, no spaces or accents
    /// (<c>Één Foto.JPG</c> → <c>een-foto.jpg</c>), and, when that name is taken in <paramref name="folder"/>, <c>-2</c>, <c>-3</c>…
    /// so an upload never replaces an existing file.
    /// </summary>
    public static string FreeFileName(string folder, string name)
    {
        var extension = Path.GetExtension(name);
        var stem = Clean(Path.GetFileNameWithoutExtension(name));
        extension = Clean(extension.TrimStart('.'));
        if (stem.Length == 0) stem = "bestand";
        var ext = extension.Length == 0 ? "" : "." + extension;
        var candidate = stem + ext;
        for (var n = 2; File.Exists(Path.Combine(folder, candidate)) || Directory.Exists(Path.Combine(folder, candidate)); n++)
            candidate = $"{stem}-{n}{ext}";
        return candidate;
    }

    private static string Clean(string text)
    {
        var plain = new StringBuilder();
        foreach (var c in text.Normalized(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var lower = char.ToLowerInvariant(c);
            plain.Append(lower is >= 'a' and <= 'z' or >= '0' and <= '9' ? lower : '-');
        }
        var result = plain.ToString();
        while (result.Contains("--")) result = result.Replace("--", "-");
        return result.Trim('-');
    }
}
