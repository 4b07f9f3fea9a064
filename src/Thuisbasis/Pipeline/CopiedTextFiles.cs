using Thuisbasis.Diagnostics;
using Thuisbasis.Output;

namespace Thuisbasis.Pipeline;

/// <summary>
/// The site's own text files that are published as they are (a style sheet or script in <c>overrides/</c>, a theme of its
/// own or <c>input/assets/</c>): a <c>git pull</c> that could not join two versions leaves both in them, between Git's
/// marks, and a browser then drops the whole rule the marks stand in (every brand colour of <c>site.css</c>). TB0112,
/// as for a text. SVG files are checked with their other checks (<see cref="Images.SvgGuard"/>).
/// </summary>
internal static class CopiedTextFiles
{
    private static readonly string[] Extensions = [".css", ".js", ".mjs", ".json", ".html", ".htm", ".xml", ".txt", ".webmanifest", ".csv", ".ics"];

    public static void Check(IEnumerable<OutputFile> files, string root, DiagnosticBag diagnostics)
    {
        var rootFull = Path.GetFullPath(root) + Path.DirectorySeparatorChar;
        foreach (var file in files)
        {
            // The extension first, and never a file made when read (a share card, a photo variant): reading its
            // address would make it.
            if (file.MadeWhenRead || file.Bytes is not null || !Extensions.Any(e => file.Path.EndsWith(e, StringComparison.OrdinalIgnoreCase)) ||
                file.CopyFrom is not { } full || !full.StartsWith(rootFull, StringComparison.Ordinal))
                continue;
            string text;
            try { text = File.ReadAllText(full); }
            catch (IOException) { continue; } // gone since it was listed: the next build lists again
            catch (UnauthorizedAccessException) { continue; }
            Content.MergeConflicts.Check(file.Source, text, 0, diagnostics);
        }
    }
}
