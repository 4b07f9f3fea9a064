using SkiaSharp;
using Thuisbasis.Images;

namespace Thuisbasis.Tests.Images;

/// <summary>
/// Titles as phones and keyboards make them, painted and decoded again: only real glyphs, nothing outside the margins,
/// and a word cut only with an ellipsis.
/// </summary>
public sealed class ShareCardTextTests
{
    private const string Primary = "#0b5f7a";
    private const string Accent = "#f2c14e";
    private const string Organisation = "Testorganisatie";
    private static readonly SKColor Background = SKColor.Parse(Primary);

    private static byte[] Paint(string title, byte[]? logo = null) => ShareCardPainter.Paint(title, Organisation, Primary, Accent, logo);

    private static readonly string LongCompound = string.Concat(Enumerable.Repeat("ervaringsdeskundigheidstraject", 7));

    public static readonly TheoryData<string> Titles = new()
    {
        "Taalcafé",
        "ervaringsdeskundigheidstraject",
        LongCompound,
        string.Join(' ', Enumerable.Repeat("Ervaringsdeskundigheidstraject", 7)),
        string.Concat(Enumerable.Repeat("Hoe Fatma, Łukasz en Ayşe elkaar vonden in het buurthuis; ", 4))[..200],
        "Kijk op https://www.buurtkracht-oost.nl/activiteiten/taalcafe-voor-nieuwkomers-op-dinsdagmiddag",
        "🎉🎉🎉 Feest!!! 🎉🎉🎉 " + string.Concat(Enumerable.Repeat("WWWWWWWWWW ", 20)),
        "Олена Шевченко en Ștefan Popescu: nieuw in Oost en al vrijwilliger bij het taalcafé",
    };

    [Theory]
    [MemberData(nameof(Titles))]
    public void EveryTitleIsDrawnInsideTheMarginsAndAboveTheRule(string title)
    {
        using var card = SKBitmap.Decode(Paint(title));
        Assert.Equal((1200, 630), (card.Width, card.Height));
        var ink = 0;
        for (var y = 24; y < card.Height; y++)
        for (var x = 0; x < card.Width; x++)
        {
            if (card.GetPixel(x, y) == Background) continue;
            Assert.True(x >= 76 && x <= 1124, $"ink at ({x},{y}), outside the margins");
            if (y < 495) ink++;
            Assert.False(y is >= 492 and < 498, $"ink at ({x},{y}): the title runs into the rule");
        }
        Assert.True(ink > 2000, "no title was drawn");
    }

    [Fact]
    public void AWordTooLongForTheCardIsCutWithAnEllipsis()
    {
        var (size, lines) = ShareCardPainter.Layout(LongCompound, 1040, 360);
        Assert.True(size >= 28, $"{size} px is too small to read");
        Assert.EndsWith("…", lines[0]);
        Assert.StartsWith(lines[0].TrimEnd('…'), LongCompound);
    }

    [Fact]
    public void TheDutchIjLigatureIsDrawnAsIjAndTheTurkishCapitalIKeepsItsDot()
    {
        Assert.Equal(Paint("Het ijsje van IJsbrand"), Paint("Het ĳsje van Ĳsbrand"));
        Assert.Equal(Paint("fijn"), Paint("ﬁjn"));
        var turkish = ShareCardPainter.TextOf("Ayşe İpek uit İzmir");
        Assert.Equal(("Ayşe İpek uit İzmir", ""), (turkish.Text, turkish.Undrawable));
        Assert.NotEqual(Paint("Ayşe Ipek uit Izmir"), Paint("Ayşe İpek uit İzmir"));
    }

    [Fact]
    public void PolishAndDutchAccentsAreDrawnAsWritten()
    {
        const string title = "Łukasz Wójcik, Zoë en Anaïs: één café, ąęśźżćńół ÇĞŞ";
        var text = ShareCardPainter.TextOf(title);
        Assert.Equal(title, text.Text);
        Assert.Equal("", text.Undrawable);
    }

    [Fact]
    public void EmojiAreLeftOffTheCardInsteadOfDrawnAsBoxes()
    {
        Assert.Equal(Paint("Feest in Oost"), Paint("Feest 🎉 in Oost ❤️ 👨‍👩‍👧 👍🏽"));
        Assert.Equal(Paint(Organisation), Paint("🎉🎉🎉"));
    }

    [Fact]
    public void LineBreaksSoftHyphensAndZeroWidthSpacesFromPastedTitlesAreNotDrawn()
    {
        Assert.Equal(Paint("Ervaringsdeskundige in Oost"), Paint("Ervarings\u00ADdeskundige\u200B in\nOost\t\u200E"));
    }

    [Fact]
    public void ATitleWithLettersTheTypefaceLacksShowsTheOrganisationNotBoxesOrHalfTheTitle()
    {
        var text = ShareCardPainter.TextOf("Het verhaal van فاطمة");
        Assert.Equal("فاطمة", text.Undrawable);
        Assert.Equal(Paint(Organisation), Paint("Het verhaal van فاطمة"));
    }

    [Fact]
    public void AWideLogoStaysOnTheCard()
    {
        using var banner = new SKBitmap(3000, 100);
        banner.Erase(SKColors.Orange);
        var logo = TestImages.Encode(banner, SKEncodedImageFormat.Png);
        using var card = SKBitmap.Decode(Paint("Taalcafé", logo));
        for (var y = 505; y < card.Height; y++)
        {
            Assert.Equal(Background, card.GetPixel(70, y));
            Assert.Equal(Background, card.GetPixel(1130, y));
        }
        Assert.NotEqual(Background, card.GetPixel(100, 564)); // the logo is there
    }

    [Fact]
    public void TheSameTitleGivesTheSameBytes()
    {
        const string title = "Één café, vijf cliënten en hun coöperatie";
        Assert.Equal(Paint(title), Paint(title));
    }

    [Fact]
    public void UkrainianGreekAndRomanianNamesAreDrawnWithTheBundledSecondTypeface()
    {
        const string title = "Олена Шевченко, Αθηνά Παπαδοπούλου en Ștefan Țurcanu";
        var text = ShareCardPainter.TextOf(title);
        Assert.Equal((title, ""), (text.Text, text.Undrawable));
        using var face = new CardFace(76);
        var elements = System.Globalization.StringInfo.GetTextElementEnumerator(title);
        while (elements.MoveNext()) Assert.True(face.Has((string)elements.Current), $"no glyph for {elements.Current}");
        Assert.NotEqual(Paint(Organisation), Paint(title));
    }

    [Theory]
    [InlineData("Koffie op het plein")]
    [InlineData("  Café   Noorderlicht: één keer per week!  ")]
    [InlineData("Zoë, Anaïs en Żaneta (50+) – samen €5")]
    [InlineData("IJsselmeer en het ĳsje")]
    [InlineData("Tekst\tmet tab")]
    [InlineData("Zacht\u00ADafbreekstreepje en\u00A0harde spatie")]
    [InlineData("Şükrü en İlknur")]
    public void APlainTitleIsFoundWithoutTheFontsAsTheFontsWouldFindIt(string title)
    {
        // The quick way serves most titles on every build; where it answers, it answers as the full one does.
        using var face = new CardFace(76);
        var full = CardText.Of(title, face);
        if (CardText.OfPlainTitle(title) is { } quick) Assert.Equal(full, quick);
        Assert.Equal(full, ShareCardPainter.TextOf(title));
    }

    [Fact]
    public void ADutchTitleTakesTheQuickWay() =>
        Assert.Equal(new CardText("Café Noorderlicht: één keer per week!", ""), CardText.OfPlainTitle("Café  Noorderlicht: één keer per week!"));
}
