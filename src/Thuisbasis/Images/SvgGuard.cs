using System.Xml;
using Thuisbasis.Content;
using Thuisbasis.Diagnostics;

namespace Thuisbasis.Images;

/// <summary>
/// An SVG is published as it is, so it may hold nothing that runs: no <c>script</c> or <c>foreignObject</c> element, no
/// <c>on…</c> event attribute and no <c>javascript:</c> link. A browser runs an SVG's script when the file is opened directly.
/// </summary>
public static class SvgGuard
{
    public static void Check(Asset svg, DiagnosticBag diagnostics)
    {
        foreach (var (line, column, what) in Problems(svg.FullPath))
            diagnostics.Error("TB0132", new SourcePosition(svg.SourcePath, line, column), $"Dit SVG-bestand bevat {what}; dat kan in de browser van een bezoeker code uitvoeren.",
                "Exporteer het plaatje opnieuw als gewone SVG zonder scripts of interactie, of sla het op als PNG.");
    }

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
