using Thuisbasis.Content;
using Thuisbasis.Diagnostics;

namespace Thuisbasis.Rendering.SafeHtml;

/// <summary>
/// What a writer hears about a body's HTML: TB0240 for each kind of thing the sanitizer left out (once, at its first
/// line, with how often), TB0241 for a video without a title.
/// </summary>
public static class PastedHtmlWarnings
{
    public const string Removed = "TB0240";
    public const string UntitledVideo = "TB0241";

    public static IReadOnlyList<Diagnostic> For(Entry entry, RenderedBody body)
    {
        var list = new List<Diagnostic>(body.Removed.Count + body.UntitledVideos.Count);
        foreach (var r in body.Removed)
            list.Add(new Diagnostic(Severity.Warning, Removed, entry.SourcePath, entry.BodyLine + r.Line, 1, r.MessageIn(entry.BodyLine), r.Fix));
        foreach (var line in body.UntitledVideos)
            list.Add(new Diagnostic(Severity.Warning, UntitledVideo, entry.SourcePath, entry.BodyLine + line, 1,
                "De video heeft geen titel; de afspeelknop zegt dan alleen \"Video\".",
                "Schrijf tussen de haken waar de video over gaat, bijvoorbeeld `![Ria vertelt over de markt](https://youtu.be/…)`."));
        return list;
    }
}
