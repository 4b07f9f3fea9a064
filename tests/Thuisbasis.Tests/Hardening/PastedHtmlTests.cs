using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Thuisbasis.Rendering.SafeHtml;

namespace Thuisbasis.Tests.Hardening;

/// <summary>
/// HTML pasted into a Markdown body: what can run, load another site or hide text is removed and reported at the line
/// it was on; what writers need (abbr, details, tables, figures, quotes, links, images) stays as it was.
/// </summary>
public sealed class PastedHtmlTests
{
    private static readonly HtmlParser Parser = new();

    private static (IHtmlDocument Html, IReadOnlyList<Removal> Removed) Render(string markdown)
    {
        var body = BodyHtml.Render(markdown, allowRawHtml: false, "een verhaal");
        return (Parser.ParseDocument(body.Html), body.Removed);
    }

    /// <summary>Payload, what must be gone from the HTML (a CSS selector), what the warning names, its line (0-based).</summary>
    public static TheoryData<string, string, string, int> Payloads => new()
    {
        { "Intro.\n\n<script>alert(1)</script>\n", "script", "`<script>`", 2 },
        { "Intro.\n\nEen foto <img src=x onerror=alert(1)> hier.\n", "[onerror]", "`onerror`", 2 },
        { "Intro.\n\n<a href=\"javascript:alert(1)\">klik</a>\n", "a[href]", "`javascript:alert(1)`", 2 },
        { "Intro.\n\n\n<iframe src=\"https://evil.example/\"></iframe>\n", "iframe", "`<iframe>`", 3 },
        { "Intro.\n\n<svg onload=alert(1)><circle r=5></circle></svg>\n", "svg, circle", "`<svg>`", 2 },
        { "Intro.\n\n<style>body { display: none }</style>\n", "style", "`<style>`", 2 },
        { "Intro.\n\n<form action=\"https://evil.example/\"><input name=pin><button>Stuur</button></form>\n", "form, input, button", "`<form>`", 2 },
        { "Intro.\n\n<img src=\"data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=\" alt=\"x\">\n", "img[src]", "`data:image/svg+xml;base64,", 2 },
        { "Intro.\n\n<a href=\"&#106;avascript&#58;alert(1)\">klik</a>\n", "a[href]", "`javascript:alert(1)`", 2 },
        { "Intro.\n\n<A HREF=\"JaVaScRiPt:alert(1)\">klik</A> en <ScRiPt>alert(2)</sCrIpT>\n", "a[href], script", "`JaVaScRiPt:alert(1)`", 2 },
        { "Intro.\n\n[klik](javascript:alert(1))\n", "a[href]", "`javascript:alert(1)`", 2 },
        { "Intro.\n\n[klik](&#106;avascript&#x3A;alert(1))\n", "a[href]", "`javascript:alert(1)`", 2 },
        { "Intro.\n\n<vbscript:msgbox(1)>\n", "a[href]", "`vbscript:msgbox(1)`", 2 },
        { "Intro.\n\n![foto](data:image/png;base64,iVBORw0KGgo=)\n", "img[src]", "`data:image/png;base64,iVBORw0KGgo=`", 2 },
        { "Intro.\n\n<p style=\"display:none\">verborgen reclame</p>\n", "[style]", "`style`", 2 },
        { "Intro.\n\n<div>\n<p>regel</p>\n<object data=\"x.swf\"></object>\n</div>\n", "object", "`<object>`", 4 },
        { "Intro.\n\n<details open ontoggle=alert(1)><summary>Meer</summary>Tekst</details>\n", "[ontoggle]", "`ontoggle`", 2 },
        { "Intro.\n\n<embed src=\"https://evil.example/x\">\n", "embed", "`<embed>`", 2 },
        { "Intro.\n\n<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>\n", "math, img", "`<math>`", 2 },
        { "> Citaat met <span onclick=\"alert(1)\">klik</span>.\n", "[onclick]", "`onclick`", 0 },
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void PastedPayloadIsRemovedAndReportedAtItsLine(string markdown, string gone, string named, int line)
    {
        var (html, removed) = Render(markdown);
        Assert.Empty(html.Body!.QuerySelectorAll(gone));
        Assert.Empty(html.Scripts);
        Assert.DoesNotContain(html.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
        var warning = Assert.Single(removed, r => r.What.Contains(named, StringComparison.Ordinal));
        Assert.Equal(line, warning.Line);
        Assert.Contains("is weggelaten:", warning.Message);
        Assert.False(string.IsNullOrWhiteSpace(warning.Fix));
        if (markdown.StartsWith("Intro.", StringComparison.Ordinal)) Assert.Equal("Intro.", html.QuerySelector("p")!.TextContent);
    }

    /// <summary>WCAG 3.1.2: a writer marks words in another language with <c>lang</c> (and <c>dir</c>); the handleiding says how.</summary>
    [Fact]
    public void ALanguageMarkedInPastedHtmlStaysSoAScreenReaderSpeaksIt()
    {
        var (html, removed) = Render("Wij zeggen <span lang=\"en\">welcome</span> tegen iedereen.\n\n<p lang=\"ar\" dir=\"rtl\">مرحبا</p>\n");
        Assert.Empty(removed);
        Assert.Equal("welcome", html.QuerySelector("p span[lang=en]")?.TextContent);
        Assert.Equal("rtl", html.QuerySelector("p[lang=ar]")?.GetAttribute("dir"));
    }

    [Fact]
    public void ScriptInsideASentenceKeepsTheSentenceAndLosesTheScript()
    {
        var (html, removed) = Render("Eerste regel.\n\nHallo <script>alert(1)</script> wereld.\n");
        Assert.Empty(html.Scripts);
        Assert.Equal("Hallo  wereld.", html.QuerySelectorAll("p")[1].TextContent);
        Assert.Equal(2, Assert.Single(removed).Line);
    }

    [Theory]
    [InlineData("Intro.\n\n<style>\np { color: red }\n\nMijn verhaal gaat verder.\n\nEn eindigt hier.\n", 2, 7)]
    [InlineData("Intro.\n\n<math><mi>x\n\nMijn verhaal gaat verder.\n\n<span>En eindigt hier.</span>\n", 2, 6)]
    public void AnElementLeftOpenSaysItTookTheTextAfterItWithIt(string markdown, int line, int until)
    {
        var body = BodyHtml.Render(markdown, allowRawHtml: false, "een verhaal");
        Assert.DoesNotContain("eindigt", Parser.ParseDocument(body.Html).Body!.TextContent);
        var removal = Assert.Single(body.Removed);
        Assert.Equal((line, until), (removal.Line, removal.SwallowedUntil));
        Assert.EndsWith($"ook alles tot en met regel {10 + until} is weggelaten.", removal.MessageIn(10));
    }

    /// <summary>Cleaning time grows with the square of the nesting: pasted HTML nested deeper than any text is TB0122, at once.</summary>
    [Fact]
    public void HtmlNestedTooDeeplyIsTheTooDeeplyNestedError()
    {
        var entry = new Thuisbasis.Content.Entry("input/stories/diep.md", 1, "diep", "/verhalen/diep/",
            "Tekst.\n\n" + string.Concat(Enumerable.Repeat("<div><span>", 50_000)) + "x\n", 6);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var bag = new Thuisbasis.Diagnostics.DiagnosticBag();
        Assert.Equal("", new Thuisbasis.Pipeline.MarkdownCache(keep: false).Render(entry, bag).Value);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(10), $"took {started.Elapsed}");
        var error = Assert.Single(bag.All());
        Assert.Equal(("TB0122", 6), (error.Code, error.Line));
        Assert.Equal(100, BodySanitizer.NestingDepth(string.Concat(Enumerable.Repeat("<p><br><img src=x>", 100)) + "<hr/>"));
    }

    [Fact]
    public void TheSameThingTwiceIsOneWarningWithACountAtItsFirstLine()
    {
        var (_, removed) = Render("Tekst.\n\n<span style=\"color:red\">a</span>\n\n<span style=\"font-size:0\">b</span>\n\n<span style=\"color:blue\">c</span>\n");
        var warning = Assert.Single(removed);
        Assert.Equal(2, warning.Line);
        Assert.Equal(3, warning.Count);
        Assert.EndsWith("(nog 2 keer in deze tekst)", warning.Message);
    }

    [Fact]
    public void HarmlessMarkupStaysAsItWas()
    {
        const string markdown = """
            Intro met <abbr title="Wet maatschappelijke ondersteuning">Wmo</abbr> en <mark>nadruk</mark>.

            <details>
            <summary>Wat kost het?</summary>

            Niets. Zie [de regels](/diensten/) of <a href="mailto:info@buurt.nl">mail</a> of <a href="tel:+31201234567">bel</a>.

            </details>

            <figure>
            <img src="/assets/img/buurt.png" alt="De buurt" width="800" height="600">
            <figcaption>De buurt in de zomer.</figcaption>
            </figure>

            <table>
            <thead><tr><th scope="col">Dag</th><th scope="col">Wat</th></tr></thead>
            <tbody><tr><td>Maandag</td><td>Taalcafé</td></tr></tbody>
            </table>

            <blockquote><p>Het helpt echt.</p><cite>Ria</cite></blockquote>

            <pre><code>code &lt;hier&gt;</code></pre> <kbd>Ctrl</kbd> <sub>2</sub> <sup>3</sup> <a href="https://www.gemeente.nl/wmo">Wmo</a>
            """;
        var (html, removed) = Render(markdown);
        Assert.Empty(removed);
        Assert.Equal("Wet maatschappelijke ondersteuning", html.QuerySelector("abbr")!.GetAttribute("title"));
        Assert.Equal("Wat kost het?", html.QuerySelector("details > summary")!.TextContent);
        Assert.Equal("/diensten/", html.QuerySelector("details a")!.GetAttribute("href"));
        Assert.Equal(["mailto:info@buurt.nl", "tel:+31201234567", "https://www.gemeente.nl/wmo"],
            html.QuerySelectorAll("a[href^='mailto'], a[href^='tel'], a[href^='https']").Select(a => a.GetAttribute("href")));
        var img = html.QuerySelector("figure > img")!;
        Assert.Equal(("/assets/img/buurt.png", "De buurt", "800"), (img.GetAttribute("src"), img.GetAttribute("alt"), img.GetAttribute("width")));
        Assert.Equal("De buurt in de zomer.", html.QuerySelector("figure > figcaption")!.TextContent);
        Assert.Equal(2, html.QuerySelectorAll("table thead th[scope=col]").Length);
        Assert.Equal("Ria", html.QuerySelector("blockquote cite")!.TextContent);
        Assert.Equal("code <hier>", html.QuerySelector("pre > code")!.TextContent);
        Assert.NotNull(html.QuerySelector("mark"));
        Assert.NotNull(html.QuerySelector("kbd"));
    }

    /// <summary>What Markdig makes itself (ids, tables with alignment, footnotes, list types) survives the sanitizer.</summary>
    [Fact]
    public void MarkdigsOwnMarkupSurvivesWhenABodyIsSanitized()
    {
        const string markdown = """
            ## Wat wij doen

            | Dag | Wat |
            | :-- | --: |
            | maandag | taalcafé |

            a. eerste
            b. tweede

            Een voetnoot[^1] en ~~weg~~ en ++erbij++ en ==gemarkeerd== en H~2~O en 2^10^.

            ```csharp
            var x = "<b>";
            ```

            [^1]: De uitleg.
            """;
        var plain = Parser.ParseDocument(BodyHtml.Render(markdown, allowRawHtml: false).Html);
        var (sanitized, removed) = Render("<span>los</span>\n\n" + markdown);
        Assert.Empty(removed);
        sanitized.Body!.FirstElementChild!.Remove(); // the added paragraph
        Assert.Equal(Normalized(plain.Body!), Normalized(sanitized.Body!));
        Assert.Equal("wat-wij-doen", sanitized.QuerySelector("h2")!.Id);
        Assert.Equal("#fn:1", sanitized.QuerySelector("a.footnote-ref")!.GetAttribute("href"));
        Assert.Equal("language-csharp", sanitized.QuerySelector("pre code")!.ClassName);
        Assert.Equal("a", sanitized.QuerySelector("ol")!.GetAttribute("type"));
    }

    /// <summary>Elements in order with their attributes (style compared without spaces and the final semicolon).</summary>
    private static string Normalized(IElement root) => string.Join("\n", root.QuerySelectorAll("*").Select(e =>
        e.LocalName + string.Concat(e.Attributes.OrderBy(a => a.Name).Select(a =>
            $" {a.Name}={(a.Name == "style" ? a.Value.Replace(" ", "").TrimEnd(';') : a.Value)}")) + " " + string.Concat(e.ChildNodes.OfType<IText>().Select(t => t.Data.Trim()))));

    [Fact]
    public void RawHtmlSettingPublishesTheBodyAsTyped()
    {
        var body = BodyHtml.Render("<script>alert(1)</script>\n", allowRawHtml: true);
        Assert.Equal("<script>alert(1)</script>\n", body.Html);
        Assert.Empty(body.Removed);
    }

    [Fact]
    public void BodyWithoutPastedHtmlIsMarkdigsOutputByteForByte()
    {
        const string markdown = "## Kop\n\nTekst met [link](https://x.nl) en <https://y.nl>, `<script>` als code en a &lt; b.\n\n```\n<iframe>\n```\n";
        Assert.Equal(Markdig.Markdown.ToHtml(markdown, Thuisbasis.Rendering.MarkdownRenderer.Pipeline), BodyHtml.Render(markdown, allowRawHtml: false).Html);
    }
}
