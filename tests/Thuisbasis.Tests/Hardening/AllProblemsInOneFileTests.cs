using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Hardening;

/// <summary>
/// A tab, Word's curly quotes, an unquoted hashtag or a key written twice is reported, and the rest of the same file is
/// still checked in that build: a writer fixes everything in one go instead of meeting one mistake per build.
/// </summary>
public sealed class AllProblemsInOneFileTests
{
    private static List<(string Code, int Line, int Column)> Problems(string frontMatter, string file = "input/stories/a.md")
    {
        using var site = new FixtureSite();
        site.Write(file, "---\n" + frontMatter + "\n---\nTekst.\n");
        var result = site.Build();
        Assert.False(result.Succeeded, result.Describe());
        return result.Diagnostics.Where(d => d.Path == file).OrderBy(d => (d.Line, d.Column))
            .Select(d => (d.Code, d.Line, d.Column)).ToList();
    }

    [Fact]
    public void CurlyQuotesDoNotHideAWrongDateOrAMisspeltKeyInTheSameFile()
    {
        var problems = Problems("title: “Henk en de envelop”\ndate: 2026-13-01\nauthor: { name: Henk, role: cliënt }\nconsent: “true”\ntgas: [geld]");
        // The curly-quoted `consent` is read as the `true` the writer meant: no second message that it is not true or false.
        Assert.Equal([("TB0117", 2, 8), ("TB0102", 3, 7), ("TB0117", 5, 10), ("TB0201", 6, 1)], problems);
    }

    [Fact]
    public void ATabDoesNotHideAWrongDateInTheSameFile()
    {
        var problems = Problems("title: A\ndate: 5 december 2026\nauthor: anouk-visser\ntags:\n\t- geld\n\t- buurt");
        Assert.Equal([("TB0102", 3, 7), ("TB0115", 6, 1), ("TB0115", 7, 1)], problems);
    }

    [Fact]
    public void ATabBeforeAKeyAtTheLeftEdgeDoesNotHideAMisspeltKey()
    {
        // Two spaces for that tab would put `order` under `titel`; read without the tab, the rest is checked.
        var problems = Problems("titel: Werkwijze\n\torder: 3", "input/pages/method.md");
        Assert.Equal([("TB0101", 2, 1), ("TB0115", 3, 1), ("TB0201", 2, 1)], problems.Order());
    }

    [Fact]
    public void ATabAndCurlyQuotesOnOneLineAreBothReported()
    {
        var problems = Problems("title: A\ndate: 2026-01-01\nauthor:\n\tname: “Ria”\n  role: cliënt\nconsent: true");
        Assert.Equal([("TB0115", 5, 1), ("TB0117", 5, 8)], problems);
    }

    [Fact]
    public void EveryKeyWrittenTwiceIsReportedWithTheOtherProblems()
    {
        var problems = Problems("title: A\ntitle: B\ndate: 2026-01-01\nauthor: anouk-visser\ndraft: false\ndraft: true\nimgae: /a.png");
        Assert.Equal([("TB0100", 3, 1), ("TB0100", 7, 1), ("TB0201", 8, 1)], problems);
    }

    [Fact]
    public void AnUnquotedHashtagDoesNotHideAWrongDate()
    {
        var problems = Problems("title: A\ndate: 31-13-2026\nauthor: anouk-visser\ntags: [#mantelzorg, #taal]");
        Assert.Equal([("TB0102", 3, 7), ("TB0116", 5, 8), ("TB0116", 5, 21)], problems);
    }

    [Fact]
    public void ARepairThatDoesNotParseAddsNoMessageOfItsOwn()
    {
        // Two spaces for the tab put `role` deeper than `name`: that is the repair's doing, not the writer's, so unsaid.
        var problems = Problems("title: A\ndate: 2026-01-01\nauthor:\n\tname: Ria\n  \trole: cliënt\nconsent: true");
        Assert.Equal([("TB0115", 5, 1), ("TB0115", 6, 3)], problems);
    }

    [Fact]
    public void AKeyWrittenTwiceInsideBracesIsReportedOnceAndNothingElse()
    {
        // Leaving out the whole `author` line would make a second, wrong message that the author is missing.
        var problems = Problems("title: A\ndate: 2026-01-01\nauthor: { name: Ria, name: Riet, role: cliënt }\nconsent: true");
        Assert.Equal([("TB0100", 4, 22)], problems);
    }
}
