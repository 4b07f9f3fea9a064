using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Thuisbasis.Content;

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
    /// <summary><c>[tekst](adres met spatie)</c>: no link at all; the page shows what was typed (TB0139).</summary>
    Spaced,
    /// <summary>A link through Outlook's or Google's redirect server (<see cref="Content.Redirects"/>): the site links to the page meant (TB0139).</summary>
    Redirect,
    /// <summary><c>tel:</c> with no number a phone can dial (<c>tel:</c>, <c>tel:abc</c>, a number with opening hours) (TB0139).</summary>
    Phone,
    /// <summary><c>[](/contact/)</c>: a link without words, invisible on the page and read out as its address (TB0139).</summary>
    NoText,
}

/// <param name="Line">The body line, 0-based.</param>
/// <param name="Column">The column of the link's <c>[</c>, 0-based.</param>
/// <param name="Fixed">The address the site uses instead, or null when it keeps what was written.</param>
public sealed record LinkProblem(int Line, int Column, string Href, string? Fixed, LinkProblemKind Kind);

/// <summary>
/// A link to an address of this site as written (<c>/verhalen/ria/</c>, <c>../werkwijze/</c>): whether it leads to a page
/// or file is known only once the whole build is (see <see cref="Pipeline.DeadTextLinks"/>).
/// </summary>
/// <param name="Line">The body line, 0-based.</param>
/// <param name="Column">The column of the address (of the <c>[</c> for a link whose address is defined elsewhere), 0-based.</param>
/// <param name="Written">The address as the writer wrote it, when the site uses another: a content file by its name
/// (<c>2025-03-12-ria.md</c>) whose page's address <paramref name="Href"/> is.</param>
public sealed record SiteLink(int Line, int Column, string Href, string? Written = null)
{
    // What does not depend on the rest of the site is worked out once, with the text (the preview keeps both), so that
    // each build's look-up is one set lookup per link.

    /// <summary>The address without its <c>?query</c> and <c>#part</c>.</summary>
    public string Path { get; } = PathOf(Href, out _);

    /// <summary>The site path of an address from the site's root (<c>/verhalen/ria/</c>); null for one read from the page.</summary>
    public string? Target => Path.StartsWith('/') ? field ??= Uri.UnescapeDataString(Path) : null;

    /// <summary>The output file of <see cref="Target"/> (<c>verhalen/ria/index.html</c>), or null.</summary>
    public string? OutputPath => Target is { } target ? field ??= OutputPaths.FromUrl(target) : null;

    /// <summary>An address without its <c>?query</c> and <c>#part</c>; the part (without #) in <paramref name="fragment"/>.</summary>
    public static string PathOf(string address, out string fragment)
    {
        fragment = "";
        var hash = address.IndexOf('#');
        if (hash >= 0) { fragment = address[(hash + 1)..]; address = address[..hash]; }
        var query = address.IndexOf('?');
        return query >= 0 ? address[..query] : address;
    }
}

/// <summary>
/// Link addresses in a body, before it becomes HTML: a content file named by its file (<see cref="Content.FileLinks"/>)
/// becomes its page's address, and the address mistakes whose meaning is beyond doubt (a web address without
/// <c>https://</c>, an e-mail address without <c>mailto:</c>) are put right on the site and reported, so the writer
/// fixes the text too.
/// </summary>
internal static partial class LinkAddresses
{
    /// <param name="markdown">The body the link is in, for the place of its address.</param>
    /// <param name="siteLinks">Where a link to an address of this site is added, to be looked up once the build is known.</param>
    /// <param name="ownSite">The site's <c>url</c>: a full address on its domain is a site path (<see cref="BrowserAddress.OwnPath"/>).</param>
    public static void Check(LinkInline link, string markdown, Func<string, string?>? fileLink, string? ownSite, ref List<LinkProblem>? problems,
        ref List<SiteLink>? siteLinks)
    {
        if (BrowserAddress.OwnPath(link.Url ?? "", ownSite) is { } own) link.Url = own;
        if (link.IsImage) return; // an image of the site that is not there is TB0107 (Images.ImageChecks)
        var href = (link.Url ?? "").Trim();
        // Reported besides whatever the address itself gets: both need mending.
        if (href.Length > 0 && !HasWords(link)) (problems ??= []).Add(new LinkProblem(link.Line, link.Column, href, null, LinkProblemKind.NoText));
        string? fixedUrl = null;
        LinkProblemKind kind;
        if (href.Length == 0) kind = LinkProblemKind.Empty;
        else if (href.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) && !Links.IsPhoneNumber(Uri.UnescapeDataString(href[4..])))
            kind = LinkProblemKind.Phone;

        else if (href.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && href.Length > 4 && !href.Contains('@'))
            (fixedUrl, kind) = ("https://" + href, LinkProblemKind.NoScheme);
        else if (Email().IsMatch(href)) (fixedUrl, kind) = ("mailto:" + href, LinkProblemKind.EmailWithoutMailto);
        else if (Content.Redirects.Target(href) is { } meant) (fixedUrl, kind) = (meant, LinkProblemKind.Redirect);
        else if (Content.FileLinks.IsFileLink(href))
        {
            if (fileLink is null) return;
            if (fileLink(href) is { } page)
            {
                // Looked up with the other links once the build is known: the page may be in input/ but not on the site.
                link.Url = page;
                (siteLinks ??= []).Add(At(link, markdown, page) with { Written = href });
                return;
            }
            kind = LinkProblemKind.UnknownFile;
        }
        else
        {
            if (!IsSiteAddress(href)) return;
            // A name dragged from a Mac's Finder into the editor spells é as e + accent; the site's files and addresses
            // have the single letter (see ContentReader's assets), so the link leads there, as an image's does.
            if (href.AsSpan().ContainsAnyExceptInRange('\0', '\x7f') && href.Normalized() is var composed && composed != href)
                link.Url = href = composed;
            (siteLinks ??= []).Add(At(link, markdown, href));
            return;
        }
        if (fixedUrl is not null) link.Url = fixedUrl;
        (problems ??= []).Add(new LinkProblem(link.Line, link.Column, href, fixedUrl, kind));
    }

    /// <summary>Words (or an image with a description) between the brackets, for the page and a screen reader.</summary>
    private static bool HasWords(LinkInline link)
    {
        foreach (var inline in link.Descendants<Inline>())
        {
            if (inline is LiteralInline literal && !literal.Content.IsEmptyOrWhitespace()) return true;
            if (inline is CodeInline code && !string.IsNullOrWhiteSpace(code.Content)) return true;
            if (inline is LinkInline { IsImage: true } image && image.Descendants<LiteralInline>().Any(l => !l.Content.IsEmptyOrWhitespace())) return true;
            if (inline is HtmlInline or HtmlEntityInline) return true; // judged with the pasted HTML
        }
        return false;
    }

    /// <summary>
    /// An address on this site: from its root (<c>/…</c>) or from the page (<c>../…</c>, <c>werkwijze/</c>); not a part of
    /// the same page (<c>#kop</c>, <c>?x</c>), another site's (<c>//…</c>, <c>https:</c>), a mail or phone link, or a file
    /// on the writer's computer (TB0137).
    /// </summary>
    internal static bool IsSiteAddress(string href) =>
        href.Length > 0 && href[0] is not ('#' or '?') && !href.StartsWith("//", StringComparison.Ordinal) &&
        (href[0] is '/' or '.' || !href.Contains(':')) && !Content.LocalFiles.IsOnOwnComputer(href);

    /// <summary>The place of a link's address in the body: Markdig's span of it when that lies inside the link itself.</summary>
    private static SiteLink At(LinkInline link, string markdown, string href)
    {
        var url = link.UrlSpan;
        if (url.IsEmpty || url.Start < link.Span.Start || url.Start > link.Span.End || url.Start >= markdown.Length)
            return new SiteLink(link.Line, link.Column, href);
        var newline = url.Start == 0 ? -1 : markdown.LastIndexOf('\n', url.Start - 1);
        return new SiteLink(markdown.AsSpan(0, url.Start).Count('\n'), url.Start - newline - 1, href);
    }

    // An address with one @, a dot in its domain, and nothing that makes it a path or another kind of link.
    [GeneratedRegex(@"^[^\s@/:?#]{1,200}@[^\s@/:?#]{1,200}\.[a-zA-Z]{2,20}$")]
    private static partial Regex Email();
}
