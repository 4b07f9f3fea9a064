using System.Buffers.Binary;
using Thuisbasis.Pipeline;

namespace Thuisbasis.Tests.Feeds;

public static class FeedTestSupport
{
    public static void AssertSucceeded(this BuildResult result) =>
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.ToString())));

    /// <summary>The first bytes of a PNG of the given size: enough for the header reader and for the build, which copies it as is.</summary>
    public static byte[] Png(int width, int height)
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
