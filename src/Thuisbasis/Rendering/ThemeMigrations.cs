using Thuisbasis.Diagnostics;
using Thuisbasis.Content.Upgrading;

namespace Thuisbasis.Rendering;

/// <summary>The part of upgrading that concerns theme files (see <see cref="Migrations"/>): overrides of renamed files.</summary>
public static class ThemeMigrations
{
    /// <summary>
    /// Warns about every file in the site's own theme folders (<c>overrides/</c>, <c>themes/&lt;name&gt;/</c>) that
    /// replaces a theme file a version renamed or retired: the built-in theme no longer asks for it, so it would be
    /// ignored without a word.
    /// </summary>
    public static void Check(Theme theme, DiagnosticBag diagnostics, IReadOnlyList<Migration>? table = null)
    {
        var siteFolders = theme.SiteFolders.ToList();
        foreach (var m in (table ?? Migrations.All).Where(m => m.Kind == MigrationKind.ThemeFile))
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
}
