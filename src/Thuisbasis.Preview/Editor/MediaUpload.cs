using System.Text.RegularExpressions;
using Thuisbasis.Output;

namespace Thuisbasis.Preview.Editor;

/// <summary>
/// One upload from the editor, checked and named: <paramref name="Requested"/> is where Decap asked to put it,
/// <paramref name="Full"/> the safe, free name it gets. When those differ (a file of that name is already there, or the
/// name had spaces or accents), the entry saved with it must point at the new name, or it would show another photo.
/// </summary>
internal sealed record MediaUpload(string Requested, string Full, byte[] Bytes, string Root)
{
    /// <summary>Writes the upload whole under its free name; never over another file.</summary>
    public void Write() => WholeFile.Write(Full, Bytes, overwrite: false);

    /// <summary><paramref name="raw"/> with every reference to the requested public address changed to the one it got.</summary>
    public string Renamed(string raw)
    {
        var from = PublicAddress(Requested);
        var to = PublicAddress(Full);
        if (from == to) return raw;
        return Regex.Replace(raw, Regex.Escape(from) + @"(?=$|[\s""')\]])", to.Replace("$", "$$"), RegexOptions.Multiline);
    }

    /// <summary><c>input/assets/img/a.png</c> is served as <c>/assets/img/a.png</c>.</summary>
    private string PublicAddress(string full) =>
        "/" + Path.GetRelativePath(Path.Combine(Root, SitePaths.InputFolder), full).Replace('\\', '/');
}
