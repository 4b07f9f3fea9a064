using System.IO.Hashing;
using System.Text;

namespace Thuisbasis.Content;

/// <summary>A file read from the site, with its path relative to the site root and a fingerprint of its bytes.</summary>
public sealed record SourceFile(string Path, string Text, ulong Hash)
{
    /// <summary>
    /// The Markdown after the front matter, when the file was split as it was read (see <see cref="ContentFiles.Read"/>):
    /// then <see cref="Text"/> is the file up to the end of its closing <c>---</c> line, and the body was decoded on its own.
    /// </summary>
    public string? Body { get; init; }

    public static SourceFile FromText(string path, string text) =>
        new(path, text, XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(text)));
}
