using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Thuisbasis.Hosting;
using Thuisbasis.Output;

namespace Thuisbasis.Preview;

/// <summary>
/// The old addresses of <c>redirect_from:</c> in the preview, answered from the build's own <c>_redirects</c> the way
/// Netlify reads it: the first rule that matches wins; a rule with <c>!</c> (an old address with a query, such as
/// <c>/?p=12</c>) even where a page exists, the others only where none does. A path matches with or without its
/// closing slash, case counts, <c>*</c> and <c>:name</c> take what they match to the new address, and a rule without
/// query pairs passes the query on. The preview answers with a temporary redirect, so the browser does not remember an
/// address that the writer may still change.
/// </summary>
internal static class PreviewRedirects
{
    private sealed record Rule(Regex Path, IReadOnlyList<(string Name, string Value)> Query, string To, bool Force);

    /// <summary>The new address for <paramref name="path"/> (decoded, as the request has it), or null.</summary>
    /// <param name="pageExists">Whether the build has a file for the path: only a forced rule goes before it.</param>
    public static string? Target(OutputFile? redirects, string path, IQueryCollection query, QueryString queryString, bool pageExists)
    {
        if (redirects?.Bytes is not { } bytes) return null;
        // Read when asked: only a page that is not there, or an address with a query, asks (no memo to keep right).
        foreach (var rule in Rules(System.Text.Encoding.UTF8.GetString(bytes)))
        {
            if (pageExists && !rule.Force) continue;
            var match = rule.Path.Match(Redirect.Key(path));
            if (!match.Success) continue;
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var name in rule.Path.GetGroupNames().Where(n => !char.IsDigit(n[0]))) values[name] = match.Groups[name].Value;
            if (!rule.Query.All(q => query.TryGetValue(q.Name, out var v) && (q.Value.StartsWith(':') ? Take(values, q.Value, v!) : v == q.Value)))
                continue;
            var to = Regex.Replace(rule.To, @":(\w+)", m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);
            return rule.Query.Count == 0 && queryString.HasValue ? to + queryString : to;
        }
        return null;
    }

    private static bool Take(Dictionary<string, string> values, string placeholder, string value)
    {
        values[placeholder[1..]] = value;
        return true;
    }

    /// <summary>The rules in the file's order; lines that are not <c>from [name=value…] to status</c> are passed over.</summary>
    private static IEnumerable<Rule> Rules(string text)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var tokens = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length < 2 || !tokens[0].StartsWith('/')) continue;
            var to = Array.FindIndex(tokens, 1, t => t.StartsWith('/') || t.StartsWith("http://", StringComparison.Ordinal) || t.StartsWith("https://", StringComparison.Ordinal));
            if (to < 0) continue;
            var query = tokens[1..to].Select(p => p.Split('=', 2)).Where(kv => kv.Length == 2).Select(kv => (Uri.UnescapeDataString(kv[0]), Uri.UnescapeDataString(kv[1]))).ToList();
            var force = to + 1 < tokens.Length && tokens[to + 1].EndsWith('!');
            yield return new Rule(PathPattern(tokens[0]), query, tokens[to], force);
        }
    }

    /// <summary><c>:name</c> is one segment, a closing <c>*</c> the rest (<c>:splat</c>); the rest is matched as written, decoded.</summary>
    private static Regex PathPattern(string from)
    {
        var key = Redirect.Key(from);
        var pattern = string.Join("/", key.Split('/').Select(part =>
            part == "*" ? "(?<splat>.*)"
            : part.StartsWith(':') && Regex.IsMatch(part, @"^:[A-Za-z]\w*$") ? $"(?<{part[1..]}>[^/]+)"
            : Regex.Escape(part)));
        // `/nieuws/*` also matches `/nieuws` itself.
        if (pattern.EndsWith("/(?<splat>.*)", StringComparison.Ordinal)) pattern = pattern[..^"/(?<splat>.*)".Length] + "(?:/(?<splat>.*))?";
        return new Regex($"^{pattern}$", RegexOptions.CultureInvariant);
    }
}
