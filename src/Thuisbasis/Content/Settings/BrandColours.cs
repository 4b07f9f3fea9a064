using System.Globalization;

namespace Thuisbasis.Content.Settings;

/// <summary>
/// The colours the theme derives from <c>brand.primary</c>, so that a light brand colour (an orange, a light green)
/// never makes text unreadable (WCAG 1.4.3, 4.5 : 1): links and text in the brand colour get the darkest shade they
/// need on every background the theme puts them on, and buttons in the brand colour get white or dark text, whichever
/// reads. A colour that passes is used as it is.
/// </summary>
public static class BrandColours
{
    public const double Minimum = 4.5;

    /// <summary>
    /// The backgrounds the default theme shows text in the brand colour on: the page (white), the menu bar and fact
    /// boxes (<c>--tint</c>), the consent banner, and the notes above a page ("Concept", "Gesloten").
    /// </summary>
    public static readonly IReadOnlyList<(byte R, byte G, byte B)> Backgrounds =
        [(255, 255, 255), (0xf2, 0xf5, 0xf6), (0xf3, 0xf2, 0xf1), (0xff, 0xf4, 0xd6), (0xfd, 0xe8, 0xe4)];

    /// <summary>The lowest contrast of a colour with those backgrounds.</summary>
    public static double LowestContrast((byte R, byte G, byte B) colour) => Backgrounds.Min(b => ColourContrast.Ratio(colour, b));

    /// <summary>
    /// The colour for links and text: <paramref name="primary"/> itself when it reads on every background, else the
    /// lightest darker shade of it (the same hue, mixed with black) that does. Null for what is no colour.
    /// </summary>
    public static string? Link(string primary)
    {
        if (ColourContrast.Parse(primary) is not { } c) return null;
        if (LowestContrast(c) >= Minimum) return primary;
        for (var step = 1; step <= 100; step++)
        {
            var keep = 1 - step / 100.0;
            var shade = ((byte)Math.Round(c.R * keep), (byte)Math.Round(c.G * keep), (byte)Math.Round(c.B * keep));
            if (LowestContrast(shade) >= Minimum) return Hex(shade);
        }
        return "#000000";
    }

    /// <summary>The text colour on a button in <paramref name="primary"/>: white when that reads, else the theme's dark text, else black.</summary>
    public static string OnPrimary(string primary)
    {
        if (ColourContrast.Parse(primary) is not { } c || ColourContrast.Ratio(c, ColourContrast.White) >= Minimum) return "#ffffff";
        var dark = ((byte)0x1b, (byte)0x1b, (byte)0x1b);
        return ColourContrast.Ratio(c, dark) >= Minimum ? "#1b1b1b" : "#000000";
    }

    public static string Hex((byte R, byte G, byte B) c) => string.Create(CultureInfo.InvariantCulture, $"#{c.R:x2}{c.G:x2}{c.B:x2}");
}
