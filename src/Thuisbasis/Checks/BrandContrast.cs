using System.Globalization;
using Thuisbasis.Content.Settings;
using Thuisbasis.Diagnostics;
using Thuisbasis.Hosting;

namespace Thuisbasis.Checks;

/// <summary>
/// The brand colours colour links, the menu and buttons on white, so each needs AA contrast with white (4.5 : 1,
/// WCAG 1.4.3). A colour the writer chose that fails it is a warning at its line in <c>statiq.config</c>; the
/// theme's own defaults pass.
/// </summary>
public static class BrandContrast
{
    public const string Code = "TB0306";
    public const double Minimum = 4.5;

    public static void Check(string root, BrandSettings brand, DiagnosticBag diagnostics)
    {
        foreach (var (key, colour) in new[] { ("primary", brand.Primary), ("accent", brand.Accent) })
        {
            var ratio = AgainstWhite(colour);
            if (ratio >= Minimum) continue;
            var shown = (Math.Floor(ratio * 10) / 10).ToString("0.0", CultureInfo.GetCultureInfo("nl-NL"));
            var at = SourceLocator.Find(root, "statiq.config", "\"" + colour, key);
            if (at.Line <= 1) at = SourceLocator.Find(root, "statiq.config", colour, key);
            diagnostics.Warning(Code, at,
                $"`brand.{key}` is `{colour}`; op wit is het contrast {shown} : 1, en tekst in die kleur is dan slecht te lezen.",
                $"Kies een donkerdere tint met een contrast van minstens 4,5 : 1, zoals `\"#0b5f7a\"` (7,2 : 1).");
        }
    }

    /// <summary>The WCAG contrast ratio of a colour (<c>#rgb</c> or <c>#rrggbb</c>) with white; not a colour: no warning.</summary>
    public static double AgainstWhite(string colour) =>
        ColourContrast.Parse(colour) is { } c ? ColourContrast.Ratio(c, ColourContrast.White) : double.MaxValue;
}
