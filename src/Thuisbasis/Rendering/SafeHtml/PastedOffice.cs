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
        WordLists(document);
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
        foreach (var table in body.QuerySelectorAll("table").ToList()) BoldFirstRowAsHeader(table);
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

    /// <summary>
    /// Word puts a bulleted or numbered list on the clipboard as paragraphs, <c>&lt;p style="mso-list:l0 level1 lfo1"&gt;</c>,
    /// with the bullet or number as text between <c>&lt;![if !supportLists]&gt;</c> and <c>&lt;![endif]&gt;</c> (or in a
    /// span with <c>mso-list:Ignore</c>): once the styles are gone, a screen reader hears paragraphs that start with "·".
    /// Consecutive list paragraphs of one list (<c>lfo</c>) become a <c>&lt;ul&gt;</c>, or an <c>&lt;ol&gt;</c> where the
    /// marker is a number or letter with <c>.</c> or <c>)</c>, nested by their <c>level</c>; the marker goes, the item's
    /// text and formatting stay. A paragraph whose marker is anything else ("1.1.", none) stays a paragraph, as pasted.
    /// </summary>
    private static void WordLists(IDocument document)
    {
        WordListItem? previous = null;
        INode? next = null;
        var stack = new List<(int Level, IElement List, bool Ordered)>();
        foreach (var paragraph in document.Body!.QuerySelectorAll("p[style]").ToList())
        {
            if (WordListItem.Read(paragraph) is not { } item) continue;
            if (previous is null || previous.Format != item.Format || !ReferenceEquals(next, paragraph))
                stack.Clear();
            while (stack.Count > 0 && (stack[^1].Level > item.Level || stack[^1].Level == item.Level && stack[^1].Ordered != item.Ordered))
                stack.RemoveAt(stack.Count - 1);
            if (stack.Count == 0 || stack[^1].Level < item.Level)
            {
                var list = item.NewList(document);
                if (stack.Count == 0) paragraph.Parent!.InsertBefore(list, paragraph);
                else stack[^1].List.LastElementChild!.AppendChild(list);
                stack.Add((item.Level, list, item.Ordered));
            }
            next = NextSignificant(paragraph);
            stack[^1].List.AppendChild(item.ToListItem(document));
            previous = item;
        }
    }

    /// <summary>The next sibling that is neither white space nor a comment (a line marker, Word's conditional comments).</summary>
    private static INode? NextSignificant(INode node)
    {
        for (var next = node.NextSibling; next is not null; next = next.NextSibling)
            if (next is not IComment && !(next is IText text && string.IsNullOrWhiteSpace(text.Data))) return next;
        return null;
    }

    /// <summary>One of Word's list paragraphs: its list (<c>lfo</c>), level, kind, and the nodes of its marker.</summary>
    private sealed partial class WordListItem
    {
        public required IElement Paragraph { get; init; }
        public required string Format { get; init; }
        public required int Level { get; init; }
        public required bool Ordered { get; init; }
        public required string Marker { get; init; }
        public required List<INode> Nodes { get; init; }

        public static WordListItem? Read(IElement paragraph)
        {
            var style = ListStyle().Match(paragraph.GetAttribute("style")!);
            if (!style.Success || !int.TryParse(style.Groups["level"].ValueSpan, out var level) || level is < 1 or > 9) return null;
            var nodes = MarkerNodes(paragraph);
            if (nodes is null) return null;
            // The marker is the first thing in the paragraph: text before it is text the writer typed, and stays.
            for (var node = paragraph.FirstChild; node is not null && !ReferenceEquals(node, nodes[0]); node = Following(node, paragraph))
                if (node is IText text && !string.IsNullOrWhiteSpace(text.Data)) return null;
            var marker = string.Concat(nodes.Where(n => n is not IComment).Select(n => n.TextContent)).Where(c => !char.IsWhiteSpace(c));
            var markerText = string.Concat(marker);
            bool ordered;
            if (OrderedMarker().IsMatch(markerText)) ordered = true;
            else if (markerText.Length == 1 && !char.IsDigit(markerText[0]) || markerText.Length == 2 && char.IsSurrogatePair(markerText, 0)) ordered = false;
            else return null;
            return new WordListItem
            {
                Paragraph = paragraph, Format = style.Groups["lfo"].Value, Level = level, Ordered = ordered, Marker = markerText, Nodes = nodes,
            };
        }

        /// <summary>The nodes from <c>&lt;![if !supportLists]&gt;</c> to <c>&lt;![endif]&gt;</c>, or the <c>mso-list:Ignore</c> span.</summary>
        private static List<INode>? MarkerNodes(IElement paragraph)
        {
            var start = paragraph.Descendants<IComment>().FirstOrDefault(c => c.Data.Trim().Equals("[if !supportLists]", StringComparison.OrdinalIgnoreCase));
            if (start is not null)
            {
                var nodes = new List<INode> { start };
                for (var node = start.NextSibling; node is not null; node = node.NextSibling)
                {
                    nodes.Add(node);
                    if (node is IComment end && end.Data.Trim().Equals("[endif]", StringComparison.OrdinalIgnoreCase)) return nodes;
                }
                return null;
            }
            return paragraph.Descendants<IElement>().FirstOrDefault(e => Ignore().IsMatch(e.GetAttribute("style") ?? "")) is { } span ? [span] : null;
        }

        private static INode? Following(INode node, INode root)
        {
            if (node.FirstChild is { } child) return child;
            for (; node is not null && !ReferenceEquals(node, root); node = node.Parent!)
                if (node.NextSibling is { } next) return next;
            return null;
        }

        public IElement NewList(IDocument document)
        {
            var list = document.CreateElement(Ordered ? "ol" : "ul");
            if (!Ordered) return list;
            var value = Marker.TrimStart('(')[..^1];
            if (int.TryParse(value, out var number))
            {
                if (number != 1) list.SetAttribute("start", number.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return list;
            }
            var roman = value.Length > 1 || value is "i" or "I";
            list.SetAttribute("type", roman ? (char.IsUpper(value[0]) ? "I" : "i") : (char.IsUpper(value[0]) ? "A" : "a"));
            var start = roman ? Roman(value) : char.ToLowerInvariant(value[0]) - 'a' + 1;
            if (start != 1) list.SetAttribute("start", start.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return list;
        }

        private static int Roman(string value)
        {
            var total = 0;
            var digits = value.ToLowerInvariant().Select(c => c switch { 'i' => 1, 'v' => 5, 'x' => 10, 'l' => 50, 'c' => 100, 'd' => 500, _ => 1000 }).ToList();
            for (var i = 0; i < digits.Count; i++) total += i + 1 < digits.Count && digits[i] < digits[i + 1] ? -digits[i] : digits[i];
            return total;
        }

        /// <summary>The paragraph as a list item, without its marker: its text and formatting move, the paragraph goes.</summary>
        public IElement ToListItem(IDocument document)
        {
            foreach (var node in Nodes) node.RemoveFromParent();
            var item = document.CreateElement("li");
            foreach (var name in (string[])["lang", "dir"])
                if (Paragraph.GetAttribute(name) is { } value) item.SetAttribute(name, value);
            while (Paragraph.FirstChild is { } child) item.AppendChild(child);
            Paragraph.Remove();
            return item;
        }

        [GeneratedRegex(@"mso-list\s*:\s*l\d+\s+level(?<level>\d+)\s+lfo(?<lfo>\d+)", RegexOptions.IgnoreCase)]
        private static partial Regex ListStyle();

        [GeneratedRegex(@"mso-list\s*:\s*ignore", RegexOptions.IgnoreCase)]
        private static partial Regex Ignore();

        [GeneratedRegex(@"^\(?(?:[0-9]{1,4}|[a-zA-Z]|[ivxlcdm]{2,6}|[IVXLCDM]{2,6})[.)]$")]
        private static partial Regex OrderedMarker();
    }

    /// <summary>
    /// A table from Word, Google Docs or LibreOffice has no header cells: the writer made the column names bold. When
    /// every cell of the first row is wholly bold, that row becomes the table's header (<c>&lt;th scope="col"&gt;</c> in
    /// a <c>&lt;thead&gt;</c>), so a screen reader names the column with each cell. Any other table stays as it is.
    /// </summary>
    private static void BoldFirstRowAsHeader(IElement table)
    {
        if (table.QuerySelector("thead, th") is not null) return;
        if (table.Children.FirstOrDefault(c => c.LocalName is "tbody" or "tr") is not { LocalName: "tbody" } body) return;
        if (body.Children.FirstOrDefault() is not { LocalName: "tr" } row || row.NextElementSibling is null) return;
        if (row.Children.Length == 0 || !row.Children.All(c => c.LocalName == "td" && !c.HasAttribute("rowspan") && WhollyBold(c))) return;
        var document = table.Owner!;
        foreach (var cell in row.Children.ToList())
        {
            var header = document.CreateElement("th");
            foreach (var attribute in cell.Attributes.ToList()) header.SetAttribute(attribute.Name, attribute.Value);
            header.SetAttribute("scope", "col");
            while (cell.FirstChild is { } child) header.AppendChild(child);
            // A header cell is bold of itself; the bold the writer gave it said what th says.
            foreach (var bold in header.QuerySelectorAll("b, strong").ToList()) Unwrap(bold);
            cell.Replace(header);
        }
        var head = document.CreateElement("thead");
        table.InsertBefore(head, body);
        head.AppendChild(row);
    }

    /// <summary>Whether a cell has text and all of it is inside <c>&lt;b&gt;</c> or <c>&lt;strong&gt;</c>.</summary>
    private static bool WhollyBold(IElement cell)
    {
        var texts = cell.Descendants<IText>().Where(t => !string.IsNullOrWhiteSpace(t.Data)).ToList();
        return texts.Count > 0 && cell.QuerySelector("img") is null &&
               texts.All(t => t.ParentElement?.Closest("b, strong") is { } bold && cell.Contains(bold));
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
