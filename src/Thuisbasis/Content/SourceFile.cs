using System.IO.Hashing;
using System.Text;

namespace Thuisbasis.Content;

/// <summary>A file read from the site, with its path relative to the site root and a fingerprint of its bytes.</summary>
public sealed record SourceFile(string Path, string FullPath, string Text, ulong Hash)
{
    public static SourceFile FromText(string path, string text) =>
        new(path, path, text, XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(text)));
}
