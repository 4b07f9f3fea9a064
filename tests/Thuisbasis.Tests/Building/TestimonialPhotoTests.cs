using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Building;

/// <summary>
/// A testimonial's <c>photo</c> (with its required <c>photo_alt</c>) is shown with the words, wherever the testimonial is:
/// the home page for a featured one, Onze klanten, Extra and its service's page. It was read, checked and published as an
/// image file, but no page showed it.
/// </summary>
public sealed class TestimonialPhotoTests
{
    [Fact]
    public void ATestimonialsPhotoIsShownBesideItsNameWithItsDescription()
    {
        using var site = new FixtureSite();
        site.WriteBytes("input/assets/img/gerda.png", Feeds.FeedTestSupport.Png(400, 400));
        site.Write("input/testimonials/gerda.md", "---\nname: Gerda Smit\nrole: mantelzorger\nconsent: true\nfeatured: true\n" +
            "photo: /assets/img/gerda.png\nphoto_alt: Gerda Smit lacht in haar tuin\n---\nIk sta er niet meer alleen voor.\n");
        site.Write("input/testimonials/piet.md", "---\nname: Piet\nrole: cliënt\nconsent: true\nfeatured: true\n---\nFijne mensen.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());

        foreach (var page in new[] { "index.html", "extra/index.html" })
        {
            var quotes = result.Html(page).QuerySelectorAll("figure.quote").ToList();
            var gerda = Assert.Single(quotes, q => q.QuerySelector("figcaption")!.TextContent.Contains("Gerda Smit", StringComparison.Ordinal));
            var img = Assert.Single(gerda.QuerySelectorAll("figcaption img"));
            Assert.Equal("Gerda Smit lacht in haar tuin", img.GetAttribute("alt"));
            Assert.True(result.Has(img.GetAttribute("src")!.TrimStart('/')), img.GetAttribute("src"));
            var piet = Assert.Single(quotes, q => q.QuerySelector("figcaption")!.TextContent.Contains("Piet", StringComparison.Ordinal));
            Assert.Empty(piet.QuerySelectorAll("img"));
        }
    }

    [Fact]
    public void OnzeKlantenShowsWhatClientsAndThePeopleAroundThemSayExtraShowsEveryone()
    {
        using var site = new FixtureSite();
        string Quote(string name, string role) => $"---\nname: {name}\nrole: {role}\nconsent: true\n---\nFijn.\n";
        site.Write("input/testimonials/ria.md", Quote("Ria", "cliënt"));
        site.Write("input/testimonials/gerda.md", Quote("Gerda", "mantelzorger"));
        site.Write("input/testimonials/mila.md", Quote("Mila", "moeder van Sem"));
        site.Write("input/testimonials/piet.md", Quote("Piet", "vrijwilliger bij het taalcafé"));
        site.Write("input/testimonials/jansen.md", Quote("Dokter Jansen", "huisarts"));
        site.Write("input/testimonials/els.md", Quote("Els", "mantelzorger voor haar partner"));
        site.Write("input/testimonials/kees.md", Quote("Kees", "sociaal werker bij het wijkteam"));
        site.Write("input/testimonials/sem.md", Quote("Sem", "maatje"));
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        string[] Names(string page) => [.. result.Html(page).QuerySelectorAll("figure.quote figcaption").Select(f => f.TextContent.Split(',')[0].Trim()).Order()];
        Assert.Equal(["Els", "Gerda", "Mila", "Ria"], Names("onze-klanten/index.html"));
        Assert.Equal(["Dokter Jansen", "Els", "Gerda", "Kees", "Mila", "Piet", "Ria", "Sem"], Names("extra/index.html"));
    }
}
