using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Thuisbasis.Rendering.SafeHtml;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Hardening;

/// <summary>
/// Text as Google Docs, Word, LibreOffice, Outlook and Gmail put it on the clipboard, pasted into a body: it comes out
/// as HTML, with what the writer meant (bold words, list items, the page a link leads to) and without what they did
/// not (a bold wrapper around everything, a tracking server between the visitor and the page).
/// </summary>
public sealed class PastedFromOfficeTests
{
    private static readonly HtmlParser Parser = new();

    private static (IHtmlDocument Html, IReadOnlyList<Removal> Removed) Render(string markdown)
    {
        var body = BodyHtml.Render(markdown, allowRawHtml: false, "een verhaal");
        return (Parser.ParseDocument(body.Html), body.Removed);
    }

    /// <summary>
    /// The fragments in <c>Pasted/</c>, each as Word, Google Docs, LibreOffice, Outlook, Gmail, a web page or Decap CMS
    /// puts it on the clipboard, each a story of one site: every page follows the HTML standard, nothing on it runs or
    /// loads from elsewhere, and no link goes through a tracking server.
    /// </summary>
    [Fact]
    public void TextPastedFromOfficeMailAndWebPagesGivesValidSafePages()
    {
        using var site = new FixtureSite();
        site.WriteBytes("input/assets/rooster-café.pdf", "%PDF-1.4\n"u8.ToArray());
        var folder = Path.Combine(Building.SampleSiteTests.RepositoryRoot(), "tests", "Thuisbasis.Tests", "Hardening", "Pasted");
        var names = Directory.GetFiles(folder, "*.md").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToList();
        Assert.True(names.Count >= 30, $"only {names.Count} fragments");
        foreach (var name in names)
            site.Write($"input/stories/{name}.md", $"---\ntitle: Geplakt {name}\ndate: 2026-01-05\nauthor: anouk-visser\n---\nInleiding.\n\n" +
                File.ReadAllText(Path.Combine(folder, name + ".md")));

        var result = site.Build();

        Assert.True(result.Succeeded, result.Describe());
        var problems = HtmlStandard.Problems(result);
        Assert.True(problems.Count == 0, $"{problems.Count} messages from html-validate:\n{string.Join("\n", problems)}");
        foreach (var name in names)
        {
            var article = result.Html($"verhalen/{name}/index.html").QuerySelector("article")!;
            Assert.Contains("Inleiding.", article.TextContent);
            Assert.Empty(article.QuerySelectorAll("script, iframe, object, embed, style, meta, link, form, font, center"));
            Assert.DoesNotContain(article.QuerySelectorAll("*").SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
            Assert.All(article.QuerySelectorAll("img[src], source[srcset]"), i => Assert.StartsWith("/", i.GetAttribute("src") ?? i.GetAttribute("srcset")));
            Assert.All(article.QuerySelectorAll("[style]"), e => Assert.Matches("^text-align: ?[a-z]+;?$", e.GetAttribute("style")!));
            Assert.All(article.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!), href =>
            {
                Assert.Matches("^(https?:|mailto:|tel:|/|#)", href);
                Assert.DoesNotContain("safelinks.protection.outlook.com", href);
                Assert.DoesNotContain("google.com/url", href);
            });
            Assert.All(article.QuerySelectorAll("h2, h3, h4, h5, h6, a[href]"), e => Assert.False(string.IsNullOrWhiteSpace(e.TextContent), e.OuterHtml));
        }
    }

    private static string Fragment(string name) =>
        File.ReadAllText(Path.Combine(Building.SampleSiteTests.RepositoryRoot(), "tests", "Thuisbasis.Tests", "Hardening", "Pasted", name + ".md"));

    /// <summary>
    /// Word's lists on the clipboard are paragraphs with <c>mso-list:l0 level1 lfo1</c> and the bullet or number as text
    /// (fragments 01 and 38): on the page they are lists, as a screen reader announces them ("lijst, 2 items"), nested by
    /// level, numbered from the number Word showed, without the "·" and with the words' formatting.
    /// </summary>
    [Fact]
    public void AListFromWordIsAListNestedByLevelWithoutItsMarkers()
    {
        using var site = new FixtureSite();
        foreach (var name in (string[])["01-word-list", "38-word-nested-numbered-list"])
            site.Write($"input/stories/{name}.md", $"---\ntitle: Lijst {name}\ndate: 2026-01-05\nauthor: anouk-visser\n---\nInleiding.\n\n{Fragment(name)}");

        var result = site.Build();

        Assert.True(result.Succeeded, result.Describe());
        var problems = HtmlStandard.Problems(result);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        var simple = result.Html("verhalen/01-word-list/index.html").QuerySelector("article")!;
        Assert.Equal(["Koffie-ochtend op maandag", "Taalcafé op woensdag"], simple.QuerySelectorAll(":scope > ul > li").Select(li => li.TextContent));
        Assert.DoesNotContain("·", simple.TextContent);

        var article = result.Html("verhalen/38-word-nested-numbered-list/index.html").QuerySelector("article")!;
        var top = Assert.Single(article.QuerySelectorAll(":scope > ul"));
        Assert.Equal(["Koffie-ochtend op maandag", "Taalcafé op woensdag"],
            top.Children.Select(li => string.Concat(li.ChildNodes.Where(n => n is not AngleSharp.Dom.IElement { LocalName: "ul" }).Select(n => n.TextContent))));
        Assert.Equal("maandag", top.QuerySelector(":scope > li > b")!.TextContent);
        Assert.Equal(["om tien uur"], top.QuerySelectorAll(":scope > li:first-child > ul > li").Select(li => li.TextContent));
        var numbered = Assert.Single(article.QuerySelectorAll(":scope > ol"));
        Assert.Equal("3", numbered.GetAttribute("start"));
        Assert.Equal(["Aanmelden", "Langskomen"], numbered.QuerySelectorAll(":scope > li").Select(li => li.TextContent));
        Assert.Equal("Langskomen", numbered.QuerySelector("li > i")!.TextContent);
        // Between the lists, and a number Word wrote as "1.1." (a list would show "1."), stay paragraphs, word for word.
        Assert.Equal(["Inleiding.", "Stappen:", "1.1.\u00a0Artikel"], article.QuerySelectorAll(":scope > p").Select(p => p.TextContent));
        Assert.DoesNotContain("·", article.TextContent);
    }

    /// <summary>What is not clearly one of Word's list items stays a paragraph, with all its text.</summary>
    [Theory]
    [InlineData("<p style='mso-list:l0 level1 lfo1'>Zonder teken</p>", "Zonder teken")]
    [InlineData("<p style='mso-list:l0 level1 lfo1'>Eerst <![if !supportLists]><span style='mso-list:Ignore'>·</span><![endif]>tekst</p>", "Eerst ·tekst")]
    [InlineData("<p style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>12<span>&nbsp;</span></span><![endif]>Twaalf</p>", "12\u00a0Twaalf")]
    public void AWordListParagraphThatIsUnclearStaysAParagraph(string pasted, string text)
    {
        var (html, _) = Render("Inleiding.\n\n" + pasted + "\n");
        Assert.Empty(html.QuerySelectorAll("ul, ol, li"));
        Assert.Equal(["Inleiding.", text], html.QuerySelectorAll("p").Select(p => p.TextContent));
    }

    /// <summary>Two lists (<c>lfo1</c>, <c>lfo2</c>), a bullet list followed by letters, each a list of its own.</summary>
    [Fact]
    public void TwoWordListsOneAfterTheOtherAreTwoLists()
    {
        var (html, _) = Render("Inleiding.\n\n" +
            "<p style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>-<span>&nbsp;</span></span><![endif]>Een</p>\n" +
            "<p style='mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>b)<span>&nbsp;</span></span><![endif]>Bee</p>\n" +
            "<p style='mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>c)<span>&nbsp;</span></span><![endif]>Cee</p>\n");
        Assert.Equal(["ul:Een", "ol:Bee|Cee"], html.Body!.Children.Skip(1).Select(l => l.LocalName + ":" + string.Join("|", l.Children.Select(li => li.TextContent))));
        Assert.Equal(("a", "2"), (html.QuerySelector("ol")!.GetAttribute("type"), html.QuerySelector("ol")!.GetAttribute("start")));
    }

    /// <summary>
    /// A table from Word (fragment 04, <c>&lt;b&gt;</c>), Google Docs (39, bold in a span's style) or LibreOffice whose
    /// first row is all bold has that row as its header (WCAG 1.3.1): a screen reader reads the column names with the cells.
    /// </summary>
    [Theory]
    [InlineData("04-word-table", "Dag|Activiteit", "Maandag|Taalcafé")]
    [InlineData("39-gdocs-table-bold-header", "Activiteit|Wanneer", "Breicafé|Donderdag 14:00")]
    [InlineData("<table><tr><td><p><strong>Dag</strong></p></td><td><p><b>Tijd</b></p></td></tr><tr><td>Dinsdag</td><td>10:00</td></tr></table>", "Dag|Tijd", "Dinsdag|10:00")]
    public void APastedTableWhoseFirstRowIsBoldHasThatRowAsColumnHeaders(string pasted, string headers, string cells)
    {
        var (html, _) = Render("Inleiding.\n\n" + (pasted.StartsWith('<') ? pasted + "\n" : Fragment(pasted)));
        var table = html.QuerySelector("table")!;
        Assert.Equal(headers, string.Join("|", table.QuerySelectorAll(":scope > thead > tr > th[scope=col]").Select(th => th.TextContent.Trim())));
        Assert.Equal(cells, string.Join("|", table.QuerySelectorAll(":scope > tbody > tr > td").Select(td => td.TextContent.Trim())));
        Assert.Empty(table.QuerySelectorAll("tbody th, thead td"));
    }

    /// <summary>A first row with one cell not wholly bold (or not bold at all: fragment 26, LibreOffice) is no header row.</summary>
    [Theory]
    [InlineData("<table><tr><td><b>Dag</b></td><td>Tijd</td></tr><tr><td>Ma</td><td>10:00</td></tr></table>")]
    [InlineData("<table><tr><td><b>Dag</b> en tijd</td><td><b>Waar</b></td></tr><tr><td>Ma</td><td>Buurthuis</td></tr></table>")]
    [InlineData("<table><tr><td><b>Dag</b></td><td></td></tr><tr><td>Ma</td><td>Buurthuis</td></tr></table>")]
    public void APastedTableWhoseFirstRowIsNotAllBoldKeepsItsCells(string pasted)
    {
        var (html, _) = Render("Inleiding.\n\n" + pasted + "\n");
        Assert.Empty(html.QuerySelectorAll("thead, th"));
        Assert.Equal(4, html.QuerySelectorAll("tbody > tr > td").Length);
        Assert.NotEmpty(html.QuerySelectorAll("td b"));
    }

    /// <summary>
    /// A class in pasted HTML: one of the theme's would hide the text (<c>visually-hidden</c>) or dress it as part of the
    /// site (<c>consent-banner</c>, <c>button</c>), Word's mean nothing. It goes, with TB0240 at its line; the classes
    /// Markdig and the video renderer write in the same body (code, footnotes, video) stay.
    /// </summary>
    [Fact]
    public void AClassInPastedHtmlGoesAndTheClassesOfMarkdownStay()
    {
        var (html, removed) = Render("Inleiding.[^1]\n\n<p class=\"visually-hidden\">Verborgen tekst</p>\n<p><a class=\"button consent-banner\" href=\"/contact\">Contact</a> " +
                                     "<span class=\"MsoNormal language-x\">Word</span></p>\n\n```js\nlet a = 1;\n```\n\n![Ria op de markt](https://youtu.be/abcdefghijk)\n\n[^1]: Een voetnoot.\n");
        Assert.Equal(["Verborgen tekst", "Contact", "Word"], html.QuerySelectorAll("p:not([class]), a:not([class]), span:not([class])")
            .Where(e => e.TextContent is "Verborgen tekst" or "Contact" or "Word").Select(e => e.TextContent));
        Assert.Empty(html.QuerySelectorAll(".visually-hidden, .button, .consent-banner, .MsoNormal, span.language-x"));
        Assert.Equal(["footnote-ref", "language-js", "video", "video-frame", "video-link", "video-title", "video-host", "footnotes", "footnote-back-ref"],
            html.QuerySelectorAll("[class]").Select(e => e.GetAttribute("class")!));
        Assert.Equal([("het kenmerk `class` op `<p>`", 2), ("het kenmerk `class` op `<a>`", 3), ("het kenmerk `class` op `<span>`", 3)],
            removed.Where(r => r.What.Contains("`class`", StringComparison.Ordinal)).Select(r => (r.What, r.Line)));
        Assert.All(removed.Where(r => r.What.Contains("`class`", StringComparison.Ordinal)), r => Assert.Contains("visually-hidden", r.Why));
    }

    /// <summary>A <c>&lt;p&gt;</c> or <c>&lt;div&gt;</c> straight in a list is no HTML (html-validate: element-permitted-content).</summary>
    [Theory]
    [InlineData("<ul>\n<p>Wat u meeneemt:</p>\n<li>uw pas</li>\n<li>een tas</li>\n</ul>\n", "ul", "Wat u meeneemt:|ul", "uw pas|een tas")]
    [InlineData("<ol><div class=\"x_elementToProof\"><li>Aanmelden</li><li>Langskomen</li></div></ol>\n", "ol", "ol", "Aanmelden|Langskomen")]
    [InlineData("<ul><li>de pas</li><p>Die krijgt u bij de balie.</p><li>een tas</li></ul>\n", "ul", "ul", "de pasDie krijgt u bij de balie.|een tas")]
    [InlineData("<ul><li>de pas</li><li>een tas</li><p>Meer hoeft niet.</p></ul>\n", "ul", "ul|Meer hoeft niet.", "de pas|een tas")]
    public void AListPastedWithOtherThingsInItHoldsOnlyItsItemsAndKeepsTheText(string pasted, string list, string order, string items)
    {
        var (html, _) = Render("Inleiding.\n\n" + pasted);
        var found = html.QuerySelector(list)!;
        Assert.All(found.Children, c => Assert.Equal("li", c.LocalName));
        Assert.Equal(items, string.Join("|", found.Children.Select(li => li.TextContent.Trim())));
        // The text around the list stays where it was, in the order it was written.
        var after = html.Body!.Children.Skip(1).Select(e => e.LocalName is "ul" or "ol" ? e.LocalName : e.TextContent.Trim());
        Assert.Equal(order, string.Join("|", after));
    }

    /// <summary>Google Docs: <c>&lt;b style="font-weight:normal" id="docs-internal-guid-…"&gt;</c> around it all, bold in a span's style.</summary>
    [Fact]
    public void TextFromGoogleDocsIsNotAllBoldAndKeepsItsBoldWords()
    {
        const string pasted = "<meta charset=\"utf-8\"><b style=\"font-weight:normal;\" id=\"docs-internal-guid-6a3c2f1e-7fff-4b1a-a4d2-0c9e11d5e8f3\">" +
            "<p dir=\"ltr\" style=\"line-height:1.38;margin-top:0pt;\"><span style=\"font-size:11pt;font-family:Arial,sans-serif;font-weight:400;\">Gewone tekst, met </span>" +
            "<span style=\"font-size:11pt;font-weight:700;white-space:pre-wrap;\">dit vet</span><span style=\"font-weight:400;font-style:italic\"> en dit schuin.</span></p></b><br>";
        var (html, _) = Render("Inleiding.\n\n" + pasted + "\n");
        Assert.Empty(html.QuerySelectorAll("b, [id^=docs-internal-guid]"));
        Assert.Equal(["dit vet"], html.QuerySelectorAll("strong").Select(s => s.TextContent));
        Assert.Equal([" en dit schuin."], html.QuerySelectorAll("em").Select(s => s.TextContent));
        Assert.Equal("Gewone tekst, met dit vet en dit schuin.", html.QuerySelector("p[dir=ltr]")!.TextContent);
    }

    /// <summary>Word and LibreOffice tables: <c>width</c> on a cell, column or table is no longer HTML; on an image it is.</summary>
    [Fact]
    public void AWidthStaysOnlyOnAnImage()
    {
        var (html, _) = Render("Inleiding.\n\n<table width=\"100%\"><col width=\"128*\"><tr><td width=302 height=20>Maandag</td><td>" +
                                "<img src=\"/assets/img/a.png\" width=\"120\" height=\"40\" alt=\"Logo\"></td></tr></table>\n");
        Assert.Equal(["img"], html.QuerySelectorAll("[width], [height]").Select(e => e.LocalName));
        Assert.Equal(("120", "40"), (html.QuerySelector("img")!.GetAttribute("width"), html.QuerySelector("img")!.GetAttribute("height")));
    }

    public static TheoryData<string, string> Redirected => new()
    {
        {
            "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.gemeente.nl%2Fwmo%3Fa%3D1%26b%3D2&amp;data=05%7C02%7Canouk.visser%40buurtwerk.nl%7C3f1e&amp;sdata=abc%3D&amp;reserved=0",
            "https://www.gemeente.nl/wmo?a=1&b=2"
        },
        { "https://www.google.com/url?q=https://www.rijksoverheid.nl/mantelzorg&amp;sa=D&amp;source=editors&amp;usg=AOvVaw0", "https://www.rijksoverheid.nl/mantelzorg" },
    };

    [Theory]
    [MemberData(nameof(Redirected))]
    public void APastedLinkThroughOutlookOrGoogleLeadsStraightToThePageMeant(string href, string meant)
    {
        var (html, removed) = Render($"Inleiding.\n\nMeer op <a href=\"{href}\">de site</a>.\n");
        Assert.Equal(meant, html.QuerySelector("a")!.GetAttribute("href"));
        var warning = Assert.Single(removed);
        Assert.Equal(2, warning.Line);
        Assert.StartsWith("Het doorstuuradres `https://", warning.Message);
        Assert.Contains($"De link gaat nu rechtstreeks naar `{meant}`.", warning.Message);
    }

    [Fact]
    public void ARedirectToSomethingOtherThanAWebPageIsNotFollowed()
    {
        var (html, removed) = Render("Tekst <a href=\"https://eur01.safelinks.protection.outlook.com/?url=javascript%3Aalert(1)\">x</a>.\n");
        Assert.StartsWith("https://eur01.safelinks.protection.outlook.com/", html.QuerySelector("a")!.GetAttribute("href"));
        Assert.Empty(removed);
    }

    [Fact]
    public void AMarkdownLinkThroughOutlookIsTheWarningWithFileLineAndColumnAndLeadsToThePageMeant()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/mail.md", "---\ntitle: Mail\ndate: 2026-01-05\nauthor: anouk-visser\n---\nTekst.\n\n" +
            "Zie [de gemeente](https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.gemeente.nl%2Fwmo&data=05%7C02%7Canouk%40buurt.nl).\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var warning = Assert.Single(result.Diagnostics, d => d.Path == "input/stories/mail.md");
        Assert.Equal(("TB0139", 8, 5), (warning.Code, warning.Line, warning.Column));
        Assert.EndsWith("Schrijf het echte adres, `https://www.gemeente.nl/wmo`; tot dan linkt de site daar zelf naartoe.", warning.ToString());
        Assert.Equal("https://www.gemeente.nl/wmo", result.Html("verhalen/mail/index.html").QuerySelector("article a[href*=gemeente]")!.GetAttribute("href"));
    }

    /// <summary>Word: an empty line in a heading style, and a bookmark (<c>&lt;a name="_Toc…"&gt;</c>) in front of a heading.</summary>
    [Fact]
    public void APastedHeadingWithoutTextGoesWithAWarningAndABookmarkLeavesNoEmptyLink()
    {
        var (html, removed) = Render("Inleiding.\n\n<h2><a name=\"_Toc152345\"></a><o:p>&nbsp;</o:p></h2>\n<h3></h3>\n" +
                                     "<h2><a name=\"_Toc152346\"></a>Openingstijden</h2>\n\n<a id=\"agenda\"></a>Agenda\n");
        Assert.Equal(["Openingstijden"], html.QuerySelectorAll("h2, h3").Select(h => h.TextContent));
        Assert.Equal(["agenda"], html.QuerySelectorAll("a").Select(a => a.Id));
        var empty = removed.Where(r => r.What.StartsWith("een leeg kopje", StringComparison.Ordinal)).ToList();
        Assert.Equal([("een leeg kopje `<h2>`", 2), ("een leeg kopje `<h3>`", 3)], empty.Select(r => (r.What, r.Line)));
    }

    [Fact]
    public void AnImageFromAnEmailSaysToSaveItFromTheEmail()
    {
        var (html, removed) = Render("Groet,\n\n<p><img src=\"cid:image001.png@01DA3B2C.5D6E7F80\" alt=\"Logo Buurtwerk\"></p>\n");
        Assert.Empty(html.QuerySelectorAll("img"));
        Assert.Equal("Logo Buurtwerk", html.QuerySelectorAll("p")[1].TextContent);
        var warning = Assert.Single(removed);
        Assert.Contains("plaatje uit een e-mail", warning.Message);
        Assert.StartsWith("Sla het plaatje uit de e-mail op in `input/assets/img/`", warning.Fix);
    }

    /// <summary>A file name dragged from a Mac spells é as e + ´; the site's file has the single letter, as a Markdown link gets.</summary>
    [Fact]
    public void APastedLinkToAFileOfTheSiteWithAMacAccentLeadsToTheFile()
    {
        using var site = new FixtureSite();
        site.WriteBytes("input/assets/rooster-café.pdf", "%PDF-1.4\n"u8.ToArray());
        site.Write("input/stories/rooster.md", "---\ntitle: Rooster\ndate: 2026-01-05\nauthor: anouk-visser\n---\nTekst.\n\n" +
            "Zie <a href=\"/assets/rooster-cafe\u0301.pdf\">het rooster</a> en [dit](/assets/rooster-cafe\u0301.pdf).\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.DoesNotContain(result.Diagnostics, d => d.Path == "input/stories/rooster.md");
        var links = result.Html("verhalen/rooster/index.html").QuerySelectorAll("article a[href^='/assets']").Select(a => Uri.UnescapeDataString(a.GetAttribute("href")!));
        Assert.Equal(["/assets/rooster-café.pdf", "/assets/rooster-café.pdf"], links);
    }

    /// <summary>
    /// A table pasted from Word left out `style` 46 times, `class`, `&lt;o:p&gt;`, `valign`, `border`, `cellspacing` and
    /// `cellpadding`: that was seven warnings that all asked the same. Formatting that only changed the look is one
    /// warning for the text, at its first line, naming each kind with how often; a script beside it keeps a warning of
    /// its own, and a text with one kind of formatting keeps the message that says what that kind does.
    /// </summary>
    [Fact]
    public void FormattingPastedFromWordIsOneWarningNamingEachKindAndAScriptStillHasItsOwn()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/tabel.md", "---\ntitle: Tabel\ndate: 2026-01-05\nauthor: anouk-visser\n---\nInleiding.\n\n" + Fragment("04-word-table") +
            "\n\n<script>alert(1)</script>\n");
        site.Write("input/stories/kleur.md", "---\ntitle: Kleur\ndate: 2026-01-05\nauthor: anouk-visser\n---\nInleiding.\n\n" +
            "<p>Open op <span style=\"color:red\">zaterdag</span> en <span style=\"color:red\">zondag</span>.</p>\n");

        var result = site.Build();

        Assert.True(result.Succeeded, result.Describe());
        var table = result.Diagnostics.Where(d => d.Path == "input/stories/tabel.md").ToList();
        Assert.All(table, d => Assert.Equal("TB0240", d.Code));
        Assert.Equal(2, table.Count);
        var formatting = Assert.Single(table, d => d.Message.StartsWith("Opmaak uit een ander programma", StringComparison.Ordinal));
        Assert.Equal((8, 8), (formatting.Line, formatting.Column)); // `class=MsoTableGrid`, the first of it on the line
        Assert.Equal("Opmaak uit een ander programma (zoals Word of een mailprogramma) is weggelaten: `style` (46 keer), `class` (5 keer), " +
                     "`<o:p>` (4 keer), `valign` (4 keer), `border`, `cellspacing` en `cellpadding`. Zulke opmaak kan tekst verbergen of " +
                     "onleesbaar maken; de tekst zelf blijft staan.", formatting.Message);
        Assert.StartsWith("Haal die opmaak weg", formatting.Help);
        Assert.Contains(table, d => d.Message.StartsWith("Het stuk `<script>` is weggelaten", StringComparison.Ordinal));
        var colour = Assert.Single(result.Diagnostics, d => d.Path == "input/stories/kleur.md");
        Assert.Equal("De opmaak `style` op `<span>` is weggelaten: opmaak in de tekst kan tekst verbergen of onleesbaar maken. (nog 1 keer in deze tekst)",
            colour.Message);
    }
}
