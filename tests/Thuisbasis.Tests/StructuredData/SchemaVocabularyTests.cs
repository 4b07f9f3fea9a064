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
        var seen = CheckEveryBlock(BuildSiteWithEveryType(site), "https://www.delinde.example/");
        // The site has every kind of block, so the walk met every type Thuisbasis writes.
        Assert.Superset(new HashSet<string> { "Organization", "WebSite", "BlogPosting", "JobPosting", "Event", "BreadcrumbList", "VirtualLocation", "Offer", "MonetaryAmount", "Person", "ProfilePage" }, seen);
    }

    /// <summary>
    /// The same walk over the site with every content kind and the hostile text in every field: whatever a writer types,
    /// the blocks stay schema.org, and a value that is HTML (a job's description) runs no script and points nowhere relative.
    /// </summary>
    [Fact]
    public void EveryBlockOfTheSiteWithEveryKindAndHostileTextIsSchemaOrg()
    {
        using var site = new FixtureSite();
        EveryKindSite.Write((p, t) => site.Write(p, t), 2, (p, b) => site.WriteBytes(p, b));
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var seen = CheckEveryBlock(result, "https://www.test.example/");
        Assert.Superset(new HashSet<string> { "BlogPosting", "JobPosting", "Event", "Person", "ProfilePage" }, seen);
    }

    private static HashSet<string> CheckEveryBlock(Pipeline.BuildResult result, string site)
    {
        var seen = new HashSet<string>();
        foreach (var path in result.Files.Select(f => f.Path).Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
            foreach (var script in result.Html(path).QuerySelectorAll("script[type='application/ld+json']"))
            {
                var root = JsonDocument.Parse(script.TextContent).RootElement;
                Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
                Check(root, path, site, seen);
            }
        return seen;
    }

    private static void Check(JsonElement node, string path, string site, HashSet<string> seen)
    {
        var type = node.GetProperty("@type").GetString()!;
        Assert.True(SchemaOrgTerms.Supertypes.ContainsKey(type), $"{path}: `{type}` is not a schema.org type known to this test.");
        seen.Add(type);
        var types = SchemaOrgTerms.WithSupertypes(type);
        foreach (var property in node.EnumerateObject())
        {
            if (property.Name.StartsWith('@'))
            {
                if (property.Name == "@id") Assert.StartsWith(site, property.Value.GetString());
                continue;
            }
            Assert.True(SchemaOrgTerms.Domains.TryGetValue(property.Name, out var domain), $"{path}: `{property.Name}` on {type} is not a schema.org property known to this test.");
            Assert.True(domain!.Any(types.Contains), $"{path}: `{property.Name}` is not meant for {type} (schema.org: {string.Join(", ", domain!)}).");
            var values = property.Value.ValueKind == JsonValueKind.Array ? property.Value.EnumerateArray().ToList() : [property.Value];
            Assert.NotEmpty(values);
            foreach (var value in values) CheckValue(value, $"{path}: {type}.{property.Name}", property.Name, type, site, seen);
        }
    }

    /// <summary>
    /// A value of a type the property's range names (<c>schema:rangeIncludes</c>): an object of such a type or a type
    /// below it, an address where the range is a URL or a type (a reference), a date as ISO 8601 (with its offset when it
    /// has a time), a number or yes/no where the range says so, an enumeration member of the range's enumeration.
    /// </summary>
    private static void CheckValue(JsonElement value, string at, string property, string owner, string site, HashSet<string> seen)
    {
        var range = SchemaOrgTerms.Ranges[property];
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                var type = value.GetProperty("@type").GetString()!;
                Assert.True(SchemaOrgTerms.WithSupertypes(type).Overlaps(range), $"{at}: a {type} is not in the range ({string.Join(", ", range)}).");
                Check(value, at, site, seen);
                return;
            case JsonValueKind.Number:
                // Pixels as a plain number, as Google's examples and schema.org's own (release 30.0) write an image's size;
                // the range (Distance, QuantitativeValue) asks for "1200 px" or an object, which no reader needs here.
                var pixels = owner == "ImageObject" && property is "width" or "height";
                Assert.True(pixels || range.Any(r => r is "Number" or "Integer"), $"{at}: a number is not in the range ({string.Join(", ", range)}).");
                return;
            case JsonValueKind.True or JsonValueKind.False:
                Assert.True(range.Contains("Boolean"), $"{at}: yes/no is not in the range ({string.Join(", ", range)}).");
                return;
            case JsonValueKind.String:
                CheckText(value.GetString()!, at, range);
                if (owner == "JobPosting" && property == "description") CheckHtml(value.GetString()!, at);
                return;
            default:
                Assert.Fail($"{at}: {value.ValueKind} is no schema.org value.");
                return;
        }
    }

    private static void CheckText(string value, string at, string[] range)
    {
        Assert.False(string.IsNullOrWhiteSpace(value), $"{at} is empty: a missing property is better than an empty one.");
        if (value.StartsWith('/')) Assert.Fail($"{at}: `{value}` is a relative address.");
        var absolute = Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http";
        if (range.Contains("Text") || range.Contains("Number") && NumberText().IsMatch(value))
        {
            if (DateWithTime().IsMatch(value)) Assert.Matches(DateWithTimeAndOffset(), value);
            return;
        }
        if (range.Contains("Date") || range.Contains("DateTime"))
        {
            Assert.True(range.Contains("Date") && DateOnlyIso().IsMatch(value) || range.Contains("DateTime") && DateWithTimeAndOffset().IsMatch(value),
                $"{at}: `{value}` is no ISO 8601 date (with its offset when it has a time).");
            return;
        }
        if (value.StartsWith(SchemaOrg, StringComparison.Ordinal) && SchemaOrgTerms.Members.TryGetValue(value[SchemaOrg.Length..], out var enumeration))
        {
            Assert.True(SchemaOrgTerms.WithSupertypes(enumeration).Overlaps(range), $"{at}: `{value}` is not in the range ({string.Join(", ", range)}).");
            return;
        }
        // An address where the range is a URL, or a type (a reference to the thing at that address, as schema.org allows).
        Assert.True(absolute && (range.Contains("URL") || range.Any(SchemaOrgTerms.Supertypes.ContainsKey)),
            $"{at}: `{value}` is not in the range ({string.Join(", ", range)}).");
    }

    /// <summary>HTML as a value (Google wants a job's description as HTML): no script, and every address absolute.</summary>
    private static void CheckHtml(string html, string at)
    {
        var body = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<body>{html}</body>").Body!;
        Assert.True(body.QuerySelector("script") is null, $"{at}: the HTML holds a <script>: {body.QuerySelector("script")?.OuterHtml}");
        foreach (var e in body.QuerySelectorAll("[href], [src]"))
            foreach (var address in new[] { e.GetAttribute("href"), e.GetAttribute("src") }.OfType<string>())
                Assert.True(Uri.TryCreate(address, UriKind.Absolute, out _), $"{at}: `{address}` in the HTML is a relative address.");
    }

    private const string SchemaOrg = "https://schema.org/";

    [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
    private static partial Regex NumberText();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DateOnlyIso();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")]
    private static partial Regex DateWithTime();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")]
    private static partial Regex DateWithTimeAndOffset();
}
