using Thuisbasis.Diagnostics;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Content;

/// <summary>
/// One quote of one person in two files (a copy made by Explorer or Finder, or the same words saved again under another
/// name) would stand twice on every page that shows testimonials: a warning at the second file (TB0125), naming the
/// first. Only published testimonials count: one without <c>consent: true</c> is on no page.
/// </summary>
public sealed class SameTestimonialTests
{
    private const string Code = "TB0125";

    private static string Testimonial(string name, string quote, string extra = "") =>
        $"---\nname: {name}\nrole: cliënt\nconsent: true\n{extra}---\n{quote}\n";

    [Fact]
    public void ACopiedTestimonialIsAWarningAtTheCopysQuoteNamingTheFirstFile()
    {
        using var site = new FixtureSite();
        var bep = Testimonial("Bep", "Dankzij het maatje kom ik weer buiten.");
        site.Write("input/testimonials/bep.md", bep);
        site.Write("input/testimonials/bep (1).md", bep);

        var result = site.Build();

        Assert.True(result.Succeeded, result.Describe());
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((Code, Severity.Warning, "input/testimonials/bep (1).md", 6, 1), (d.Code, d.Severity, d.Path, d.Line, d.Column));
        Assert.Equal("Deze aanbeveling staat er al: `input/testimonials/bep.md` heeft dezelfde woorden van Bep, " +
                     "dus ze staan twee keer op elke pagina met aanbevelingen.", d.Message);
        Assert.Equal("Haal de kopie weg. Is het een nieuwe aanbeveling, schrijf dan de woorden en de naam van die persoon.", d.Help);
    }

    [Fact]
    public void TheSameQuoteOfTheSamePersonUnderAnotherNameIsAWarningButNotWithoutConsentOrFromSomeoneElse()
    {
        using var site = new FixtureSite();
        site.Write("input/testimonials/ria.md", Testimonial("Ria de Vries", "Ik voel me  gehoord.\nEcht waar."));
        // Written again later, the lines wrapped differently, another role and featured: still the same quote.
        site.Write("input/testimonials/ria-de-vries.md", Testimonial("Ria de Vries", "\nIk voel me gehoord. Echt waar.", "featured: true\n")
            .Replace("role: cliënt", "role: mantelzorger"));
        // Not on the site: no consent.
        site.Write("input/testimonials/ria-nog-vragen.md", Testimonial("Ria de Vries", "Ik voel me gehoord. Echt waar.").Replace("consent: true", "consent: false"));
        // Someone else who says the same is someone else.
        site.Write("input/testimonials/henk.md", Testimonial("Henk", "Ik voel me gehoord. Echt waar."));

        var result = site.Build();

        Assert.True(result.Succeeded, result.Describe());
        var d = Assert.Single(result.Diagnostics, x => x.Code == Code);
        Assert.Equal(("input/testimonials/ria-de-vries.md", 8), (d.Path, d.Line));
        Assert.Contains("`input/testimonials/ria.md`", d.Message);
        Assert.Equal(["TB0125", "TB0202"], result.Diagnostics.Select(x => x.Code).Order(StringComparer.Ordinal));
    }
}
