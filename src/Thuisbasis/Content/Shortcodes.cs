using System.Text.RegularExpressions;
using Thuisbasis.Diagnostics;

namespace Thuisbasis.Content;

/// <summary>
/// WordPress "shortcodes" in a text that came from a WordPress site (<c>[caption …]</c>, <c>[gallery …]</c>,
/// <c>[embed]…[/embed]</c>, a form plugin's): this site does not know them, so they stood on the page as text, and a
/// gallery's photos were gone, without a word. TB0242 once per kind per file, at the first one, outside code blocks.
/// </summary>
internal static partial class Shortcodes
{
    public const string Code = "TB0242";

    public static void Warn(FrontMatter fm, DiagnosticBag diagnostics)
    {
        if (!Opening().IsMatch(fm.Body)) return; // nearly every text: one scan, no lines made
        var found = new Dictionary<string, (int Line, int Column, string Text, int Count)>(StringComparer.Ordinal);
        var lines = fm.Body.Split('\n');
        string? fence = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimStart();
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                var mark = trimmed[..3];
                fence = fence is null ? mark : fence == mark ? null : fence;
                continue;
            }
            if (fence is not null || lines[i].StartsWith("    ", StringComparison.Ordinal) || lines[i].StartsWith('\t')) continue;
            foreach (Match m in Opening().Matches(lines[i]))
            {
                var name = m.Groups["name"].Value.ToLowerInvariant();
                var kind = Kind(name);
                found[kind] = found.TryGetValue(kind, out var first) ? first with { Count = first.Count + 1 }
                    : (i, m.Index + 1, m.Value.TrimStart('\\').TrimEnd('\\', ']') + "]", 1);
            }
        }
        foreach (var (kind, (line, column, text, count)) in found)
        {
            var shown = text.Length > 40 ? text[..37] + "…]" : text;
            var times = count > 1 ? $" ({count} keer)" : "";
            var (what, help) = kind switch
            {
                "caption" => ("de foto met onderschrift staat er als code", "Zet de foto erin als `![beschrijving](/assets/img/naam.jpg)` met het onderschrift op de regel eronder, en haal `[caption …]` en `[/caption]` weg."),
                "gallery" => ("de foto's van de galerij komen niet op de pagina", "Zet elke foto er los in met `![beschrijving](/assets/img/naam.jpg)`, en haal de code weg."),
                "video" => ("de video komt niet op de pagina", "Schrijf een video van YouTube of Vimeo als `![waar de video over gaat](https://youtu.be/…)` op een eigen regel, en haal de code weg."),
                "form" => ("een formulier van WordPress werkt hier niet", "Verwijs naar de contactpagina, of zet een link naar het formulier, en haal de code weg."),
                _ => ("deze site kent die code niet", "Haal de code weg; schrijf opmaak met Markdown, zoals `**vet**` en `## Kopje` (zie de handleiding)."),
            };
            diagnostics.Warning(Code, new SourcePosition(fm.Path, fm.BodyLine + line, column),
                $"`{shown}`{times} is code van WordPress (een shortcode) en staat als tekst op de pagina: {what}.", help);
        }
    }

    private static string Kind(string name) => name switch
    {
        "caption" or "wp_caption" => "caption",
        "gallery" or "playlist" => "gallery",
        "embed" or "video" or "audio" or "youtube" or "vimeo" => "video",
        _ when name.StartsWith("contact-form", StringComparison.Ordinal) || name.StartsWith("wpforms", StringComparison.Ordinal)
            || name.StartsWith("gravityform", StringComparison.Ordinal) || name == "ninja_form" => "form",
        _ => name,
    };

    /// <summary>An opening (or lone) shortcode of WordPress itself or a common plugin, also as turndown escapes it (<c>\[gallery\]</c>).</summary>
    [GeneratedRegex(@"\\?\[(?<name>caption|wp_caption|gallery|playlist|embed|video|audio|youtube|vimeo|contact-form-7|contact-form|wpforms|gravityforms?|ninja_form|googlemaps|vc_[a-z_]+|et_pb_[a-z_]+|fusion_[a-z_]+|su_[a-z_]+)(?=[\s\]\\])[^\]\n]*\\?\](?!\()",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Opening();
}
