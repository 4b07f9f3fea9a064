using Thuisbasis.Content;

namespace Thuisbasis.Pipeline;

/// <summary>
/// Names for the things a rendered page can depend on: every value with an identity (<see cref="IHasIdentity"/>: a
/// content record by <c>src:</c> and its path, a view of one by <c>view:</c>, tag and author indexes by slug and id),
/// and a top-level collection of the site by <c>site:</c> and its template name (<c>site:stories</c>).
/// </summary>
public static class DependencyKeys
{
    public static string SiteMember(string member) => "site:" + member;

    /// <summary>The whole site (every top-level collection).</summary>
    public static readonly string WholeSite = SiteMember("*");

    /// <summary>The key of an object with an identity of its own, or null for plain values (tag links, pagers, dates).</summary>
    public static string? Of(object value) => PartsOf(value) is var (kind, id) ? kind + id : null;

    /// <summary>The key of <see cref="Of"/> in its two parts (kind and id), for callers that need not build the string.</summary>
    public static (string Kind, string Id)? PartsOf(object value) => value is IHasIdentity i ? i.Identity : null;
}
