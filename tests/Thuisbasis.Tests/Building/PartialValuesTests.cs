using Thuisbasis.Pipeline;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Building;

/// <summary>
/// Every page reads exactly what evaluating a partial on that page writes: the values of its own page, of the layout's
/// variables and loops, and of lists changed between two includes. (A memo of partials' text once broke the last.)
/// </summary>
public sealed class PartialValuesTests
{
    private static FixtureSite SiteWithPages(int count)
    {
        var site = new FixtureSite();
        for (var i = 1; i <= count; i++)
            site.Write($"input/pages/pagina-{i}.md", $"---\ntitle: Pagina nummer {i}\n---\nTekst {i}.\n");
        return site;
    }

    [Fact]
    public void EveryPageGetsWhatThePartialWouldWriteThere()
    {
        using var site = SiteWithPages(24);
        // Same on every page, and sets a variable the layout uses after it.
        site.Write("overrides/partials/sig.sbn-html", "{{ sig = site.settings.name }}<p class=\"sig\">{{ sig }} ({{ array.size site.nav }})</p>");
        // Reads a variable the layout set from the page: differs on every page.
        site.Write("overrides/partials/own.sbn-html", "<p class=\"own\">{{ x }}</p>");
        // Reads the loop variable of the layout.
        site.Write("overrides/partials/num.sbn-html", "{{ i }}");
        // Sets a variable that the layout set first, then reads it back: the layout's value must not leak in.
        site.Write("overrides/partials/count.sbn-html", "{{ n = (n ?? 0) + 1 }}<i>{{ n }}</i>");
        site.Write("overrides/layouts/page.sbn-html",
            "{{ include \"partials/sig\" }}<p class=\"after\">{{ sig }}</p>" +
            "{{ x = page.title }}{{ include \"partials/own\" }}" +
            "<div class=\"loop\">{{ for i in 1..3 }}{{ include \"partials/num\" }}{{ end }}</div>" +
            "<div class=\"count\">{{ include \"partials/count\" }}{{ include \"partials/count\" }}{{ include \"partials/count\" }}</div>");

        var result = site.Build();

        Assert.True(result.Succeeded, result.Describe());
        for (var i = 1; i <= 24; i++)
        {
            var doc = result.Html($"pagina-{i}/index.html");
            Assert.Equal("Testorganisatie (7)", doc.QuerySelector("main .sig")!.TextContent);
            Assert.Equal("Testorganisatie", doc.QuerySelector("main .after")!.TextContent);
            Assert.Equal($"Pagina nummer {i}", doc.QuerySelector("main .own")!.TextContent);
            Assert.Equal("123", doc.QuerySelector("main .loop")!.TextContent);
            Assert.Equal("123", doc.QuerySelector("main .count")!.TextContent);
        }
    }

    [Fact]
    public void APartialOnEveryPageStillTellsThePreviewWhatItRead()
    {
        using var site = SiteWithPages(3);
        site.Write("input/stories/wandelen.md", "---\ntitle: Samen wandelen\ndate: 2026-01-01\nauthor: anouk-visser\n---\nTekst.\n");
        site.Write("overrides/partials/latest.sbn-html", "<p class=\"latest\">{{ for s in site.stories }}{{ s.title }}{{ end }}</p>");
        site.Write("overrides/layouts/page.sbn-html", "{{ include \"partials/latest\" }}{{ page.title }}");
        var engine = new SiteEngine(site.Options());
        Assert.True(engine.Build().Succeeded);

        site.Write("input/stories/wandelen.md", "---\ntitle: Wandelen in het park\ndate: 2026-01-01\nauthor: anouk-visser\n---\nTekst.\n");
        var result = engine.Build();

        Assert.True(result.Succeeded, result.Describe());
        for (var i = 1; i <= 3; i++)
        {
            Assert.Contains($"/pagina-{i}/", result.Rendered);
            Assert.Equal("Wandelen in het park", result.Html($"pagina-{i}/index.html").QuerySelector("main .latest")!.TextContent);
        }
    }

    [Fact]
    public void APartialIncludedTwiceShowsAListChangedInBetween()
    {
        using var site = SiteWithPages(12);
        site.Write("overrides/partials/footer.sbn-html",
            "{{ items = [\"a\"] }}{{ include \"partials/probe\" }}{{ items[0] = \"b\" }}{{ include \"partials/probe\" }}");
        site.Write("overrides/partials/probe.sbn-html", "<i>{{ items[0] }}</i>");

        var result = site.Build();

        Assert.True(result.Succeeded, result.Describe());
        var pages = result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && f.Bytes is not null).ToList();
        Assert.True(pages.Count > 12);
        foreach (var page in pages)
            Assert.Equal(["a", "b"], result.Html(page.Path).QuerySelectorAll("i").Select(i => i.TextContent));
    }
}
