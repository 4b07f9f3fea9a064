using AngleSharp;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;
using Thuisbasis.Content;
using Thuisbasis.Rendering.Video;

namespace Thuisbasis.Rendering.SafeHtml;

/// <summary>
/// Cleans the HTML of one body with HtmlSanitizer and an allow-list of what writers need: text structure, tables,
/// <c>abbr</c>, <c>details</c>, figures, quotes, code, links and images with safe addresses. Scripts, event handlers,
/// frames, forms, <c>style</c> and unsafe addresses go; every removal is noted with its line (see <see cref="LineMarkers"/>).
/// </summary>
internal sealed class BodySanitizer
{
    private const string Prefix = "<!doctype html><html><body>";

    private static readonly string[] Tags =
    [
        "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "data", "dd", "del",
        "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img",
        "ins", "kbd", "li", "mark", "ol", "p", "picture", "pre", "q", "rp", "rt", "ruby", "s", "samp", "section", "small", "source",
        "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
    ];

    private static readonly string[] Attributes =
    [
        "href", "src", "srcset", "sizes", "media", "alt", "title", "id", "class", "lang", "dir", "width", "height", "loading",
        "decoding", "colspan", "rowspan", "scope", "headers", "start", "reversed", "type", "value", "datetime", "cite", "open",
        "target", "rel", "hreflang", "style", "abbr", "data-embed",
        HtmlLinks.Attribute, // taken off again once the links kept are known (see HtmlLinks)
    ];

    /// <summary>Parses with positions kept (for the lines of removals) and with CSS (so <c>style</c> can be cleaned).</summary>
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = true, IsKeepingSourceReferences = true },
        BrowsingContext.New(Configuration.Default.WithCss(new CssParserOptions
        {
            IsIncludingUnknownDeclarations = true, IsIncludingUnknownRules = true, IsToleratingInvalidSelectors = true,
        })));

    private readonly string _noun;
    private readonly LineMarkers _lines;
    private readonly Dictionary<string, Removal> _removed = new(StringComparer.Ordinal);
    private IElement? _body;

    private BodySanitizer(string noun, LineMarkers lines) => (_noun, _lines) = (noun, lines);

    /// <summary>
    /// The clean HTML and what was removed, once per kind of thing with a count, by line. <paramref name="html"/> carries
    /// line markers; <paramref name="noun"/> names the kind of text ("een verhaal") in the messages.
    /// </summary>
    /// <param name="links">The links to this site in pasted HTML (see <see cref="HtmlLinks"/>): those still on the page are returned.</param>
    /// <param name="ownSite">The site's <c>url</c>: a full address on its domain in a link or image is one of the site (see <see cref="OwnSiteAddresses"/>).</param>
    public static (string Html, IReadOnlyList<Removal> Removed, IReadOnlyList<SiteLink> Links) Clean(string html, string noun,
        IReadOnlyList<(int Line, int Column)> links, string? ownSite = null)
    {
        if (NestingDepth(html) > MaxDepth)
            throw new ArgumentException("HTML nested too deeply to clean"); // reported as TB0122, like Markdig's own limit
        var cleaner = new BodySanitizer(noun, LineMarkers.Read(html, Prefix.Length));
        using var document = Parser.ParseDocument(Prefix + html);
        cleaner._body = document.Body!;
        PastedOffice.BeforeCleaning(document);
        cleaner.Sanitizer().SanitizeDom(document, document.Body);
        cleaner.OnlyOwnClasses();
        cleaner.OwnSiteAddresses(ownSite);
        cleaner.LinkImagesOfOtherSites(document);
        cleaner.ImagesWithoutAddress(document);
        cleaner.LinkAddressesAsMeant();
        PastedOffice.AfterCleaning(document.Body!);
        cleaner.HeadingsWithoutText();
        var kept = HtmlLinks.Kept(document.Body!, links).ToList();
        var clean = HtmlLinks.Unmark(document.Body!.ChildNodes.ToHtml(HtmlFormatter.Instance));
        return (clean, cleaner._removed.Values.OrderBy(r => r.Line).ToList(), kept);
    }

    /// <summary>
    /// Deeper than this, cleaning takes time that grows with the square of the depth (styles are worked out through
    /// every ancestor), and no pasted text nests that deep: such a body is an error, as a Markdown bomb is.
    /// </summary>
    private const int MaxDepth = 100;

    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
        { "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr" };

    /// <summary>A quick upper estimate of how deep the tags in <paramref name="html"/> nest, before anything is parsed.</summary>
    internal static int NestingDepth(string html)
    {
        int depth = 0, max = 0;
        for (var i = html.IndexOf('<'); i >= 0 && i + 1 < html.Length; i = html.IndexOf('<', i + 1))
        {
            if (html[i + 1] == '/') { depth = Math.Max(0, depth - 1); continue; }
            if (!char.IsAsciiLetter(html[i + 1])) continue;
            var end = i + 1;
            while (end < html.Length && char.IsAsciiLetterOrDigit(html[end])) end++;
            var close = html.IndexOf('>', end);
            if (Void.Contains(html[(i + 1)..end]) || close > 0 && html[close - 1] == '/') continue;
            max = Math.Max(max, ++depth);
        }
        return max;
    }

    private HtmlSanitizer Sanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags),
            AllowedAttributes = new HashSet<string>(Attributes),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto", "tel"]),
            UriAttributes = new HashSet<string>(["href", "src", "cite", "data-embed"]),
            UriListAttributes = new HashSet<string>(["srcset"]),
            // Markdig aligns table columns with text-align; every other property stays out.
            AllowedCssProperties = new HashSet<string>(["text-align"]),
        };
        var sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true, HtmlParserFactory = () => Parser };
        sanitizer.RemovingTag += (_, e) => OnTag(e);
        sanitizer.RemovingAttribute += (_, e) => OnAttribute(e);
        sanitizer.RemovingStyle += (_, e) => { if (Inside(e.Tag)) Note(RemovalText.Style(e.Tag.LocalName, LineOf(e.Tag))); };
        sanitizer.FilterUrl += (_, e) => OnUrl(e);
        return sanitizer;
    }

    private void OnTag(RemovingTagEventArgs e)
    {
        var tag = e.Tag;
        if (VideoMarkup.IsOwnScript(tag)) { e.Cancel = true; return; }
        if (!Inside(tag)) return; // inside something already removed whole
        var line = LineOf(tag);
        var removal = RemovalText.Tag(tag.LocalName, _noun, line);
        if (!RemovalText.DroppedWhole.Contains(tag.LocalName))
        {
            Note(removal); // the text in it stays (KeepChildNodes)
            return;
        }
        // An element left open (<style>, <math>…) takes what follows with it, as it would in a browser: say so.
        var inner = tag.InnerHtml;
        var last = LineMarkers.LastLineIn(inner);
        // Raw text (<style>, <script>) with an empty line in it: Markdown gave it the paragraphs after it.
        if (tag.Flags.HasFlag(NodeFlags.LiteralText) && inner.Contains("\n\n", StringComparison.Ordinal))
            last = Math.Max(last, line + inner.TrimEnd('\n').Count('\n'));
        Note(last > line ? removal with { SwallowedUntil = last } : removal);
        e.Cancel = true;
        tag.Remove();
    }

    /// <summary>
    /// The classes Markdig and the site's own renderers write in a body (code in a language, footnotes, a video); any
    /// other class came with pasted HTML and goes: one of the theme's (<c>visually-hidden</c>, <c>consent-banner</c>)
    /// would hide text or make it look like part of the site, and Word's (<c>MsoNormal</c>) mean nothing here.
    /// </summary>
    private static bool IsOwnClass(string tag, string name) => (tag, name) switch
    {
        ("code", _) => name.StartsWith("language-", StringComparison.Ordinal) && name.Length > "language-".Length,
        ("a", "footnote-ref" or "footnote-back-ref" or "video-link") => true,
        ("div", "footnotes" or "video-frame") => true,
        ("figure", "video") => true,
        ("span", "video-title" or "video-host") => true,
        _ => false,
    };

    private void OnlyOwnClasses()
    {
        foreach (var element in _body!.Descendants<IElement>().Where(e => e.HasAttribute("class")).ToList())
        {
            var value = element.GetAttribute("class")!;
            var names = value.Split((char[])[' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries);
            var own = names.Where(n => IsOwnClass(element.LocalName, n)).ToList();
            if (own.Count == names.Length && names.Length > 0) continue;
            if (own.Count == 0) element.RemoveAttribute("class");
            else element.SetAttribute("class", string.Join(' ', own));
            if (names.Length > own.Count) Note(RemovalText.Class(element.LocalName, LineOf(element)));
        }
    }

    /// <summary>
    /// HTML pasted from the organisation's old site names its pages and images with the full address
    /// (<c>&lt;img src="https://www.buurtkracht.nl/assets/img/x.jpg"&gt;</c>): on the site's own domain that is an address of
    /// the site, written from the root as a Markdown link or image is (see <see cref="BrowserAddress.OwnPath"/>), so it is
    /// checked and shown as the site's own, in the preview too; it was "another website's" image, made a link.
    /// </summary>
    private void OwnSiteAddresses(string? ownSite)
    {
        if (ownSite is null) return;
        foreach (var element in _body!.QuerySelectorAll("a[href], img[src], source[src], img[srcset], source[srcset]").ToList())
        {
            var attribute = element.LocalName == "a" ? "href" : "src";
            if (element.GetAttribute(attribute) is { } value && BrowserAddress.OwnPath(value, ownSite) is { } own) element.SetAttribute(attribute, own);
            if (element.LocalName != "a" && element.GetAttribute("srcset") is { } srcset && srcset.Contains("://", StringComparison.Ordinal))
                element.SetAttribute("srcset", string.Join(", ", srcset.Split(',').Select(candidate =>
                {
                    var parts = candidate.Trim().Split(' ', 2);
                    return BrowserAddress.OwnPath(parts[0], ownSite) is { } path ? string.Join(' ', [path, .. parts.Skip(1)]) : candidate.Trim();
                })));
        }
    }

    /// <summary>
    /// An image on another website would be fetched from there by every visitor's browser, which tells that site who
    /// reads this one: the site asks nothing of another site unless its settings say so. The image becomes a link to it
    /// (a visitor may choose to follow it), a <c>&lt;source&gt;</c> or <c>srcset</c> from elsewhere goes.
    /// </summary>
    private void LinkImagesOfOtherSites(IDocument document)
    {
        foreach (var element in _body!.QuerySelectorAll("img, source").ToList())
        {
            var line = LineOf(element);
            var srcset = element.GetAttribute("srcset");
            var src = element.GetAttribute("src");
            var elsewhere = srcset?.Split(',').Select(c => c.Trim().Split(' ')[0]).FirstOrDefault(BrowserAddress.IsOtherSite);
            var srcElsewhere = src is not null && BrowserAddress.IsOtherSite(src);
            if (elsewhere is not null)
            {
                element.RemoveAttribute("srcset");
                if (!srcElsewhere) Note(RemovalText.OtherSite(elsewhere, linked: false, line));
            }
            if (src is null || !srcElsewhere) continue;
            // A file on the office network (`\\server\share\x.jpg`) has its own message (TB0137), with the folder to put it in.
            if (!LocalFiles.IsOnOwnComputer(src)) Note(RemovalText.OtherSite(src, linked: element.LocalName == "img", line));
            if (element.LocalName == "source") { element.Remove(); continue; }
            var text = element.GetAttribute("alt") is { Length: > 0 } alt ? alt : "afbeelding op een andere website";
            // An image that is a link already (a badge, a logo to a partner) keeps that link and becomes its text: a link
            // inside a link is not HTML, and a browser would split it.
            if (element.Closest("a") is not null) { element.Replace(document.CreateTextNode(text)); continue; }
            var link = document.CreateElement("a");
            link.SetAttribute("href", BrowserAddress.Read(src).Trim());
            link.TextContent = text;
            element.Replace(link);
        }
    }

    /// <summary>
    /// An image whose only address was unsafe (<c>data:image/svg+xml,…</c>, <c>javascript:</c>) has no <c>src</c> left: a
    /// browser shows a broken picture, and it is no HTML. Its description stays as text (the address's removal is noted).
    /// </summary>
    private void ImagesWithoutAddress(IDocument document)
    {
        foreach (var img in _body!.QuerySelectorAll("img:not([src]):not([srcset])").ToList())
        {
            if (img.GetAttribute("alt") is { Length: > 0 } alt) img.Replace(document.CreateTextNode(alt));
            else img.Remove();
        }
    }

    /// <summary>
    /// A link copied from Outlook or a Google document leads through their server (see <see cref="Redirects"/>): it
    /// leads to the page meant instead, and the writer hears so, to put the real address in the text. An address on
    /// this site with an accent a Mac spells as two characters (e + ´) gets the single letter, as in a Markdown link
    /// (see <see cref="LinkAddresses"/>): the site's files and addresses have that.
    /// </summary>
    private void LinkAddressesAsMeant()
    {
        foreach (var element in _body!.QuerySelectorAll("a[href], img[src]").ToList())
        {
            var attribute = element.LocalName == "a" ? "href" : "src";
            var href = element.GetAttribute(attribute)!;
            if (href.AsSpan().ContainsAnyExceptInRange('\0', '\x7f') && LinkAddresses.IsSiteAddress(href.Trim()) &&
                href.Normalized() is var composed && composed != href)
                element.SetAttribute(attribute, composed);
        }
        foreach (var link in _body!.QuerySelectorAll("a[href]").ToList())
        {
            if (Redirects.Target(link.GetAttribute("href")) is not { } meant) continue;
            Note(RemovalText.Redirect(link.GetAttribute("href")!, meant, LineOf(link)));
            link.SetAttribute("href", meant);
        }
    }

    /// <summary>
    /// A pasted heading without text (<c>&lt;h2&gt;&lt;o:p&gt;&amp;nbsp;&lt;/o:p&gt;&lt;/h2&gt;</c>, an empty line in
    /// Word's heading style) would be announced by a screen reader as an empty heading: it goes, as an empty Markdown
    /// heading does (TB0168), and the writer hears so.
    /// </summary>
    private void HeadingsWithoutText()
    {
        foreach (var heading in _body!.QuerySelectorAll("h1, h2, h3, h4, h5, h6").ToList())
        {
            if (!string.IsNullOrWhiteSpace(heading.TextContent) || heading.QuerySelector("img[alt]:not([alt=''])") is not null) continue;
            Note(RemovalText.EmptyHeading(heading.LocalName, LineOf(heading)));
            heading.Remove();
        }
    }

    private void OnAttribute(RemovingAttributeEventArgs e)
    {
        if (VideoMarkup.IsOwnScript(e.Tag)) { e.Cancel = true; return; }
        if (!Inside(e.Tag) || e.Reason is RemoveReason.StyleAttributeEmpty) return;
        // A file on the writer's own computer: TB0137 says so, with the folder to put it in (Content.LocalFiles).
        if (e.Reason is RemoveReason.NotAllowedUrlValue && Content.LocalFiles.IsOnOwnComputer(e.Attribute.Value)) return;
        Note(RemovalText.Attribute(e.Tag.LocalName, e.Attribute.Name, e.Attribute.Value, e.Reason is RemoveReason.NotAllowedUrlValue,
            _noun, LineOf(e.Tag)));
    }

    /// <summary>
    /// The theme's own video script keeps its address; HtmlSanitizer would leave a relative one alone anyway. An address
    /// a browser reads otherwise than it looks (<c>/\evil.example/</c> is <c>//evil.example/</c>, another site) is written
    /// as the browser reads it, so the page says where it leads; HtmlSanitizer judges that form, scheme and all.
    /// </summary>
    private static void OnUrl(FilterUrlEventArgs e)
    {
        if (VideoMarkup.IsOwnScript(e.Tag)) { e.SanitizedUrl = e.OriginalUrl; return; }
        if (LocalFiles.IsOnOwnComputer(e.OriginalUrl)) return;
        var read = BrowserAddress.Read(e.OriginalUrl);
        if (read != e.OriginalUrl && RawParts.IsSafeAddress(read, image: e.Tag.LocalName is "img" or "source")) e.SanitizedUrl = read;
    }

    private void Note(Removal removal)
    {
        var key = removal.What;
        _removed[key] = _removed.TryGetValue(key, out var first) ? first with { Count = first.Count + 1 } : removal;
    }

    /// <summary>Whether the element is still in the body (not inside something removed whole before it).</summary>
    private bool Inside(IElement element)
    {
        for (var node = element.Parent; node is not null; node = node.Parent)
            if (ReferenceEquals(node, _body)) return true;
        return false;
    }

    /// <summary>
    /// The element's body line. SVG and MathML elements have no source position in AngleSharp: they take the line of
    /// the nearest marker comment or positioned element before them.
    /// </summary>
    private int LineOf(IElement element)
    {
        for (INode? node = element; node is not null; node = node.PreviousSibling ?? node.Parent)
        {
            if (node is IElement { SourceReference: { } source }) return _lines.BodyLine(source.Position.Position, source.Position.Line);
            if (node is IComment comment && LineMarkers.LineIn(comment.Data) is { } line) return line;
        }
        return 0;
    }
}
