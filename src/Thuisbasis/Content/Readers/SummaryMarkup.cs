using System.Text.RegularExpressions;

namespace Thuisbasis.Content.Readers;

/// <summary>
/// Markdown or HTML written in a <c>summary</c>. The summary is plain text wherever it goes (listings, the meta
/// description, feeds, and so every post Buffer, Hootsuite or Mailchimp makes of it), so <c>**gratis**</c> reaches
/// social media with its stars. Only unmistakable markup counts: a lone <c>*</c>, <c>&lt;</c> or bracket is ordinary text.
/// </summary>
internal static partial class SummaryMarkup
{
    /// <summary>The first piece of markup in <paramref name="summary"/> as written (<c>**</c>, <c>&lt;b&gt;</c>, a whole link), or null.</summary>
    public static string? Find(string summary)
    {
        if (Link().Match(summary) is { Success: true } link) return link.Value;
        if (Tag().Match(summary) is { Success: true } tag) return tag.Value;
        if (Strong().IsMatch(summary)) return "**";
        if (Underscores().IsMatch(summary)) return "__";
        return null;
    }

    /// <summary>
    /// The warning, at the value. A <c>title</c> is plain text as well: in the tab, the agenda in a calendar app and every
    /// post, <c>&lt;b&gt;</c> or <c>**</c> stand there as written.
    /// </summary>
    public static void Check(FieldReader r, string? summary, string key = "summary")
    {
        if (summary is null || Find(summary) is not { } markup) return;
        r.Diagnostics.Warning("TB0290", r.At(key),
            $"De `{key}` is gewone tekst: `{markup}` komt zo, met alle tekens, in de overzichten en in de berichten op sociale media en in de nieuwsbrief.",
            key == "title" ? "Schrijf de titel zonder opmaak of link; vet of een link horen in de tekst onder de streepjes."
                : "Schrijf de samenvatting zonder opmaak of link; zet een link in de tekst onder de streepjes.");
    }

    [GeneratedRegex(@"\[[^\[\]\n]+\]\([^()\s]+\)", RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9]*(\s[^<>]*)?/?>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\*\*[^\s*][^*]*\*\*", RegexOptions.CultureInvariant)]
    private static partial Regex Strong();

    [GeneratedRegex(@"(?<!\w)__[^\s_][^_]*__(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex Underscores();
}
