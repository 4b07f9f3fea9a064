using System.Text.RegularExpressions;
using Thuisbasis.Content;
using Thuisbasis.Model;

namespace Thuisbasis.Rendering;

/// <summary>
/// Ids in a body that is shown next to others of its kind on one page: the quotes of testimonials (home, clients, extra
/// and service pages) and the bios of the team (about us). Markdig gives every body the same ids for the same headings
/// (<c>wat-we-doen</c>) and footnotes (<c>fn:1</c>), so two such bodies on one page had the same id twice, and a
/// footnote link jumped to the first quote's note. Each id gets the file's slug in front, and every link to it within the
/// body follows. Only the start tags are touched; the rest stays byte for byte as it was.
/// </summary>
public static partial class BodyIds
{
    /// <summary>The prefix for a body shown among others, or null for a body that has a page to itself.</summary>
    public static string? PrefixFor(Entry entry)
    {
        var parts = entry.SourcePath.Split('/');
        return parts.Length > 2 && parts[0] == "input" ? parts[1] switch
        {
            "testimonials" => $"aanbeveling-{entry.Slug}-",
            "team" => $"{entry.Slug}-",
            _ => null,
        } : null;
    }

    public static RawHtml Prefix(RawHtml body, string prefix)
    {
        if (!body.Value.Contains(" id=\"", StringComparison.Ordinal)) return body;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match tag in StartTag().Matches(body.Value))
            foreach (Match id in IdAttribute().Matches(tag.Value)) ids.Add(id.Groups[1].Value);
        if (ids.Count == 0) return body;
        var html = StartTag().Replace(body.Value, tag =>
        {
            var value = IdAttribute().Replace(tag.Value, id => $" id=\"{prefix}{id.Groups[1].Value}\"");
            return LocalLink().Replace(value, link => ids.Contains(link.Groups[1].Value) ? $" href=\"#{prefix}{link.Groups[1].Value}\"" : link.Value);
        });
        return new RawHtml(html);
    }

    [GeneratedRegex(@"<[a-zA-Z][a-zA-Z0-9]*\s[^<>]{0,4000}>", RegexOptions.CultureInvariant)]
    private static partial Regex StartTag();

    [GeneratedRegex(@"\sid=""([^""]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"\shref=""#([^""]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex LocalLink();
}
