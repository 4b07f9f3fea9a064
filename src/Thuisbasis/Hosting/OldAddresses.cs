using System.Text;
using System.Text.RegularExpressions;
using Thuisbasis.Model;

namespace Thuisbasis.Hosting;

/// <summary>
/// The old addresses of the site's pages (<c>redirect_from</c>) as Netlify matches the rules <see cref="RedirectsGenerator"/>
/// writes: a link to one works, since the host sends the reader on to the page. The build (<see cref="Pipeline.DeadTextLinks"/>)
/// and <c>check</c> (<see cref="Checks.LinkChecker"/>) ask it before they call a link dead.
/// </summary>
public sealed class OldAddresses
{
    public static readonly OldAddresses None = new([]);

    private readonly Dictionary<string, List<Redirect>> _exact = new(StringComparer.Ordinal);
    private readonly List<(Regex Pattern, Redirect Rule)> _patterns = [];

    /// <param name="rules">In Netlify's order (<see cref="RedirectRules.Unique"/>): the first rule that matches wins.</param>
    public OldAddresses(IReadOnlyList<Redirect> rules)
    {
        foreach (var r in rules)
            if (r.IsPattern) _patterns.Add((Pattern(r.Path), r));
            else if (_exact.TryGetValue(Redirect.Key(r.Path), out var list)) list.Add(r);
            else _exact[Redirect.Key(r.Path)] = [r];
    }

    /// <summary>
    /// The old addresses of the pages on the site in this build (only pages that name one make anything), and of the
    /// photos whose file feeds gave moved (<see cref="RedirectsGenerator.EarlierPhotoAddresses"/>): a link to one is a
    /// link to an old address, with the new one to write.
    /// </summary>
    public static OldAddresses Of(Site site) =>
        RedirectRules.Unique(site).Concat(RedirectsGenerator.EarlierPhotoAddresses(site)).ToList() is { Count: > 0 } rules ? new OldAddresses(rules) : None;

    /// <summary>
    /// The rule a browser that asks for <paramref name="path"/> (decoded, without query) with <paramref name="query"/>
    /// (without <c>?</c>, may be empty) follows, or null. A rule with a query needs each of its <c>name=value</c> pairs
    /// in the link's query; a rule without one matches any query, as on Netlify.
    /// </summary>
    public Redirect? Find(string path, string query)
    {
        if (_exact.Count == 0 && _patterns.Count == 0) return null;
        if (_exact.TryGetValue(Redirect.Key(path), out var rules) && rules.FirstOrDefault(r => HasPairs(query, r.Query)) is { } exact) return exact;
        foreach (var (pattern, rule) in _patterns)
            if (HasPairs(query, rule.Query) && pattern.IsMatch(path)) return rule;
        return null;
    }

    private static bool HasPairs(string query, string? needed)
    {
        if (needed is null) return true;
        var pairs = query.Split('&', StringSplitOptions.RemoveEmptyEntries);
        return needed.Split('&', StringSplitOptions.RemoveEmptyEntries).All(p => pairs.Contains(p, StringComparer.Ordinal));
    }

    /// <summary>A splat (<c>/nieuws/*</c>: the folder and everything in it) or placeholders (<c>/:jaar/</c>: one part each).</summary>
    private static Regex Pattern(string path)
    {
        var regex = new StringBuilder("^");
        foreach (var part in Redirect.Key(path).Split('/', StringSplitOptions.RemoveEmptyEntries))
            regex.Append(part == "*" ? "(?:/.*)?" : part.StartsWith(':') ? "/[^/]+" : "/" + Regex.Escape(part));
        return new Regex(regex.Append("/?$").ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline);
    }
}
