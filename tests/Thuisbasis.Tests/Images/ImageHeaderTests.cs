using System.Text;
using Thuisbasis.Tests.Feeds;
using Thuisbasis.Images;

namespace Thuisbasis.Tests.Images;

public sealed class ImageHeaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("thuisbasis-img-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private ImageInfo? Read(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return ImageHeader.Read(path);
    }

    [Fact]
    public void ReadsPngSize() =>
        Assert.Equal(new ImageInfo(1200, 630, "image/png"), Read("a.png", FeedTestSupport.PngHeader(1200, 630)));

    [Fact]
    public void ReadsGifSize()
    {
        byte[] gif = [.. "GIF89a"u8, 0x2C, 0x01, 0xC8, 0x00, 0, 0, 0];
        Assert.Equal(new ImageInfo(300, 200, "image/gif"), Read("a.gif", gif));
    }

    [Fact]
    public void ReadsJpegSizeAfterAnExifSegment()
    {
        byte[] jpeg =
        [
            0xFF, 0xD8,
            0xFF, 0xE1, 0x00, 0x08, (byte)'E', (byte)'x', (byte)'i', (byte)'f', 0, 0, // APP1, 6 bytes of data
            0xFF, 0xC2, 0x00, 0x11, 0x08, 0x02, 0x76, 0x04, 0xB0, 0x03, // progressive SOF: 630 high, 1200 wide
            0xFF, 0xD9,
        ];
        Assert.Equal(new ImageInfo(1200, 630, "image/jpeg"), Read("a.jpg", jpeg));
    }

    [Fact]
    public void ReadsLossyLosslessAndExtendedWebpSizes()
    {
        byte[] Riff(string chunk, byte[] payload) => [.. "RIFF"u8, 0, 0, 0, 0, .. "WEBP"u8, .. Encoding.ASCII.GetBytes(chunk), 0, 0, 0, 0, .. payload];
        // VP8: frame tag (3), start code (3), then 14-bit width and height.
        var lossy = Riff("VP8 ", [0, 0, 0, 0x9D, 0x01, 0x2A, 0xB0, 0x04, 0x76, 0x02, 0, 0]);
        // VP8L: signature 0x2F, then 14 bits width-1, 14 bits height-1.
        var bits = (uint)(1199 | (629 << 14));
        var lossless = Riff("VP8L", [0x2F, (byte)bits, (byte)(bits >> 8), (byte)(bits >> 16), (byte)(bits >> 24), 0, 0, 0, 0, 0]);
        // VP8X: flags (4), then 24-bit width-1 and height-1.
        var extended = Riff("VP8X", [0, 0, 0, 0, 0xAF, 0x04, 0x00, 0x75, 0x02, 0x00]);
        foreach (var (name, bytes) in new[] { ("lossy.webp", lossy), ("lossless.webp", lossless), ("extended.webp", extended) })
        {
            var info = Read(name, bytes)!;
            Assert.Equal((1200, 630, "image/webp"), (info.Width!.Value, info.Height!.Value, info.MediaType));
        }
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120px\" height=\"40\"/>", 120, 40)]
    [InlineData("<?xml version=\"1.0\"?><!-- logo --><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 240.4 60\"/>", 240, 60)]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" viewBox=\"0,0,50,25\"/>", 50, 25)]
    public void ReadsSvgSizeFromAttributesOrViewBox(string svg, int width, int height)
    {
        var info = Read("a.svg", Encoding.UTF8.GetBytes(svg))!;
        Assert.Equal((width, height, "image/svg+xml"), (info.Width!.Value, info.Height!.Value, info.MediaType));
    }

    [Fact]
    public void UnknownFilesAndBrokenSvgsGiveNoSize()
    {
        Assert.Null(Read("a.txt", "hallo"u8.ToArray()));
        var svg = Read("b.svg", "<svg width="u8.ToArray())!;
        Assert.Null(svg.Width);
        Assert.Equal("image/svg+xml", svg.MediaType);
    }
}
