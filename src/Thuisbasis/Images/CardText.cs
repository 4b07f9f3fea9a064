using System.Globalization;
using System.Text;
using Thuisbasis.Content;

namespace Thuisbasis.Images;

/// <summary>
/// A title as the share card's typeface can draw it. Skia draws a character the typeface lacks as an empty box, and
/// titles come from phones and Word: emoji everywhere, the Dutch <c>ĳ</c> typed as one character, Turkish <c>İ</c>,
/// line breaks, soft hyphens and zero-width spaces. Emoji are left off (they are decoration; the page's title and the
/// posts keep them), a character with a compatibility form in the main typeface is drawn in it (<c>ĳ</c> as <c>ij</c>,
/// <c>ﬁ</c> as <c>fi</c>), else in the second typeface (<c>İ</c> keeps its dot), else without its accent,
/// invisible characters go and any space is a space (<see cref="CardFace"/> adds Noto Sans for Cyrillic, Greek and
/// more). Letters of a script neither typeface has (Arabic, written right to left and joined, which Skia cannot shape;
/// Chinese) cannot be drawn; <see cref="Undrawable"/> names them, and the card then shows no title rather than boxes.
/// </summary>
/// <param name="Text">What is drawn: NFC, single spaces, nothing the typeface lacks.</param>
/// <param name="Undrawable">The characters left out that were letters or digits, in order of first appearance.</param>
public sealed record CardText(string Text, string Undrawable)
{
    /// <summary>
    /// The text of a title made only of characters the main typeface draws as they are (spaces, Latin letters with their
    /// accents, digits, punctuation), which is what <see cref="Of"/> gives for it, found without a font; else null.
    /// Left to <see cref="Of"/>: control and invisible characters (U+007F to U+009F, the no-break and the soft hyphen).
    /// </summary>
    internal static CardText? OfPlainTitle(string title)
    {
        foreach (var c in title)
            if (c != ' ' && (c is >= '\u007F' and <= '\u00A0' || c == '\u00AD' || !CardFace.InMainLatin(c))) return null;
        return new CardText(string.Join(' ', title.Split(' ', StringSplitOptions.RemoveEmptyEntries)), "");
    }

    internal static CardText Of(string title, CardFace font)
    {
        var text = new StringBuilder(title.Length);
        var undrawable = new StringBuilder();
        var e = StringInfo.GetTextElementEnumerator(title.Normalized(NormalizationForm.FormC));
        while (e.MoveNext())
        {
            var element = (string)e.Current;
            if (element.EnumerateRunes().All(r => Rune.IsWhiteSpace(r) || r.Value is 0x200B or 0x2060 or 0xFEFF))
            {
                text.Append(element is "\u00A0" or "\u202F" && font.Has(element) ? element : " ");
                continue;
            }
            var visible = string.Concat(element.EnumerateRunes().Where(r => Rune.GetUnicodeCategory(r) is not UnicodeCategory.Format
                and not UnicodeCategory.Control).Select(r => r.ToString()));
            if (visible.Length == 0) continue;
            if (font.HasInMain(visible)) { text.Append(visible); continue; }
            var compatible = visible.Normalized(NormalizationForm.FormKC);
            if (compatible != visible && font.HasInMain(compatible)) { text.Append(compatible); continue; }
            if (font.Has(visible)) { text.Append(visible); continue; }
            var plain = Plain(visible);
            if (plain.Length > 0 && font.Has(plain)) { text.Append(plain); continue; }
            if (visible.EnumerateRunes().Any(r => Rune.IsLetterOrDigit(r)) && !undrawable.ToString().Contains(visible, StringComparison.Ordinal))
                undrawable.Append(visible);
        }
        return new CardText(string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)), undrawable.ToString());
    }

    /// <summary>The compatibility form without accents the typeface cannot place: <c>ĳ</c> → <c>ij</c>, <c>İ</c> → <c>I</c>,
    /// <c>ﬁ</c> → <c>fi</c>. Emoji have none, so they stay out.</summary>
    private static string Plain(string element) =>
        string.Concat(element.Normalized(NormalizationForm.FormKD).EnumerateRunes()
            .Where(r => Rune.GetUnicodeCategory(r) is not UnicodeCategory.NonSpacingMark and not UnicodeCategory.EnclosingMark
                and not UnicodeCategory.Format && r.Value != 0xFE0F)
            .Select(r => r.ToString()))
        .Normalized(NormalizationForm.FormC);
}
