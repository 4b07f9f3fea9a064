using System.Text.RegularExpressions;

namespace Thuisbasis.Model;

/// <summary>A vacancy's <c>hours</c> as a page, a post and Google's job data say them.</summary>
public static partial class WorkHours
{
    /// <summary>
    /// "24-32 uur per week" from <c>24-32</c>. What the writer wrote already says part of it: <c>24 tot 32 uur</c> gets
    /// "per week", <c>8 uur per maand</c> and <c>flexibel</c> stay as they are (they gave "24 tot 32 uur uur per week"
    /// and "flexibel uur per week").
    /// </summary>
    public static string? PerWeek(string? hours)
    {
        if (string.IsNullOrWhiteSpace(hours)) return null;
        var text = hours.Trim();
        if (!text.Any(char.IsAsciiDigit) || Period().IsMatch(text)) return text;
        return Hour().IsMatch(text) ? $"{text} per week" : $"{text} uur per week";
    }

    /// <summary>Says over which time already: per week, per maand, p.w., /week, in de week (not "24/32", a range).</summary>
    [GeneratedRegex(@"\bper\b|\bp\.\s?[wm]\b|/\s*(?:w|wk|week|mnd|maand|dag|jaar)\b|\bweek|\bmaand|\bdag|\bjaar", RegexOptions.IgnoreCase)]
    private static partial Regex Period();

    [GeneratedRegex(@"\d\s*(?:uur|uren|u\b|u\.)|\bu(?:ur|ren)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hour();
}
