using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Building;

/// <summary>
/// How layouts include partials: a partial's HTML lands once and unescaped wherever it is included, as a statement or as
/// a value, and nothing is added to the whitespace of what a writer wrote (code blocks stay exact).
/// </summary>
public sealed class IncludeTests
{
    [Fact]
    public void CodeBlocksInAStoryKeepTheirExactWhitespace()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\n---\nZo:\n\n```\nregel 1\n  ingesprongen\nregel 3\n```\n");

        var result = site.Build();

        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal("regel 1\n  ingesprongen\nregel 3\n", result.Html("verhalen/a/index.html").QuerySelector("main pre code")!.TextContent);
    }

    [Fact]
    public void APartialIncludedAsAStatementAsAValueAndInALoopAppearsOnceEachTimeAsHtml()
    {
        using var site = new FixtureSite();
        site.Write("overrides/partials/hello.sbn-html", "<b class=\"hello\">{{ page.title }}</b>");
        site.Write("overrides/layouts/page.sbn-html",
            "<div id=\"statement\">{{ include \"partials/hello\" }}</div>\n" +
            "{{ saved = include \"partials/hello\" }}<div id=\"value\">{{ saved }}</div>\n" +
            "<div id=\"loop\">{{ for i in 1..3 }}{{ include \"partials/hello\" }}{{ end }}</div>\n" +
            "<div id=\"pipe\">{{ include \"partials/hello\" | string.size }}</div>\n");
        site.Write("input/pages/over-ons-extra.md", "---\ntitle: Tom & Jerry <3\n---\nTekst.\n");

        var result = site.Build();

        Assert.True(result.Succeeded, result.Describe());
        var doc = result.Html("over-ons-extra/index.html");
        Assert.Equal("Tom & Jerry <3", doc.QuerySelector("#statement b.hello")!.TextContent);
        Assert.Equal("Tom & Jerry <3", doc.QuerySelector("#value b.hello")!.TextContent);
        Assert.Equal(3, doc.QuerySelectorAll("#loop b.hello").Length);
        Assert.Empty(doc.QuerySelectorAll("#pipe b"));
        Assert.Equal("<b class=\"hello\">Tom &amp; Jerry &lt;3</b>".Length.ToString(), doc.QuerySelector("#pipe")!.TextContent);
    }

    [Fact]
    public void AnErrorInsideAPartialNamesThePartial()
    {
        using var site = new FixtureSite();
        site.Write("overrides/partials/broken.sbn-html", "ok\n{{ string.nietbestaand 1 }}\n");
        site.Write("overrides/layouts/page.sbn-html", "{{ include \"partials/broken\" }}\n");
        site.Write("input/pages/over-ons-extra.md", "---\ntitle: X\n---\nTekst.\n");

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Code == "TB0401" && d.Path == "input/pages/over-ons-extra.md");
        Assert.Contains("overrides/partials/broken.sbn-html(2,4)", error.Message);
    }

    [Fact]
    public void TheBaseLayoutCanWriteTheContentAndUseItAsText()
    {
        using var site = new FixtureSite();
        site.Write("overrides/layouts/page.sbn-html", "<p class=\"own\">{{ page.title }}</p>");
        site.Write("overrides/layouts/base.sbn-html",
            "<!doctype html><html lang=\"nl\"><head><title>t</title></head><body><main>{{ content }}</main>" +
            "<div id=\"size\">{{ content | string.size }}</div><div id=\"value\">{{ content.value }}</div>" +
            "<div id=\"again\">{{ content }}</div></body></html>");
        site.Write("input/pages/over-ons-extra.md", "---\ntitle: Tom & Jerry\n---\nTekst.\n");

        var result = site.Build();

        Assert.True(result.Succeeded, result.Describe());
        var doc = result.Html("over-ons-extra/index.html");
        const string own = "<p class=\"own\">Tom &amp; Jerry</p>";
        Assert.Equal(own, doc.QuerySelector("main")!.InnerHtml);
        Assert.Equal(own.Length.ToString(), doc.QuerySelector("#size")!.TextContent);
        Assert.Equal(own, doc.QuerySelector("#value")!.TextContent); // as text: escaped once, so it reads as the markup
        Assert.Equal(own, doc.QuerySelector("#again")!.InnerHtml);
    }
}
