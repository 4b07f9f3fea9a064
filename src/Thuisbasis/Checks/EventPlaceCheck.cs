using Thuisbasis.Diagnostics;
using Thuisbasis.Hosting;
using Thuisbasis.Model;

namespace Thuisbasis.Checks;

/// <summary>
/// Google's Event rich results require an address for a place people go to (<c>location.address</c>). A coming
/// activity whose <c>location</c> is a name alone gets a <c>Place</c> without one (<c>StructuredData.EventData</c> makes
/// nothing up), so <c>check</c> warns at that line; a whole address written as a name, with its postcode, is read as one.
/// </summary>
public static class EventPlaceCheck
{
    public const string Code = "TB0307";

    public static void Check(string root, Site site, DiagnosticBag diagnostics)
    {
        foreach (var a in site.Activities.Where(a => a.Marker is null))
        {
            var p = a.Source.Location;
            if (p.Online || p.Street is not null || p.PostalCode is not null || p.City is not null) continue;
            if (Content.PlainAddress.Parse(p.Name) is not null) continue;
            diagnostics.Warning(Code, SourceLocator.Find(root, a.SourcePath, p.Name, "location"),
                $"`location` is `{p.Name}`, zonder adres: zoekmachines zoals Google tonen de activiteit dan niet als evenement.",
                $"Schrijf het adres erbij: `location: {{ name: {InFlow(p.Name)}, street: ..., postal_code: ..., city: ... }}`.");
        }
    }

    /// <summary>The name as it can stand inside <c>{ … }</c> in YAML: in single quotes when a comma or the like would break it.</summary>
    private static string InFlow(string name) =>
        name.IndexOfAny([',', '{', '}', '[', ']', ':', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`']) < 0 && name == name.Trim()
            ? name : "'" + name.Replace("'", "''") + "'";
}
