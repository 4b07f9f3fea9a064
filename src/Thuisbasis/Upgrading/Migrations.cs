using Thuisbasis.Diagnostics;
using Thuisbasis.Rendering;

namespace Thuisbasis.Upgrading;

/// <summary>
/// The table of everything a version renamed or retired that a site may still use. The settings reader and the content
/// readers consult it for a key they do not know (<c>FieldReader.WarnUnknownKeys</c>), the build for files in a site's
/// <c>overrides/</c> and <c>themes/</c>, so upgrading says where and what to write instead (TB0280, TB0281) rather than
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
        var settings = sitePath == Settings.SettingsReader.FileName;
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

    /// <summary>
    /// Warns about every file in the site's own theme folders (<c>overrides/</c>, <c>themes/&lt;name&gt;/</c>) that
    /// replaces a theme file a version renamed or retired: the built-in theme no longer asks for it, so it would be
    /// ignored without a word.
    /// </summary>
    public static void CheckTheme(Theme theme, DiagnosticBag diagnostics, IReadOnlyList<Migration>? table = null)
    {
        var siteFolders = theme.Folders.Where(f => !Path.GetRelativePath(theme.Root, f).StartsWith("..", StringComparison.Ordinal)).ToList();
        foreach (var m in (table ?? All).Where(m => m.Kind == MigrationKind.ThemeFile))
        foreach (var folder in siteFolders)
        {
            var full = Path.Combine(folder, m.Old);
            if (!File.Exists(full)) continue;
            var shown = theme.Display(full);
            var at = new SourcePosition(shown, 1, 1);
            if (m.New is { } renamed)
            {
                var target = Path.GetRelativePath(theme.Root, Path.Combine(folder, renamed)).Replace('\\', '/');
                diagnostics.Warning("TB0281", at,
                    $"Het themabestand `{m.Old}` heet sinds Thuisbasis {m.Since} `{renamed}`; uw `{shown}` wordt niet meer gebruikt.",
                    m.Advice ?? $"Geef het bestand de naam `{target}` en kijk of het ingebouwde bestand intussen veranderd is.");
            }
            else
            {
                diagnostics.Warning("TB0281", at,
                    $"Het themabestand `{m.Old}` bestaat sinds Thuisbasis {m.Since} niet meer; uw `{shown}` wordt niet gebruikt.",
                    m.Advice ?? "Haal het bestand weg, of zet wat erin staat in een bestand dat het thema nog wel gebruikt.");
            }
        }
    }

    private static bool InFolder(string sitePath, string? folder) =>
        folder is null || sitePath.Replace('\\', '/').StartsWith($"input/{folder}/", StringComparison.Ordinal);
}
