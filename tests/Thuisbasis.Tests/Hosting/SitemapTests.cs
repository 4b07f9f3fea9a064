using System.Xml.Linq;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Hosting;

/// <summary><c>sitemap.xml</c> asks search engines to index exactly the pages that are public today.</summary>
public sealed class SitemapTests
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static string Vacancy(string title, string closing, string extra = "") => $"""
        ---
        title: {title}
        date: 2026-10-01
        closing_date: {closing}
        kind: paid
        location: Amsterdam
        contact: {"{"} name: Anouk Visser, email: anouk@test.example {"}"}
        apply_email: werken@test.example
        {extra}
        ---
        Kom je bij ons werken?
        """;

    private static List<(string Loc, string? LastMod)> Urls(Thuisbasis.Pipeline.BuildResult result) =>
        XDocument.Parse(result.Text("sitemap.xml")).Root!.Elements(Ns + "url")
            .Select(u => (u.Element(Ns + "loc")!.Value, (string?)u.Element(Ns + "lastmod"))).ToList();

    [Fact]
    public void ClosedAndFilledVacanciesAreLeftOutOfTheSitemapAndSayNoindexThoughTheirPagesStay()
    {
        using var site = new FixtureSite();
        site.Write("input/vacancies/open.md", Vacancy("Open baan", "2026-12-31"));
        site.Write("input/vacancies/gesloten.md", Vacancy("Gesloten baan", "2026-11-01"));
        site.Write("input/vacancies/vervuld.md", Vacancy("Vervulde baan", "2026-12-31", "filled: true"));

        var result = site.Build(date: new DateOnly(2026, 11, 23));

        Assert.True(result.Succeeded, result.Describe());
        Assert.True(result.Has("vacatures/gesloten/index.html"));
        Assert.True(result.Has("vacatures/vervuld/index.html"));
        var locs = Urls(result).Select(u => u.Loc).ToList();
        Assert.Contains("https://www.test.example/vacatures/open/", locs);
        Assert.DoesNotContain("https://www.test.example/vacatures/gesloten/", locs);
        Assert.DoesNotContain("https://www.test.example/vacatures/vervuld/", locs);
        // The closed pages tell search engines to drop them too; the open one does not.
        Assert.Null(Robots(result, "vacatures/open/index.html"));
        Assert.Equal("noindex, nofollow", Robots(result, "vacatures/gesloten/index.html"));
        Assert.Equal("noindex, nofollow", Robots(result, "vacatures/vervuld/index.html"));
    }

    private static string? Robots(Thuisbasis.Pipeline.BuildResult result, string path) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(result.Text(path))
            .QuerySelector("meta[name=robots]")?.GetAttribute("content");

    [Fact]
    public void EveryPublishedStoryIsListedOnceWithItsDateAndNoWithheldStoryIs()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/2026-03-01-markt.md", "---\ntitle: Markt\ndate: 2026-03-01 14:30\nauthor: { name: Ria, role: cliënt }\nconsent: true\n---\nTekst.\n");
        site.Write("input/stories/concept.md", "---\ntitle: Concept\ndate: 2026-03-02\nauthor: { name: Ria, role: cliënt }\nconsent: true\ndraft: true\n---\nTekst.\n");
        site.Write("input/stories/later.md", "---\ntitle: Later\ndate: 2027-01-01\nauthor: { name: Ria, role: cliënt }\nconsent: true\n---\nTekst.\n");
        site.Write("input/stories/geheim.md", "---\ntitle: Geheim\ndate: 2026-03-03\nauthor: { name: Bep, role: cliënt }\nconsent: false\n---\nTekst.\n");

        var result = site.Build(date: new DateOnly(2026, 11, 23));

        var urls = Urls(result);
        Assert.Equal(urls.Count, urls.Select(u => u.Loc).Distinct().Count());
        var story = Assert.Single(urls, u => u.Loc.StartsWith("https://www.test.example/verhalen/", StringComparison.Ordinal)
                                            && u.Loc != "https://www.test.example/verhalen/");
        Assert.Equal(("https://www.test.example/verhalen/markt/", "2026-03-01"), story);
        Assert.All(urls.Where(u => u.LastMod is not null), u => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", u.LastMod!));
    }
}
