using System.Buffers.Binary;
using System.Text;
using Thuisbasis.Output;
using Thuisbasis.Pipeline;

namespace Thuisbasis.Tests.Feeds;

/// <summary>Writes a small site into a temporary folder, file by file, and builds it in memory as on 23 November 2026.</summary>
public sealed class FixtureSite : IDisposable
{
    public FixtureSite() => Root = Directory.CreateTempSubdirectory("thuisbasis-feeds-").FullName;

    public string Root { get; }

    public FixtureSite File(string relative, string text)
    {
        var full = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllText(full, text.ReplaceLineEndings("\n"), new UTF8Encoding(false));
        return this;
    }

    public FixtureSite Bytes(string relative, byte[] bytes)
    {
        var full = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllBytes(full, bytes);
        return this;
    }

    public BuildResult Build(bool drafts = false) =>
        new SiteEngine(new BuildOptions { Root = Root, Date = new DateOnly(2026, 11, 23), IncludeDrafts = drafts }).Build();

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }

    /// <summary>The first bytes of a PNG of the given size: enough for the header reader and for the build, which copies it as is.</summary>
    public static byte[] Png(int width, int height)
    {
        var b = new byte[33];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R' }.CopyTo(b, 0);
        BinaryPrimitives.WriteUInt32BigEndian(b.AsSpan(16), (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(b.AsSpan(20), (uint)height);
        b[24] = 8; b[25] = 2;
        return b;
    }
}

public static class BuildResultExtensions
{
    public static string Text(this BuildResult result, string path)
    {
        var file = result.Files.SingleOrDefault(f => f.Path == path)
                   ?? throw new Xunit.Sdk.XunitException($"No output file `{path}`. Files: {string.Join(", ", result.Files.Select(f => f.Path).Order())}");
        return Encoding.UTF8.GetString(file.Bytes!);
    }

    public static bool Has(this BuildResult result, string path) => result.Files.Any(f => f.Path == path);

    public static void AssertSucceeded(this BuildResult result) =>
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
}
