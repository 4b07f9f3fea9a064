namespace Thuisbasis.Content.Settings;

/// <summary>
/// The contrast between two colours as WCAG 2.1 measures it (success criterion 1.4.3; AA asks 4.5 : 1 for text): from
/// each colour's relative luminance. <c>check</c> measures the brand colours with it, and share cards choose their ink.
/// </summary>
public static class ColourContrast
{
    public static readonly (byte R, byte G, byte B) White = (255, 255, 255);

    /// <summary>From 1 (the same) to 21 (black on white).</summary>
    public static double Ratio((byte R, byte G, byte B) a, (byte R, byte G, byte B) b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    /// <summary><c>#rgb</c> or <c>#rrggbb</c> (with or without #), or null.</summary>
    public static (byte R, byte G, byte B)? Parse(string colour)
    {
        var hex = colour.TrimStart('#');
        if (hex.Length == 3) hex = string.Concat(hex.Select(c => new string(c, 2)));
        if (hex.Length != 6 || !int.TryParse(hex, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var rgb))
            return null;
        return ((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);
    }

    private static double Luminance((byte R, byte G, byte B) c)
    {
        static double Channel(byte v)
        {
            var s = v / 255.0;
            return s <= 0.03928 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(c.R) + 0.7152 * Channel(c.G) + 0.0722 * Channel(c.B);
    }
}
