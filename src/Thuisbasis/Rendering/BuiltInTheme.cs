using System.IO.Hashing;
using System.Reflection;

namespace Thuisbasis.Rendering;

/// <summary>
/// The default theme that ships inside the engine, the lowest layer of <see cref="Theme"/>. Where the program has a
/// <c>themes/default/</c> folder beside it (this repository's host, the tool) that folder is it; a site whose
/// Site.csproj references the package gets the copy embedded in Thuisbasis.dll, written once per engine build into a
/// folder of the user's own, so templates, includes and assets keep working with plain file paths.
/// </summary>
public static class BuiltInTheme
{
    private const string Prefix = "theme/";
    private static readonly Lazy<string?> Located = new(Locate, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The folder of the built-in theme, or null when this engine carries none.</summary>
    public static string? Folder => Located.Value;

    private static string? Locate()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "themes", "default");
        return Directory.Exists(beside) ? beside : Extract(typeof(BuiltInTheme).Assembly);
    }

    /// <summary>Writes the embedded theme into a folder named after its contents, unless an earlier run did.</summary>
    internal static string? Extract(Assembly assembly, string? cacheRoot = null)
    {
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToArray();
        if (names.Length == 0) return null;
        var files = names.Select(n => (Relative: n[Prefix.Length..].Replace('\\', '/'), Bytes: Read(assembly, n))).ToArray();
        var hash = new XxHash64();
        foreach (var (relative, bytes) in files)
        {
            hash.Append(System.Text.Encoding.UTF8.GetBytes(relative + "\n"));
            hash.Append(bytes);
        }
        var root = cacheRoot ?? CacheRoot();
        var target = Path.Combine(root, Convert.ToHexStringLower(hash.GetCurrentHash()));
        if (Directory.Exists(target)) return target;

        // Written beside the target and moved in whole, so a second process never sees half a theme.
        var staging = $"{target}.{Environment.ProcessId}.tmp";
        foreach (var (relative, bytes) in files)
        {
            var path = Path.Combine(staging, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
        }
        try { Directory.Move(staging, target); }
        catch (IOException) when (Directory.Exists(target)) { Directory.Delete(staging, recursive: true); }
        return target;
    }

    /// <summary>The user's own application data (not a shared temp folder another user could fill first).</summary>
    private static string CacheRoot()
    {
        var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        return Path.Combine(string.IsNullOrEmpty(data) ? Path.GetTempPath() : data, "thuisbasis", "theme");
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
