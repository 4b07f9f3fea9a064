using System.Text.Json;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.StructuredData;

/// <summary>
/// The JSON-LD says what the page says, no more: search engines show these values as facts (a salary in Google for
/// Jobs, an author's job title), so "vanaf € 15" must not become exactly € 15 and a client's role is no job title.
/// </summary>
public sealed class DataSaysWhatThePageSaysTests
{
    private static List<JsonElement> JsonLd(Pipeline.BuildResult result, string path) =>
        result.Html(path).QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement.Clone()).ToList();

    private static JsonElement Single(Pipeline.BuildResult result, string path, string type) =>
        Assert.Single(JsonLd(result, path), d => d.GetProperty("@type").GetString() == type);

    [Theory]
    [InlineData("{ min: 15, period: hour }", "vanaf", "minValue", 15, "HOUR")]
    [InlineData("{ max: 500, period: month }", "tot", "maxValue", 500, "MONTH")]
    [InlineData("{ min: 2800, max: 2800 }", null, "value", 2800, "MONTH")]
    public void ASalaryWithOneBoundIsThatBoundNotAnExactAmount(string salary, string? pageWord, string property, int amount, string unit)
    {
        using var site = new FixtureSite();
        site.Write("input/vacancies/hulp.md", $"""
            ---
            title: Huishoudelijke hulp
            date: 2026-11-10
            closing_date: 2027-01-31
            kind: paid
            hours: "36"
            location: Utrecht
            salary: {salary}
            contact: {"{"} name: Anouk Visser, email: anouk@test.example {"}"}
            apply_email: werken@test.example
            ---
            Je helpt mensen thuis.
            """);
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        if (pageWord is not null)
            Assert.Contains($"{pageWord} € {amount}", result.Html("vacatures/hulp/index.html").QuerySelector("main")!.TextContent);
        var value = Single(result, "vacatures/hulp/index.html", "JobPosting").GetProperty("baseSalary").GetProperty("value");
        var numbers = value.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Number).ToDictionary(p => p.Name, p => p.Value.GetDecimal());
        Assert.Equal(new Dictionary<string, decimal> { [property] = amount }, numbers);
        Assert.Equal(unit, value.GetProperty("unitText").GetString());
    }

    [Theory]
    [InlineData("3100", 3100)]
    [InlineData("3.100", 3100)]
    [InlineData("3,100", 3100)]
    [InlineData("€ 3.100,-", 3100)]
    [InlineData("€3.100,--", 3100)]
    [InlineData("2.850,50", 2850.50)]
    [InlineData("1,234.56", 1234.56)]
    [InlineData("1.250.000", 1250000)]
    [InlineData("14,50", 14.50)]
    [InlineData("14.50", 14.50)]
    [InlineData("14.5", 14.5)]
    [InlineData("EUR 15", 15)]
    public void AnAmountWrittenTheDutchWayIsTheAmountMeant(string written, decimal amount) =>
        Assert.Equal(amount, Thuisbasis.Content.Readers.VacancyReader.ReadAmount(written));

    [Theory]
    [InlineData("veel")]
    [InlineData("3.10.0")]
    [InlineData("3..100")]
    [InlineData("-100")]
    [InlineData("3.100 tot 4.400")]
    public void WhatIsNoAmountIsNone(string written) => Assert.Null(Thuisbasis.Content.Readers.VacancyReader.ReadAmount(written));

    [Fact]
    public void ASalaryWithThousandsWrittenWithADotIsThousandsOnThePageAndInTheJobData()
    {
        using var site = new FixtureSite();
        site.Write("input/vacancies/hulp.md", """
            ---
            title: Sociaal werker
            date: 2026-11-10
            closing_date: 2027-01-31
            kind: paid
            location: Utrecht
            salary: { min: 3.100, max: "€ 4.400,-" }
            contact: { name: Anouk Visser, email: anouk@test.example }
            apply_email: werken@test.example
            ---
            Je helpt mensen thuis.
            """);
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.Contains("€ 3.100 tot € 4.400 per maand", result.Html("vacatures/hulp/index.html").QuerySelector("main")!.TextContent);
        var value = Single(result, "vacatures/hulp/index.html", "JobPosting").GetProperty("baseSalary").GetProperty("value");
        Assert.Equal((3100m, 4400m), (value.GetProperty("minValue").GetDecimal(), value.GetProperty("maxValue").GetDecimal()));
    }

    [Fact]
    public void AClientAuthorIsAPersonWithANameButNoJobTitle()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/ria.md", "---\ntitle: Ria gaat weer naar de markt\ndate: 2026-11-01\nauthor: { name: Ria, role: cliënt }\nconsent: true\n---\nIk ga weer.\n");
        site.Write("input/stories/anouk.md", "---\ntitle: Wat ik zie in de wijk\ndate: 2026-11-02\nauthor: anouk-visser\n---\nVeel.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());

        var client = Single(result, "verhalen/ria/index.html", "BlogPosting").GetProperty("author");
        Assert.Equal(["@type", "name"], client.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("Ria", client.GetProperty("name").GetString());

        var staff = Single(result, "verhalen/anouk/index.html", "BlogPosting").GetProperty("author");
        Assert.Equal("Opbouwwerker", staff.GetProperty("jobTitle").GetString());
        Assert.Equal("https://www.test.example/auteur/anouk-visser/", staff.GetProperty("url").GetString());
    }

    [Fact]
    public void TheOrganisationAsPublisherEmployerAndOrganizerGivesItsWebsite()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/anouk.md", "---\ntitle: Wat ik zie in de wijk\ndate: 2026-11-02\nauthor: anouk-visser\n---\nVeel.\n");
        site.Write("input/activities/koffie.md", "---\ntitle: Koffieochtend\nstart: 2026-12-08 10:00\nlocation: \"Buurthuis, Kerkstraat 12, 1234 AB Utrecht\"\n---\nKoffie.\n");
        site.Write("input/vacancies/hulp.md", """
            ---
            title: Huishoudelijke hulp
            date: 2026-11-10
            closing_date: 2027-01-31
            kind: volunteer
            location: Utrecht
            contact: { name: Anouk Visser, email: anouk@test.example }
            apply_email: werken@test.example
            ---
            Je helpt mensen thuis.
            """);
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var organisations = new[]
        {
            Single(result, "verhalen/anouk/index.html", "BlogPosting").GetProperty("publisher"),
            Single(result, "vacatures/hulp/index.html", "JobPosting").GetProperty("hiringOrganization"),
            JsonLd(result, "activiteiten/koffie/index.html").First(d => d.GetProperty("@type").GetString() == "Event").GetProperty("organizer"),
        };
        foreach (var organisation in organisations)
        {
            Assert.Equal("Testorganisatie", organisation.GetProperty("name").GetString());
            Assert.Equal("https://www.test.example/", organisation.GetProperty("url").GetString());
            Assert.Equal("https://www.test.example/#organisatie", organisation.GetProperty("@id").GetString());
        }
    }

    /// <summary>
    /// A summary with Markdown (warning TB0290) reaches search engines as the plain words its social preview shows, not
    /// with its stars and brackets; Google shows an event's description in its event results.
    /// </summary>
    [Fact]
    public void DescriptionsInTheDataArePlainWordsAsInTheSocialPreview()
    {
        using var site = new FixtureSite();
        const string summary = "Kom **gratis** langs, zie [de agenda](/activiteiten/).";
        site.Write("input/stories/anouk.md", $"---\ntitle: Wat ik zie\ndate: 2026-11-02\nauthor: anouk-visser\nsummary: \"{summary}\"\n---\nVeel.\n");
        site.Write("input/activities/koffie.md", $"---\ntitle: Koffie\nstart: 2026-12-08 10:00\nlocation: \"Buurthuis, Kerkstraat 12, 1234 AB Utrecht\"\nsummary: \"{summary}\"\n---\nKoffie.\n");
        // A vacancy without text of its own: its JobPosting describes it with the summary (as HTML, which Google asks for).
        site.Write("input/vacancies/hulp.md", $"---\ntitle: Hulp\ndate: 2026-11-10\nclosing_date: 2027-01-31\nkind: volunteer\nlocation: Utrecht\n" +
            $"contact: {{ name: Anouk, email: a@test.example }}\napply_email: w@test.example\nsummary: \"{summary}\"\n---\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        foreach (var (path, type) in new[] { ("verhalen/anouk/index.html", "BlogPosting"), ("activiteiten/koffie/index.html", "Event"), ("vacatures/hulp/index.html", "JobPosting") })
        {
            // The preview of an activity or vacancy starts with when, where or until when (SharePreviewTextTests); the
            // data has those in fields of their own, and the words of the summary as its description.
            var og = result.Html(path).QuerySelector("meta[property='og:description']")!.GetAttribute("content");
            Assert.EndsWith("Kom gratis langs, zie de agenda.", og);
            Assert.All(JsonLd(result, path).Where(d => d.GetProperty("@type").GetString() == type),
                d => Assert.Equal("Kom gratis langs, zie de agenda.", d.GetProperty("description").GetString()));
        }
    }
}
