using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Thuisbasis.Tests.Template;

/// <summary>
/// The replacements `dotnet new thuisbasis` makes, read from the template's own template.json: every symbol's
/// `replaces` text becomes the option's value, or for a derived symbol the value after its chain of `replace` forms.
/// At each place the longest matching text wins, as the template engine does. Lets a unit test make a site from the
/// sample as the template would, without packing; the package tests run the real `dotnet new`.
/// </summary>
public sealed class TemplateSymbols
{
    private readonly List<(string Token, string Value)> _replacements;

    private TemplateSymbols(List<(string Token, string Value)> replacements) =>
        _replacements = replacements.OrderByDescending(r => r.Token.Length).ToList();

    public static string TemplateJson(string repositoryRoot) =>
        Path.Combine(repositoryRoot, "src", "Thuisbasis.Templates", "site", ".template.config", "template.json");

    /// <param name="options">Parameter name → value, as given on the command line; the rest keep their default.</param>
    public static TemplateSymbols Read(string templateJson, IReadOnlyDictionary<string, string> options)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(templateJson));
        var symbols = json.RootElement.GetProperty("symbols");
        var forms = json.RootElement.TryGetProperty("forms", out var f) ? f : default;
        var values = new Dictionary<string, string>();
        foreach (var symbol in symbols.EnumerateObject().Where(s => s.Value.GetProperty("type").GetString() == "parameter"))
            values[symbol.Name] = options.TryGetValue(symbol.Name, out var given) ? given : symbol.Value.GetProperty("defaultValue").GetString()!;
        var replacements = new List<(string, string)>();
        foreach (var symbol in symbols.EnumerateObject())
        {
            if (!symbol.Value.TryGetProperty("replaces", out var replaces)) continue;
            var value = symbol.Value.GetProperty("type").GetString() switch
            {
                "parameter" => values[symbol.Name],
                "derived" => Transform(forms, symbol.Value.GetProperty("valueTransform").GetString()!,
                    values[symbol.Value.GetProperty("valueSource").GetString()!]),
                var other => throw new InvalidOperationException($"symbol type {other} is not known to this test"),
            };
            replacements.Add((replaces.GetString()!, value));
        }
        return new TemplateSymbols(replacements);
    }

    private static string Transform(JsonElement forms, string name, string value)
    {
        var form = forms.GetProperty(name);
        return form.GetProperty("identifier").GetString() switch
        {
            "chain" => form.GetProperty("steps").EnumerateArray().Aggregate(value, (v, step) => Transform(forms, step.GetString()!, v)),
            "replace" => Regex.Replace(value, form.GetProperty("pattern").GetString()!, form.GetProperty("replacement").GetString()!),
            var other => throw new InvalidOperationException($"form {other} is not known to this test"),
        };
    }

    public string Apply(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            var match = _replacements.FirstOrDefault(r => string.CompareOrdinal(text, i, r.Token, 0, r.Token.Length) == 0);
            if (match.Token is null) { result.Append(text[i++]); continue; }
            result.Append(match.Value);
            i += match.Token.Length;
        }
        return result.ToString();
    }
}
