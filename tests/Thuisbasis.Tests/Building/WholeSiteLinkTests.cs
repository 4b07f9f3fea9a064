using Thuisbasis.Checks;
using Thuisbasis.Diagnostics;
using Thuisbasis.Tests.Activities;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Building;

/// <summary>
/// No page the theme makes links to a page that is not there: listings, pagers, tag and author archives, the agenda and
/// the vacancies, on a site where every kind of withheld item sits next to published ones.
/// </summary>
public sealed class WholeSiteLinkTests
{
    [Fact]
    public void NoPageLinksToAPageOrFileThatWasNotBuiltWhenItemsAreWithheld()
    {
        using var site = AgendaSite.Create();
        var evening = Path.Combine(site.Root, "input/activities/mantelzorgavond.md"); // its sign-up form is not part of this site
        File.WriteAllText(evening, File.ReadAllText(evening).Replace("https://www.test.example/aanmelden", "https://aanmelden.test.example/"));
        for (var i = 1; i <= 12; i++)
            site.Write($"input/stories/s{i:00}.md", $"---\ntitle: Verhaal {i}\ndate: 2026-0{1 + i % 9}-1{i % 10}\nauthor: anouk-visser\ntags: [Buurt, \"{(i % 2 == 0 ? "Taal" : "#taal")}\"]\n---\nTekst {i}.\n");
        site.Write("input/stories/concept.md", "---\ntitle: Concept\ndate: 2026-03-01\nauthor: anouk-visser\ndraft: true\ntags: [alleenconcept]\n---\nNog niet.\n");
        site.Write("input/stories/later.md", "---\ntitle: Later\ndate: 2027-03-01\nauthor: anouk-visser\ntags: [alleenlater]\n---\nNog niet.\n");
        site.Write("input/stories/ria.md", "---\ntitle: Ria\ndate: 2026-03-01\nauthor: { name: Ria, role: cliënt }\nconsent: false\ntags: [alleenria]\n---\nNiet delen.\n");
        site.Write("input/team/bram.md", "---\nname: Bram\nrole: Buurtwerker\n---\nBram schrijft alleen concepten.\n");
        site.Write("input/stories/bram.md", "---\ntitle: Van Bram\ndate: 2026-03-01\nauthor: bram\ndraft: true\n---\nNog niet.\n");
        foreach (var (slug, closing) in new[] { ("open", "2026-12-31"), ("dicht", "2026-10-01") })
            site.Write($"input/vacancies/{slug}.md", $"---\ntitle: Baan {slug}\ndate: 2026-09-01\nclosing_date: {closing}\nkind: paid\nlocation: Amsterdam\n" +
                $"tags: [alleen{slug}]\ncontact: {{ name: Anouk Visser, email: anouk@test.example }}\napply_email: werk@test.example\n---\nKom erbij.\n");
        site.Write("input/testimonials/bep.md", "---\nname: Bep\nrole: cliënt\nconsent: false\nfeatured: true\n---\nNiet delen.\n");

        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var found = new DiagnosticBag();
        var checker = new LinkChecker(site.Root);
        checker.Check(result, found);

        Assert.True(checker.PagesChecked > 40, $"{checker.PagesChecked} pages");
        Assert.Equal([], found.All().Where(d => d.Code is "TB0500" or "TB0501").Select(d => d.Message));
        Assert.True(result.Has("verhalen/pagina/2/index.html"));
        Assert.False(result.Has("auteur/bram/index.html"));
        // No topic page for what only withheld items have; an open vacancy's topic has one (VacancyTagTests).
        Assert.DoesNotContain(result.Files, f => f.Path.Contains("alleen", StringComparison.Ordinal) && !f.Path.Contains("alleenopen", StringComparison.Ordinal));
        Assert.True(result.Has("onderwerp/alleenopen/index.html"));
    }
}
