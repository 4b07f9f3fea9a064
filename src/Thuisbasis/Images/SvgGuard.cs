using System.Xml;
using Thuisbasis.Content;
using Thuisbasis.Diagnostics;

namespace Thuisbasis.Images;

/// <summary>
/// An SVG is published as it is, so it may hold nothing that runs: no <c>script</c> or <c>foreignObject</c> element, no
/// <c>on…</c> event attribute and no <c>javascript:</c> link. A browser runs an SVG's script when the file is opened directly.
/// </summary>
public static partial class SvgGuard
{
    public static void Check(Asset svg, DiagnosticBag diagnostics)
    {
        // Git's marks of a conflict make the file no SVG: that is what to mend, not the export (TB0132 said).
        try { if (!Content.MergeConflicts.Check(svg.SourcePath, File.ReadAllText(svg.FullPath), 0, diagnostics)) return; }
        catch (IOException) { } // read again below, which reports what cannot be read
        foreach (var (line, column, what) in Problems(svg.FullPath))
            diagnostics.Error("TB0132", new SourcePosition(svg.SourcePath, line, column), $"Dit SVG-bestand bevat {what}; dat kan in de browser van een bezoeker code uitvoeren.",
                "Exporteer het plaatje opnieuw als gewone SVG zonder scripts of interactie, of sla het op als PNG.");
        foreach (var (line, column, address) in OtherSites(svg.FullPath))
            diagnostics.Warning("TB0150", new SourcePosition(svg.SourcePath, line, column),
                $"Dit SVG-bestand haalt iets op van een andere website (`{address}`): wie het bestand opent, maakt contact met die site.",
                "Exporteer het plaatje opnieuw met de lettertypen als paden en de plaatjes in het bestand zelf, of sla het op als PNG.");
    }

    /// <summary>
    /// What an SVG loads from another site when it is opened directly (a page shows it as an image, which loads nothing):
    /// a stylesheet or font by <c>@import</c> or <c>url(…)</c> in its style, an image or other file by <c>href</c>. Design
    /// programs put a web font's address in an exported logo this way.
    /// </summary>
    public static IEnumerable<(int Line, int Column, string Address)> OtherSites(string fullPath)
    {
        var found = new List<(int, int, string)>();
        try
        {
            using var reader = XmlReader.Create(fullPath, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            var info = (IXmlLineInfo)reader;
            var inStyle = false;
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        inStyle = reader.LocalName.Equals("style", StringComparison.OrdinalIgnoreCase) && !reader.IsEmptyElement;
                        // A link (`<a href>`) goes nowhere until clicked; these elements load what their href names.
                        var loads = reader.LocalName.ToLowerInvariant() is "image" or "use" or "feimage";
                        if (!reader.MoveToFirstAttribute()) break;
                        do
                        {
                            var name = reader.LocalName.ToLowerInvariant();
                            var address = loads && name is ("href" or "src") ? reader.Value.Trim() : name == "style" ? InStyle(reader.Value) : null;
                            if (address is not null && IsOtherSite(address)) found.Add((info.LineNumber, info.LinePosition, address));
                        } while (reader.MoveToNextAttribute());
                        reader.MoveToElement();
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA when inStyle:
                        if (InStyle(reader.Value) is { } inSheet) found.Add((info.LineNumber, info.LinePosition, inSheet));
                        break;
                    case XmlNodeType.EndElement:
                        inStyle = false;
                        break;
                }
            }
        }
        catch (XmlException)
        {
            // A file that cannot be read as XML is TB0132 already.
        }
        return found;
    }

    private static bool IsOtherSite(string address) =>
        address.StartsWith("//", StringComparison.Ordinal) || address.StartsWith("http:", StringComparison.OrdinalIgnoreCase) ||
        address.StartsWith("https:", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first address of another site in a style sheet (<c>@import "…"</c>, <c>url(…)</c>), or null.</summary>
    private static string? InStyle(string css)
    {
        foreach (System.Text.RegularExpressions.Match m in StyleAddress().Matches(css))
            if (IsOtherSite(m.Groups["a"].Value.Trim())) return m.Groups["a"].Value.Trim();
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex("""(?:url\(\s*['"]?|@import\s+['"])(?<a>[^'")\s]+)""", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex StyleAddress();

    public static IEnumerable<(int Line, int Column, string What)> Problems(string fullPath)
    {
        var found = new List<(int, int, string)>();
        try
        {
            using var reader = XmlReader.Create(fullPath, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            var info = (IXmlLineInfo)reader;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element) continue;
                var name = reader.LocalName.ToLowerInvariant();
                if (name is "script" or "foreignobject")
                    found.Add((info.LineNumber, info.LinePosition, $"een `<{reader.LocalName}>`-element"));
                if (!reader.MoveToFirstAttribute()) continue;
                do
                {
                    var attribute = reader.LocalName.ToLowerInvariant();
                    var value = new string(reader.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
                    if (attribute.StartsWith("on", StringComparison.Ordinal))
                        found.Add((info.LineNumber, info.LinePosition, $"het attribuut `{reader.LocalName}`"));
                    else if (value.StartsWith("javascript:", StringComparison.Ordinal) || value.StartsWith("data:text/html", StringComparison.Ordinal))
                        found.Add((info.LineNumber, info.LinePosition, $"een `{reader.Value.Trim()[..Math.Min(11, reader.Value.Trim().Length)]}`-link in `{reader.LocalName}`"));
                } while (reader.MoveToNextAttribute());
                reader.MoveToElement();
            }
        }
        catch (XmlException e)
        {
            found.Add((Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition), "een fout in de opbouw, zodat niet te controleren is of er code in staat"));
        }
        return found;
    }
}
