using System.Security.Cryptography;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Thuisbasis.Content.Settings;

namespace Thuisbasis.Analytics;

/// <summary>
/// Reads a <c>custom</c> provider's head and body snippets the way a browser would, to learn exactly which origins
/// they load from (for the Content-Security-Policy) and to hash their inline scripts, so that an organisation can paste
/// any provider's code without weakening the policy for everything else.
/// </summary>
public static class CustomSnippet
{
    private static readonly HtmlParser Parser = new();

    public static ProviderSnippet Parse(AnalyticsSettings s)
    {
        var scripts = new SortedSet<string>(StringComparer.Ordinal);
        var images = new SortedSet<string>(s.Hosts, StringComparer.Ordinal);
        var connect = new SortedSet<string>(s.Hosts, StringComparer.Ordinal);
        var frames = new SortedSet<string>(StringComparer.Ordinal);
        var hashes = new List<string>();
        foreach (var html in new[] { s.Head, s.Body })
        {
            if (html is null) continue;
            var doc = Parser.ParseDocument("<!doctype html><body>" + html);
            foreach (var el in doc.QuerySelectorAll("script"))
            {
                if (el.GetAttribute("src") is { } src)
                {
                    if (Origin(src) is { } o) { scripts.Add(o); connect.Add(o); }
                }
                else if (IsJavaScript(el)) hashes.Add(Hash(el.TextContent));
            }
            foreach (var el in doc.QuerySelectorAll("img[src], noscript img[src]"))
                if (Origin(el.GetAttribute("src")!) is { } o) images.Add(o);
            foreach (var el in doc.QuerySelectorAll("iframe[src]"))
                if (Origin(el.GetAttribute("src")!) is { } o) frames.Add(o);
        }
        return new ProviderSnippet
        {
            Name = "onze statistiekdienst",
            RawHead = s.Head,
            RawBody = s.Body,
            ScriptSources = [.. scripts],
            ConnectSources = [.. connect],
            ImageSources = [.. images],
            FrameSources = [.. frames],
            InlineScriptHashes = hashes.Distinct().ToList(),
            SetsCookies = s.Cookies,
        };
    }

    /// <summary>The origin of an absolute or protocol-relative address; null for a path on this site.</summary>
    private static string? Origin(string src)
    {
        var url = src.StartsWith("//", StringComparison.Ordinal) ? "https:" + src : src;
        return Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == "https" || u.Scheme == "http")
            ? u.GetLeftPart(UriPartial.Authority)
            : null;
    }

    private static bool IsJavaScript(IElement script) =>
        script.GetAttribute("type") is not { } type || type.Length == 0 ||
        type.Equals("text/javascript", StringComparison.OrdinalIgnoreCase) || type.Equals("module", StringComparison.OrdinalIgnoreCase);

    /// <summary>The CSP source for an inline script: SHA-256 of its exact text, base64.</summary>
    public static string Hash(string scriptText) =>
        $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(scriptText)))}'";
}
