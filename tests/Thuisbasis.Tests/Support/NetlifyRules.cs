using System.Text.RegularExpressions;

namespace Thuisbasis.Tests.Support;

/// <summary>One path of <c>_headers</c> with its headers, and the pattern Netlify matches request paths with.</summary>
public sealed record NetlifyHeaderRule(string For, IReadOnlyDictionary<string, string> Values, Regex Pattern);

/// <summary>One line of <c>_redirects</c> as Netlify reads it: <c>from [query…] [to] [status[!]] [conditions…]</c>.</summary>
public sealed record NetlifyRedirectRule(string From, IReadOnlyDictionary<string, string?> Query, string? To, string? Status, bool Force, int Line)
{
    public int? StatusCode => Status is { } s && int.TryParse(s.TrimEnd('!'), out var n) ? n : null;
}

/// <summary>
/// Netlify's <c>_headers</c> and <c>_redirects</c> read the way Netlify's own parsers read them (netlify/build,
/// packages/headers-parser and packages/redirect-parser), so a test sees what Netlify would do with our files, not
/// what we meant: a token split at a space, a status that is not a number, a path pattern that matches more than
/// intended, headers of overlapping paths joined with a comma.
/// Shared by the unit tests and the browser tests (which link this file).
/// </summary>
public static class NetlifyRules
{
    public static (IReadOnlyList<NetlifyHeaderRule> Rules, IReadOnlyList<string> Errors) ParseHeaders(string text)
    {
        var rules = new List<(string For, Dictionary<string, string> Values)>();
        var errors = new List<string>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith('/')) { rules.Add((line, new Dictionary<string, string>())); continue; }
            var colon = line.IndexOf(':');
            if (colon < 0) continue; // Netlify skips such a line without a word
            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Length == 0) { errors.Add($"line {i + 1}: missing header name"); continue; }
            if (value.Length == 0) { errors.Add($"line {i + 1}: missing header value"); continue; }
            if (rules.Count == 0) { errors.Add($"line {i + 1}: path should come before header \"{name}\""); continue; }
            var values = rules[^1].Values;
            values[name] = values.TryGetValue(name, out var before) ? $"{before}, {value}" : value;
        }
        // Netlify normalises "a ,b" to "a, b" and drops a path without headers.
        return (rules.Where(r => r.Values.Count > 0)
            .Select(r => new NetlifyHeaderRule(r.For, r.Values.ToDictionary(v => v.Key, v => Regex.Replace(v.Value, @"\s*,\s*", ", ")),
                ForPattern(r.For)))
            .ToList(), errors);
    }

    /// <summary>The headers Netlify sends for <paramref name="path"/>: every matching rule, equal names joined with ", ".</summary>
    public static Dictionary<string, string> HeadersFor(IEnumerable<NetlifyHeaderRule> rules, string path)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in rules.Where(r => r.Pattern.IsMatch(path)))
            foreach (var (name, value) in rule.Values)
                result[name] = result.TryGetValue(name, out var before) ? $"{before}, {value}" : value;
        return result;
    }

    /// <summary>As headers-parser's <c>getForRegExp</c>: <c>:name</c> is one segment, a lone <c>*</c> anything, case ignored.</summary>
    public static Regex ForPattern(string forPath)
    {
        var parts = forPath.Split('/').Select(p => p.TrimEnd()).Where(p => p.Length > 0).Select(part =>
            part.StartsWith(':') ? "([^/]+)"
            : part == "*" ? "?(.*)"
            : part.Contains('*') ? part.Replace("*", "(.*)")
            : Regex.Escape(part));
        return new Regex($"^/{string.Join('/', parts)}/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    public static (IReadOnlyList<NetlifyRedirectRule> Rules, IReadOnlyList<string> Errors) ParseRedirects(string text)
    {
        var rules = new List<NetlifyRedirectRule>();
        var errors = new List<string>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var tokens = Regex.Split(line, @"\s+").TakeWhile(t => !t.StartsWith('#')).ToList();
            var (from, parts) = (tokens[0], tokens.Skip(1).ToList());
            if (parts.Count == 0) { errors.Add($"line {i + 1}: missing destination path/URL"); continue; }
            List<string> queryParts, last;
            string? to;
            if (LeadingInteger(parts[0]) is not null) (queryParts, to, last) = ([], null, parts);
            else
            {
                var toIndex = parts.FindIndex(p => p.StartsWith('/') || p.StartsWith("http://") || p.StartsWith("https://"));
                if (toIndex < 0) { errors.Add($"line {i + 1}: the destination must start with \"/\", \"http:\" or \"https:\""); continue; }
                (queryParts, to, last) = (parts[..toIndex], parts[toIndex], parts[(toIndex + 1)..]);
            }
            var status = last.Count > 0 ? last[0] : null;
            if (status is not null && LeadingInteger(status) is null) errors.Add($"line {i + 1}: invalid status code: {status}");
            if (to is null && !(from.EndsWith("/*") && LeadingInteger(status!) is >= 200 and < 300))
                errors.Add($"line {i + 1}: missing \"to\" field");
            if (!from.StartsWith('/') && !from.StartsWith("http://") && !from.StartsWith("https://"))
                errors.Add($"line {i + 1}: \"from\" is neither a path nor a URL: {from}");
            var query = queryParts.Select(p => p.Split('=')).ToDictionary(kv => kv[0], kv => kv.Length > 1 ? kv[1] : null);
            rules.Add(new NetlifyRedirectRule(from, query, to, status, status?.EndsWith('!') == true && LeadingInteger(status) is not null, i + 1));
        }
        return (rules, errors);
    }

    /// <summary>JavaScript's <c>parseInt</c>: the leading digits, or nothing.</summary>
    private static int? LeadingInteger(string s)
    {
        var m = Regex.Match(s, @"^\s*[+-]?\d+");
        return m.Success && int.TryParse(m.Value, out var n) ? n : null;
    }
}
