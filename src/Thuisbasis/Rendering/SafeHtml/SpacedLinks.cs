using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace Thuisbasis.Rendering.SafeHtml;

/// <summary>
/// <c>[de folder](/assets/folder mantelzorg.pdf)</c>: in Markdown an address ends at a space, so this is no link and the
/// page shows the brackets as they were typed. An image written so is TB0107 (<see cref="Images.ImageChecks"/>); a link
/// is reported here, with the address between <c>&lt;…&gt;</c>, which Markdown reads whole.
/// </summary>
internal static partial class SpacedLinks
{
    public static void Check(ParagraphBlock paragraph, string markdown, ref List<LinkProblem>? problems)
    {
        var (start, end) = (paragraph.Span.Start, Math.Min(paragraph.Span.End + 1, markdown.Length));
        if (start < 0 || start >= end || markdown.AsSpan(start, end - start).IndexOf("](", StringComparison.Ordinal) < 0) return;
        var text = markdown[start..end];
        foreach (Match m in Spaced().Matches(text))
        {
            if (m.Index > 0 && text[m.Index - 1] == '!') continue; // an image: TB0107
            if (text.AsSpan(0, m.Index).Count('`') % 2 == 1) continue; // inside `code`
            var address = m.Groups["url"].Value;
            var after = address[(address.IndexOf(' ') + 1)..].TrimStart();
            if (after.Length == 0 || after[0] is '"' or '\'' or '(') continue; // a link with a title: Markdig read it
            if (Content.LocalFiles.IsOnOwnComputer(address)) continue; // C:/Documenten/…: TB0137 says where to put the file
            var at = start + m.Index;
            var newline = at == 0 ? -1 : markdown.LastIndexOf('\n', at - 1);
            // `(/a b "titel")`: the title stays outside the brackets, `(</a b> "titel")`.
            var fixedUrl = TitleAtEnd().Match(address) is { Success: true } titled
                ? $"<{titled.Groups["url"].Value}> {titled.Groups["title"].Value}" : "<" + address + ">";
            (problems ??= []).Add(new LinkProblem(markdown.AsSpan(0, at).Count('\n'), at - newline - 1, m.Value, fixedUrl, LinkProblemKind.Spaced));
        }
    }

    [GeneratedRegex(@"^(?<url>.+?)\s+(?<title>""[^""]*""|'[^']*')$")]
    private static partial Regex TitleAtEnd();

    // `[words](address with a space)` on one line; the address holds no brackets or angle brackets of its own.
    [GeneratedRegex(@"\[[^\]\n]{1,500}\]\((?<url>[^()\s<>]{1,1000} [^()<>\n]{1,1000}?)\)")]
    private static partial Regex Spaced();
}
