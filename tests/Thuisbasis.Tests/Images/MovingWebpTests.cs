using System.Buffers.Binary;
using SkiaSharp;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Images;

/// <summary>
/// A WebP that moves (a sticker or animation saved from a chat app) becomes a still of its first picture in every
/// version the site makes: TB0151 says so, and how to keep it moving. A still WebP gets no message.
/// </summary>
public sealed class MovingWebpTests
{
    [Fact]
    public void AMovingWebpIsToldItWillStandStill()
    {
        using var site = new FixtureSite();
        site.WriteBytes("input/assets/img/zwaai.webp", Animated(640, 480, 3));
        site.WriteBytes("input/assets/img/stil.webp", Frame(640, 480, SKColors.Teal));
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var d = Assert.Single(result.Diagnostics, d => d.Code == "TB0151");
        Assert.Equal(("input/assets/img/zwaai.webp", Diagnostics.Severity.Warning), (d.Path, d.Severity));
        Assert.Contains("3 beelden", d.Message);
        Assert.Contains("GIF", d.Help);
    }

    /// <summary>A lossy WebP of one colour, as Skia writes it (RIFF, WEBP, one VP8 chunk).</summary>
    private static byte[] Frame(int width, int height, SKColor colour)
    {
        using var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        bitmap.Erase(colour);
        using var data = bitmap.Encode(SKEncodedImageFormat.Webp, 80);
        return data.ToArray();
    }

    /// <summary>An animated WebP (VP8X with the animation flag, ANIM, one ANMF per frame) from Skia's own still frames.</summary>
    private static byte[] Animated(int width, int height, int frames)
    {
        var body = new List<byte>();
        void Chunk(string fourCc, byte[] payload)
        {
            body.AddRange(System.Text.Encoding.ASCII.GetBytes(fourCc));
            var size = new byte[4];
            BinaryPrimitives.WriteUInt32LittleEndian(size, (uint)payload.Length);
            body.AddRange(size);
            body.AddRange(payload);
            if (payload.Length % 2 == 1) body.Add(0);
        }
        static byte[] U24(int v) => [(byte)v, (byte)(v >> 8), (byte)(v >> 16)];
        Chunk("VP8X", [0x02, 0, 0, 0, .. U24(width - 1), .. U24(height - 1)]);
        Chunk("ANIM", [0, 0, 0, 0, 0, 0]);
        SKColor[] colours = [SKColors.Red, SKColors.Green, SKColors.Blue];
        for (var i = 0; i < frames; i++)
        {
            var still = Frame(width, height, colours[i % colours.Length]);
            var image = still[12..]; // the frame's own chunks, after RIFF size WEBP
            Chunk("ANMF", [.. U24(0), .. U24(0), .. U24(width - 1), .. U24(height - 1), .. U24(100), 0, .. image]);
        }
        var riff = new List<byte>(System.Text.Encoding.ASCII.GetBytes("RIFF"));
        var total = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(total, (uint)(4 + body.Count));
        riff.AddRange(total);
        riff.AddRange(System.Text.Encoding.ASCII.GetBytes("WEBP"));
        riff.AddRange(body);
        return [.. riff];
    }
}
