using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Thuisbasis.Pipeline;
using Thuisbasis.Rendering;

namespace Thuisbasis.Checks;

/// <summary>One built HTML page parsed once for every check: the document, its Markdown body alone, and the parser's complaints.</summary>
public sealed record BuiltPage(PageModel Page, IHtmlDocument Document, IHtmlDocument Body, IReadOnlyList<HtmlProblem> ParseErrors);

/// <summary>A place where the HTML of a page is not well-formed, as the HTML5 parser reports it.</summary>
public sealed record HtmlProblem(int Line, int Column, string Message);

public static class BuiltPages
{
    public static IReadOnlyList<BuiltPage> Parse(BuildResult result)
    {
        var files = result.Files.Where(f => f.Bytes is not null).ToDictionary(f => f.Path, StringComparer.Ordinal);
        var pages = new List<BuiltPage>();
        foreach (var page in result.Pages)
        {
            if (!files.TryGetValue(page.OutputPath, out var file)) continue;
            var errors = new List<HtmlProblem>();
            var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
            parser.Error += (_, e) =>
            {
                if (e is AngleSharp.Html.Dom.Events.HtmlErrorEvent h) errors.Add(new HtmlProblem(h.Position.Line, h.Position.Column, h.Message));
            };
            var doc = parser.ParseDocument(Encoding.UTF8.GetString(file.Bytes!));
            var body = new HtmlParser().ParseDocument("<!doctype html><body>" + page.Body.Value);
            pages.Add(new BuiltPage(page, doc, body, errors));
        }
        return pages;
    }
}
