using AngleSharp.Dom;
using SkiaSharp;
using Thuisbasis.Images;
using Thuisbasis.Pipeline;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Images;

/// <summary>Every story, vacancy and service has its own 1200×630 share image: its photo cropped, or a card with its title.</summary>
public sealed class ShareCardTests : IDisposable
{
    private const string LongTitle = "Één café, vijf cliënten en hun coöperatie: hoe ouderen in Oost elkaar weer vinden na een jaar van eenzaamheid en zorgen over geld";
    private readonly FixtureSite _site = new();

    public ShareCardTests()
    {
        _site.Write("input/stories/2026-11-01-cafe.md", $"---\ntitle: \"{LongTitle}\"\ndate: 2026-11-01\nauthor: anouk-visser\n---\nTekst.\n");
        _site.WriteBytes("input/assets/img/tuin.jpg", TestImages.PhonePhoto(2000, 1500, orientation: 1));
        _site.Write("input/stories/2026-11-02-tuin.md",
            "---\ntitle: In de tuin\ndate: 2026-11-02\nauthor: anouk-visser\nimage: /assets/img/tuin.jpg\nimage_alt: Een moestuin met bonen.\n---\nTekst.\n");
        _site.Write("input/services/maatjes.md", "---\ntitle: Maatjesproject\nsummary: Een vrijwilliger als maatje.\n---\nTekst.\n");
    }

    public void Dispose() => _site.Dispose();

    // A card's address without its version (see SharedImages): the tests look at the file.
    private static string? Meta(IDocument doc, string property) => SharedImages.Unversioned(
        doc.QuerySelector($"meta[property='{property}']")?.GetAttribute("content") ?? doc.QuerySelector($"meta[name='{property}']")?.GetAttribute("content"));

    private static SKBitmap Image(BuildResult result, string absolute)
    {
        var path = new Uri(absolute).AbsolutePath.TrimStart('/');
        var file = result.Files.Single(f => f.Path == path);
        return SKBitmap.Decode(file.Bytes ?? File.ReadAllBytes(file.CopyFrom!));
    }

    [Theory]
    [InlineData("verhalen/cafe/index.html", "https://www.test.example/assets/deelkaarten/verhaal-cafe.png")]
    [InlineData("diensten/maatjes/index.html", "https://www.test.example/assets/deelkaarten/dienst-maatjes.png")]
    public void APageWithoutPhotoGetsA1200By630CardInOpenGraphAndTwitter(string page, string card)
    {
        var result = _site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var doc = result.Html(page);

        Assert.Equal(card, Meta(doc, "og:image"));
        Assert.Equal(card, Meta(doc, "twitter:image"));
        Assert.Equal("1200", Meta(doc, "og:image:width"));
        Assert.Equal("630", Meta(doc, "og:image:height"));
        Assert.Equal("image/png", Meta(doc, "og:image:type"));
        Assert.EndsWith("– Testorganisatie", Meta(doc, "og:image:alt"));
        Assert.Equal(Meta(doc, "og:image:alt"), Meta(doc, "twitter:image:alt"));
        Assert.Equal("summary_large_image", Meta(doc, "twitter:card"));
        using var bitmap = Image(result, card);
        Assert.Equal((1200, 630), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public void APageWithAPhotoUsesA1200By630CropOfIt()
    {
        var result = _site.Build();
        var doc = result.Html("verhalen/tuin/index.html");
        Assert.Equal("https://www.test.example/assets/img/tuin-deelkaart.jpg", Meta(doc, "og:image"));
        Assert.Equal("Een moestuin met bonen.", Meta(doc, "og:image:alt"));
        using var bitmap = Image(result, Meta(doc, "og:image")!);
        Assert.Equal((1200, 630), (bitmap.Width, bitmap.Height));
        var file = result.Files.Single(f => f.Path == "assets/img/tuin-deelkaart.jpg");
        Assert.Empty(TestImages.MetadataIn(File.ReadAllBytes(file.CopyFrom!)));
    }

    [Fact]
    public void ALongTitleWrapsAtSpacesAndNoWordIsCut()
    {
        var (_, lines) = ShareCardPainter.Layout(LongTitle.Normalize(System.Text.NormalizationForm.FormC), 1040, 360);
        Assert.True(lines.Count > 1);
        var words = LongTitle.Split(' ');
        var shown = string.Join(' ', lines).Replace(" …", "").Split(' ');
        // Every word on the card is a whole word of the title, in order; an ellipsis only ever follows a whole word.
        Assert.Equal(words.Take(shown.Length), shown);
        Assert.Contains("Één", lines[0]);
    }

    [Fact]
    public void CardsAreCachedByContent()
    {
        var first = new SiteEngine(_site.Options());
        Written(first.Build());
        var again = new SiteEngine(_site.Options());
        Written(again.Build());
        Assert.Equal(0, again.ImageStore.Encoded);

        _site.Write("input/services/maatjes.md", "---\ntitle: Maatjes in Oost\nsummary: Een vrijwilliger als maatje.\n---\nTekst.\n");
        var third = new SiteEngine(_site.Options());
        var result = Written(third.Build());
        Assert.Equal(1, third.ImageStore.Encoded);
        Assert.Equal("Maatjes in Oost – Testorganisatie", Meta(result.Html("diensten/maatjes/index.html"), "og:image:alt"));
    }

    [Fact]
    public void ACardIsPaintedWhenItsFileIsReadNotWhenThePageIsMade()
    {
        var preview = new SiteEngine(_site.Options());
        Written(preview.Build());
        var painted = preview.ImageStore.Encoded;

        _site.Write("input/services/maatjes.md", "---\ntitle: Maatjes in West\nsummary: Een vrijwilliger als maatje.\n---\nTekst.\n");
        var result = preview.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal("Maatjes in West – Testorganisatie", Meta(result.Html("diensten/maatjes/index.html"), "og:image:alt"));
        Assert.Equal(painted, preview.ImageStore.Encoded); // the page is there; its card is not painted yet

        using var card = Image(result, "https://www.test.example/assets/deelkaarten/dienst-maatjes.png");
        Assert.Equal((1200, 630), (card.Width, card.Height));
        Assert.Equal(painted + 1, preview.ImageStore.Encoded);
        Assert.Equal(card.GetPixel(600, 315), Image(new SiteEngine(_site.Options()).Build(), "https://www.test.example/assets/deelkaarten/dienst-maatjes.png").GetPixel(600, 315));
    }

    /// <summary>Reads every file of a build, as writing it does: share cards are painted when their file is read.</summary>
    private static BuildResult Written(BuildResult result)
    {
        foreach (var f in result.Files) _ = f.Bytes ?? File.ReadAllBytes(f.CopyFrom!);
        return result;
    }
}
