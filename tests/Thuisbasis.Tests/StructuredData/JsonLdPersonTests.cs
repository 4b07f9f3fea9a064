using System.Text.Json;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.StructuredData;

/// <summary>
/// A staff member's author page describes them as schema.org <c>Person</c> inside a <c>ProfilePage</c> (Google's form
/// for a creator's profile), with only what the page shows, and a story's author points at it. A client who wrote a
/// story has no profile and gets no more than the name the story shows.
/// </summary>
public sealed class JsonLdPersonTests
{
    private const string Base = "https://www.test.example/";

    private static List<JsonElement> JsonLd(Pipeline.BuildResult result, string path) =>
        result.Html(path).QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement.Clone()).ToList();

    private static JsonElement Single(Pipeline.BuildResult result, string path, string type) =>
        JsonLd(result, path).Single(d => d.GetProperty("@type").GetString() == type);

    private static Pipeline.BuildResult Build(FixtureSite site, string name = "Anouk Visser", string role = "Opbouwwerker", string alt = "Anouk lacht")
    {
        site.WriteBytes("input/assets/img/anouk.png", HostileSite.Photo());
        site.Write("input/team/anouk-visser.md", $"---\nname: {HostileSite.Q(name)}\nrole: {HostileSite.Q(role)}\nphoto: /assets/img/anouk.png\n" +
            $"photo_alt: {HostileSite.Q(alt)}\nemail: anouk@test.example\nphone: 020 123 45 67\n" +
            "socials: { linkedin: https://www.linkedin.com/in/anouk, instagram: https://www.instagram.com/anouk }\n---\nAnouk werkt in de wijk.\n");
        site.Write("input/stories/staf.md", "---\ntitle: Wat ik zie\ndate: 2026-11-02\nauthor: anouk-visser\n---\nVeel.\n");
        site.Write("input/stories/ria.md", "---\ntitle: Ria vertelt\ndate: 2026-11-01\nauthor: { name: Ria, role: cliënt }\nconsent: true\n---\nIk.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        return result;
    }

    [Fact]
    public void AuthorPageIsAProfileOfThePersonWithWhatThePageShows()
    {
        using var site = new FixtureSite();
        var result = Build(site);
        var profile = Single(result, "auteur/anouk-visser/index.html", "ProfilePage");
        Assert.Equal(Base + "auteur/anouk-visser/", profile.GetProperty("url").GetString());
        var person = profile.GetProperty("mainEntity");
        Assert.Equal("Person", person.GetProperty("@type").GetString());
        Assert.Equal(Base + "auteur/anouk-visser/#persoon", person.GetProperty("@id").GetString());
        Assert.Equal("Anouk Visser", person.GetProperty("name").GetString());
        Assert.Equal("Opbouwwerker", person.GetProperty("jobTitle").GetString());
        Assert.Equal(Base + "auteur/anouk-visser/", person.GetProperty("url").GetString());
        Assert.Equal(Base + "assets/img/anouk.png", person.GetProperty("image").GetProperty("url").GetString());
        Assert.Equal(["https://www.linkedin.com/in/anouk", "https://www.instagram.com/anouk"],
            person.GetProperty("sameAs").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal(Base + "#organisatie", person.GetProperty("worksFor").GetProperty("@id").GetString());
        Assert.Equal("Testorganisatie", person.GetProperty("worksFor").GetProperty("name").GetString());

        // The page shows the photo and the social profiles it names, and no e-mail address or phone number: nor does the data.
        var main = result.Html("auteur/anouk-visser/index.html").QuerySelector("main")!;
        Assert.NotNull(main.QuerySelector("img[src*='anouk']"));
        Assert.Equal(person.GetProperty("sameAs").EnumerateArray().Select(x => x.GetString()),
            main.QuerySelectorAll("a[href^='https://www.linkedin.com'], a[href^='https://www.instagram.com']").Select(a => a.GetAttribute("href")));
        Assert.DoesNotContain("anouk@test.example", main.TextContent);
        Assert.False(person.TryGetProperty("email", out _));
        Assert.False(person.TryGetProperty("telephone", out _));
    }

    [Fact]
    public void AStorysStaffAuthorPointsAtTheirProfileAndAClientAuthorIsOnlyTheirName()
    {
        using var site = new FixtureSite();
        var result = Build(site);
        var author = Single(result, "verhalen/staf/index.html", "BlogPosting").GetProperty("author");
        Assert.Equal(Base + "auteur/anouk-visser/#persoon", author.GetProperty("@id").GetString());
        Assert.Equal(Base + "auteur/anouk-visser/", author.GetProperty("url").GetString());

        var client = Single(result, "verhalen/ria/index.html", "BlogPosting").GetProperty("author");
        Assert.Equal(["@type", "name"], client.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Ria", client.GetProperty("name").GetString());
        Assert.DoesNotContain(result.Files, f => f.Path.StartsWith("auteur/ria", StringComparison.Ordinal));
    }

    /// <summary>Every payload in the name, role and photo description: the profile's data says exactly what was typed, and no script ends early.</summary>
    [Fact]
    public void HostileTextInAProfileStaysTextInItsData()
    {
        var all = string.Join(" ", HostileSite.Payloads);
        using var site = new FixtureSite();
        var result = Build(site, name: "Anouk " + all, role: all, alt: all);
        var html = result.Text("auteur/anouk-visser/index.html");
        var scripts = result.Html("auteur/anouk-visser/index.html").QuerySelectorAll("script[type='application/ld+json']");
        foreach (var script in scripts) Assert.DoesNotContain("</", script.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Html("auteur/anouk-visser/index.html").QuerySelectorAll("script"), s => s.GetAttribute("type") is null or "module" && s.GetAttribute("src") is null);
        var person = Single(result, "auteur/anouk-visser/index.html", "ProfilePage").GetProperty("mainEntity");
        // As text, with a character reference read as the character it stands for (front matter is plain text).
        var read = System.Net.WebUtility.HtmlDecode(all);
        Assert.Equal("Anouk " + read, person.GetProperty("name").GetString());
        Assert.Equal(read, person.GetProperty("jobTitle").GetString());
        Assert.Equal("Anouk " + read, Single(result, "verhalen/staf/index.html", "BlogPosting").GetProperty("author").GetProperty("name").GetString());
        Assert.Contains("<script type=\"application/ld+json\">", html);
    }
}
