using System.Text.Json;
using Thuisbasis.Content;
using Thuisbasis.Model;
using Thuisbasis.Pipeline;
using Thuisbasis.Tests.Building;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Template;

/// <summary>
/// `dotnet new thuisbasis --organisatie … --telefoon …` writes the options into the sample's settings, front matter
/// and texts. Whatever a real organisation is called ('t Buurthuis, "De Brug") the site it makes must still build,
/// show the name as written, and dial the number it was given.
/// </summary>
public sealed class TemplateOptionsTests
{
    private static readonly string Root = SampleSiteTests.RepositoryRoot();

    [Theory]
    [InlineData("Stichting 't Buurthuis Café", "0318 - 12 34 56")]
    [InlineData("'t Buurthuis", "+31 6 1234 5678")]
    [InlineData("Stichting \"De Brug\" #1: Oost", "(030) 765 43 21")]
    [InlineData("Welzijn \\ Zorg", "0031 20 765 43 21")]
    [InlineData("Stichting 't Anker & Zorg", "+31 (0)30 123 45 67")]
    [InlineData("Welzijn Éénhoorn", "0800-1234")]
    [InlineData("Buurt*kracht* & [Zorg]_Noord <b>", "020 123 45 67")]
    public void ASiteMadeWithAnyOrganisationNameAndPhoneBuildsLikeTheSampleAndShowsThemAsWritten(string name, string phone)
    {
        using var site = MakeSite(name, phone);
        var result = new SiteEngine(new BuildOptions { Root = site.Root, Date = FixtureSite.Today }).Build();

        Assert.True(result.Succeeded, result.Describe());
        // The sample's one testimonial without consent, as in SampleSiteTests; a name with <b> in the home page's title is
        // told that it shows as written there (TB0290).
        Assert.Equal(name.Contains("<b>") ? ["TB0202", "TB0290"] : ["TB0202"], result.Codes().Order());
        var home = result.Html("index.html");
        Assert.Equal("Welkom bij " + name, home.QuerySelector("h1")!.TextContent);
        Assert.StartsWith(name + " – ", home.Title);
        Assert.Equal(name, home.QuerySelector("meta[property='og:site_name']")!.GetAttribute("content"));
        var organisation = home.QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement)
            .Single(j => j.TryGetProperty("@type", out var t) && t.GetString() == "Organization");
        Assert.Equal(name, organisation.GetProperty("name").GetString());
        Assert.StartsWith(name + " helpt", organisation.GetProperty("description").GetString());
    }

    /// <summary>
    /// The name stands in the sample's Markdown texts too (a heading, the start of a paragraph, mid-sentence). There the
    /// template puts a \ before what Markdown would read as markup: emphasis, a link, HTML, a heading or a list at the
    /// start of a line, a bare web address. Whatever the name, the pages show it as typed.
    /// </summary>
    [Theory]
    [InlineData("Buurt*kracht* & [Zorg]_Noord <b>")]
    [InlineData("#1 Zorg ~~oud~~ ==nieuw== ++plus++ ^boven^ ~onder~")]
    [InlineData("A. Jansen Zorg &amp; Welzijn")]
    [InlineData("- Zorg > Welzijn | `code` \\ www.zorg.example")]
    [InlineData("12. Stichting _Oost_ [^1] <!-- -->")]
    public void ANameWithMarkdownCharactersStandsInTheTextsAsTypedNotAsMarkup(string name)
    {
        using var site = MakeSite(name, "030 765 43 21");
        var result = new SiteEngine(new BuildOptions { Root = site.Root, Date = FixtureSite.Today }).Build();

        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal(name.Contains("<b>") ? ["TB0202", "TB0290"] : ["TB0202"], result.Codes().Order()); // TB0290: <b> in the home page's title
        // about.md: a paragraph that begins with the name.
        var about = result.Html("over-ons/index.html").QuerySelectorAll("p")
            .Single(p => p.TextContent.StartsWith(name + " is een welzijnsorganisatie", StringComparison.Ordinal));
        Assert.Empty(about.Children);
        // extra.md: a heading that ends with it.
        var heading = result.Html("extra/index.html").QuerySelectorAll("h2").Single(h => h.TextContent == "Werken bij " + name);
        Assert.Empty(heading.Children);
        // home.md: mid-sentence, in a paragraph whose one element is the phone link.
        var home = result.Html("index.html").QuerySelectorAll("p")
            .Single(p => p.TextContent.Contains("Bij " + name + " kunt u terecht.", StringComparison.Ordinal));
        Assert.Equal(["A"], home.Children.Select(c => c.TagName));
    }

    [Theory]
    [InlineData("0318 - 12 34 56")]
    [InlineData("+31 6 1234 5678")]
    [InlineData("0031 20 765 43 21")]
    [InlineData("+31 (0)30 765 43 21")]
    public void EveryTapToCallLinkOnTheHomePageDialsTheNumberTheTemplateWasGiven(string phone)
    {
        using var site = MakeSite("Buurthuis De Linde", phone);
        var result = new SiteEngine(new BuildOptions { Root = site.Root, Date = FixtureSite.Today }).Build();

        Assert.True(result.Succeeded, result.Describe());
        var calls = result.Html("index.html").QuerySelectorAll("a[href^='tel:']").ToList();
        Assert.Contains(calls, a => a.TextContent == phone); // the one written in home.md's text
        Assert.All(calls, a => Assert.Equal(Links.TelHref(phone), a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("tel: 020 123 45 67")]
    [InlineData("020 123 45 67, toestel 3")]
    [InlineData("020 123 45 67 # receptie")]
    [InlineData("\"020\" 123 45 67")]
    public void APhoneNumberWithAColonACommaOrAHashKeepsTheSettingsAndTheAgendaValidAndAsWritten(string phone)
    {
        // The number stands in statiq.config and in the sample's activities (inside `{ … }`), where these characters
        // mean something in YAML: without quotes the files break or the number is cut off.
        using var site = MakeSite("Buurthuis De Linde", phone);
        var result = new SiteEngine(new BuildOptions { Root = site.Root, Date = FixtureSite.Today }).Build();

        Assert.True(result.Succeeded, result.Describe());
        // TB0263: not a number a phone can dial; TB0139: the home page's `tel:` link in the text, made of it, dials none either.
        Assert.All(result.Diagnostics, d => Assert.Contains(d.Code, new[] { "TB0202", "TB0263", "TB0139" }));
        var contact = result.Html("contact/index.html");
        Assert.Contains(contact.QuerySelectorAll("address, footer").Select(e => e.TextContent), t => t.Contains(phone, StringComparison.Ordinal));
        var talk = result.Html("activiteiten/informatieavond-geldzaken/index.html");
        Assert.Contains(phone, talk.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://www.delinde.example/")]
    [InlineData("www.delinde.example")]
    [InlineData("https://www.delinde.example")]
    [InlineData("HTTPS://WWW.DeLinde.Example/")]
    [InlineData("WWW.DELINDE.EXAMPLE")]
    public void AWebAddressCopiedWithASlashOrWithoutHttpsGivesTheSiteItsAddressAndLinksWithoutADoubleSlash(string given)
    {
        using var site = MakeSite("Buurthuis De Linde", "030 765 43 21", given);
        var result = new SiteEngine(new BuildOptions { Root = site.Root, Date = FixtureSite.Today }).Build();

        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal(["TB0202"], result.Codes());
        var sitemap = System.Xml.Linq.XDocument.Parse(result.Text("sitemap.xml"));
        Assert.Contains(sitemap.Descendants().Where(e => e.Name.LocalName == "loc"), l => l.Value == "https://www.delinde.example/");
        // The sample's volunteer vacancy applies through the site's own contact page.
        var apply = result.Html("vacatures/vrijwilliger-taalcafe-en-maatje/index.html").QuerySelectorAll("a[href^='https://www.delinde.example']")
            .Select(a => a.GetAttribute("href")).ToList();
        Assert.NotEmpty(apply);
        Assert.All(apply, href => Assert.Equal("https://www.delinde.example/contact/", href));
    }

    [Theory]
    [InlineData("https://www.delinde.example/", "delinde.example")]
    [InlineData("delinde.example", "delinde.example")]
    [InlineData("https://buurt.delinde.example/", "buurt.delinde.example")]
    [InlineData("https://Buurt.DeLinde.EXAMPLE/", "buurt.delinde.example")]
    public void EveryEmailAddressOfANewSiteIsAtTheOrganisationsOwnDomainNotTheSamples(string given, string domain)
    {
        using var site = MakeSite("Buurthuis De Linde", "030 765 43 21", given);
        var result = new SiteEngine(new BuildOptions { Root = site.Root, Date = FixtureSite.Today }).Build();

        Assert.True(result.Succeeded, result.Describe());
        var contact = result.Html("contact/index.html");
        var mails = contact.QuerySelectorAll("a[href^='mailto:']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains($"mailto:info@{domain}", mails);
        Assert.All(mails, m => Assert.EndsWith("@" + domain, m.Split('?')[0], StringComparison.Ordinal));
        var organisation = result.Html("index.html").QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement)
            .Single(j => j.TryGetProperty("@type", out var t) && t.GetString() == "Organization");
        Assert.Equal($"info@{domain}", organisation.GetProperty("email").GetString());
        // No page, feed or calendar of the new site sends anyone to the sample organisation's mailboxes.
        var texts = result.Files.Where(f => Path.GetExtension(f.Path) is ".html" or ".xml" or ".json" or ".ics" or ".txt")
            .Select(f => f.Path).ToList();
        Assert.True(texts.Count > 40, $"only {texts.Count} text files were made");
        Assert.DoesNotContain(texts, path => result.Text(path).Contains("buurtkracht-oost.nl", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// A host name has no capitals (the site compares addresses letter for letter), so the template writes it in lower
    /// case; what follows it is kept as typed, where a server may tell capitals apart.
    /// </summary>
    [Theory]
    [InlineData("HTTPS://WWW.DeLinde.Example", "https://www.delinde.example")]
    [InlineData(" WWW.DeLinde.Example/Oost/ ", "https://www.delinde.example/Oost")]
    [InlineData("https://Zorg.Example:8443/Wijk/Noord", "https://zorg.example:8443/Wijk/Noord")]
    public void TheHostOfTheWebAddressIsWrittenInLowerCaseAndTheRestAsTyped(string given, string url)
    {
        var symbols = TemplateSymbols.Read(TemplateSymbols.TemplateJson(Root), new Dictionary<string, string> { ["webadres"] = given });

        var settings = symbols.Apply(File.ReadAllText(Path.Combine(Root, "statiq.config"))).Split('\n');

        Assert.Contains("url: " + url, settings);
    }

    /// <summary>
    /// The template writes the organisation into the writers' guide too (its title, the sample's addresses), but the
    /// guide's examples of how to write a phone number stay its own: a number given as "0800-1234 (gratis)" would
    /// otherwise become the good example in the very section that says brackets are not allowed.
    /// </summary>
    [Fact]
    public void TheWritersGuideKeepsItsExamplesOfHowToWriteANumberWhateverNumberTheSiteGets()
    {
        var symbols = TemplateSymbols.Read(TemplateSymbols.TemplateJson(Root), new Dictionary<string, string>
        {
            ["organisatie"] = "Buurthuis De Linde", ["telefoon"] = "0800-1234 (gratis)", ["webadres"] = "https://www.delinde.example",
        });
        var guide = File.ReadAllText(Path.Combine(Root, "docs", "handleiding.md"));

        var written = symbols.Apply(guide).Split('\n');

        Assert.Equal("# Handleiding: de website van Buurthuis De Linde bijhouden", written[0]);
        var examples = guide.Split('\n').Where(l => l.Contains("TB0263", StringComparison.Ordinal) || l.Contains("spaties en streepjes", StringComparison.Ordinal)).ToList();
        Assert.True(examples.Count >= 3, string.Join("\n", examples));
        Assert.All(examples, line => Assert.Contains(line, written));
    }

    /// <summary>The sample's settings and input/ as the template writes them for these options.</summary>
    private static FixtureSite MakeSite(string name, string phone, string webAddress = "https://www.delinde.example")
    {
        var symbols = TemplateSymbols.Read(TemplateSymbols.TemplateJson(Root),
            new Dictionary<string, string> { ["organisatie"] = name, ["telefoon"] = phone, ["webadres"] = webAddress });
        var site = new FixtureSite(withDefaults: false);
        site.Write("statiq.config", symbols.Apply(File.ReadAllText(Path.Combine(Root, "statiq.config"))));
        var input = Path.Combine(Root, "input");
        foreach (var file in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories))
        {
            var relative = Path.Combine("input", Path.GetRelativePath(input, file));
            if (Path.GetExtension(file) is ".md" or ".yml" or ".yaml" or ".json") site.Write(relative, symbols.Apply(File.ReadAllText(file)));
            else site.WriteBytes(relative, File.ReadAllBytes(file));
        }
        return site;
    }
}
