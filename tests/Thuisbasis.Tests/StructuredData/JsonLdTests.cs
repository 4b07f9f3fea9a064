using System.Text.Json;
using AngleSharp.Html.Parser;
using Thuisbasis.StructuredData;
using Thuisbasis.Tests.Feeds;

using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.StructuredData;

public sealed class JsonLdTests(FeedSite site) : IClassFixture<FeedSite>
{
    private const string Base = "https://www.delinde.example/";

    private List<JsonElement> JsonLd(string path, Pipeline.BuildResult? result = null) =>
        new HtmlParser().ParseDocument((result ?? site.Result).Text(path)).QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement.Clone()).ToList();

    private JsonElement Single(string path, string type) =>
        JsonLd(path).Single(d => d.GetProperty("@type").GetString() == type);

    [Fact]
    public void JsonLdOnEveryPageParsesAsSchemaOrgJson()
    {
        foreach (var page in site.Result.Files.Where(f => f.Path.EndsWith(".html")).Select(f => f.Path))
            foreach (var data in JsonLd(page))
            {
                Assert.Equal("https://schema.org", data.GetProperty("@context").GetString());
                Assert.False(string.IsNullOrEmpty(data.GetProperty("@type").GetString()));
            }
    }

    [Fact]
    public void HomePageDescribesTheOrganization()
    {
        var org = Single("index.html", "Organization");
        Assert.Equal("Buurthuis De Linde", org.GetProperty("name").GetString());
        Assert.Equal(Base, org.GetProperty("url").GetString());
        Assert.Equal(Base + "assets/img/logo.svg", org.GetProperty("logo").GetProperty("url").GetString());
        Assert.Equal("+31301234567", org.GetProperty("contactPoint").GetProperty("telephone").GetString());
        Assert.Equal("info@delinde.example", org.GetProperty("contactPoint").GetProperty("email").GetString());
        var address = org.GetProperty("address");
        Assert.Equal(("Lindeplein 1", "1234 AB", "Utrecht", "NL"), (address.GetProperty("streetAddress").GetString(),
            address.GetProperty("postalCode").GetString(), address.GetProperty("addressLocality").GetString(), address.GetProperty("addressCountry").GetString()));
        Assert.Equal(["https://www.facebook.com/delinde", "https://www.linkedin.com/company/delinde"],
            org.GetProperty("sameAs").EnumerateArray().Select(x => x.GetString()));
        Assert.DoesNotContain(JsonLd("index.html"), d => d.GetProperty("@type").GetString() == "BreadcrumbList");
    }

    /// <summary>Google takes the site name it shows above each result from <c>WebSite</c> data on the home page.</summary>
    [Fact]
    public void HomePageNamesTheWebSiteAndItsPublisher()
    {
        var website = Single("index.html", "WebSite");
        Assert.Equal("Buurthuis De Linde", website.GetProperty("name").GetString());
        Assert.Equal(Base, website.GetProperty("url").GetString());
        Assert.Equal("nl", website.GetProperty("inLanguage").GetString());
        Assert.Equal(Base + "#organisatie", website.GetProperty("publisher").GetProperty("@id").GetString());
        Assert.Equal(Base + "#website", website.GetProperty("@id").GetString());
        Assert.DoesNotContain(JsonLd("contact/index.html"), d => d.GetProperty("@type").GetString() == "WebSite");
    }

    [Fact]
    public void StoryIsABlogPostingWithAuthorPublisherAndImage()
    {
        var post = Single("verhalen/verhaal-4/index.html", "BlogPosting");
        Assert.Equal("Verhaal 4", post.GetProperty("headline").GetString());
        Assert.Equal("2026-04-10T00:00:00+02:00", post.GetProperty("datePublished").GetString());
        Assert.Equal("Anouk Visser", post.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal(Base + "auteur/anouk/", post.GetProperty("author").GetProperty("url").GetString());
        Assert.Equal("Buurthuis De Linde", post.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal(Base + "assets/img/verhaal.png", post.GetProperty("image").GetProperty("url").GetString());
        Assert.Equal(800, post.GetProperty("image").GetProperty("width").GetInt32());
        Assert.Equal("mantelzorg, taal", post.GetProperty("keywords").GetString());
    }

    [Fact]
    public void InnerPagesCarryTheirBreadcrumbsWithAbsoluteAddresses()
    {
        var crumbs = Single("verhalen/verhaal-1/index.html", "BreadcrumbList").GetProperty("itemListElement").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3], crumbs.Select(c => c.GetProperty("position").GetInt32()));
        Assert.Equal([Base, Base + "verhalen/", Base + "verhalen/verhaal-1/"], crumbs.Select(c => c.GetProperty("item").GetString()));
        Assert.Single(JsonLd("contact/index.html"), d => d.GetProperty("@type").GetString() == "BreadcrumbList");
    }

    [Fact]
    public void OpenPaidVacancyHasAGoogleJobPosting()
    {
        var job = Single("vacatures/sociaal-werker/index.html", "JobPosting");
        Assert.Equal("Sociaal werker", job.GetProperty("title").GetString());
        Assert.Contains("<a href=\"https://www.delinde.example/verhalen/\">mantelzorgers</a>", job.GetProperty("description").GetString());
        Assert.Equal("2026-11-10T00:00:00+01:00", job.GetProperty("datePosted").GetString());
        Assert.Equal("2026-12-31T23:59:59+01:00", job.GetProperty("validThrough").GetString());
        // 32-36 hours: from four days (part time) to a full week.
        Assert.Equal(["FULL_TIME", "PART_TIME"], job.GetProperty("employmentType").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("32-36 uur per week", job.GetProperty("workHours").GetString());
        Assert.Equal("Buurthuis De Linde", job.GetProperty("hiringOrganization").GetProperty("name").GetString());
        var address = job.GetProperty("jobLocation").GetProperty("address");
        Assert.Equal("Utrecht", address.GetProperty("addressLocality").GetString());
        Assert.Equal("Lindeplein 1", address.GetProperty("streetAddress").GetString());
        Assert.Equal("NL", address.GetProperty("addressCountry").GetString());
        var salary = job.GetProperty("baseSalary");
        Assert.Equal("EUR", salary.GetProperty("currency").GetString());
        Assert.Equal(3100m, salary.GetProperty("value").GetProperty("minValue").GetDecimal());
        Assert.Equal(4400m, salary.GetProperty("value").GetProperty("maxValue").GetDecimal());
        Assert.Equal("MONTH", salary.GetProperty("value").GetProperty("unitText").GetString());
        Assert.False(job.GetProperty("directApply").GetBoolean());
    }

    [Fact]
    public void VolunteerVacancyAppliedForOnTheSiteItselfIsDirectApplyWithItsOwnPlace()
    {
        var job = Single("vacatures/vrijwilliger/index.html", "JobPosting");
        Assert.Equal("VOLUNTEER", job.GetProperty("employmentType").GetString());
        Assert.True(job.GetProperty("directApply").GetBoolean());
        var address = job.GetProperty("jobLocation").GetProperty("address");
        Assert.Equal("Zeist", address.GetProperty("addressLocality").GetString());
        Assert.False(address.TryGetProperty("streetAddress", out _));
        Assert.False(job.TryGetProperty("baseSalary", out _));
    }

    [Theory]
    [InlineData("vacatures/gesloten/index.html")]
    [InlineData("vacatures/vervuld/index.html")]
    public void ClosedOrFilledVacancyKeepsItsPageWithANoticeButHasNoJobPosting(string path)
    {
        Assert.DoesNotContain(JsonLd(path), d => d.GetProperty("@type").GetString() == "JobPosting");
        Assert.Contains("Gesloten", new HtmlParser().ParseDocument(site.Result.Text(path)).QuerySelector("main")!.TextContent);
    }

    [Fact]
    public void DraftVacancyInAPreviewBuildHasNoJobPosting() =>
        Assert.DoesNotContain(JsonLd("vacatures/concept-vacature/index.html", site.Drafts), d => d.GetProperty("@type").GetString() == "JobPosting");

    [Fact]
    public void APaidJobFromPartTimeToFullTimeHoursIsPublishedAsBoth()
    {
        using var fixture = new Support.FixtureSite().Write("input/vacancies/sociaal-werker.md", """
            ---
            title: Sociaal werker
            date: 2026-11-10
            closing_date: 2099-12-31
            kind: paid
            hours: 28-36
            location: Utrecht
            contact: { name: Fatima, email: fatima@delinde.example }
            apply_email: werk@delinde.example
            ---
            Tekst.
            """);
        var result = fixture.Build();
        Assert.True(result.Succeeded, result.Describe());
        var job = JsonLd("vacatures/sociaal-werker/index.html", result).Single(d => d.GetProperty("@type").GetString() == "JobPosting");
        Assert.Equal(["FULL_TIME", "PART_TIME"], job.GetProperty("employmentType").EnumerateArray().Select(e => e.GetString()));
    }

    /// <summary>
    /// Google recommends an image for every article and event. A story or activity without a photo has one all the same:
    /// its share card, drawn with its title, which the page already gives social media. The data now names it too.
    /// </summary>
    [Fact]
    public void AStoryOrActivityWithoutAPhotoGivesItsShareCardAsItsImage()
    {
        using var fixture = new Support.FixtureSite()
            .Write("input/stories/zonder-foto.md", "---\ntitle: Zonder foto\ndate: 2026-11-02\nauthor: anouk-visser\n---\nTekst.\n")
            .Write("input/activities/koffie.md", "---\ntitle: Koffie\nstart: 2026-12-01 10:00\n" +
                "location: { name: Buurthuis, street: Lindeplein 1, postal_code: 1234 AB, city: Utrecht }\n---\nKoffie.\n");
        var result = fixture.Build();
        Assert.True(result.Succeeded, result.Describe());
        foreach (var (page, type) in new[] { ("verhalen/zonder-foto/index.html", "BlogPosting"), ("activiteiten/koffie/index.html", "Event") })
        {
            var card = result.Html(page).QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
            Assert.StartsWith("https://www.test.example/assets/deelkaarten/", card);
            Assert.True(result.Has(Support.SharedImages.Unversioned(card)!["https://www.test.example/".Length..]), $"{card} is not in the output");
            var data = JsonLd(page, result).First(d => d.GetProperty("@type").GetString() == type);
            var image = data.GetProperty("image");
            Assert.Equal(Support.SharedImages.Unversioned(card), image.ValueKind == JsonValueKind.Object ? image.GetProperty("url").GetString() : image.GetString());
        }
    }

    /// <summary>
    /// A video in a vacancy's text is a link and the theme's script on the page; the job's description (HTML, as Google
    /// reads it for its job search) keeps the link but not the script, which was there with a relative address.
    /// </summary>
    [Fact]
    public void AVideoInAVacancyIsALinkInTheJobDescriptionWithoutTheThemesScript()
    {
        using var fixture = new Support.FixtureSite().Write("input/vacancies/vrijwilliger.md", """
            ---
            title: Vrijwilliger
            date: 2026-11-10
            closing_date: 2099-12-31
            kind: volunteer
            location: Utrecht
            contact: { name: Fatima, email: fatima@delinde.example }
            apply_email: werk@delinde.example
            ---
            Kijk wat je gaat doen.

            ![Een dag in het buurthuis](https://www.youtube.com/watch?v=dQw4w9WgXcQ)
            """);
        var result = fixture.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.NotNull(result.Html("vacatures/vrijwilliger/index.html").QuerySelector("main script[src]")); // the page itself plays it
        var job = JsonLd("vacatures/vrijwilliger/index.html", result).Single(d => d.GetProperty("@type").GetString() == "JobPosting");
        var description = new HtmlParser().ParseDocument("<body>" + job.GetProperty("description").GetString() + "</body>").Body!;
        Assert.Empty(description.QuerySelectorAll("script"));
        var link = Assert.Single(description.QuerySelectorAll("a.video-link"));
        Assert.Equal("https://www.youtube.com/watch?v=dQw4w9WgXcQ", link.GetAttribute("href"));
        Assert.Equal("Een dag in het buurthuis", link.QuerySelector(".video-title")!.TextContent);
    }

    /// <summary>
    /// A vacancy with neither text nor summary (TB0208) has its page but no JobPosting: Google requires the description
    /// and reports a posting without one as an error in Search Console.
    /// </summary>
    [Fact]
    public void AVacancyWithoutAnyTextHasNoJobPosting()
    {
        using var fixture = new Support.FixtureSite().Write("input/vacancies/leeg.md", """
            ---
            title: Sociaal werker
            date: 2026-11-10
            closing_date: 2099-12-31
            kind: paid
            location: Utrecht
            contact: { name: Fatima, email: fatima@delinde.example }
            apply_email: werk@delinde.example
            ---
            """);
        var result = fixture.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.Contains(result.Diagnostics, d => d.Code == "TB0208");
        Assert.DoesNotContain(JsonLd("vacatures/leeg/index.html", result), d => d.GetProperty("@type").GetString() == "JobPosting");
    }

    /// <summary>The hours as a page, a post and <c>workHours</c> say them: "uur per week" once, and not after a word.</summary>
    [Theory]
    [InlineData("24-32", "24-32 uur per week")]
    [InlineData("32", "32 uur per week")]
    [InlineData("24 tot 32 uur", "24 tot 32 uur per week")]
    [InlineData("36u", "36u per week")]
    [InlineData("32 uur per week", "32 uur per week")]
    [InlineData("8 uur per maand", "8 uur per maand")]
    [InlineData("2 à 4 uur p.w.", "2 à 4 uur p.w.")]
    [InlineData("24/32", "24/32 uur per week")]
    [InlineData("24-32 uur/week", "24-32 uur/week")]
    [InlineData("32 uren", "32 uren per week")]
    [InlineData("flexibel", "flexibel")]
    [InlineData("in overleg", "in overleg")]
    [InlineData("  ", null)]
    public void HoursSayUurPerWeekOnce(string hours, string? expected) => Assert.Equal(expected, Thuisbasis.Model.WorkHours.PerWeek(hours));

    [Fact]
    public void HoursWrittenWithUurAreNotSaidTwiceOnThePageInTheListingAndInTheJobData()
    {
        using var fixture = new Support.FixtureSite().Write("input/vacancies/sociaal-werker.md", """
            ---
            title: Sociaal werker
            date: 2026-11-10
            closing_date: 2099-12-31
            kind: paid
            hours: 24 tot 32 uur
            location: Utrecht
            contact: { name: Fatima, email: fatima@delinde.example }
            apply_email: werk@delinde.example
            ---
            Tekst.
            """);
        var result = fixture.Build();
        Assert.True(result.Succeeded, result.Describe());
        var page = result.Html("vacatures/sociaal-werker/index.html");
        Assert.Equal("24 tot 32 uur per week", page.QuerySelectorAll("dt").Single(dt => dt.TextContent == "Uren").NextElementSibling!.TextContent);
        Assert.Contains(", 24 tot 32 uur per week.", page.QuerySelector("meta[name='description']")!.GetAttribute("content"));
        Assert.Contains("· 24 tot 32 uur per week", result.Html("vacatures/index.html").QuerySelector("main")!.TextContent);
        var job = JsonLd("vacatures/sociaal-werker/index.html", result).Single(d => d.GetProperty("@type").GetString() == "JobPosting");
        Assert.Equal("24 tot 32 uur per week", job.GetProperty("workHours").GetString());
    }

    [Theory]
    [InlineData("paid", "36-38", "FULL_TIME")]
    [InlineData("paid", "32-36", "FULL_TIME PART_TIME")]
    [InlineData("paid", "24 tot 32 uur", "PART_TIME")] // four days: part time in the Netherlands (it was both)
    [InlineData("paid", "24-32", "PART_TIME")]
    [InlineData("paid", "32", "PART_TIME")]
    [InlineData("paid", "36", "FULL_TIME")]
    [InlineData("paid", "40", "FULL_TIME")]
    [InlineData("paid", "16-24", "PART_TIME")]
    [InlineData("paid", "ongeveer twintig", "")]
    [InlineData("paid", null, "")]
    [InlineData("volunteer", "4", "VOLUNTEER")]
    [InlineData("internship", "36", "INTERN")]
    public void EmploymentTypeFollowsKindAndHours(string kind, string? hours, string expected) =>
        Assert.Equal(expected, string.Join(' ', JobPostingData.EmploymentType(kind, hours)));
}
