using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Thuisbasis.Pipeline;
using Thuisbasis.Tests.Building;

namespace Thuisbasis.Tests.Support;

/// <summary>
/// Every page of a build, and the HTML in every feed item wrapped in a page of its own, checked against the HTML
/// standard by html-validate: the npm package pinned in the repository's <c>package-lock.json</c> (installed by
/// <c>npm ci</c>, which <c>.ci/run</c> runs), with the repository's <c>.htmlvalidate.json</c>, which asks for the rules of
/// the standard only (<c>html-validate:standard</c>: no style rules). On Thuisbasis's sites it finds what the W3C's Nu
/// HTML Checker finds, without Java.
/// </summary>
public static class HtmlStandard
{
    /// <summary>One line per message, <c>page(line,col): rule: message (selector)</c>; none for a build that follows the standard.</summary>
    public static IReadOnlyList<string> Problems(BuildResult result)
    {
        var folder = Path.Combine(Path.GetTempPath(), "tb-html-" + Guid.NewGuid().ToString("N")[..10]);
        try
        {
            foreach (var file in result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
                Write(folder, file.Path, result.Text(file.Path));
            var n = 0;
            foreach (var (feed, html) in FeedHtml(result))
                Write(folder, $"feeds/{++n:0000}-{feed.Replace('/', '_')}.html", Page(html));
            return Validate(folder);
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>The HTML of every item: RSS <c>content:encoded</c> and <c>description</c>, Atom <c>content</c> and <c>summary</c> of type html, JSON Feed <c>content_html</c>.</summary>
    public static IEnumerable<(string Feed, string Html)> FeedHtml(BuildResult result)
    {
        XNamespace content = "http://purl.org/rss/1.0/modules/content/", atom = "http://www.w3.org/2005/Atom";
        foreach (var file in result.Files.Select(f => f.Path).Order(StringComparer.Ordinal))
        {
            if (file.EndsWith(".xml", StringComparison.Ordinal) && file != "sitemap.xml")
            {
                var xml = XDocument.Parse(result.Text(file));
                foreach (var item in xml.Descendants("item"))
                    foreach (var html in item.Elements(content + "encoded").Concat(item.Elements("description")))
                        yield return (file, html.Value);
                foreach (var html in xml.Descendants().Where(e => (e.Name == atom + "content" || e.Name == atom + "summary") && (string?)e.Attribute("type") == "html"))
                    yield return (file, html.Value);
            }
            else if (file.EndsWith("feed.json", StringComparison.Ordinal))
            {
                using var json = JsonDocument.Parse(result.Text(file));
                foreach (var item in json.RootElement.GetProperty("items").EnumerateArray())
                    if (item.TryGetProperty("content_html", out var html)) yield return (file, html.GetString()!);
            }
        }
    }

    /// <summary>A fragment in the smallest page that is itself valid, as a feed reader shows it.</summary>
    private static string Page(string fragment) =>
        $"<!doctype html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<title>Feed</title>\n</head>\n<body>\n<main>\n{fragment}\n</main>\n</body>\n</html>\n";

    private static void Write(string folder, string relative, string text)
    {
        var full = Path.Combine(folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new UTF8Encoding(false));
    }

    private static IReadOnlyList<string> Validate(string folder)
    {
        var root = SampleSiteTests.RepositoryRoot();
        var cli = Path.Combine(root, "node_modules", "html-validate", "bin", "html-validate.mjs");
        // Node cuts off a long report written to a pipe when it exits: the report goes to a file.
        var report = folder + ".json";
        try
        {
            // 0: no message; 1: messages, in the report; anything else: html-validate itself failed.
            NodeTool.Run("html-validate", [Path.Combine("html-validate", "bin", "html-validate.mjs")],
                [cli, "--config", Path.Combine(root, ".htmlvalidate.json"), "--formatter", "json=" + report, folder], TimeSpan.FromMinutes(5), 0, 1);
            if (!File.Exists(report))
                throw new Xunit.Sdk.XunitException("html-validate wrote no report.");
            using var json = JsonDocument.Parse(File.ReadAllText(report));
            return json.RootElement.EnumerateArray().SelectMany(file => file.GetProperty("messages").EnumerateArray().Select(m =>
                $"{Path.GetRelativePath(folder, file.GetProperty("filePath").GetString()!)}({m.GetProperty("line")},{m.GetProperty("column")}): " +
                $"{m.GetProperty("ruleId").GetString()}: {m.GetProperty("message").GetString()} ({(m.TryGetProperty("selector", out var s) ? s.GetString() : "")})")).ToList();
        }
        finally
        {
            File.Delete(report);
        }
    }
}
