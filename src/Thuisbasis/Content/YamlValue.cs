namespace Thuisbasis.Content;

/// <summary>A value as a writer can copy it into a <c>key: value</c> line of a message's help.</summary>
public static class YamlValue
{
    /// <summary>
    /// <paramref name="value"/> as it stands when YAML reads it back unchanged, else between double quotes: a title from
    /// the settings such as <c>Werkwijze: zo doen wij het</c> would otherwise make the suggested line an error itself.
    /// </summary>
    public static string Written(string value) =>
        value.Length > 0 && char.IsLetterOrDigit(value[0]) && value == value.Trim() && !value.EndsWith(':')
        && !value.Contains(": ", StringComparison.Ordinal) && !value.Contains(" #", StringComparison.Ordinal)
        && value.All(c => c >= ' ' && c is not ('"' or '\\'))
            ? value
            : "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
