using Scriban;
using Thuisbasis.Pipeline;
using Thuisbasis.Rendering;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Building;

/// <summary>
/// A partial that writes the same on every page (the footer) is evaluated once per build and its text used again. These
/// tests hold that to the rule: every page reads exactly what evaluating the partial on that page would have written.
/// </summary>
public sealed class PartialMemoTests
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

    [Theory]
    [InlineData("{{ date.now }}")]
    [InlineData("{{ math.random 1 10 }}")]
    [InlineData("{{ object.eval '1 + 1' }}")]
    [InlineData("{{ this.site }}")]
    [InlineData("{{ with site }}{{ name }}{{ end }}")]
    [InlineData("{{ func f; ret 1; end }}{{ f }}")]
    [InlineData("{{ site.settings.name = 'x' }}")]
    [InlineData("{{ 'partials/x' | include }}")]
    [InlineData("{{ include name }}")]
    public void APartialThatCouldWriteSomethingElseNextTimeIsNotKept(string text) =>
        Assert.Null(PartialMemo.Shape.Of(Template.Parse(text), _ => Template.Parse("x")));

    [Fact]
    public void TheValuesThatDecideAPartialIncludeThoseOfThePartialsItIncludes()
    {
        var shape = PartialMemo.Shape.Of(Template.Parse("{{ c = site.contact }}{{ for s in c.socials }}{{ s.url }}{{ end }}{{ include 'partials/inner' }}"),
            name => name == "partials/inner" ? Template.Parse("{{ tel_href page.phone }}") : null);

        Assert.NotNull(shape);
        Assert.Equal(["c", "for", "include", "page", "s", "site", "tel_href"], shape.Reads.Select(r => r.Name));
        Assert.Equal(["c"], shape.Assigned.Select(r => r.Name));
    }
}
