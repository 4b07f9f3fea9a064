using Thuisbasis.Pipeline;
using Thuisbasis.Tests.Support;
using Thuisbasis.Model;

namespace Thuisbasis.Tests.Images;

/// <summary>The preview rebuilds with processed images exactly as a clean build makes them, also after a photo is replaced.</summary>
public sealed class ImagePreviewTests : IDisposable
{
    private const string Story = "input/stories/2026-11-01-tuin.md";
    private readonly FixtureSite _site = new();

    public ImagePreviewTests()
    {
        _site.WriteBytes("input/assets/img/tuin.jpg", TestImages.PhonePhoto(2400, 1800, orientation: 6));
        _site.WriteBytes("input/assets/img/plein.png", TestImages.PngWithText(1000, 500, "Iemand"));
        _site.Write(Story, "---\ntitle: In de tuin\ndate: 2026-11-01\nauthor: anouk-visser\nimage: /assets/img/tuin.jpg\nimage_alt: Een moestuin met bonen.\n---\n" +
            "Tekst.\n\n![Het plein met kramen](/assets/img/tuin.jpg)\n");
    }

    public void Dispose() => _site.Dispose();

    private BuildOptions Options => _site.Options(drafts: true) with { Mode = "preview", BaseUrl = "http://localhost:5080" };

    /// <summary>Every file of a build by path, with the fingerprint of its bytes (generated or copied).</summary>
    private static SortedDictionary<string, string> Files(BuildResult result) =>
        new(result.Files.ToDictionary(f => f.Path,
            f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(f.Bytes ?? File.ReadAllBytes(f.CopyFrom!)))), StringComparer.Ordinal);

    [Fact]
    public void ReplacingAPhotoUpdatesItsVariantsAndEveryPageLikeACleanBuild()
    {
        var engine = new SiteEngine(Options);
        Assert.True(engine.Build().Succeeded);
        (Action Edit, string[]? Paths)[] steps =
        [
            // Another photo, upright and smaller: new variants, new widths, new width and height on every page.
            (() => _site.WriteBytes("input/assets/img/tuin.jpg", TestImages.PhonePhoto(1000, 750, orientation: 1)), ["input/assets/img/tuin.jpg"]),
            // Text only (the preview patches its last snapshot): the body's picture keeps the new sizes.
            (() => _site.Write(Story, File.ReadAllText(Path.Combine(_site.Root, Story)).Replace("Tekst.", "Meer tekst.")), [Story]),
            (() => _site.WriteBytes("input/assets/img/tuin.jpg", TestImages.PhonePhoto(3000, 2000, orientation: 8)), null),
            (() => File.Delete(Path.Combine(_site.Root, "input/assets/img/plein.png")), ["input/assets/img/plein.png"]),
        ];
        foreach (var (edit, paths) in steps)
        {
            edit();
            var incremental = engine.Build(paths);
            var fresh = new SiteEngine(Options).Build();
            Assert.True(incremental.Succeeded, incremental.Describe());
            Assert.Equal(Files(fresh), Files(incremental));
        }
        var page = new SiteEngine(Options).Build().Html("verhalen/tuin/index.html");
        var cover = page.QuerySelector("figure.cover img")!;
        // Orientation 8 turns 3000×2000 a quarter: 2000 wide, 3000 high; published at most 1600 wide, as JPEG 1200.
        Assert.Equal(("1200", "1800"), (cover.GetAttribute("width"), cover.GetAttribute("height")));
        Assert.EndsWith("1600w", page.QuerySelector("figure.cover source")!.GetAttribute("srcset"));
    }

    [Fact]
    public async Task ThePreviewServesTheProcessedVariantsAndCards()
    {
        await using var server = await Thuisbasis.Preview.PreviewServer.StartAsync(new Thuisbasis.Preview.PreviewOptions
        {
            Root = _site.Root, Port = 0, Log = TextWriter.Null, Date = FixtureSite.Today,
            Debounce = TimeSpan.FromMilliseconds(300), MaxWait = TimeSpan.FromSeconds(5),
        });
        using var http = new HttpClient { BaseAddress = server.Url };

        var webp = await http.GetAsync("/assets/img/tuin-800.webp");
        Assert.Equal(System.Net.HttpStatusCode.OK, webp.StatusCode);
        Assert.Equal("image/webp", webp.Content.Headers.ContentType?.MediaType);
        using (var bitmap = SkiaSharp.SKBitmap.Decode(await webp.Content.ReadAsByteArrayAsync()))
            Assert.Equal((800, 1067), (bitmap.Width, bitmap.Height));
        // The address of the camera's file holds a clean copy, never the file itself.
        var own = await http.GetByteArrayAsync("/assets/img/tuin.jpg");
        Assert.Empty(TestImages.MetadataIn(own));
        var card = await http.GetAsync("/assets/img/tuin-deelkaart.jpg");
        Assert.Equal("image/jpeg", card.Content.Headers.ContentType?.MediaType);
        var html = await http.GetStringAsync("/verhalen/tuin/");
        Assert.Contains("/assets/img/tuin-800.webp 800w", html);
    }
}
