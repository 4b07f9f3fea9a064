using AngleSharp.Dom;
using SkiaSharp;
using Thuisbasis.Pipeline;
using Thuisbasis.Tests.Feeds;
using Thuisbasis.Tests.Images;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Social;

/// <summary>
/// Every page a writer shares (story, vacancy, activity, service, home) has a 1200×630 image of the type it says, at an
/// absolute address; a portrait phone photo keeps the face in its upper third on the card.
/// </summary>
public sealed class ShareImageCoverageTests : IDisposable
{
    private readonly FixtureSite _site = new();

    public ShareImageCoverageTests()
    {
        _site.WriteBytes("input/assets/img/staand.jpg", Portrait());
        _site.Write("input/activities/kerstmarkt.md",
            "---\ntitle: Kerstmarkt\nstart: 2026-12-08 10:00\nlocation: Buurthuis\nimage: /assets/img/staand.jpg\nimage_alt: Fatma achter haar kraam.\n---\nTekst.\n");
        _site.Write("input/activities/koffie.md", "---\ntitle: Koffie-ochtend 🎉\nstart: 2026-12-09 10:00\nlocation: Buurthuis\n---\nTekst.\n");
        _site.Write("input/stories/2026-11-01-cafe.md", "---\ntitle: Het ĳscafé\ndate: 2026-11-01\nauthor: anouk-visser\n---\nTekst.\n");
        _site.Write("input/services/maatjes.md", "---\ntitle: Maatjesproject\nsummary: Een vrijwilliger als maatje.\n---\nTekst.\n");
        _site.Write("input/vacancies/kok.md", "---\ntitle: Kok\ndate: 2026-11-01\nclosing_date: 2026-12-31\nkind: volunteer\nlocation: Oost\n" +
                                              "contact: { name: Anouk, email: anouk@test.example }\napply_email: anouk@test.example\n---\nTekst.\n");
    }

    public void Dispose() => _site.Dispose();

    /// <summary>A portrait photo (1500×2000) of grey with a green "face" at 22–32 % of its height.</summary>
    private static byte[] Portrait()
    {
        using var bitmap = new SKBitmap(1500, 2000);
        bitmap.Erase(new SKColor(128, 128, 128));
        using (var canvas = new SKCanvas(bitmap))
        using (var face = new SKPaint { Color = new SKColor(0, 200, 0) })
            canvas.DrawRect(SKRect.Create(600, 450, 300, 200), face);
        return TestImages.Encode(bitmap, SKEncodedImageFormat.Jpeg);
    }

    // A card's address without its version (see SharedImages): the tests look at the file.
    private static string? Meta(IDocument doc, string key) => SharedImages.Unversioned(
        doc.QuerySelector($"meta[property='{key}']")?.GetAttribute("content") ?? doc.QuerySelector($"meta[name='{key}']")?.GetAttribute("content"));

    private static SKBitmap Decode(BuildResult result, string absolute)
    {
        var file = result.Files.Single(f => f.Path == new Uri(absolute).AbsolutePath.TrimStart('/'));
        return SKBitmap.Decode(file.Bytes ?? File.ReadAllBytes(file.CopyFrom!));
    }

    [Theory]
    [InlineData("index.html", "https://www.test.example/assets/deelkaarten/site.png", "image/png")]
    [InlineData("contact/index.html", "https://www.test.example/assets/deelkaarten/site.png", "image/png")]
    [InlineData("verhalen/cafe/index.html", "https://www.test.example/assets/deelkaarten/verhaal-cafe.png", "image/png")]
    [InlineData("vacatures/kok/index.html", "https://www.test.example/assets/deelkaarten/vacature-kok.png", "image/png")]
    [InlineData("diensten/maatjes/index.html", "https://www.test.example/assets/deelkaarten/dienst-maatjes.png", "image/png")]
    [InlineData("activiteiten/koffie/index.html", "https://www.test.example/assets/deelkaarten/activiteit-koffie.png", "image/png")]
    [InlineData("activiteiten/kerstmarkt/index.html", "https://www.test.example/assets/img/staand-deelkaart.jpg", "image/jpeg")]
    public void EverySharedPageHasA1200By630ImageOfTheTypeItNames(string page, string image, string type)
    {
        var result = _site.Build();
        result.AssertSucceeded();
        var doc = result.Html(page);
        Assert.Equal(image, Meta(doc, "og:image"));
        Assert.Equal(image, Meta(doc, "twitter:image"));
        Assert.Equal(type, Meta(doc, "og:image:type"));
        Assert.Equal(("1200", "630"), (Meta(doc, "og:image:width"), Meta(doc, "og:image:height")));
        Assert.Equal("summary_large_image", Meta(doc, "twitter:card"));
        Assert.False(string.IsNullOrWhiteSpace(Meta(doc, "og:image:alt")));
        using var bitmap = Decode(result, image);
        Assert.Equal((1200, 630), (bitmap.Width, bitmap.Height));
        var file = result.Files.Single(f => f.Path == new Uri(image).AbsolutePath.TrimStart('/'));
        var bytes = file.Bytes ?? File.ReadAllBytes(file.CopyFrom!);
        Assert.Equal(type, bytes[0] == 0x89 ? "image/png" : bytes[0] == 0xFF && bytes[1] == 0xD8 ? "image/jpeg" : "unknown");
    }

    [Fact]
    public void APortraitPhotosCardKeepsTheFaceInItsUpperThird()
    {
        var result = _site.Build();
        using var card = Decode(result, "https://www.test.example/assets/img/staand-deelkaart.jpg");
        bool Green(int y) => card.GetPixel(750 * 1200 / 1500, y) is var c && c.Green > 150 && c.Red < 100;
        var rows = Enumerable.Range(0, card.Height).Where(Green).ToList();
        Assert.NotEmpty(rows);
        // The whole face is on the card: grey above it and below it.
        Assert.True(rows[0] > 0 && rows[^1] < card.Height - 1, $"face from row {rows[0]} to {rows[^1]}: cut off");
        Assert.InRange(rows.Count, 140, 180); // 200 of 1500 px wide scaled to 1200: 160 rows
    }

    [Fact]
    public void WithAShareImageInTheSettingsTheHomePageUsesItAndNoSiteCardIsMade()
    {
        _site.WriteBytes("input/assets/img/deel.png", TestImages.Encode(TestImages.TwoHalves(1200, 630, SKColors.Red, SKColors.Blue), SKEncodedImageFormat.Png));
        File.AppendAllText(Path.Combine(_site.Root, "statiq.config"), "\nshare_image: /assets/img/deel.png\nshare_image_alt: Het buurthuis.\n");
        var result = _site.Build();
        result.AssertSucceeded();
        Assert.Equal("https://www.test.example/assets/img/deel.png", Meta(result.Html("index.html"), "og:image"));
        Assert.False(result.Has("assets/deelkaarten/site.png"));
    }

    [Fact]
    public void AnSvgShareImageWhichNoNetworkShowsGivesWayToTheSiteCard()
    {
        _site.Write("input/assets/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>");
        File.AppendAllText(Path.Combine(_site.Root, "statiq.config"), "\nshare_image: /assets/img/logo.svg\nshare_image_alt: Ons logo.\n");
        var result = _site.Build();
        result.AssertSucceeded();
        var doc = result.Html("index.html");
        Assert.Equal("https://www.test.example/assets/deelkaarten/site.png", Meta(doc, "og:image"));
        Assert.Equal("image/png", Meta(doc, "og:image:type"));
    }

    [Fact]
    public void AClientStoryWithoutConsentGetsNoCardAndNoPostAndOneWithConsentDoes()
    {
        _site.Write("statiq.config", File.ReadAllText(Path.Combine(_site.Root, "statiq.config")) + "\nsocials:\n  facebook: https://www.facebook.com/test\n");
        _site.WriteBytes("input/assets/img/ria.jpg", Portrait());
        _site.Write("input/stories/2026-11-20-ria.md", "---\ntitle: Ria vertelt\ndate: 2026-11-20\nauthor: { name: Ria, role: cliënt }\n" +
                                                       "consent: false\nimage: /assets/img/ria.jpg\nimage_alt: Ria.\n---\nTekst.\n");
        _site.Write("input/stories/2026-11-22-fatma.md", "---\ntitle: Fatma vertelt\ndate: 2026-11-22\nauthor: { name: Fatma, role: cliënt }\nconsent: true\n---\nTekst.\n");
        var result = _site.Build();
        result.AssertSucceeded();
        Assert.False(result.Has("verhalen/ria/index.html"));
        Assert.DoesNotContain(result.Files, f => f.Path.Contains("ria", StringComparison.Ordinal));
        Assert.True(result.Has("assets/deelkaarten/verhaal-fatma.png"));
        var kit = Thuisbasis.Social.ShareKit.Recent(result.Site!, "https://www.test.example");
        Assert.Contains(kit, i => i.Slug == "fatma");
        Assert.DoesNotContain(kit, i => i.Slug == "ria");
    }
}
