using Thuisbasis.Diagnostics;

namespace Thuisbasis.Content;

/// <summary>
/// Keeps Markdown bodies within what Markdig handles quickly. Lines indented by hundreds of spaces (a list nested a
/// thousand levels deep) make its parser slow down steeply; no real text is indented that far, so such a file is an error.
/// </summary>
internal static class BodyGuard
{
    public const int MaxIndent = 128;

    public static bool Check(FrontMatter fm, DiagnosticBag diagnostics)
    {
        var body = fm.Body;
        var line = 0;
        var start = 0;
        while (start <= body.Length)
        {
            var end = body.IndexOf('\n', start);
            if (end < 0) end = body.Length;
            var indent = 0;
            for (var i = start; i < end && body[i] is ' ' or '\t'; i++) indent += body[i] == '\t' ? 4 : 1;
            if (indent > MaxIndent)
            {
                diagnostics.Error("TB0122", new SourcePosition(fm.Path, fm.BodyLine + line, 1),
                    $"Deze regel springt {indent} spaties in; zo diep kan de tekst niet worden omgezet.",
                    "Haal de spaties aan het begin van de regel weg; een opsomming heeft hoogstens een paar niveaus nodig.");
                return false;
            }
            line++;
            start = end + 1;
        }
        return true;
    }
}
