using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Building;

/// <summary>Values from front matter and settings are text wherever they land; only the Markdown body is HTML.</summary>
public sealed class EscapingTests
{
    private const string Hostile = "<script>alert(1)</script> & \"quotes\" 'single' 🎉";

    [Fact]
    public void FrontMatterValuesAreTextInHtmlAndAttributes()
    {
        using var site = new FixtureSite();
        site.Write("statiq.config", $"name: '{Hostile.Replace("'", "''")}'\nurl: https://www.test.example\n");
        site.Write("input/pages/home.md", "---\ntitle: Welkom\n---\nHallo.\n");
        site.Write("input/team/anouk-visser.md", "---\nname: Anouk\nrole: Opbouwwerker\n---\nBio.\n");
        site.Write("input/stories/a.md",
            $"---\ntitle: '{Hostile.Replace("'", "''")}'\nsummary: '\" onmouseover=\"alert(2)'\ndate: 2026-01-01\nauthor: anouk-visser\ntags: ['<b>tag</b>']\n---\nTekst.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        foreach (var path in new[] { "verhalen/a/index.html", "index.html", "verhalen/index.html" })
        {
            var doc = result.Html(path);
            Assert.Empty(doc.QuerySelectorAll("script:not([type='application/ld+json'])"));
            Assert.Empty(doc.QuerySelectorAll("[onmouseover]"));
            Assert.Empty(doc.QuerySelectorAll("main b"));
        }
        var story = result.Html("verhalen/a/index.html");
        Assert.Equal(Hostile, story.QuerySelector("h1")!.TextContent);
        Assert.Equal("\" onmouseover=\"alert(2)", story.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Contains(Hostile, story.QuerySelector(".brand")!.TextContent);
    }

    [Fact]
    public void TheMarkdownBodyIsTheOnlyRawHtml()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\n---\nDit is <mark>gemarkeerd</mark> en **vet**.\n");
        var doc = site.Build().Html("verhalen/a/index.html");
        Assert.Equal("gemarkeerd", doc.QuerySelector("main mark")!.TextContent);
        Assert.Equal("vet", doc.QuerySelector("main strong")!.TextContent);
    }

    [Fact]
    public void ApplyLinksOnlyTakeWebAddresses()
    {
        using var site = new FixtureSite();
        site.Write("input/vacancies/v.md", """
            ---
            title: V
            date: 2026-01-01
            closing_date: 2027-01-01
            kind: volunteer
            location: Oost
            contact: { name: A, email: a@test.example }
            apply_url: javascript:alert(1)
            ---
            Tekst.
            """);
        var result = site.Build();
        Assert.Contains(result.Diagnostics, d => d.Code == "TB0111" && d.Line == 8);
    }

    [Theory]
    [InlineData("&", "&amp;")]
    [InlineData("'", "&#39;")]
    [InlineData("<>", "&lt;&gt;")]
    [InlineData("a&b", "a&amp;b")]
    [InlineData("\"begin en eind'", "&quot;begin en eind&#39;")]
    [InlineData("é & ë 🎉 <", "é &amp; ë 🎉 &lt;")]
    [InlineData("geen tekens", "geen tekens")]
    public void EscapingReplacesTheFiveCharactersAndKeepsEverythingElse(string text, string expected)
    {
        Assert.Equal(expected, Thuisbasis.Model.Html.Escape(text));
        using var site = new FixtureSite();
        site.Write("overrides/layouts/page.sbn-html", "<p id=\"t\">{{ page.title }}</p><p id=\"s\">[{{ page.title }}]</p>");
        site.Write("input/pages/over-ons-extra.md", $"---\ntitle: '{text.Replace("'", "''")}'\n---\nTekst.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var html = result.Text("over-ons-extra/index.html");
        Assert.Contains($"<p id=\"t\">{expected}</p><p id=\"s\">[{expected}]</p>", html);
        Assert.Equal(text, result.Html("over-ons-extra/index.html").QuerySelector("#t")!.TextContent);
    }
}
