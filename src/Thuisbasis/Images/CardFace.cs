using System.Globalization;
using SkiaSharp;

namespace Thuisbasis.Images;

/// <summary>
/// The share card's type at one size: Atkinson Hyperlegible Bold, and Noto Sans Bold for the letters it lacks
/// (Cyrillic for Ukrainian names, Greek, Vietnamese, Romanian ș and ț). Skia does no font fallback of its own (a missing
/// letter is an empty box), and the machine's fonts must not matter, so both are bundled and each stretch of text is
/// drawn in the first of them that has all its letters. Neither has emoji or Arabic: see <see cref="CardText"/>.
/// </summary>
internal sealed class CardFace : IDisposable
{
    private static readonly Lazy<SKTypeface[]> Typefaces = new(() => [Load("Thuisbasis.CardFont.ttf"), Load("Thuisbasis.CardFallbackFont.ttf")]);

    private readonly SKFont[] _fonts;

    /// <summary>The first characters of Unicode (Latin, up to U+024F) the main typeface has, looked up once: most titles
    /// are made of these alone, and then need no lookup per build (see <see cref="CardText.Of"/>).</summary>
    private static readonly Lazy<bool[]> MainLatin = new(() =>
    {
        using var font = new SKFont(Typefaces.Value[0], 12);
        return [.. Enumerable.Range(0, 0x250).Select(c => c >= 0x20 && font.ContainsGlyphs(((char)c).ToString()))];
    });

    /// <summary>Whether the main typeface draws <paramref name="c"/> as it is, known without a lookup; false means "look it up".</summary>
    public static bool InMainLatin(char c) => c < 0x250 && MainLatin.Value[c];

    public CardFace(float size) =>
        _fonts = [.. Typefaces.Value.Select(t => new SKFont(t, size) { Subpixel = true, Edging = SKFontEdging.Antialias })];

    /// <summary>True when one of the typefaces has every character of <paramref name="text"/>.</summary>
    public bool Has(string text) => _fonts.Any(f => f.ContainsGlyphs(text));

    /// <summary>True when the main typeface alone has every character: the card's own letters are preferred.</summary>
    public bool HasInMain(string text) => _fonts[0].ContainsGlyphs(text);

    public float Measure(string text) => Runs(text).Sum(r => r.Font.MeasureText(r.Text));

    public void Draw(SKCanvas canvas, string text, float x, float y, SKPaint paint)
    {
        foreach (var (run, font) in Runs(text))
        {
            canvas.DrawText(run, x, y, SKTextAlign.Left, font, paint);
            x += font.MeasureText(run);
        }
    }

    /// <summary>The text cut where the typeface changes; a space stays with the run it is in.</summary>
    private List<(string Text, SKFont Font)> Runs(string text)
    {
        var runs = new List<(string Text, SKFont Font)>();
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            var element = (string)e.Current;
            var font = element == " " && runs.Count > 0 ? runs[^1].Font : _fonts.FirstOrDefault(f => f.ContainsGlyphs(element)) ?? _fonts[0];
            if (runs.Count > 0 && ReferenceEquals(runs[^1].Font, font)) runs[^1] = (runs[^1].Text + element, font);
            else runs.Add((element, font));
        }
        return runs;
    }

    public void Dispose()
    {
        foreach (var f in _fonts) f.Dispose();
    }

    private static SKTypeface Load(string name)
    {
        using var stream = typeof(CardFace).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Het lettertype {name} voor deelkaarten ontbreekt in de build.");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException($"Het lettertype {name} voor deelkaarten kan niet worden gelezen.");
    }
}
