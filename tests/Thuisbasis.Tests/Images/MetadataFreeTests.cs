using System.Text;
using SkiaSharp;
using Thuisbasis.Pipeline;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Images;

/// <summary>
/// GIF and AVIF files are published without being drawn again, so what they carry besides their pixels must be taken
/// out: a phone's AVIF holds where it was taken (EXIF GPS) and the photographer; a GIF an XMP packet with the same and a
/// comment with a name and an address. Both files in Files/ carry all of that.
/// </summary>
public sealed class MetadataFreeTests : IDisposable
{
    private readonly FixtureSite _site = new();
    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Images", "Files", name));

    // What the two files hold: the photographer (EXIF Artist), an XMP GPS position and a GIF comment with an address.
    private static readonly string[] Private = ["Jansen", "Dorpsstraat", "GPSLatitude", "GPSLongitude", "adobe:ns:meta", "XMP DataXMP"];

    public MetadataFreeTests()
    {
        _site.WriteBytes("input/assets/img/locatie.gif", Fixture("locatie.gif"));
        _site.WriteBytes("input/assets/img/locatie.avif", Fixture("locatie.avif"));
        _site.Write("input/stories/2026-11-01-plein.md", """
            ---
            title: Op het plein
            date: 2026-11-01
            author: anouk-visser
            ---
            Zo zag het plein eruit.

            ![Rood en blauw knipperen om de beurt](/assets/img/locatie.gif)

            ![Een kleurverloop van blauw naar geel](/assets/img/locatie.avif)
            """);
    }

    public void Dispose() => _site.Dispose();

    private static IEnumerable<string> PrivateIn(byte[] bytes)
    {
        var text = Encoding.Latin1.GetString(bytes);
        return Private.Where(p => text.Contains(p, StringComparison.Ordinal));
    }

    private static byte[] Published(BuildResult result, string path) =>
        result.Files.Single(f => f.Path == path) is var f && f.Bytes is not null ? f.Bytes : File.ReadAllBytes(f.CopyFrom!);

    [Fact]
    public void TheFixturesCarryANameAndAPlace()
    {
        Assert.Equal(["Jansen", "Dorpsstraat", "GPSLatitude", "GPSLongitude", "adobe:ns:meta", "XMP DataXMP"], PrivateIn(Fixture("locatie.gif")));
        Assert.Equal(["Jansen", "GPSLatitude", "GPSLongitude", "adobe:ns:meta"], PrivateIn(Fixture("locatie.avif")));
    }

    [Fact]
    public void AGifIsPublishedWithItsFramesAndLoopButWithoutCommentOrXmp()
    {
        var result = _site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var gif = Published(result, "assets/img/locatie.gif");
        Assert.Empty(PrivateIn(gif));
        Assert.Contains("NETSCAPE2.0", Encoding.Latin1.GetString(gif)); // it still loops

        using var original = SKCodec.Create(new MemoryStream(Fixture("locatie.gif")));
        using var codec = SKCodec.Create(new MemoryStream(gif));
        Assert.NotNull(codec);
        Assert.Equal((original.Info.Width, original.Info.Height, original.FrameCount), (codec.Info.Width, codec.Info.Height, codec.FrameCount));
        Assert.Equal(2, codec.FrameCount);
        Assert.Equal(original.FrameInfo.Select(f => f.Duration), codec.FrameInfo.Select(f => f.Duration));
        for (var frame = 0; frame < codec.FrameCount; frame++)
            Assert.Equal(Pixels(original, frame), Pixels(codec, frame));
    }

    [Fact]
    public void AnAvifKeepsItsImageAndLosesItsExifAndXmp()
    {
        var result = _site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var source = Fixture("locatie.avif");
        var avif = Published(result, "assets/img/locatie.avif");
        Assert.Empty(PrivateIn(avif));
        // Every offset in the file stays valid: the same length, and only the metadata's bytes, now zeros, differ.
        Assert.Equal(source.Length, avif.Length);
        var changed = Enumerable.Range(0, source.Length).Where(i => source[i] != avif[i]).ToList();
        Assert.NotEmpty(changed);
        Assert.All(changed, i => Assert.Equal(0, avif[i]));
        Assert.Equal(source.AsSpan(0, 32).ToArray(), avif.AsSpan(0, 32).ToArray()); // ftyp untouched
    }

    [Fact]
    public void WithPublishOriginalsTheFilesAreCopiedAsTheyAre()
    {
        _site.Write("statiq.config", File.ReadAllText(Path.Combine(_site.Root, "statiq.config")) + "\nimages:\n  publish_originals: true\n");
        var result = _site.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal(Fixture("locatie.gif"), Published(result, "assets/img/locatie.gif"));
        Assert.Equal(Fixture("locatie.avif"), Published(result, "assets/img/locatie.avif"));
    }

    /// <summary>A file damaged anywhere (one byte set to 0xFF, or cut short) is read as it is or refused, never a crash of the build.</summary>
    [Theory]
    [InlineData("locatie.gif")]
    [InlineData("locatie.avif")]
    public void ADamagedFileIsRefusedOrCleanedButNeverStopsTheBuild(string name)
    {
        var source = Fixture(name);
        for (var i = 0; i < source.Length; i++)
        {
            var damaged = (byte[])source.Clone();
            damaged[i] = 0xFF;
            var ex = Record.Exception(() => Thuisbasis.Images.MetadataFree.Copy(name, damaged));
            Assert.True(ex is null, $"byte {i}: {ex}");
            ex = Record.Exception(() => Thuisbasis.Images.MetadataFree.Copy(name, source[..i]));
            Assert.True(ex is null, $"cut at {i}: {ex}");
        }
    }

    [Fact]
    public void ABrokenGifOrAvifIsAnErrorAndNotPublished()
    {
        _site.WriteBytes("input/assets/img/locatie.gif", Fixture("locatie.gif")[..200]);
        _site.WriteBytes("input/assets/img/locatie.avif", [.. Fixture("locatie.avif")[..100], .. new byte[20]]);
        var result = _site.Build();
        Assert.False(result.Succeeded);
        var errors = result.Diagnostics.Where(d => d.Code == "TB0131").Select(d => d.Path).Order(StringComparer.Ordinal).ToList();
        // At each file, and at each place the story shows one.
        Assert.Equal(["input/assets/img/locatie.avif", "input/assets/img/locatie.gif", "input/stories/2026-11-01-plein.md", "input/stories/2026-11-01-plein.md"], errors);
    }

    private static List<string> TypesIn(byte[] b, int from, int to)
    {
        var types = new List<string>();
        for (var at = from; at < to; at += System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(b.AsSpan(at)))
            types.Add(Encoding.Latin1.GetString(b, at + 4, 4));
        return types;
    }

    [Fact]
    public void APhoneVideoIsPublishedWithoutThePlaceItWasRecordedAndAVideoWithoutMetadataAsItIs()
    {
        _site.WriteBytes("input/assets/video/markt.mp4", TestImages.PhoneVideo(withMetadata: true));
        _site.WriteBytes("input/assets/video/schoon.mov", TestImages.PhoneVideo(withMetadata: false));
        var result = _site.BuildAndWrite();
        Assert.True(result.Succeeded, result.Describe());

        var source = TestImages.PhoneVideo(withMetadata: true);
        var video = File.ReadAllBytes(Path.Combine(_site.Output, "assets/video/markt.mp4"));
        var text = Encoding.Latin1.GetString(video);
        Assert.All(new[] { "+52.3700", "ISO6709", "Jansen", "xmpmeta", "GPSLatitude" }, p => Assert.DoesNotContain(p, text));
        // Every offset stays valid: the same length, the frames untouched, and the boxes that described it now padding.
        Assert.Equal(source.Length, video.Length);
        Assert.Equal(source[^5008..], video[^5008..]);
        Assert.Equal(["ftyp", "moov", "free", "mdat"], TypesIn(video, 0, video.Length));
        var moov = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(video); // right after ftyp
        var moovEnd = moov + System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(video.AsSpan(moov));
        Assert.Equal(["mvhd", "free", "free", "trak"], TypesIn(video, moov + 8, moovEnd));

        Assert.Equal(TestImages.PhoneVideo(withMetadata: false), File.ReadAllBytes(Path.Combine(_site.Output, "assets/video/schoon.mov")));
    }

    private static byte[] Pixels(SKCodec codec, int frame)
    {
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var bitmap = new SKBitmap(info);
        Assert.Equal(SKCodecResult.Success, codec.GetPixels(info, bitmap.GetPixels(), new SKCodecOptions(frame)));
        return bitmap.Bytes;
    }
}
