using SkiaSharp;
using Thuisbasis.Pipeline;
using Thuisbasis.Tests.Images;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Social;

/// <summary>After a writer edits a title or replaces a photo, the card the preview serves is the card a fresh build makes, byte for byte.</summary>
public sealed class SharePreviewTests : IDisposable
{
    private readonly FixtureSite _site = new();

    public void Dispose() => _site.Dispose();

    private static byte[] Photo(SKColor top, SKColor bottom) =>
        TestImages.Encode(TestImages.TwoHalves(1500, 2000, top, bottom), SKEncodedImageFormat.Jpeg);

    private static Dictionary<string, byte[]> Cards(BuildResult result)
    {
        Assert.True(result.Succeeded, result.Describe());
        return result.Files.Where(f => f.Path.Contains("deelkaart", StringComparison.Ordinal))
            .ToDictionary(f => f.Path, f => f.Bytes ?? File.ReadAllBytes(f.CopyFrom!));
    }

    private void AssertSameAsAFreshBuild(SiteEngine preview)
    {
        var served = Cards(preview.Build());
        var fresh = Cards(new SiteEngine(_site.Options()).Build());
        Assert.Equal(fresh.Keys.Order(), served.Keys.Order());
        foreach (var (path, bytes) in fresh) Assert.True(bytes.AsSpan().SequenceEqual(served[path]), $"{path} differs from a fresh build's");
    }

    [Fact]
    public void EditedTitlesAndAReplacedPhotoGiveTheCardsOfAFreshBuild()
    {
        _site.WriteBytes("input/assets/img/markt.jpg", Photo(SKColors.Red, SKColors.Blue));
        _site.Write("input/activities/markt.md",
            "---\ntitle: Markt\nstart: 2026-12-08 10:00\nlocation: Buurthuis\nimage: /assets/img/markt.jpg\nimage_alt: Een kraam.\n---\nTekst.\n");
        _site.Write("input/activities/koffie.md", "---\ntitle: Koffie\nstart: 2026-12-09 10:00\nlocation: Buurthuis\n---\nTekst.\n");
        _site.Write("input/stories/2026-11-01-cafe.md", "---\ntitle: Het café\ndate: 2026-11-01\nauthor: anouk-visser\n---\nTekst.\n");
        var preview = new SiteEngine(_site.Options());
        var before = Cards(preview.Build());

        _site.Write("input/stories/2026-11-01-cafe.md", "---\ntitle: Het ĳscafé van Ayşe 🍦\ndate: 2026-11-01\nauthor: anouk-visser\n---\nTekst.\n");
        _site.Write("input/activities/koffie.md", "---\ntitle: Koffie-ochtend in Oost\nstart: 2026-12-09 10:00\nlocation: Buurthuis\n---\nTekst.\n");
        AssertSameAsAFreshBuild(preview);

        _site.WriteBytes("input/assets/img/markt.jpg", Photo(SKColors.Green, SKColors.Yellow));
        AssertSameAsAFreshBuild(preview);
        var after = Cards(preview.Build());
        Assert.False(before["assets/img/markt-deelkaart.jpg"].AsSpan().SequenceEqual(after["assets/img/markt-deelkaart.jpg"]), "the old photo's card is still served");

        File.AppendAllText(Path.Combine(_site.Root, "statiq.config"), "\ntagline: Samen sterk in Oost\n");
        AssertSameAsAFreshBuild(preview);
    }
}
