using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Building;

/// <summary>
/// A team member who left (<c>former: true</c>) keeps their name and role on the stories they wrote, and their author
/// page, but the site no longer shows a way to reach them or their photo, and they are not on the team page. Without it,
/// deleting their file stopped the build (TB0106) and keeping it published their e-mail, phone and photo.
/// </summary>
public sealed class FormerStaffTests
{
    [Fact]
    public void SomeoneWhoLeftKeepsTheirStoriesButNotTheirContactDetailsPhotoOrPlaceOnTheTeamPage()
    {
        using var site = new FixtureSite();
        site.WriteBytes("input/assets/img/sanne.png", Feeds.FeedTestSupport.Png(400, 400));
        site.Write("input/team/sanne-de-wit.md", "---\nname: Sanne de Wit\nrole: Buurtwerker\nformer: true\nemail: sanne@test.example\n" +
            "phone: 020 765 43 21\nsocials: { linkedin: https://www.linkedin.com/in/sannedewit }\nphoto: /assets/img/sanne.png\nphoto_alt: Sanne lacht\n---\nSanne werkte in Oost.\n");
        site.Write("input/stories/markt.md", "---\ntitle: Naar de markt\ndate: 2026-11-01\nauthor: sanne-de-wit\n---\nTekst.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());

        var all = result.AllText();
        Assert.DoesNotContain("sanne@test.example", all);
        Assert.DoesNotContain("765 43 21", all);
        Assert.DoesNotContain("linkedin.com/in/sannedewit", all);
        Assert.DoesNotContain(result.Files, f => f.Path.Contains("sanne", StringComparison.Ordinal) && f.Path.StartsWith("assets/", StringComparison.Ordinal));

        var story = result.Html("verhalen/markt/index.html");
        Assert.Contains("Sanne de Wit", story.QuerySelector(".meta")!.TextContent);
        Assert.Contains("Buurtwerker", story.QuerySelector(".meta")!.TextContent);
        Assert.True(result.Has("auteur/sanne-de-wit/index.html"));
        Assert.DoesNotContain("Sanne", result.Html("over-ons/index.html").QuerySelector("main")!.TextContent);
        Assert.Contains("Anouk Visser", result.Html("over-ons/index.html").QuerySelector("main")!.TextContent);

        // When everyone on file has left, there is no empty team section.
        site.Write("input/team/anouk-visser.md", "---\nname: Anouk Visser\nrole: Opbouwwerker\nformer: true\n---\nAnouk werkte in de wijk.\n");
        Assert.Null(site.Build().Html("over-ons/index.html").QuerySelector("#about-team"));
    }

    [Fact]
    public void AnActivityWhoseContactLeftIsAWarningNamingAColleague()
    {
        using var site = new FixtureSite();
        site.Write("input/team/sanne-de-wit.md", "---\nname: Sanne de Wit\nrole: Buurtwerker\nformer: true\n---\nSanne werkte in Oost.\n");
        site.Write("input/activities/koffie.md", "---\ntitle: Koffie\nstart: 2026-12-08 10:00\nlocation: Buurthuis\ncontact: sanne-de-wit\n---\nKoffie.\n");
        var d = Assert.Single(site.Build().Diagnostics, x => x.Code == "TB0172");
        Assert.Equal(("input/activities/koffie.md", 5), (d.Path, d.Line));
        Assert.Contains("Sanne de Wit werkt hier niet meer", d.Message);
        Assert.Contains("`contact: anouk-visser`", d.Help);
    }

    [Fact]
    public void TheTeamPageShowsAPersonsPhoneAndProfilesWithTheirNameForAScreenReader()
    {
        using var site = new FixtureSite();
        site.Write("input/team/sanne-de-wit.md", "---\nname: Sanne de Wit\nrole: Buurtwerker\nemail: sanne@test.example\n" +
            "phone: 020 765 43 21\nsocials: { linkedin: https://www.linkedin.com/in/sannedewit }\n---\nSanne werkt in Oost.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var sanne = result.Html("over-ons/index.html").QuerySelector("li#sanne-de-wit")!;
        Assert.Equal("tel:+31207654321", sanne.QuerySelector("a[data-track=phone]")!.GetAttribute("href"));
        var profile = sanne.QuerySelector("a[href='https://www.linkedin.com/in/sannedewit']")!;
        Assert.Equal("LinkedIn van Sanne de Wit", profile.TextContent);
    }
}
