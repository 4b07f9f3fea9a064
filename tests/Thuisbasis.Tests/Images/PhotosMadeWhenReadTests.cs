using SkiaSharp;
using Thuisbasis.Images;
using Thuisbasis.Pipeline;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Images;

/// <summary>
/// In the preview a new photo is checked and measured, and each of its variants is made when something first reads it:
/// a writer who adds a dozen phone photos sees the page after the check, not after every size in two formats. These
/// tests hold the preview's files to a one-off build's, byte for byte.
/// </summary>
public sealed class PhotosMadeWhenReadTests : IDisposable
{
    private readonly FixtureSite _site = new();
    private readonly byte[] _photo = TestImages.PhonePhoto(2400, 1800, orientation: 6);

    public PhotosMadeWhenReadTests()
    {
        _site.WriteBytes("input/assets/img/tuin.jpg", _photo);
        _site.Write("input/stories/2026-11-01-tuin.md", """
            ---
            title: Ria werkt weer in haar tuin
            date: 2026-11-01
            author: anouk-visser
            ---
            Ria vertelt over haar tuin.

            ![Ria knielt bij een border met rode en blauwe bloemen](/assets/img/tuin.jpg)
            """);
    }

    public void Dispose() => _site.Dispose();

    private string Cache => Path.Combine(_site.Root, ".thuisbasis", "cache", "images");

    /// <summary>The variant files in the image cache (not share cards, not the index or the waiting copy).</summary>
    private List<string> VariantFiles() => Directory.Exists(Cache)
        ? Directory.EnumerateFiles(Cache, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) != "derived" && (f.EndsWith(".webp", StringComparison.Ordinal) || f.EndsWith(".jpg", StringComparison.Ordinal)))
            .Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList()
        : [];

    private static readonly string[] TuinFiles =
    [
        "assets/img/tuin-240.webp", "assets/img/tuin-480.webp", "assets/img/tuin-800.webp", "assets/img/tuin-1200.webp", "assets/img/tuin-1600.webp", "assets/img/tuin.jpg",
    ];

    private static byte[] Read(BuildResult result, string path) => File.ReadAllBytes(result.Files.Single(f => f.Path == path).CopyFrom!);

    /// <summary>What a one-off build (the command line, every variant made at once) publishes, from a cache of its own.</summary>
    private Dictionary<string, byte[]> OneOff(byte[] photo) => OneOffWithPage(photo).Files;

    private (Dictionary<string, byte[]> Files, string Page) OneOffWithPage(byte[] photo)
    {
        using var other = new FixtureSite();
        other.WriteBytes("input/assets/img/tuin.jpg", photo);
        other.Write("input/stories/2026-11-01-tuin.md", File.ReadAllText(Path.Combine(_site.Root, "input/stories/2026-11-01-tuin.md")));
        var result = new SiteEngine(other.Options()) { Incremental = false }.Build();
        Assert.True(result.Succeeded, result.Describe());
        return (TuinFiles.ToDictionary(p => p, p => Read(result, p)), Html(result));
    }

    [Fact]
    public void ThePreviewMakesAPhotosVariantsOnlyWhenTheyAreReadAndTheyAreTheOneOffBuildsToTheByte()
    {
        var preview = new SiteEngine(_site.Options());
        var result = preview.Build();
        Assert.True(result.Succeeded, result.Describe());

        // The page is there, with every variant's address and size, before any variant is made but the one the story's
        // feed item names (a feed says the length of its image, so that file is made with the feed).
        Assert.Equal(["1200.jpg"], VariantFiles());
        var (expected, page) = OneOffWithPage(_photo);
        Assert.Equal(page, Html(result));

        Assert.Equal(expected["assets/img/tuin-800.webp"], Read(result, "assets/img/tuin-800.webp"));
        Assert.Equal(["1200.jpg", "800.webp"], VariantFiles());

        foreach (var path in TuinFiles) Assert.Equal(expected[path], Read(result, path));
        // Every variant made: the entry is whole, like one made at once, and the copy of the photo is gone.
        var entry = Directory.GetDirectories(Cache).Single(d => Path.GetFileName(d) != "derived");
        Assert.True(File.Exists(Path.Combine(entry, "index.txt")));
        Assert.False(File.Exists(Path.Combine(entry, "bron")));
        var later = new SiteEngine(_site.Options()) { Incremental = false };
        Assert.True(later.Build().Succeeded);
        Assert.Equal(0, later.ImageStore.Encoded);
    }

    private static string Html(BuildResult result) => result.Text("verhalen/tuin/index.html");

    /// <summary>
    /// A photo replaced by another of the same length that keeps the old time of change (a copy made with `cp -p`, an
    /// unzipped folder, a FAT stick's two-second clock): the watcher reports it, and the preview makes the new photo's
    /// variants, as a one-off build of the new photo does, instead of serving the old ones it knew by size and time.
    /// </summary>
    [Fact]
    public void APhotoReplacedByOneOfTheSameSizeAndTimeGivesTheNewPhotosVariantsWhenTheWatcherReportsIt()
    {
        var other = TestImages.PhonePhoto(2400, 1800, orientation: 1);
        // The shorter padded after its end marker, which decoders pass over, so the two are the same length.
        var length = Math.Max(_photo.Length, other.Length);
        var (first, second) = (_photo.Concat(new byte[length - _photo.Length]).ToArray(), other.Concat(new byte[length - other.Length]).ToArray());
        var full = Path.Combine(_site.Root, "input/assets/img/tuin.jpg");
        File.WriteAllBytes(full, first);
        var preview = new SiteEngine(_site.Options());
        Assert.True(preview.Build().Succeeded);
        var stamp = File.GetLastWriteTimeUtc(full);

        File.WriteAllBytes(full, second);
        File.SetLastWriteTimeUtc(full, stamp);
        var result = preview.Build(["input/assets/img/tuin.jpg"]);

        Assert.True(result.Succeeded, result.Describe());
        var expected = OneOff(second);
        Assert.NotEqual(OneOff(first)["assets/img/tuin-800.webp"], expected["assets/img/tuin-800.webp"]);
        Assert.Equal(expected["assets/img/tuin-800.webp"], Read(result, "assets/img/tuin-800.webp"));
        Assert.Equal(Html(new SiteEngine(_site.Options()) { Incremental = false }.Build()), Html(result));
    }

    [Fact]
    public void APhotoReplacedBeforeItsVariantsAreReadStillGivesTheVariantsOfThePhotoItsPageShows()
    {
        var preview = new SiteEngine(_site.Options());
        var result = preview.Build();
        Assert.True(result.Succeeded, result.Describe());
        var expected = OneOff(_photo);

        // The writer replaces the photo; the preview still serves the build it has (the next one may fail).
        using (var other = TestImages.TwoHalves(1800, 2400, SKColors.Green, SKColors.Yellow))
            _site.WriteBytes("input/assets/img/tuin.jpg", TestImages.Encode(other, SKEncodedImageFormat.Jpeg));

        foreach (var path in TuinFiles) Assert.Equal(expected[path], Read(result, path));
    }

    [Fact]
    public void AfterABuildThePreviewMakesTheVariantsNoOneReadInTheBackground()
    {
        var preview = new SiteEngine(_site.Options());
        var result = preview.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal(["1200.jpg"], VariantFiles());

        preview.ImageStore.CompleteInBackground();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (VariantFiles().Count < 5 || !Directory.EnumerateFiles(Cache, "index.txt", SearchOption.AllDirectories).Any())
        {
            Assert.True(DateTime.UtcNow < deadline, $"after a minute: {string.Join(", ", VariantFiles())}");
            Thread.Sleep(50);
        }
        var made = TuinFiles.ToDictionary(p => p, p => Read(result, p));
        Assert.Equal(OneOff(_photo), made);
        var later = new SiteEngine(_site.Options()) { Incremental = false };
        Assert.True(later.Build().Succeeded);
        Assert.Equal(0, later.ImageStore.Encoded);
    }

    [Fact]
    public void ABrokenPhotoIsReportedInThePreviewAsInAOneOffBuild()
    {
        _site.WriteBytes("input/assets/img/tuin.jpg", _photo[..(_photo.Length / 2)]);
        var preview = new SiteEngine(_site.Options()).Build();
        var oneOff = new SiteEngine(_site.Options()) { Incremental = false }.Build();
        Assert.False(preview.Succeeded);
        Assert.Equal(oneOff.Diagnostics.Select(d => d.ToString()), preview.Diagnostics.Select(d => d.ToString()));
        Assert.Contains(preview.Diagnostics, d => d.IsError && d.Path.EndsWith("tuin.jpg", StringComparison.Ordinal));
    }
}
