using Thuisbasis.Content;
using Thuisbasis.Content.Readers;
using Thuisbasis.Content.Settings;
using Thuisbasis.Diagnostics;

namespace Thuisbasis.Tests.Hardening;

/// <summary>A title of a whole paragraph is said to be too long: search engines and social media show about 60 characters.</summary>
public sealed class LongTitleTests
{
    private static readonly string Long = string.Concat(Enumerable.Repeat("Henk en de blauwe envelop ", 5)).Trim(); // 129 characters

    private static readonly DateOnly Today = new(2026, 12, 6);

    private static IReadOnlyList<Diagnostic> Read(string folder, string frontMatter)
    {
        var bag = new DiagnosticBag();
        var ctx = new ReadContext(new SiteSettings { Name = "Test", Url = "https://www.test.example" }, bag, Today);
        ContentReader.Parse(folder, SourceFile.FromText($"input/{folder}/a.md", $"---\n{frontMatter}\n---\nTekst.\n"), ctx);
        return bag.Sorted();
    }

    [Theory]
    [InlineData("stories", "date: 2026-01-01\nauthor: { name: Ria, role: cliënt }\nconsent: true")]
    [InlineData("vacancies", "date: 2026-01-01\nclosing_date: 2026-02-01\nkind: paid\nlocation: Oost\ncontact: { name: A, email: a@b.nl }\napply_email: a@b.nl")]
    [InlineData("services", "summary: Kort.")]
    [InlineData("activities", "start: 2026-12-08 10:00\nlocation: Buurthuis")]
    [InlineData("pages", "")]
    public void AVeryLongTitleIsAWarningAtTheTitle(string folder, string rest)
    {
        var d = Assert.Single(Read(folder, $"title: {Long}\n{rest}"), x => x.Code == "TB0264");
        Assert.False(d.IsError);
        Assert.Equal(($"input/{folder}/a.md", 2, 8), (d.Path, d.Line, d.Column));
        Assert.Equal("De titel is 129 tekens lang; zoekmachines en sociale media laten er ongeveer 60 zien, de rest valt weg.", d.Message);
        Assert.Equal("Maak de titel korter: liefst onder de 60 tekens, zeker onder de 100. Wat u nog meer wilt zeggen, past in de eerste zin van de tekst.", d.Help);
    }

    [Fact]
    public void ATitleOfAHundredCharactersWithEmojiCountedAsOneIsFine()
    {
        var title = new string('a', 97) + " 👩‍👩‍👧🎉"; // 97 letters, a space and two emoji: 100 characters as a reader counts them
        Assert.DoesNotContain(Read("services", $"title: {title}\nsummary: Kort."), x => x.Code == "TB0264");
        Assert.Contains(Read("services", $"title: {title}!\nsummary: Kort."), x => x.Code == "TB0264");
    }
}
