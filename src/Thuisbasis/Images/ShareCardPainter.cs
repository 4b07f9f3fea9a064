using System.Globalization;
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
    /// <summary>The smallest size for a word too long for the card at <see cref="SmallestTitle"/>: still readable in a feed.</summary>
    private const float SmallestWord = 28;
    private const float LineSpacing = 1.18f;
    /// <summary>
    /// Changes whenever the drawing does, so cached cards are drawn again: v5 draws a logo wider than 1200 pixels from
    /// its 1200-pixel file, the widest the site still publishes in PNG; v6 since that file is scaled in steps.
    /// </summary>
    public const string Version = "card-v6";

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
            var (size, lines) = Layout(Shown(title, organisation), Width - 2 * Margin, TitleBottom - TitleTop);
            using var face = new CardFace(size);
            var lineHeight = size * LineSpacing;
            var y = TitleTop + size;
            foreach (var line in lines)
            {
                face.Draw(canvas, line, Margin, y, text);
                y += lineHeight;
            }
            using var rule = new SKPaint { Color = ink.WithAlpha(90), StrokeWidth = 2 };
            canvas.DrawLine(Margin, 500, Width - Margin, 500, rule);
            DrawSender(canvas, organisation, logo, text);
        }
        return ImageEncoder.Encode(bitmap, ImageFormat.Png, flat: true);
    }

    /// <summary>What the card says as its title: the title as the typeface can draw it (see <see cref="CardText"/>), or the
    /// organisation's name when nothing of it is left or a part of it cannot be drawn (a name in Arabic script: half a
    /// title would say something else).</summary>
    public static CardText TextOf(string title)
    {
        if (CardText.OfPlainTitle(title) is { } plain) return plain; // every share card asks on every build: most titles are plain
        using var face = new CardFace(LargestTitle);
        return CardText.Of(title, face);
    }

    private static string Shown(string title, string organisation)
    {
        var text = TextOf(title);
        return text.Undrawable.Length == 0 && text.Text.Length > 0 ? text.Text : TextOf(organisation).Text;
    }

    /// <summary>The logo (a raster file) at 72 px high, else the organisation's name, at the foot of the card.</summary>
    private static void DrawSender(SKCanvas canvas, string organisation, byte[]? logo, SKPaint text)
    {
        var x = (float)Margin;
        if (logo is not null && ImageEncoder.DecodeUpright(logo) is { } picture)
        {
            using (picture)
            {
                // 72 px high, or narrower for a wide banner logo: at most half the card, so it never runs off it.
                var h = Math.Min(72f, (Width - 2 * Margin) / 2f * picture.Height / picture.Width);
                var w = picture.Width * h / picture.Height;
                using var image = SKImage.FromBitmap(picture);
                canvas.DrawImage(image, new SKRect(x, 564 - h / 2, x + w, 564 + h / 2), new SKSamplingOptions(SKCubicResampler.Mitchell));
                x += w + 24;
            }
        }
        using var face = new CardFace(36);
        var room = Width - Margin - x;
        var name = CardText.Of(organisation, face).Text;
        while (face.Measure(name) > room && name.TrimEnd('…').LastIndexOf(' ') > 0)
            name = name[..name.TrimEnd('…').LastIndexOf(' ')].TrimEnd(',', ';', ':', '.', '-', '–') + "…";
        if (face.Measure(name) > room) name = Cut(name.TrimEnd('…'), face, room);
        face.Draw(canvas, name, x, 578, text);
    }

    /// <summary>
    /// The largest size at which the title fits the box in whole words; at the smallest size, the words that fit and "…".
    /// A word wider than the card even then (a web address, a very long compound) is drawn smaller, down to
    /// <see cref="SmallestWord"/>, and below that cut with "…": nothing is drawn outside the card.
    /// </summary>
    internal static (float Size, IReadOnlyList<string> Lines) Layout(string title, float width, float height)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var size = LargestTitle; size >= SmallestTitle; size -= 4)
        {
            using var font = new CardFace(size);
            if (Wrap(words, font, width) is { } lines && lines.Count <= MaxLines(size, height)) return (size, lines);
        }
        var fittedSize = SmallestTitle;
        using (var small = new CardFace(SmallestTitle))
        {
            var widest = words.Length == 0 ? 0 : words.Max(w => small.Measure(w));
            while (widest * fittedSize / SmallestTitle > width && fittedSize > SmallestWord) fittedSize -= 2;
        }
        using var fitted = new CardFace(fittedSize);
        var whole = words.Select(w => fitted.Measure(w) <= width ? w : Cut(w, fitted, width)).ToArray();
        var all = Wrap(whole, fitted, width)!;
        var max = MaxLines(SmallestTitle, height);
        if (all.Count <= max) return (fittedSize, all);
        var kept = all.Take(max).ToList();
        var last = kept[^1];
        while (fitted.Measure(last + " …") > width && last.Contains(' ')) last = last[..last.LastIndexOf(' ')];
        last = last.TrimEnd(',', ';', ':', '.', '-', '–', '…');
        kept[^1] = fitted.Measure(last + " …") <= width ? last + " …" : Cut(last, fitted, width);
        return (fittedSize, kept);
    }

    private static int MaxLines(float size, float height) => (int)Math.Floor((height - size) / (size * LineSpacing)) + 1;

    /// <summary>The start of a word that fits with "…" after it, cut between characters as readers see them.</summary>
    private static string Cut(string word, CardFace font, float width)
    {
        var starts = StringInfo.ParseCombiningCharacters(word);
        for (var i = starts.Length - 1; i > 0; i--)
            if (font.Measure(word[..starts[i]] + "…") <= width) return word[..starts[i]] + "…";
        return "…";
    }

    /// <summary>Greedy wrapping at spaces; null when one word alone is wider than the line.</summary>
    private static List<string>? Wrap(string[] words, CardFace font, float width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in words)
        {
            if (font.Measure(word) > width) return null;
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (font.Measure(candidate) <= width) { line = candidate; continue; }
            lines.Add(line);
            line = word;
        }
        if (line.Length > 0) lines.Add(line);
        return lines;
    }

    private static double Contrast(SKColor a, SKColor b) =>
        Content.Settings.ColourContrast.Ratio((a.Red, a.Green, a.Blue), (b.Red, b.Green, b.Blue));
}
