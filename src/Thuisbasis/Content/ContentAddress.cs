using Thuisbasis.Content.Readers;
using Thuisbasis.Content.Settings;

namespace Thuisbasis.Content;

/// <summary>
/// The slug and the address of a content file's page, made from its folder and file name alone: no front-matter key
/// changes them. The readers give each entry these, and so they are known for a file whose front matter could not be
/// read as well: the id a story names as its author (<see cref="ContentReader"/>), the address a link to it has
/// (<see cref="Pipeline.DeadTextLinks"/>).
/// </summary>
internal static class ContentAddress
{
    /// <summary>
    /// The slug and address of <paramref name="path"/> (<c>input/stories/2026-01-02-x.md</c>: <c>x</c>,
    /// <c>/verhalen/x/</c>) in <paramref name="folder"/>; the address is empty for a testimonial, which has no page.
    /// </summary>
    public static (string Slug, string Url) Of(string folder, string path, SiteSettings settings)
    {
        var slug = folder switch
        {
            "pages" => string.Join('/', PageName(path).Split('/').Select(Slug.From)),
            "team" => Slug.From(Path.GetFileNameWithoutExtension(path)), // the whole name, date and all: the id `author` names
            _ => Slug.FromFileName(path),
        };
        var url = folder switch
        {
            "pages" => PageReader.RoleOf(path) is { } role ? settings.Pages[role].Url : $"/{slug}/",
            "stories" => $"/verhalen/{slug}/",
            "vacancies" => $"/vacatures/{slug}/",
            "services" => $"{settings.Pages["services"].Url}{slug}/",
            "team" => $"/auteur/{slug}/",
            "activities" => $"/activiteiten/{slug}/",
            _ => "",
        };
        return (slug, url);
    }

    /// <summary>The address of the page of a content file by its path alone (<c>input/stories/x.md</c>); empty when it has none.</summary>
    public static string UrlOf(string path, SiteSettings settings)
    {
        var parts = path.Split('/');
        return parts.Length > 2 && parts[0] == ContentReader.InputFolder ? Of(parts[1], path, settings).Url : "";
    }

    /// <summary>A page's path under <c>input/pages/</c> without its extension (<c>over/bestuur</c>), which is also its role.</summary>
    public static string PageName(string path)
    {
        var relative = path["input/pages/".Length..];
        return relative[..^Path.GetExtension(relative).Length];
    }
}
