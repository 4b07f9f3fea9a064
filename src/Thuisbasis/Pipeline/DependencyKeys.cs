using Thuisbasis.Content;

namespace Thuisbasis.Pipeline;

/// <summary>
/// Names for the things a rendered page can depend on. A view of one content file (story, person, page…) is keyed by
/// its source path; the original record behind it by <c>src:</c> and its path; tag and author indexes by slug and id;
/// a top-level collection of the site by <c>site:</c> and its template name (<c>site:stories</c>).
/// </summary>
public static class DependencyKeys
{
    public static string SiteMember(string member) => "site:" + member;

    /// <summary>The whole site (every top-level collection).</summary>
    public static readonly string WholeSite = SiteMember("*");

    /// <summary>The key of an object with an identity of its own, or null for plain values (tag links, pagers, dates).</summary>
    public static string? Of(object value) => PartsOf(value) is var (kind, id) ? kind + id : null;

    /// <summary>The key of <see cref="Of"/> in its two parts (kind and id), for callers that need not build the string.</summary>
    public static (string Kind, string Id)? PartsOf(object value) => value switch
    {
        StoryView v => ("view:", v.SourcePath),
        VacancyView v => ("view:", v.SourcePath),
        ServiceView v => ("view:", v.SourcePath),
        TestimonialView v => ("view:", v.SourcePath),
        PersonView v => ("view:", v.SourcePath),
        PageView v => ("view:", v.SourcePath),
        ActivityView v => ("view:", v.SourcePath),
        Activity s => ("src:", s.Entry.SourcePath),
        ActivityIndexEntry t => ("activities:", t.Url),
        Story s => ("src:", s.Entry.SourcePath),
        Vacancy s => ("src:", s.Entry.SourcePath),
        Service s => ("src:", s.Entry.SourcePath),
        Testimonial s => ("src:", s.Entry.SourcePath),
        Person s => ("src:", s.Entry.SourcePath),
        Page s => ("src:", s.Entry.SourcePath),
        TagIndexEntry t => ("tag:", t.Slug),
        AuthorIndexEntry a => ("author:", a.Person.Id),
        _ => null,
    };
}
