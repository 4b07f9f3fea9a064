using System.Buffers.Binary;
using Thuisbasis.Pipeline;

namespace Thuisbasis.Tests.Feeds;

public static class FeedTestSupport
{
    public static void AssertSucceeded(this BuildResult result) =>
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.ToString())));

    /// <summary>A real PNG (Skia can decode it) of one colour that follows from its size, so two sizes differ in every byte that matters.</summary>
    public static byte[] Png(int width, int height)
    {
        using var bitmap = new SkiaSharp.SKBitmap(width, height);
        bitmap.Erase(new SkiaSharp.SKColor((byte)(width % 251), (byte)(height % 241), 120));
        using var data = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>A real JPEG or WebP (or PNG) of one colour that follows from its size.</summary>
    public static byte[] Photo(int width, int height, SkiaSharp.SKEncodedImageFormat format)
    {
        using var bitmap = new SkiaSharp.SKBitmap(width, height);
        bitmap.Erase(new SkiaSharp.SKColor((byte)(width % 251), (byte)(height % 241), 90));
        using var data = bitmap.Encode(format, 85);
        return data.ToArray();
    }

    /// <summary>Only the first 33 bytes of a PNG (signature and header): enough for <c>ImageHeader</c>, not an image.</summary>
    public static byte[] PngHeader(int width, int height)
    {
        var b = new byte[33];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R' }.CopyTo(b, 0);
        BinaryPrimitives.WriteUInt32BigEndian(b.AsSpan(16), (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(b.AsSpan(20), (uint)height);
        b[24] = 8;
        b[25] = 2;
        return b;
    }
}
