using System.Text.RegularExpressions;
using Thuisbasis.Content;
using Thuisbasis.Model;

namespace Thuisbasis.Rendering;

/// <summary>
/// Ids in a body that are unique on the page around it. Markdig gives every body the same ids for the same headings
/// (<c>wat-we-doen</c>) and footnotes (<c>fn:1</c>), and a heading can have the id of something of the theme's
/// (<c>## Inhoud</c> and the main landmark, <c>inhoud</c>, which the skip link leads to). So a body shown next to others
/// of its kind on one page (testimonials' quotes on home, clients, extra and service pages; the team's bios on about us)
/// gets the file's slug in front of each id, and in any other body an id of the theme gets a number after it. Links to
/// those ids within the body follow. Only start tags are touched; the rest stays byte for byte as it was.
/// </summary>
public static partial class BodyIds
{
    /// <summary>
    /// The ids the default theme's layouts and partials write themselves (held to the theme by a test). An id the theme
    /// makes from a value (<c>groep-1</c>, a person's id) is not here.
    /// </summary>
    public static readonly IReadOnlySet<string> OfTheTheme = new HashSet<string>(StringComparer.Ordinal)
    {
        "about-team", "author-stories", "clients-quotes", "clients-stories", "contact-bericht", "contact-details", "contact-email",
        "contact-form-title", "contact-naam", "contact-telefoon", "extra-quotes", "extra-stories", "extra-vacancies", "footer-contact",
        "footer-pages", "footer-social", "gaat-niet-door", "home-activities", "home-quotes", "home-services", "home-stories",
        "home-vacancies", "inhoud", "kop-zoekterm", "newsletter-email", "newsletter-title", "probleem-melden", "service-activities",
        "services-list", "share-title", "status", "tag-vacancies", "wat-wij-doen", "zoeken-misschien", "zoekterm", "zoekterm-uitleg",
    };

    /// <summary>The body with ids of its own on any page it is shown on.</summary>
    public static RawHtml ForPage(Entry entry, RawHtml body)
    {
        if (!body.Value.Contains(" id=\"", StringComparison.Ordinal)) return body;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match tag in StartTag().Matches(body.Value))
            foreach (Match id in IdAttribute().Matches(tag.Value)) ids.Add(id.Groups[1].Value);
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        var prefix = PrefixFor(entry);
        foreach (var id in ids)
        {
            if (prefix is not null) renamed[id] = prefix + id;
            else if (OfTheTheme.Contains(id)) renamed[id] = Free(id, ids);
        }
        if (renamed.Count == 0) return body;
        return new RawHtml(StartTag().Replace(body.Value, tag =>
        {
            var value = IdAttribute().Replace(tag.Value, id => renamed.TryGetValue(id.Groups[1].Value, out var to) ? $" id=\"{to}\"" : id.Value);
            return LocalLink().Replace(value, link => renamed.TryGetValue(link.Groups[1].Value, out var to) ? $" href=\"#{to}\"" : link.Value);
        }));
    }

    /// <summary>The prefix for a body shown among others of its kind, or null for a body that has a page to itself.</summary>
    private static string? PrefixFor(Entry entry)
    {
        var parts = entry.SourcePath.Split('/');
        return parts.Length > 2 && parts[0] == "input" ? parts[1] switch
        {
            "testimonials" => $"aanbeveling-{entry.Slug}-",
            "team" => $"{entry.Slug}-",
            _ => null,
        } : null;
    }

    /// <summary><paramref name="id"/> with the first number after it that neither the body nor the theme uses (<c>inhoud-1</c>).</summary>
    private static string Free(string id, HashSet<string> inBody)
    {
        for (var n = 1; ; n++)
            if (!inBody.Contains($"{id}-{n}") && !OfTheTheme.Contains($"{id}-{n}")) return $"{id}-{n}";
    }

    [GeneratedRegex(@"<[a-zA-Z][a-zA-Z0-9]*\s[^<>]{0,4000}>", RegexOptions.CultureInvariant)]
    private static partial Regex StartTag();

    [GeneratedRegex(@"\sid=""([^""]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"\shref=""#([^""]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex LocalLink();
}
