using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Hardening;

/// <summary>
/// Link addresses as writers type them: a web address without https://, an e-mail address without mailto: and a link
/// with nothing between its brackets. Each is a warning at its place; the first two work on the site all the same.
/// </summary>
public sealed class LinkAddressTests
{
    [Fact]
    public void AddressesWithoutTheirKindAreWarnedAboutAndWorkOnTheSite()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\n---\n" +
            "Zie [de gemeente](www.amsterdam.nl/zorg?wijk=oost) of [mail ons](info@buurt-oost.nl).\n\n" +
            "Goed zo: [site](https://www.amsterdam.nl), [mail](mailto:info@buurt-oost.nl), [pagina](/contact/), [www-map](/www.nl/).\n\n" +
            "[Aanmelden]() volgt.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());

        var warnings = result.Diagnostics.Where(d => d.Code == "TB0139").OrderBy(d => d.Line).ThenBy(d => d.Column).ToList();
        Assert.Equal([(6, 5), (6, 55), (10, 1)], warnings.Select(w => (w.Line, w.Column)));
        Assert.Equal("Schrijf `https://www.amsterdam.nl/zorg?wijk=oost`; tot dan maakt de site dat er zelf van.", warnings[0].Help);
        Assert.Equal("Schrijf `mailto:info@buurt-oost.nl`; tot dan maakt de site dat er zelf van.", warnings[1].Help);
        Assert.Contains("geen adres", warnings[2].Message);

        var links = result.Html("verhalen/a/index.html").QuerySelectorAll("article.prose > p a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal(
        [
            ("de gemeente", "https://www.amsterdam.nl/zorg?wijk=oost"), ("mail ons", "mailto:info@buurt-oost.nl"),
            ("site", "https://www.amsterdam.nl"), ("mail", "mailto:info@buurt-oost.nl"), ("pagina", "/contact/"), ("www-map", "/www.nl/"),
            ("Aanmelden", ""),
        ], links);
    }

    /// <summary>
    /// A phone number with the opening hours or a second number in it (as the template's option invites) made every
    /// "Bel" link dial the digits of both: <c>tel:+31201234567917</c>. Such a value is shown as text, with TB0263; a
    /// <c>tel:</c> link in a text with no number to dial, and a link without words, are TB0139 at their place.
    /// </summary>
    [Fact]
    public void APhoneNumberWithOtherTextIsNoLinkAnywhere()
    {
        using var site = new FixtureSite();
        site.Write("statiq.config", File.ReadAllText(Path.Combine(site.Root, "statiq.config"))
            .Replace("phone: 020 123 45 67", "phone: 020 123 45 67 (ma-vr 9-17 uur)\n  whatsapp: 06 12 34 56 78 of 06 87 65 43 21"));
        site.Write("input/team/anouk-visser.md", "---\nname: Anouk Visser\nrole: Opbouwwerker\nphone: 020 123 45 68 / 06 11 22 33 44\n---\nAnouk werkt in de wijk.\n");
        site.Write("input/pages/contact.md", "---\ntitle: Contact\n---\nBel [020 123 45 67 (ma-vr)](tel:+31201234567) of [bel](tel:) of [kantoor](tel:abc).\n\nOf [](/contact/).\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());

        Assert.Equal(3, result.Diagnostics.Count(d => d.Code == "TB0263"));
        foreach (var file in result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && !f.Path.StartsWith("admin/", StringComparison.Ordinal)))
        {
            var page = result.Html(file.Path);
            // Every tel: link on the site dials one real number; the sentences keep the number as text.
            Assert.All(page.QuerySelectorAll("a[href^='tel:']"), a => Assert.Contains(a.GetAttribute("href"), new[] { "tel:+31201234567", "tel:", "tel:abc" }));
            Assert.Empty(page.QuerySelectorAll("a[href^='https://wa.me/']"));
            Assert.DoesNotContain("+31201234567917", page.DocumentElement.OuterHtml);
        }
        Assert.Contains("020 123 45 67 (ma-vr 9-17 uur)", result.Html("contact/index.html").QuerySelector("main")!.TextContent);
        Assert.DoesNotContain("\"telephone\"", result.Text("index.html"));

        var links = result.Diagnostics.Where(d => d.Code == "TB0139" && d.Path == "input/pages/contact.md").OrderBy(d => d.Line).ThenBy(d => d.Column).ToList();
        Assert.Equal([(4, 50), (4, 65), (6, 4)], links.Select(d => (d.Line, d.Column)));
        Assert.Contains("`tel:`", links[0].Message);
        Assert.Contains("`tel:abc`", links[1].Message);
        Assert.Contains("geen woorden", links[2].Message);
    }
}
