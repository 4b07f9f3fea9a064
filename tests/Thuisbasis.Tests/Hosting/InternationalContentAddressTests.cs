using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Thuisbasis.Content;
using Thuisbasis.Content.Settings;
using Thuisbasis.Diagnostics;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Hosting;

/// <summary>
/// Web addresses that writers put in content files and <c>statiq.config</c> with a domain outside ASCII
/// (<c>https://werken-bij-zorg-één.nl/vacature-één</c>) are published as URIs, as the site's own <c>url</c> is: the host in
/// punycode, path and query percent-encoded as UTF-8. Machine-read outputs (JSON-LD, feeds, calendars, the editor's
/// configuration, Content-Security-Policy) need URIs; browsers and Google use this form for such a domain.
/// </summary>
public sealed class InternationalContentAddressTests
{
    private const string Apply = "https://xn--werken-bij-zorg-n-qtba.nl/vacature-%C3%A9%C3%A9n?functie=%C3%A9%C3%A9n";
    private const string Online = "https://xn--vergaderen-n-leba.nl/kamer/%C3%A9%C3%A9n";
    private const string Register = "https://xn--aanmelden-n-kbba.nl/taalcaf%C3%A9";
    private const string PersonProfile = "https://xn--linkedin-n-j7aa.nl/in/anouk";
    private const string SiteProfile = "https://xn--facebook-n-j7aa.nl/buurt";
    private const string Newsletter = "https://xn--nieuwsbrief-n-mhba.nl/aanmelden";
    private const string Statistics = "https://xn--statistiek-n-leba.nl";
    private const string GitApi = "https://xn--git-n-esaa.nl/api/v1";
    private const string Login = "https://xn--auth-n-fvaa.nl";

    private static Pipeline.BuildResult Build(FixtureSite site)
    {
        site.Write("statiq.config", """
            name: Testorganisatie
            url: https://www.test.example
            contact:
              phone: 020 123 45 67
              email: info@test.example
            socials:
              facebook: https://facebook-één.nl/buurt
            newsletter:
              provider: form
              action: https://nieuwsbrief-één.nl/aanmelden
            analytics:
              provider: matomo
              site: 3
              host: https://statistiek-één.nl
              consent: auto
            editor:
              backend: gitea
              repo: buurt/website
              api_root: https://git-één.nl/api/v1
              base_url: https://auth-één.nl
            """);
        site.Write("input/team/anouk-visser.md",
            "---\nname: Anouk Visser\nrole: Opbouwwerker\nsocials:\n  linkedin: https://linkedin-één.nl/in/anouk\n---\nAnouk werkt in de wijk.\n");
        site.Write("input/stories/verhaal.md", "---\ntitle: Verhaal\ndate: 2026-11-10\nauthor: anouk-visser\nsummary: Samenvatting.\n---\nTekst.\n");
        site.Write("input/vacancies/vrijwilliger.md",
            "---\ntitle: Vrijwilliger\ndate: 2026-11-05\nclosing_date: 2027-03-01\nkind: volunteer\nlocation: Zeist\n" +
            "contact: { name: Anouk, phone: 030 123 45 68 }\napply_url: https://werken-bij-zorg-één.nl/vacature-één?functie=één\n---\nKom helpen.\n");
        site.Write("input/activities/overleg.md", "---\ntitle: Overleg\nstart: 2026-12-10 10:00\nlocation: Buurthuis\n" +
            "online_url: https://vergaderen-één.nl/kamer/één\nregistration: { required: true, url: https://aanmelden-één.nl/taalcafé }\n---\nWelkom.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        return result;
    }

    private static IEnumerable<string> JsonLd(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("script[type='application/ld+json']").SelectMany(s => InternationalSiteAddressTests.Strings(JsonDocument.Parse(s.TextContent).RootElement));

    /// <summary>Every value of every output file, as its reader would see it: parsed HTML, XML, JSON, calendars, plain text.</summary>
    private static IEnumerable<(string File, string Value)> AllValues(Pipeline.BuildResult result)
    {
        foreach (var file in result.Files.Where(f => f.Bytes is not null).Select(f => f.Path))
        {
            var text = result.Text(file);
            IEnumerable<string> values = file switch
            {
                _ when file.EndsWith(".html", StringComparison.Ordinal) => HtmlValues(text),
                _ when file.EndsWith(".xml", StringComparison.Ordinal) && !file.EndsWith("sitemap.xml", StringComparison.Ordinal) =>
                    XDocument.Parse(text).Descendants().SelectMany(e => e.Attributes().Select(a => a.Value).Append(e.Value))
                        .SelectMany(v => v.Contains('<') ? HtmlValues(v).Append(v) : [v]),
                _ when file.EndsWith(".json", StringComparison.Ordinal) => InternationalSiteAddressTests.Strings(JsonDocument.Parse(text).RootElement),
                _ when file.EndsWith(".ics", StringComparison.Ordinal) => Ical.Net.Calendar.Load(text)!.Events
                    .SelectMany(e => new[] { e.Location, e.Description, e.Url?.OriginalString }.OfType<string>()),
                _ => [text],
            };
            foreach (var value in values) yield return (file, value);
        }
    }

    private static IEnumerable<string> HtmlValues(string html)
    {
        var doc = new HtmlParser().ParseDocument(html);
        return doc.All.SelectMany(e => e.Attributes).Select(a => a.Value).Concat(JsonLd(doc)).Append(doc.DocumentElement.TextContent);
    }

    [Fact]
    public void NoOutputFileCarriesADomainAsItWasWrittenOutsideAscii()
    {
        using var site = new FixtureSite();
        var result = Build(site);
        var checkedFiles = new HashSet<string>();
        foreach (var (file, value) in AllValues(result))
        {
            checkedFiles.Add(file);
            Assert.False(value.Contains("één.nl", StringComparison.Ordinal) || value.Contains("/taalcafé", StringComparison.Ordinal),
                $"{file} carries an address as written: {value[..Math.Min(value.Length, 300)]}");
        }
        Assert.Contains("_headers", checkedFiles);
        Assert.Contains("admin/config.yml", checkedFiles);
        Assert.Contains("activiteiten/overleg/agenda.ics", checkedFiles);
    }

    [Fact]
    public void TheVacancyActivityAndProfilesLinkToThePunycodeAddress()
    {
        using var site = new FixtureSite();
        var result = Build(site);

        var vacancy = result.Html("vacatures/vrijwilliger/index.html");
        Assert.Equal(Apply, vacancy.QuerySelector("a[data-track=apply]")!.GetAttribute("href"));
        var job = vacancy.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement)
            .Single(j => j.GetProperty("@type").GetString() == "JobPosting");
        Assert.False(job.GetProperty("directApply").GetBoolean());

        var activity = result.Html("activiteiten/overleg/index.html");
        var links = activity.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains(Online, links);
        Assert.Contains(Register, links);
        var ev = activity.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement)
            .First(j => j.GetProperty("@type").GetString() == "Event");
        var virtualPlace = ev.GetProperty("location").EnumerateArray().Single(l => l.GetProperty("@type").GetString() == "VirtualLocation");
        Assert.Equal(Online, virtualPlace.GetProperty("url").GetString());

        foreach (var ics in new[] { "activiteiten/overleg/agenda.ics", "activiteiten/agenda.ics" })
        {
            var e = Assert.Single(Ical.Net.Calendar.Load(result.Text(ics))!.Events);
            Assert.Contains($"Online meedoen: {Online}", e.Description);
        }

        var author = result.Html("auteur/anouk-visser/index.html");
        Assert.Contains(PersonProfile, author.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")));
        var home = result.Html("index.html");
        Assert.Contains(SiteProfile, home.QuerySelectorAll("footer a[href]").Select(a => a.GetAttribute("href")));
        Assert.Contains(SiteProfile, JsonLd(home));
        Assert.Contains(home.QuerySelectorAll("form[action]"), f => f.GetAttribute("action") == Newsletter);
    }

    [Fact]
    public void TheSecurityPolicyAndTheEditorNameTheOtherSitesInPunycode()
    {
        using var site = new FixtureSite();
        var result = Build(site);

        var policy = result.Html("index.html").QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content")!;
        var sources = policy.Split(';').Select(d => d.Trim().Split(' ')).ToDictionary(d => d[0], d => d.Skip(1).ToList());
        Assert.Contains("https://xn--nieuwsbrief-n-mhba.nl", sources["form-action"]);
        Assert.Contains(Statistics, sources["script-src"]);
        Assert.Contains(result.Html("index.html").QuerySelectorAll("script[src]"), s => s.GetAttribute("src")!.StartsWith(Statistics + "/", StringComparison.Ordinal));

        var config = result.Text("admin/config.yml");
        var backend = JsonDocument.Parse(config[config.IndexOf('{')..]).RootElement.GetProperty("backend");
        Assert.Equal(GitApi, backend.GetProperty("api_root").GetString());
        Assert.Equal(Login, backend.GetProperty("base_url").GetString());
        Assert.Contains(Login, result.Text("_headers"));
    }

    [Theory]
    [InlineData("input/vacancies/fout.md", "apply_url", "---\ntitle: Fout\ndate: 2026-11-05\nclosing_date: 2027-03-01\nkind: volunteer\nlocation: Zeist\ncontact: { name: Anouk, phone: 030 123 45 68 }\napply_url: https://werken-bij-één-.nl/vacature\n---\nTekst.\n", 8)]
    [InlineData("input/activities/fout.md", "online_url", "---\ntitle: Fout\nstart: 2026-12-10 10:00\nlocation: online\nonline_url: https://-vergaderen-één.nl/kamer\n---\nTekst.\n", 5)]
    [InlineData("input/team/fout.md", "socials.linkedin", "---\nname: Fout\nrole: Opbouwwerker\nsocials:\n  linkedin: https://linkedin-één-.nl/in/fout\n---\nTekst.\n", 5)]
    public void AnAddressWhoseDomainCannotExistIsAnErrorAtItsLine(string path, string key, string text, int line)
    {
        using var site = new FixtureSite();
        site.Write(path, text);
        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Path == path && d.Severity == Severity.Error);
        Assert.Equal("TB0111", error.Code);
        Assert.Equal(line, error.Line);
        Assert.Contains($"`{key}`", error.Message);
        Assert.Contains("één", error.Message); // as the writer wrote it, not in punycode
    }

    [Fact]
    public void ASocialProfileInTheSettingsWhoseDomainCannotExistIsAnErrorAtItsLine()
    {
        var bag = new DiagnosticBag();
        var settings = SettingsReader.Parse(SourceFile.FromText("statiq.config",
            "name: Test\nurl: https://www.test.example\nsocials:\n  facebook: https://facebook-één-.nl/buurt\n"), bag);
        var error = Assert.Single(bag.All(), d => d.Severity == Severity.Error);
        Assert.Equal(("TB0302", 4), (error.Code, error.Line));
        Assert.Contains("`socials.facebook`", error.Message);
        Assert.Empty(settings.Socials);
    }
}
