using System.Text.Json;
using Thuisbasis.Diagnostics;
using Thuisbasis.Content.Settings;

namespace Thuisbasis.Content;

/// <summary>Reads <c>input/data/*.yml|yaml|json</c> into plain values that templates see as <c>site.data.&lt;name&gt;</c>.</summary>
internal static class DataFiles
{
    public static IReadOnlyDictionary<string, object?> Read(IEnumerable<(string Full, string Rel)> files, DiagnosticBag diagnostics)
    {
        var data = new Dictionary<string, object?>();
        foreach (var (full, rel) in files)
        {
            var name = Slug.From(Path.GetFileNameWithoutExtension(rel)).Replace('-', '_');
            var ext = Path.GetExtension(rel).ToLowerInvariant();
            var file = ContentFiles.Read(full, rel, diagnostics);
            if (file is null) continue;
            if (ext is ".yml" or ".yaml")
            {
                var fm = FrontMatter.ParseYamlFile(file, diagnostics);
                if (fm is not null) data[name] = SettingsReader.ToPlain(fm.Map);
            }
            else if (ext == ".json")
            {
                try { data[name] = FromJson(JsonDocument.Parse(file.Text).RootElement); }
                catch (JsonException e)
                {
                    diagnostics.Error("TB0100", new SourcePosition(rel, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1),
                        "Dit JSON-bestand klopt niet.", "Controleer komma's, aanhalingstekens en haakjes rond deze plek.");
                }
            }
            else
            {
                diagnostics.Warning("TB0204", SourcePosition.StartOf(rel), "In `input/data/` horen alleen .yml- en .json-bestanden.",
                    "Zet andere bestanden in `input/assets/`.");
            }
        }
        return data;
    }

    private static object? FromJson(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().ToDictionary(p => p.Name, p => FromJson(p.Value)),
        JsonValueKind.Array => e.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.GetDecimal(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
