using System.Xml;
using Thuisbasis.Model;
using Thuisbasis.Output;
using Thuisbasis.Rendering;

namespace Thuisbasis.Hosting;

/// <summary>
/// <c>sitemap.xml</c> with every indexable page, and <c>robots.txt</c> pointing at it (or closing a preview to robots).
/// A closed or filled vacancy keeps its page (it says so) but is no longer offered to search engines, as it is left out
/// of the site search and the feeds.
/// </summary>
public sealed class SitemapGenerator : IOutputGenerator
{
    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public IEnumerable<OutputFile> Generate(Site site, IReadOnlyList<PageModel> pages)
    {
        var sw = new Utf8StringWriter();
        using (var xml = XmlWriter.Create(sw, new XmlWriterSettings { Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Ns);
            foreach (var p in pages.Where(p => !p.NoIndex && p.Kind != "404" && p.Vacancy is not { IsOpen: false }).OrderBy(p => p.Url, StringComparer.Ordinal))
            {
                xml.WriteStartElement("url", Ns);
                xml.WriteElementString("loc", Ns, p.AbsoluteUrl);
                var modified = p.Story?.Date ?? p.Vacancy?.Date;
                if (modified is { } d) xml.WriteElementString("lastmod", Ns, d.ToString("yyyy-MM-dd"));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        yield return OutputFile.Text("sitemap.xml", sw.ToString(), "(sitemap)");

        var robots = site.IsProduction
            ? $"User-agent: *\nAllow: /\n\nSitemap: {site.Absolute("/sitemap.xml")}\n"
            : "# Voorbeeldversie: niet indexeren.\nUser-agent: *\nDisallow: /\n";
        yield return OutputFile.Text("robots.txt", robots, "(robots)");
    }
}

/// <summary>A StringWriter that declares UTF-8, so XmlWriter writes <c>encoding="utf-8"</c>.</summary>
public sealed class Utf8StringWriter : StringWriter
{
    public override System.Text.Encoding Encoding => new System.Text.UTF8Encoding(false);
}
