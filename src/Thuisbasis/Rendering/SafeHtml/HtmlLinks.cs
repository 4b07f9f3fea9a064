using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Thuisbasis.Rendering.SafeHtml;

/// <summary>
/// Links to addresses of this site in pasted HTML (<c>&lt;a href="/werkwijze/"&gt;</c>), at the place of their address in
/// the body, as <see cref="LinkAddresses"/> finds them in Markdown. Only links that end up on the page count: each
/// <c>&lt;a&gt;</c> tag gets a numbered attribute before the body becomes HTML, and the numbers still on an
/// <c>&lt;a href&gt;</c> once the sanitizer is done (or, with raw HTML allowed, once the HTML is parsed as a browser
/// would) are the links kept. The attribute is taken out again; the page is as it would have been without it.
/// </summary>
internal static partial class HtmlLinks
{
    public const string Attribute = "data-tb-link";

    /// <summary>
    /// Finds the <c>&lt;a href&gt;</c> tags in a raw part of the body (an HTML block or inline tag), marks them and adds
    /// the place of their address to <paramref name="found"/>, numbered by their place in it.
    /// </summary>
    public static void Mark(MarkdownObject node, string markdown, ref List<(int Line, int Column)>? found)
    {
        switch (node)
        {
            case HtmlInline inline when MayHaveLink(inline.Tag):
            {
                // The tag as written, when Markdig's text of it is the body's (not across the > of a quote).
                var start = inline.Span.Start;
                var exact = start >= 0 && start + inline.Tag.Length <= markdown.Length &&
                            markdown.AsSpan(start, inline.Tag.Length).SequenceEqual(inline.Tag);
                inline.Tag = MarkIn(inline.Tag, i => exact ? At(markdown, start + i) : (inline.Line, inline.Column), ref found);
                break;
            }
            case HtmlBlock block when block.Lines.Count > 0 && MayHaveLink(block.Lines):
            {
                // The block's lines joined, with each character's place in the body.
                var text = new StringBuilder();
                var places = new List<int>();
                for (var l = 0; l < block.Lines.Count; l++)
                {
                    var slice = block.Lines.Lines[l].Slice;
                    var same = ReferenceEquals(slice.Text, markdown);
                    for (var i = slice.Start; i <= slice.End; i++)
                    {
                        text.Append(slice.Text[i]);
                        places.Add(same ? i : -1);
                    }
                    text.Append('\n');
                    places.Add(-1);
                }
                var joined = text.ToString();
                var marked = MarkIn(joined, i => places[i] >= 0 ? At(markdown, places[i]) : (block.Line, block.Column), ref found);
                if (ReferenceEquals(marked, joined)) return;
                // Each line gets its marked text back, so the block keeps its lines.
                var lines = marked.Split('\n');
                for (var l = 0; l < block.Lines.Count; l++)
                    block.Lines.Lines[l].Slice = new StringSlice(lines[l]);
                break;
            }
        }
    }

    /// <summary>
    /// The links to addresses of this site among <paramref name="found"/> that are still an <c>&lt;a href&gt;</c> in
    /// <paramref name="root"/> (the sanitized body), by the address on the page as a browser reads it, with the numbered
    /// attribute taken off every element (see <see cref="Unmark"/> for the rest).
    /// </summary>
    /// <param name="ownSite">The site's <c>url</c>: a full address on its domain is checked as the site path it reaches.</param>
    public static IEnumerable<SiteLink> Kept(IElement root, IReadOnlyList<(int Line, int Column)> found, string? ownSite = null)
    {
        var kept = new List<SiteLink>();
        foreach (var element in root.QuerySelectorAll($"[{Attribute}]").ToList())
        {
            if (element.LocalName == "a" && element.GetAttribute("href") is { } value &&
                int.TryParse(element.GetAttribute(Attribute), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n < found.Count &&
                (Content.BrowserAddress.OwnPath(value, ownSite) ?? Content.BrowserAddress.Read(value).Trim()) is var href &&
                !Content.BrowserAddress.IsOtherSite(href) && LinkAddresses.IsSiteAddress(href))
                kept.Add(new SiteLink(found[n].Line, found[n].Column, href));
            element.RemoveAttribute(Attribute);
        }
        return kept;
    }

    /// <summary>
    /// With raw HTML allowed: the links of <paramref name="found"/> that a browser reads as links in <paramref name="html"/>
    /// (not inside a comment or a script), and the HTML without the numbered attributes, exactly as it was written.
    /// </summary>
    public static (string Html, IEnumerable<SiteLink> Kept) KeptInRaw(string html, IReadOnlyList<(int Line, int Column)> found, string? ownSite = null)
    {
        using var document = new HtmlParser().ParseDocument("<!doctype html><html><body>" + html);
        var kept = Kept(document.Body!, found, ownSite).ToList();
        return (Unmark(html), kept);
    }

    /// <summary><paramref name="html"/> without the numbered attributes that are left as text (in a comment, a script, another attribute's value).</summary>
    public static string Unmark(string html) => html.Contains(Attribute, StringComparison.Ordinal) ? Marker().Replace(html, "") : html;

    /// <summary>A cheap test before any work: a tag that starts with <c>&lt;a</c> and has <c>href</c>.</summary>
    private static bool MayHaveLink(string html) =>
        html.Contains("<a", StringComparison.OrdinalIgnoreCase) && html.Contains("href", StringComparison.OrdinalIgnoreCase);

    /// <summary>The same test over an HTML block's lines, before they are joined.</summary>
    private static bool MayHaveLink(StringLineGroup lines)
    {
        bool tag = false, href = false;
        for (var l = 0; l < lines.Count; l++)
        {
            var line = lines.Lines[l].Slice.AsSpan();
            tag |= line.Contains("<a", StringComparison.OrdinalIgnoreCase);
            href |= line.Contains("href", StringComparison.OrdinalIgnoreCase);
        }
        return tag && href;
    }

    /// <summary>The 0-based body line and column of the character at <paramref name="index"/> of the body.</summary>
    private static (int Line, int Column) At(string markdown, int index)
    {
        var newline = index == 0 ? -1 : markdown.LastIndexOf('\n', index - 1);
        return (markdown.AsSpan(0, index).Count('\n'), index - newline - 1);
    }

    /// <summary>
    /// <paramref name="html"/> with the numbered attribute in every <c>&lt;a&gt;</c> tag with an <c>href</c>, read as HTML
    /// reads a tag's attributes; <paramref name="place"/> gives the body place of an index.
    /// </summary>
    private static string MarkIn(string html, Func<int, (int Line, int Column)> place, ref List<(int Line, int Column)>? found)
    {
        StringBuilder? marked = null;
        var copied = 0;
        for (var at = html.IndexOf('<'); at >= 0 && at + 2 < html.Length; at = html.IndexOf('<', at + 1))
        {
            if (html[at + 1] is not ('a' or 'A') || !char.IsWhiteSpace(html[at + 2]) && html[at + 2] != '/') continue;
            if (HrefIn(html, at + 2) is not ({ }, var valueAt)) continue;
            found ??= [];
            marked ??= new StringBuilder(html.Length + 32);
            marked.Append(html, copied, at + 2 - copied).Append(' ').Append(Attribute).Append('=')
                .Append(found.Count.ToString(CultureInfo.InvariantCulture));
            copied = at + 2;
            found.Add(place(valueAt));
        }
        return marked is null ? html : marked.Append(html, copied, html.Length - copied).ToString();
    }

    /// <summary>The first <c>href</c> value of the tag whose attributes start at <paramref name="i"/>, and where the value starts.</summary>
    private static (string? Value, int At) HrefIn(string html, int i)
    {
        while (i < html.Length)
        {
            while (i < html.Length && (char.IsWhiteSpace(html[i]) || html[i] == '/')) i++;
            if (i >= html.Length || html[i] == '>') return (null, -1);
            var nameStart = i;
            while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('/' or '>' or '=')) i++;
            var isHref = html.AsSpan(nameStart, i - nameStart).Equals("href", StringComparison.OrdinalIgnoreCase);
            while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
            if (i >= html.Length || html[i] != '=') continue;
            i++;
            while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
            if (i >= html.Length) return (null, -1);
            int start, end;
            if (html[i] is '"' or '\'')
            {
                start = i + 1;
                end = html.IndexOf(html[i], start);
                if (end < 0) return (null, -1);
                i = end + 1;
            }
            else
            {
                start = i;
                while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>') i++;
                end = i;
            }
            if (isHref) return (html[start..end], start);
        }
        return (null, -1);
    }

    // Unquoted, so that inside another attribute's value (an alt text that shows a tag) it changes nothing either.
    [GeneratedRegex(" " + Attribute + "=[0-9]+(?![0-9])")]
    private static partial Regex Marker();
}
