using System.Net;
using Thuisbasis.Output;
using Thuisbasis.Rendering;
using Thuisbasis.Model;

namespace Thuisbasis.Editor;

/// <summary>
/// Writes the web editor at <c>/admin/</c>: its page, the generated <c>config.yml</c>, and the pinned Decap CMS script with
/// its licences and our widgets, copied from the theme's <c>editor/</c> folder (so the editor ships with the theme and
/// is served from the site itself). In the preview always, against the preview server's local backend; in any other
/// build only when <c>editor:</c> is set in <c>statiq.config</c>.
/// </summary>
public sealed class EditorFilesGenerator : IOutputGenerator
{
    public const string Folder = "admin";

    /// <summary>Theme files under <c>editor/</c> that are served as they are.</summary>
    public static readonly string[] ThemeFiles =
        ["decap-cms.js", "decap-cms.js.LICENSE.txt", "LICENSE", "thuisbasis-editor.js", "thuisbasis-editor.css"];

    public static bool IsLocal(Site site) => site.Options.Mode == "preview";

    public static bool IsOn(Site site) => IsLocal(site) || site.Settings.Editor is not null;

    public IEnumerable<OutputFile> Generate(Site site, IReadOnlyList<PageModel> pages)
    {
        if (!IsOn(site)) yield break;
        var local = IsLocal(site);
        yield return OutputFile.Text($"{Folder}/index.html", Page(site), "statiq.config");
        yield return OutputFile.Text($"{Folder}/config.yml", EditorConfig.Yaml(site, local), "statiq.config");
        var theme = new Theme(site.Options.Root, site.Settings.Theme);
        foreach (var name in ThemeFiles)
        {
            var full = theme.Find("editor/" + name);
            if (full is not null) yield return OutputFile.Copy($"{Folder}/{name}", full, theme.Display(full));
        }
    }

    private static string Page(Site site) =>
        $"""
        <!doctype html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <title>Redactie – {WebUtility.HtmlEncode(site.Settings.Name)}</title>
        <link href="/{Folder}/config.yml" type="text/yaml" rel="cms-config-url">
        <link href="/{Folder}/thuisbasis-editor.css" rel="stylesheet">
        </head>
        <body>
        <script src="/{Folder}/decap-cms.js"></script>
        <script src="/{Folder}/thuisbasis-editor.js"></script>
        </body>
        </html>

        """;
}
