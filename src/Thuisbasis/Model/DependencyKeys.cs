using Thuisbasis.Content;

namespace Thuisbasis.Model;

/// <summary>
/// Names for the things a rendered page can depend on: every value with an identity (<see cref="IHasIdentity"/>: a
/// content record by <c>src:</c> and its path, a view of one by <c>view:</c>, tag and author indexes by slug and id),
/// a top-level collection of the site by <c>site:</c> and its template name (<c>site:stories</c>), a part of the build
/// that code reads (the image facts) by <c>part:</c> and its type's name, and a layout or partial of the theme by
/// <c>theme:</c> and its path in the theme (<c>theme:partials/footer.sbn-html</c>).
/// </summary>
public static class DependencyKeys
{
    public static string SiteMember(string member) => "site:" + member;

    /// <summary>Separates an object's key from a member name; <c>*</c> stands for the whole object.</summary>
    public const char MemberSeparator = '#';

    /// <summary>The key of one member of an object with an identity: <c>view:input/stories/x.md#title</c>.</summary>
    public static string Member(string objectKey, string member) => objectKey + MemberSeparator + member;

    /// <summary>The whole site (every top-level collection).</summary>
    public static readonly string WholeSite = SiteMember("*");

    /// <summary>
    /// A part of the build that another layer made from the site (see <see cref="Site.Part{T}"/>), read by code: the image
    /// facts. Its fingerprint is the part's own (its public properties).
    /// </summary>
    public static string Part(Type type) => "part:" + type.Name;

    /// <summary>
    /// A layout or partial a page was rendered with, by its path in the theme: its fingerprint is where it is found (a file
    /// in <c>overrides/</c> wins) and the text it was compiled from.
    /// </summary>
    public static string ThemeFile(string relative) => "theme:" + relative;

    /// <summary>The key of an object with an identity of its own, or null for plain values (tag links, pagers, dates).</summary>
    public static string? Of(object value) => PartsOf(value) is var (kind, id) ? kind + id : null;

    /// <summary>The key of <see cref="Of"/> in its two parts (kind and id), for callers that need not build the string.</summary>
    public static (string Kind, string Id)? PartsOf(object value) => value is IHasIdentity i ? i.Identity : null;
}
