using System.Globalization;
using Thuisbasis.Content.Settings;
using Thuisbasis.Diagnostics;
using Thuisbasis.Hosting;

namespace Thuisbasis.Checks;

/// <summary>
/// The theme shows links, the current menu item and secondary buttons in <c>brand.primary</c> on white and on its light
/// backgrounds, and white text on buttons in it. A colour that does not read there (4.5 : 1, WCAG 1.4.3) is still
/// readable on the site, since the theme takes a darker shade for text and dark text on buttons
/// (<see cref="BrandColours"/>); <c>check</c> says so at its line in <c>statiq.config</c>, with the shade, for a writer
/// who wants the same colour everywhere. <c>brand.accent</c> colours only a border, so no text.
/// </summary>
public static class BrandContrast
{
    public const string Code = "TB0306";
    public const double Minimum = BrandColours.Minimum;

    public static void Check(string root, BrandSettings brand, DiagnosticBag diagnostics)
    {
        var colour = brand.Primary;
        if (ColourContrast.Parse(colour) is not { } c || BrandColours.LowestContrast(c) >= Minimum) return;
        var ratio = ColourContrast.Ratio(c, ColourContrast.White);
        var shown = (Math.Floor(ratio * 10) / 10).ToString("0.0", CultureInfo.GetCultureInfo("nl-NL"));
        var link = BrandColours.Link(colour)!;
        var at = SourceLocator.Find(root, "statiq.config", "\"" + colour, "primary");
        if (at.Line <= 1) at = SourceLocator.Find(root, "statiq.config", colour, "primary");
        var buttons = BrandColours.OnPrimary(colour) == "#ffffff" ? "" : " en knoppen in deze kleur met donkere tekst";
        diagnostics.Warning(Code, at,
            $"`brand.primary` is `{colour}`; op wit is het contrast {shown} : 1, of op de lichte vlakken van de site minder dan 4,5 : 1. " +
            $"Tekst in die kleur is dan slecht te lezen, dus de site toont links in `{link}`{buttons}.",
            $"Wilt u overal dezelfde kleur? Kies dan een donkerdere tint, zoals `\"{link}\"`.");
    }
}
