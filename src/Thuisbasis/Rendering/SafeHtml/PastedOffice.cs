using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Thuisbasis.Rendering.SafeHtml;

/// <summary>
/// What Google Docs, Word, LibreOffice and webmail put around pasted text that the sanitizer alone would turn into
/// something the writer did not mean, or into HTML that is not HTML. Nothing here removes text.
/// </summary>
internal static partial class PastedOffice
{
    /// <summary>
    /// Before cleaning, while the <c>style</c> attributes still say what they mean. Google Docs wraps everything it puts
    /// on the clipboard in <c>&lt;b style="font-weight:normal" id="docs-internal-guid-…"&gt;</c> and marks bold and italic
    /// words with a style on a <c>&lt;span&gt;</c>: once the styles are gone, the whole text would be bold and the words
    /// meant bold no longer. The wrapper goes (it also came out twice, with the same id, where a paragraph split it), and
    /// a bold or italic span holds a <c>&lt;strong&gt;</c> or <c>&lt;em&gt;</c>.
    /// </summary>
    public static void BeforeCleaning(IDocument document)
    {
        foreach (var b in document.Body!.QuerySelectorAll("b").ToList())
            if (b.Id?.StartsWith("docs-internal-guid-", StringComparison.Ordinal) == true || NotBold().IsMatch(b.GetAttribute("style") ?? ""))
                Unwrap(b);
        foreach (var span in document.Body!.QuerySelectorAll("span[style]").ToList())
        {
            var style = span.GetAttribute("style")!;
            if (Bold().IsMatch(style)) WrapContent(document, span, "strong");
            if (Italic().IsMatch(style)) WrapContent(document, span, "em");
        }
    }

    /// <summary>
    /// After cleaning: lists that hold only list items (a <c>&lt;p&gt;</c> or <c>&lt;div&gt;</c> straight in a
    /// <c>&lt;ul&gt;</c> or <c>&lt;ol&gt;</c>, as webmail and web editors paste them, is no HTML, and a screen reader
    /// counts the items wrong), widths only on images (<c>&lt;td width&gt;</c> from Word and LibreOffice tables is no
    /// longer HTML; the site lays tables out itself), and no empty links left over from Word's bookmarks.
    /// </summary>
    public static void AfterCleaning(IElement body)
    {
        foreach (var list in body.QuerySelectorAll("ul, ol").ToList()) OnlyItems(list);
        foreach (var element in body.QuerySelectorAll("[width], [height]").ToList())
            if (element.LocalName is not ("img" or "source"))
            {
                element.RemoveAttribute("width");
                element.RemoveAttribute("height");
            }
        // <a name="_GoBack"></a> loses its name in cleaning (reported) and is then an empty tag: a link without text is
        // one a screen reader announces as "link" and nothing more. An empty <a id> stays: writers jump to it.
        foreach (var link in body.QuerySelectorAll("a:not([id])").ToList())
            if (string.IsNullOrWhiteSpace(link.TextContent) && link.QuerySelector("img") is null)
                link.Remove();
    }

    /// <summary>
    /// A wrapper around list items (<c>&lt;ol&gt;&lt;div&gt;&lt;li&gt;…</c>) gives its items back to the list; what else
    /// stands in the list stays in the text where it was: before the first item above the list, after the last item below
    /// it, and between two items at the end of the one before it.
    /// </summary>
    private static void OnlyItems(IElement list)
    {
        while (list.Children.FirstOrDefault(c => c.LocalName != "li" && c.Children.Any(i => i.LocalName == "li")) is { } wrapper)
            Unwrap(wrapper);
        var nodes = list.ChildNodes.ToList();
        var first = nodes.FindIndex(n => n is IElement { LocalName: "li" });
        var last = nodes.FindLastIndex(n => n is IElement { LocalName: "li" });
        INode? after = list;
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            if (node is IElement { LocalName: "li" } || node is IText text && string.IsNullOrWhiteSpace(text.Data)) continue;
            if (first < 0 || i < first) list.Parent!.InsertBefore(node, list);
            else if (i > last)
            {
                list.Parent!.InsertBefore(node, after!.NextSibling);
                after = node;
            }
            else nodes.Take(i).OfType<IElement>().Last(e => e.LocalName == "li").AppendChild(node);
        }
        if (first < 0) list.Remove();
    }

    private static void Unwrap(IElement element)
    {
        var parent = element.Parent!;
        while (element.FirstChild is { } child) parent.InsertBefore(child, element);
        element.Remove();
    }

    private static void WrapContent(IDocument document, IElement element, string tag)
    {
        var wrapper = document.CreateElement(tag);
        while (element.FirstChild is { } child) wrapper.AppendChild(child);
        element.AppendChild(wrapper);
    }

    [GeneratedRegex(@"(?:^|;)\s*font-weight\s*:\s*(?:normal|[1-4]00)\s*(?:;|$)", RegexOptions.IgnoreCase)]
    private static partial Regex NotBold();

    [GeneratedRegex(@"(?:^|;)\s*font-weight\s*:\s*(?:bold|bolder|[6-9]00)\s*(?:;|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Bold();

    [GeneratedRegex(@"(?:^|;)\s*font-style\s*:\s*italic\s*(?:;|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Italic();
}
