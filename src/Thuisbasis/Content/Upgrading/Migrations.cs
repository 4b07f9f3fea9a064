using Thuisbasis.Diagnostics;
using Thuisbasis.Content.Settings;
using YamlDotNet.RepresentationModel;

namespace Thuisbasis.Content.Upgrading;

/// <summary>
/// The table of everything a version renamed or retired that a site may still use. The settings reader and the content
/// readers consult it for a key they do not know (<c>FieldReader.WarnUnknownKeys</c>), the theme (<c>Rendering.ThemeMigrations</c>) for files
/// in a site's <c>overrides/</c> and <c>themes/</c>, so upgrading says where and what to write instead (TB0280, TB0281) rather than
/// "unknown key" or silently ignoring an override. A renamed key's value still counts under its old name until the
/// writer renames it (<see cref="FieldReader.Node"/>). Every entry is listed in CHANGELOG.md too.
/// </summary>
public static class Migrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        // The example entry the package tests upgrade a site with: no released site ever used `feeds.count`.
        new("0.1.0", MigrationKind.Setting, "feeds.count", "feeds.items"),
    ];

    /// <summary>The migration for <paramref name="key"/> (dotted, e.g. <c>contact.telefoon</c>) in a file, or null.</summary>
    public static Migration? ForKey(string sitePath, string key, IReadOnlyList<Migration>? table = null)
    {
        var settings = sitePath == SettingsReader.FileName;
        foreach (var m in table ?? All)
        {
            if (m.Old != key) continue;
            if (settings ? m.Kind == MigrationKind.Setting : m.Kind == MigrationKind.ContentKey && InFolder(sitePath, m.Folder)) return m;
        }
        return null;
    }

    /// <summary>
    /// The value a file wrote under the old name of <paramref name="key"/> (dotted, e.g. <c>feeds.items</c>), when a
    /// version renamed it and the file is where that rename applies; the old name then still works.
    /// </summary>
    public static YamlNode? RenamedTo(string sitePath, YamlMappingNode root, string key, IReadOnlyList<Migration>? table = null)
    {
        foreach (var m in table ?? All)
            if (m.New == key && ForKey(sitePath, m.Old, table) == m && At(root, m.Old) is { } value) return value;
        return null;
    }

    /// <summary>The value at a dotted key (<c>feeds.count</c>) below <paramref name="root"/>, or null.</summary>
    public static YamlNode? At(YamlMappingNode root, string dotted)
    {
        YamlNode? node = root;
        foreach (var part in dotted.Split('.'))
            node = node is YamlMappingNode map ? Value(map, part) : null;
        return node;
    }

    /// <summary>The value of <paramref name="key"/> in <paramref name="map"/> itself, or null.</summary>
    public static YamlNode? Value(YamlMappingNode map, string key)
    {
        foreach (var (k, v) in map.Children)
            if (k is YamlScalarNode s && s.Value == key) return v;
        return null;
    }

    /// <summary>
    /// Reports a key that <paramref name="migration"/> renamed or retired, at the key itself. A renamed key still works
    /// (see <see cref="RenamedTo"/>) unless the file also has the new name, which then wins.
    /// </summary>
    public static void ReportKey(DiagnosticBag diagnostics, SourcePosition at, Migration migration, bool newAlsoWritten = false)
    {
        var oldLeaf = migration.Old[(migration.Old.LastIndexOf('.') + 1)..];
        if (migration.New is { } renamed)
        {
            var newLeaf = renamed[(renamed.LastIndexOf('.') + 1)..];
            if (newAlsoWritten)
                diagnostics.Warning("TB0280", at,
                    $"`{migration.Old}` heet sinds Thuisbasis {migration.Since} `{renamed}`, en dat staat er ook: `{oldLeaf}:` wordt niet gebruikt.",
                    $"Haal de regel met `{oldLeaf}:` weg; `{newLeaf}:` geldt.");
            else
                diagnostics.Warning("TB0280", at, $"`{migration.Old}` heet sinds Thuisbasis {migration.Since} `{renamed}`.",
                    migration.Advice ?? $"Schrijf `{newLeaf}:` in plaats van `{oldLeaf}:`; de waarde blijft hetzelfde.");
        }
        else
        {
            diagnostics.Warning("TB0280", at, $"`{migration.Old}` bestaat sinds Thuisbasis {migration.Since} niet meer.",
                migration.Advice ?? $"Haal de regel met `{oldLeaf}:` weg.");
        }
    }

    private static bool InFolder(string sitePath, string? folder) =>
        folder is null || sitePath.Replace('\\', '/').StartsWith($"input/{folder}/", StringComparison.Ordinal);
}
