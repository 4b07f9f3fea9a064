using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Thuisbasis.Pipeline;
using Thuisbasis.Rendering;

namespace Thuisbasis.Checks;

/// <summary>
/// One built HTML page parsed once for every check: the document, its Markdown body alone, and the parser's complaints
/// about each (<paramref name="BodyErrors"/>: those of the writer's text, the rest come from the layout).
/// </summary>
public sealed record BuiltPage(PageModel Page, IHtmlDocument Document, IHtmlDocument Body, IReadOnlyList<HtmlProblem> ParseErrors)
{
    public IReadOnlyList<HtmlProblem> BodyErrors { get; init; } = [];
}

/// <summary>A place where the HTML of a page is not well-formed, as the HTML5 parser reports it (<paramref name="Code"/>: its kind).</summary>
public sealed record HtmlProblem(int Line, int Column, string Message, AngleSharp.Html.Parser.HtmlParseError Code = default)
{
    /// <summary>What is wrong, in words a writer reads (the parser's own text is English).</summary>
    public string Dutch => Code.ToString() switch
    {
        var c when c.StartsWith("CharacterReference", StringComparison.Ordinal) => "een teken met `&` ervoor is niet goed geschreven (schrijf `&amp;` voor een los `&`)",
        var c when c.StartsWith("Doctype", StringComparison.Ordinal) => "het begin van de pagina (`<!doctype html>`) klopt niet",
        var c when c.StartsWith("Attribute", StringComparison.Ordinal) || c.Contains("QuotationMark", StringComparison.Ordinal) =>
            "een kenmerk van een tag (zoals `class=\"…\"`) is niet goed geschreven",
        var c when c.StartsWith("Comment", StringComparison.Ordinal) || c == "BogusComment" => "een opmerking (`<!-- … -->`) is niet goed afgesloten",
        var c when c.EndsWith("Nested", StringComparison.Ordinal) || c.EndsWith("Nesting", StringComparison.Ordinal) => "een tag staat binnen een tag waarin hij niet mag",
        var c when c.Contains("Misplaced", StringComparison.Ordinal) || c.Contains("CannotStartHere", StringComparison.Ordinal) || c.Contains("Inappropriate", StringComparison.Ordinal) =>
            "een tag staat op een plek waar hij niet mag",
        "EOF" => "de pagina houdt op terwijl er nog een tag open is",
        _ => "een tag wordt afgesloten die niet open is, of een tag wordt niet afgesloten",
    };
}

public static class BuiltPages
{
    public static IReadOnlyList<BuiltPage> Parse(BuildResult result)
    {
        var files = result.Files.Where(f => f.Bytes is not null).ToDictionary(f => f.Path, StringComparer.Ordinal);
        var pages = new List<BuiltPage>();
        foreach (var page in result.Pages)
        {
            if (!files.TryGetValue(page.OutputPath, out var file)) continue;
            var (doc, errors) = Parsed(Encoding.UTF8.GetString(file.Bytes!), keepPlaces: true);
            var (body, bodyErrors) = Parsed("<!doctype html><html><head><title>t</title></head><body>" + page.Body.Value, keepPlaces: false);
            pages.Add(new BuiltPage(page, doc, body, errors) { BodyErrors = bodyErrors });
        }
        return pages;
    }

    private static (IHtmlDocument Document, List<HtmlProblem> Errors) Parsed(string html, bool keepPlaces)
    {
        var errors = new List<HtmlProblem>();
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = keepPlaces });
        parser.Error += (_, e) =>
        {
            if (e is AngleSharp.Html.Dom.Events.HtmlErrorEvent h)
                errors.Add(new HtmlProblem(h.Position.Line, h.Position.Column, h.Message, (AngleSharp.Html.Parser.HtmlParseError)h.Code));
        };
        return (parser.ParseDocument(html), errors);
    }
}
