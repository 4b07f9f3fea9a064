using System.Text;
using SkiaSharp;

namespace Thuisbasis.Images;

/// <summary>
/// Draws a 1200×630 share card: the page's title in large type on the organisation's brand colour, an accent band, and
/// the organisation's logo (when it is a PNG, JPEG or WebP) or name. Titles wrap at spaces and shrink to fit; a word is
/// never cut, and a title too long even at the smallest size ends in an ellipsis after a whole word.
/// </summary>
public static class ShareCardPainter
{
    public const int Width = 1200;
    public const int Height = 630;
    private const int Margin = 80;
    private const int TitleTop = 110;
    private const int TitleBottom = 470;
    private const float LargestTitle = 76;
    private const float SmallestTitle = 44;
    /// <summary>Changes whenever the drawing does, so cached cards are drawn again.</summary>
    public const string Version = "card-v2";

    private static readonly Lazy<SKTypeface> Font = new(() =>
    {
        using var stream = typeof(ShareCardPainter).Assembly.GetManifestResourceStream("Thuisbasis.CardFont.ttf")
            ?? throw new InvalidOperationException("Het lettertype voor deelkaarten ontbreekt in de build.");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException("Het lettertype voor deelkaarten kan niet worden gelezen.");
    });

    public static byte[] Paint(string title, string organisation, string primary, string accent, byte[]? logo)
    {
        var background = SKColor.Parse(primary);
        var ink = Contrast(background, SKColors.White) >= Contrast(background, new SKColor(0x1a, 0x1a, 0x1a)) ? SKColors.White : new SKColor(0x1a, 0x1a, 0x1a);
        using var bitmap = new SKBitmap(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(background);
            using var band = new SKPaint { Color = SKColor.Parse(accent), IsAntialias = true };
            canvas.DrawRect(0, 0, Width, 24, band);
            using var text = new SKPaint { Color = ink, IsAntialias = true };
            var (size, lines) = Layout(title.Normalize(NormalizationForm.FormC), Width - 2 * Margin, TitleBottom - TitleTop);
            using var font = new SKFont(Font.Value, size) { Subpixel = true, Edging = SKFontEdging.Antialias };
            var lineHeight = size * 1.18f;
            var y = TitleTop + size;
            foreach (var line in lines)
            {
                canvas.DrawText(line, Margin, y, SKTextAlign.Left, font, text);
                y += lineHeight;
            }
            using var rule = new SKPaint { Color = ink.WithAlpha(90), StrokeWidth = 2 };
            canvas.DrawLine(Margin, 500, Width - Margin, 500, rule);
            DrawSender(canvas, organisation, logo, text);
        }
        return ImageEncoder.Encode(bitmap, ImageFormat.Png, flat: true);
    }

    /// <summary>The logo (a raster file) at 72 px high, else the organisation's name, at the foot of the card.</summary>
    private static void DrawSender(SKCanvas canvas, string organisation, byte[]? logo, SKPaint text)
    {
        var x = (float)Margin;
        if (logo is not null && ImageEncoder.DecodeUpright(logo) is { } picture)
        {
            using (picture)
            {
                var w = picture.Width * 72f / picture.Height;
                using var image = SKImage.FromBitmap(picture);
                canvas.DrawImage(image, new SKRect(x, 528, x + w, 600), new SKSamplingOptions(SKCubicResampler.Mitchell));
                x += w + 24;
            }
        }
        using var font = new SKFont(Font.Value, 36) { Subpixel = true };
        var name = organisation;
        while (name.Length > 1 && font.MeasureText(name) > Width - Margin - x)
        {
            var cut = name.TrimEnd('…').LastIndexOf(' ');
            name = name[..(cut > 0 ? cut : name.Length - 2)].TrimEnd() + "…";
        }
        canvas.DrawText(name, x, 578, SKTextAlign.Left, font, text);
    }

    /// <summary>The largest size at which the title fits the box in whole words; at the smallest size, the words that fit and "…".</summary>
    internal static (float Size, IReadOnlyList<string> Lines) Layout(string title, float width, float height)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var size = LargestTitle; size >= SmallestTitle; size -= 4)
        {
            using var font = new SKFont(Font.Value, size);
            var maxLines = (int)Math.Floor((height - size) / (size * 1.18f)) + 1;
            if (Wrap(words, font, width) is { } lines && lines.Count <= maxLines) return (size, lines);
        }
        using var small = new SKFont(Font.Value, SmallestTitle);
        var max = (int)Math.Floor((height - SmallestTitle) / (SmallestTitle * 1.18f)) + 1;
        // A single word wider than the card: a smaller size just for it rather than cutting it.
        var size2 = SmallestTitle;
        while (words.Any(w => small.MeasureText(w) * size2 / SmallestTitle > width) && size2 > 16) size2 -= 2;
        using var fitted = new SKFont(Font.Value, size2);
        var all = Wrap(words, fitted, width) ?? [.. words];
        if (all.Count <= max) return (size2, all);
        var kept = all.Take(max).ToList();
        var last = kept[^1];
        while (fitted.MeasureText(last + " …") > width && last.Contains(' ')) last = last[..last.LastIndexOf(' ')];
        kept[^1] = last.TrimEnd(',', ';', ':', '.', '-', '–') + " …";
        return (size2, kept);
    }

    /// <summary>Greedy wrapping at spaces; null when one word alone is wider than the line.</summary>
    private static List<string>? Wrap(string[] words, SKFont font, float width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in words)
        {
            if (font.MeasureText(word) > width) return null;
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (font.MeasureText(candidate) <= width) { line = candidate; continue; }
            lines.Add(line);
            line = word;
        }
        if (line.Length > 0) lines.Add(line);
        return lines;
    }

    private static double Contrast(SKColor a, SKColor b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(SKColor c)
    {
        static double Channel(byte v)
        {
            var s = v / 255.0;
            return s <= 0.03928 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(c.Red) + 0.7152 * Channel(c.Green) + 0.0722 * Channel(c.Blue);
    }
}
