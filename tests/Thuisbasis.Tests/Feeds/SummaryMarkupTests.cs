using System.Xml.Linq;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Feeds;

/// <summary>
/// A <c>summary</c> is plain text: it is what Buffer and Hootsuite post, Mailchimp mails, and search engines show.
/// Markdown or HTML in it (<c>**gratis**</c>, <c>[aanmelden](…)</c>, <c>&lt;b&gt;</c>) reaches every social post as
/// stars, brackets and tags, so the writer is told where, once, while the text itself stays exactly as written.
/// </summary>
public sealed class SummaryMarkupTests
{
    private static Pipeline.BuildResult Build(string summary, string folder = "stories")
    {
        using var site = new FixtureSite();
        var yaml = "summary: '" + summary.Replace("'", "''") + "'\n";
        if (folder == "stories")
            site.Write("input/stories/koffie.md", "---\ntitle: Koffie\ndate: 2026-11-10\nauthor: anouk-visser\n" + yaml + "---\nTekst.\n");
        else
            site.Write("input/vacancies/koffie.md", "---\ntitle: Koffie\ndate: 2026-11-10\nclosing_date: 2027-01-01\nkind: volunteer\n" +
                "location: Utrecht\ncontact: { name: Anouk Visser, email: anouk@test.example }\napply_email: werk@test.example\n" + yaml + "---\nTekst.\n");
        return site.Build();
    }

    [Theory]
    [InlineData("**Gratis** koffie voor iedereen.", "**")]
    [InlineData("Koffie voor __iedereen__.", "__")]
    [InlineData("Meld u aan via [het formulier](https://www.test.example/aanmelden/).", "[het formulier](https://www.test.example/aanmelden/)")]
    [InlineData("Koffie <b>gratis</b>.", "<b>")]
    public void MarkdownOrHtmlInASummaryIsAWarningAtTheSummary(string summary, string named)
    {
        var result = Build(summary);
        Assert.True(result.Succeeded, result.Describe());
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "TB0290");
        Assert.Equal("input/stories/koffie.md", warning.Path.Replace('\\', '/'));
        Assert.Equal(5, warning.Line);
        Assert.Contains($"`{named}`", warning.Message);
        // The text is kept as written: the warning says what to change, the build does not guess.
        var item = XDocument.Parse(result.Text("verhalen/feed.xml")).Descendants("item").Single();
        Assert.Equal(System.Net.WebUtility.HtmlEncode(summary).Replace("&#39;", "'"), item.Element("description")!.Value.Replace("&#39;", "'"));
    }

    /// <summary>A title is plain text too: in the tab, in a calendar app and in every post `<b>` and `**` stand as written.</summary>
    [Theory]
    [InlineData("activities", "title: '<b>Burendag</b> op het plein'\nstart: 2026-12-12 14:00\nlocation: Plein\n", "<b>")]
    [InlineData("stories", "title: '**Nieuw:** het taalcafé'\ndate: 2026-11-10\nauthor: anouk-visser\n", "**")]
    public void MarkupInATitleIsAWarningAtTheTitle(string folder, string frontMatter, string named)
    {
        using var site = new FixtureSite();
        site.Write($"input/{folder}/a.md", "---\n" + frontMatter + "---\nTekst.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "TB0290");
        Assert.Equal(($"input/{folder}/a.md", 2), (warning.Path, warning.Line));
        Assert.Equal($"De `title` is gewone tekst: `{named}` komt zo, met alle tekens, in de overzichten en in de berichten op sociale media en in de nieuwsbrief.", warning.Message);
    }

    [Fact]
    public void AVacancySummaryIsCheckedToo() =>
        Assert.Contains(Build("Kom **koken**.", "vacancies").Diagnostics, d => d.Code == "TB0290");

    [Theory]
    [InlineData("Koffie & taart voor 2 * 3 euro, 5 < 7.")]
    [InlineData("Wij zoeken een kok (m/v) [ervaring niet nodig].")]
    [InlineData("Het *gezellige* taalcafé.")]
    [InlineData("Mail naar info@test.example of bel 020 123 45 67.")]
    public void PlainSentencesWithSymbolsAreNoWarning(string summary)
    {
        var result = Build(summary);
        Assert.True(result.Succeeded, result.Describe());
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "TB0290");
    }
}
