using System.Text.Json;
using System.Text.RegularExpressions;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.StructuredData;

/// <summary>
/// Every JSON-LD block of a site with every content type, read as a search engine reads it: each <c>@type</c> is a
/// schema.org type, each property is meant for its type or a type above it, a date with a time has its offset, and
/// every address is absolute. What the blocks should say per type is in <see cref="JsonLdTests"/> and its neighbours.
/// </summary>
public sealed partial class SchemaVocabularyTests
{
    private static Pipeline.BuildResult BuildSiteWithEveryType(FixtureSite site)
    {
        site.Write("statiq.config", """
            name: Buurthuis De Linde
            url: https://www.delinde.example
            description: Buurthuis De Linde helpt bewoners van de wijk.
            contact: { street: Lindeplein 1, postal_code: 1234 AB, city: Utrecht, phone: 030 123 45 67, email: info@delinde.example, kvk: "12345678" }
            socials: { facebook: https://www.facebook.com/delinde }
            """);
        site.Write("input/stories/staf.md", "---\ntitle: Wat ik zie\ndate: 2026-11-02 09:30\nauthor: anouk-visser\ntags: [taal]\nsummary: Kort.\n---\nVeel.\n");
        site.Write("input/stories/ria.md", "---\ntitle: Ria\ndate: 2026-11-01\nauthor: { name: Ria, role: cliënt }\nconsent: true\n---\nIk.\n");
        site.Write("input/vacancies/betaald.md", "---\ntitle: Sociaal werker\ndate: 2026-11-10\nclosing_date: 2027-06-30\nkind: paid\nhours: 24-32\n" +
            "location: Utrecht\nsalary: { min: 3100, max: 4400, period: month }\ncontact: { name: Anouk, email: a@delinde.example }\napply_email: w@delinde.example\n---\nJe helpt [mensen](/contact/).\n");
        site.Write("input/vacancies/vrijwillig.md", "---\ntitle: Vrijwilliger\ndate: 2026-11-10\nclosing_date: 2027-01-31\nkind: volunteer\n" +
            "location: \"Buurthuis, Kerkstraat 12, 1234 AB Zeist\"\ncontact: { name: Anouk, email: a@delinde.example }\napply_url: https://www.delinde.example/aanmelden/\n---\nHelp.\n");
        site.Write("input/activities/taalcafe.md", "---\ntitle: Taalcafé\nstart: 2026-12-01 10:00\nend: \"12:00\"\nrepeat: { every: week, until: 2027-04-06 }\n" +
            "cancelled: [2026-12-29]\nlocation: { name: Buurthuis, street: Lindeplein 1, postal_code: 1234 AB, city: Utrecht }\nprice: gratis\n---\nPraten.\n");
        site.Write("input/activities/online.md", "---\ntitle: Spreekuur\nstart: 2027-01-20 20:00\nlocation: online\nonline_url: https://meet.example/linde\n---\nVragen.\n");
        site.Write("input/activities/markt.md", "---\ntitle: Markt\nstart: 2027-06-19\nend: 2027-06-20\nlocation: \"Plein, Markt 1, 1234 AB Utrecht\"\nprice: \"€ 2,50\"\n" +
            "online_url: https://meet.example/markt\ncancelled: true\n---\nKramen.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        return result;
    }

    [Fact]
    public void EveryTypeAndPropertyIsSchemaOrgAndMeantForItsType()
    {
        using var site = new FixtureSite();
        var result = BuildSiteWithEveryType(site);
        var seen = new HashSet<string>();
        foreach (var path in result.Files.Select(f => f.Path).Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
            foreach (var script in result.Html(path).QuerySelectorAll("script[type='application/ld+json']"))
            {
                var root = JsonDocument.Parse(script.TextContent).RootElement;
                Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
                Check(root, path, seen);
            }
        // The site has every kind of block, so the walk met every type Thuisbasis writes.
        Assert.Superset(new HashSet<string> { "Organization", "WebSite", "BlogPosting", "JobPosting", "Event", "BreadcrumbList", "VirtualLocation", "Offer", "MonetaryAmount" }, seen);
    }

    private static void Check(JsonElement node, string path, HashSet<string> seen)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray()) Check(item, path, seen);
            return;
        }
        if (node.ValueKind == JsonValueKind.String) { CheckText(node.GetString()!, path); return; }
        if (node.ValueKind != JsonValueKind.Object) return;
        var type = node.GetProperty("@type").GetString()!;
        Assert.True(SchemaOrgTerms.Supertypes.ContainsKey(type), $"{path}: `{type}` is not a schema.org type known to this test.");
        seen.Add(type);
        var types = SchemaOrgTerms.WithSupertypes(type);
        foreach (var property in node.EnumerateObject())
        {
            if (property.Name.StartsWith('@'))
            {
                if (property.Name == "@id") Assert.StartsWith("https://www.delinde.example/", property.Value.GetString());
                continue;
            }
            Assert.True(SchemaOrgTerms.Domains.TryGetValue(property.Name, out var domain), $"{path}: `{property.Name}` on {type} is not a schema.org property known to this test.");
            Assert.True(domain!.Any(types.Contains), $"{path}: `{property.Name}` is not meant for {type} (schema.org: {string.Join(", ", domain!)}).");
            Check(property.Value, path, seen);
        }
    }

    /// <summary>A date with a time carries its offset; an address is absolute.</summary>
    private static void CheckText(string value, string path)
    {
        if (DateWithTime().IsMatch(value)) Assert.Matches(DateWithTimeAndOffset(), value);
        if (value.StartsWith('/')) Assert.Fail($"{path}: `{value}` is a relative address.");
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")]
    private static partial Regex DateWithTime();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")]
    private static partial Regex DateWithTimeAndOffset();
}
