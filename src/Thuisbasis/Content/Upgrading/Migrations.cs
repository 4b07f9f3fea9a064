using Thuisbasis.Diagnostics;
using Thuisbasis.Content.Settings;

namespace Thuisbasis.Content.Upgrading;

/// <summary>
/// The table of everything a version renamed or retired that a site may still use. The settings reader and the content
/// readers consult it for a key they do not know (<c>FieldReader.WarnUnknownKeys</c>), the theme (<c>Rendering.ThemeMigrations</c>) for files
/// in a site's <c>overrides/</c> and <c>themes/</c>, so upgrading says where and what to write instead (TB0280, TB0281) rather than
/// "unknown key" or silently ignoring an override. Every entry is listed in CHANGELOG.md too.
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

    /// <summary>Reports a key that <paramref name="migration"/> renamed or retired, at the key itself.</summary>
    public static void ReportKey(DiagnosticBag diagnostics, SourcePosition at, Migration migration)
    {
        var oldLeaf = migration.Old[(migration.Old.LastIndexOf('.') + 1)..];
        if (migration.New is { } renamed)
        {
            var newLeaf = renamed[(renamed.LastIndexOf('.') + 1)..];
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
