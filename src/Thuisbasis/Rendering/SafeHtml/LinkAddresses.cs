using System.Text.RegularExpressions;
using Markdig.Syntax.Inlines;

namespace Thuisbasis.Rendering.SafeHtml;

/// <summary>What is wrong with a link's address as the writer wrote it.</summary>
public enum LinkProblemKind
{
    /// <summary>A content file by its name that is not there (TB0138).</summary>
    UnknownFile,
    /// <summary><c>www.gemeente.nl</c> without <c>https://</c>: the browser would look for it on this site (TB0139).</summary>
    NoScheme,
    /// <summary><c>info@buurt.nl</c> without <c>mailto:</c> (TB0139).</summary>
    EmailWithoutMailto,
    /// <summary><c>[tekst]()</c>: a link that leads nowhere (TB0139).</summary>
    Empty,
}

/// <param name="Line">The body line, 0-based.</param>
/// <param name="Column">The column of the link's <c>[</c>, 0-based.</param>
/// <param name="Fixed">The address the site uses instead, or null when it keeps what was written.</param>
public sealed record LinkProblem(int Line, int Column, string Href, string? Fixed, LinkProblemKind Kind);

/// <summary>
/// Link addresses in a body, before it becomes HTML: a content file named by its file (<see cref="Content.FileLinks"/>)
/// becomes its page's address, and the address mistakes whose meaning is beyond doubt (a web address without
/// <c>https://</c>, an e-mail address without <c>mailto:</c>) are put right on the site and reported, so the writer
/// fixes the text too.
/// </summary>
internal static partial class LinkAddresses
{
    public static void Check(LinkInline link, Func<string, string?>? fileLink, ref List<LinkProblem>? problems)
    {
        if (link.IsImage) return;
        var href = (link.Url ?? "").Trim();
        string? fixedUrl = null;
        LinkProblemKind kind;
        if (href.Length == 0) kind = LinkProblemKind.Empty;
        else if (href.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && href.Length > 4 && !href.Contains('@'))
            (fixedUrl, kind) = ("https://" + href, LinkProblemKind.NoScheme);
        else if (Email().IsMatch(href)) (fixedUrl, kind) = ("mailto:" + href, LinkProblemKind.EmailWithoutMailto);
        else if (fileLink is not null && Content.FileLinks.IsFileLink(href))
        {
            if (fileLink(href) is { } page) { link.Url = page; return; }
            kind = LinkProblemKind.UnknownFile;
        }
        else return;
        if (fixedUrl is not null) link.Url = fixedUrl;
        (problems ??= []).Add(new LinkProblem(link.Line, link.Column, href, fixedUrl, kind));
    }

    // An address with one @, a dot in its domain, and nothing that makes it a path or another kind of link.
    [GeneratedRegex(@"^[^\s@/:?#]{1,200}@[^\s@/:?#]{1,200}\.[a-zA-Z]{2,20}$")]
    private static partial Regex Email();
}
