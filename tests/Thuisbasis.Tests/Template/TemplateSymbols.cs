using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Thuisbasis.Tests.Template;

/// <summary>
/// The replacements `dotnet new thuisbasis` makes, read from the template's own template.json: every symbol's
/// `replaces` text becomes the option's value, for a derived symbol the value after its chain of forms, for a generated
/// one what its generator (`regex`, `join`, `casing`) makes of the symbols it names. At each place the longest matching
/// text wins, as the template engine does. Lets a unit test make a site from the sample as the template would, without
/// packing; the package tests run the real `dotnet new`.
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
        // A symbol's value, worked out from the symbols it names first (the engine orders them by what they depend on).
        string Value(string name)
        {
            if (values.TryGetValue(name, out var known)) return known;
            var symbol = symbols.GetProperty(name);
            var value = symbol.GetProperty("type").GetString() switch
            {
                "parameter" => options.TryGetValue(name, out var given) ? given : symbol.GetProperty("defaultValue").GetString()!,
                "derived" => Transform(forms, symbol.GetProperty("valueTransform").GetString()!, Value(symbol.GetProperty("valueSource").GetString()!)),
                "generated" => Generate(symbol, Value),
                var other => throw new InvalidOperationException($"symbol type {other} is not known to this test"),
            };
            return values[name] = value;
        }
        var replacements = new List<(string, string)>();
        foreach (var symbol in symbols.EnumerateObject())
            if (symbol.Value.TryGetProperty("replaces", out var replaces)) replacements.Add((replaces.GetString()!, Value(symbol.Name)));
        return new TemplateSymbols(replacements);
    }

    private static string Generate(JsonElement symbol, Func<string, string> value)
    {
        var parameters = symbol.GetProperty("parameters");
        return symbol.GetProperty("generator").GetString() switch
        {
            "regex" => parameters.GetProperty("steps").EnumerateArray().Aggregate(value(parameters.GetProperty("source").GetString()!),
                (v, step) => Regex.Replace(v, step.GetProperty("regex").GetString()!, step.GetProperty("replacement").GetString()!)),
            "join" => string.Join(parameters.TryGetProperty("separator", out var separator) ? separator.GetString() : "",
                parameters.GetProperty("symbols").EnumerateArray()
                    .Select(s => s.TryGetProperty("type", out var t) && t.GetString() == "ref"
                        ? value(s.GetProperty("value").GetString()!) : s.GetProperty("value").GetString()!)
                    .Where(v => !(parameters.TryGetProperty("removeEmptyValues", out var remove) && remove.GetBoolean()) || v.Length > 0)),
            "casing" => parameters.TryGetProperty("toLower", out var lower) && lower.GetBoolean()
                ? value(parameters.GetProperty("source").GetString()!).ToLowerInvariant()
                : value(parameters.GetProperty("source").GetString()!).ToUpperInvariant(),
            var other => throw new InvalidOperationException($"generator {other} is not known to this test"),
        };
    }

    private static string Transform(JsonElement forms, string name, string value)
    {
        var form = forms.GetProperty(name);
        return form.GetProperty("identifier").GetString() switch
        {
            "chain" => form.GetProperty("steps").EnumerateArray().Aggregate(value, (v, step) => Transform(forms, step.GetString()!, v)),
            "replace" => Regex.Replace(value, form.GetProperty("pattern").GetString()!, form.GetProperty("replacement").GetString()!),
            "lowerCaseInvariant" => value.ToLowerInvariant(),
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
