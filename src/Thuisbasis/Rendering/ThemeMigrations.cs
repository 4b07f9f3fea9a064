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

/// <summary>
/// TB0282: a file in the site's own theme folders (<c>overrides/</c>, <c>themes/&lt;name&gt;/</c> over the built-in theme)
/// that nothing uses: no theme file of that name to replace (a typo, <c>partials/foter.sbn-html</c>, or a file a new
/// version renamed without a line in <see cref="Migrations"/>), no <c>include</c> of it in any layout or partial, no page
/// whose <c>layout:</c> names it. It was passed over without a word, and so was the writer's change in it.
/// </summary>
public static partial class UnusedThemeFiles
{
    public const string Code = "TB0282";
    private static readonly string[] Kinds = ["layouts", "partials"];

    /// <param name="layouts">The layouts pages ask for by name (<c>layout: x</c>).</param>
    public static void Check(Theme theme, IEnumerable<string> layouts, DiagnosticBag diagnostics)
    {
        if (theme.Folders.Count < 2) return;
        var basis = theme.Folders[^1];
        var own = theme.SiteFolders.Where(f => f != basis).ToList();
        var candidates = (from folder in own
                          from kind in Kinds
                          let dir = Path.Combine(folder, kind)
                          where Directory.Exists(dir)
                          from full in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
                          let relative = Path.GetRelativePath(folder, full).Replace('\\', '/')
                          where !Content.SiteFiles.IsIgnored(Path.GetFileName(full)) && !File.Exists(Path.Combine(basis, relative)) &&
                                !Migrations.All.Any(m => m.Kind == MigrationKind.ThemeFile && m.Old == relative) // TB0281 says it
                          select (Full: full, Relative: relative)).ToList();
        if (candidates.Count == 0) return;

        // What the theme in use asks for: every literal include in every layout and partial that is in effect.
        var effective = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in theme.Folders.Reverse())
        foreach (var kind in Kinds)
        {
            var dir = Path.Combine(folder, kind);
            if (!Directory.Exists(dir)) continue;
            foreach (var full in Directory.EnumerateFiles(dir, "*.sbn-html", SearchOption.AllDirectories))
                effective[Path.GetRelativePath(folder, full).Replace('\\', '/')] = full;
        }
        var included = new HashSet<string>(StringComparer.Ordinal);
        var anyName = false; // `include name`: which partials it takes cannot be read from the text
        foreach (var full in effective.Values)
        {
            string text;
            try { text = File.ReadAllText(full); } catch (IOException) { continue; }
            foreach (System.Text.RegularExpressions.Match m in Include().Matches(text))
            {
                if (!m.Groups["name"].Success) { anyName = true; continue; }
                var name = m.Groups["name"].Value;
                included.Add(name.EndsWith(".sbn-html", StringComparison.Ordinal) ? name : name + ".sbn-html");
            }
        }
        var asked = layouts.Select(l => $"layouts/{l}.sbn-html").ToHashSet(StringComparer.Ordinal);
        var known = effective.Keys.Where(k => File.Exists(Path.Combine(basis, k))).ToList();
        foreach (var (full, relative) in candidates)
        {
            if (relative.EndsWith(".sbn-html", StringComparison.Ordinal) &&
                (included.Contains(relative) || asked.Contains(relative) || anyName && relative.StartsWith("partials/", StringComparison.Ordinal)))
                continue;
            var shown = theme.Display(full);
            // By the name alone (the folder and `.sbn-html` they share would make any two names look alike).
            var kind = relative[..relative.IndexOf('/')];
            var stems = known.Where(k => k.StartsWith(kind + "/", StringComparison.Ordinal)).GroupBy(Stem, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var meant = Content.Suggest.Closest(Stem(relative), stems.Keys) is { } stem ? stems[stem] : null;
            diagnostics.Warning(Code, new SourcePosition(shown, 1, 1),
                $"`{shown}` wordt niet gebruikt: het thema heeft geen bestand `{relative}` om te vervangen, en geen opmaak haalt het op.",
                meant is not null
                    ? $"Bedoelde u `{meant}`? Geef het bestand dan die naam (in dezelfde map als nu)."
                    : relative.EndsWith(".sbn-html", StringComparison.Ordinal)
                        ? $"Haal het bestand weg, of haal het op in een opmaak met `{{{{ include \"{relative[..^".sbn-html".Length]}\" }}}}`."
                        : "Een opmaak eindigt op `.sbn-html`; geef het bestand die naam, of haal het weg.");
        }
    }

    /// <summary><c>footer</c> of <c>partials/footer.sbn-html</c> (and of <c>partials/footer.html</c>).</summary>
    private static string Stem(string relative)
    {
        var name = relative[(relative.LastIndexOf('/') + 1)..];
        var dot = name.IndexOf('.');
        return dot > 0 ? name[..dot] : name;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\binclude\s+(?:[""'](?<name>[^""']+)[""']|(?=[A-Za-z_(]))")]
    private static partial System.Text.RegularExpressions.Regex Include();
}
