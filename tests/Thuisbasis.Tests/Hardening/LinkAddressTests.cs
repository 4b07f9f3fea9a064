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
}
