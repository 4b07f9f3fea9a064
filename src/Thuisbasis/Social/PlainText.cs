using System.Globalization;
using Markdig;
using Markdig.Parsers;

namespace Thuisbasis.Social;

/// <summary>
/// A writer's one-line text (a <c>summary:</c> or <c>description:</c>) as the networks show it: plain words. Writers put
/// Markdown (<c>**gratis**</c>, <c>[link](/x/)</c>) and pasted HTML (<c>&lt;br&gt;</c>, <c>&amp;amp;</c>) in it; a preview
/// on Facebook or a post would show the asterisks and tags as they are.
/// </summary>
public static class PlainText
{
    /// <summary>Inline Markdown only: a summary that starts with <c>2026.</c>, <c>-</c> or <c>#</c> stays one sentence,
    /// not a list or a heading whose marker disappears.</summary>
    private static readonly MarkdownPipeline Inline = Build();

    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder();
        builder.BlockParsers.RemoveAll(p => p is not ParagraphBlockParser);
        return builder.Build();
    }

    public static string Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        if (text.IndexOfAny(['*', '_', '`', '[', '<', '&', '\\', '~']) < 0) return Collapse(text);
        string plain;
        try { plain = Markdown.ToPlainText(text, Inline); }
        catch (ArgumentException) { return Collapse(text); } // nested too deeply for Markdig: keep the words as written
        return Collapse(plain);
    }

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// The longest start of <paramref name="text"/> of at most <paramref name="max"/> UTF-16 units that ends between two
    /// characters as a reader sees them: an emoji (two units, or a family of several joined ones) or a letter with its
    /// accent is never split, which would leave half a character that shows as <c>�</c>.
    /// </summary>
    public static string Prefix(string text, int max)
    {
        if (text.Length <= max) return text;
        var end = 0;
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            var next = e.ElementIndex + ((string)e.Current).Length;
            if (next > max) break;
            end = next;
        }
        return text[..end];
    }
}
