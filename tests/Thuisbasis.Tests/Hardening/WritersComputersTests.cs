using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Hardening;

/// <summary>
/// What writers' computers and phones put into <c>input/</c>: Explorer's and Finder's copies of a file, files the
/// build may not read, names too long for a file system. Each is one clear message naming the files, never an
/// exception and never a story twice on the site.
/// </summary>
public sealed class WritersComputersTests
{
    private const string Henk = "---\ntitle: Henk en de blauwe envelop\ndate: 2026-06-07\nauthor: anouk-visser\n---\nHenk vertelt.\n";

    [Theory]
    [InlineData("henk (1).md")]       // Windows Explorer, a download twice
    [InlineData("henk - kopie.md")]   // Windows Explorer in Dutch
    [InlineData("henk kopie.md")]     // Finder in Dutch
    [InlineData("henk 2.md")]         // Finder, "Dupliceer"
    public void CopyOfAStoryIsAnErrorNamingBothFiles(string copy)
    {
        using var site = new FixtureSite();
        site.Write("input/stories/henk.md", Henk);
        site.Write("input/stories/" + copy, Henk.Replace("Henk vertelt.", "Henk vertelt, iets anders."));
        var result = site.Build();
        Assert.False(result.Succeeded);
        var d = Assert.Single(result.Diagnostics, x => x.IsError);
        Assert.Equal(("TB0124", "input/stories/" + copy, 2), (d.Code, d.Path, d.Line));
        Assert.Contains("`input/stories/henk.md`", d.Message);
        Assert.Contains("`Henk en de blauwe envelop`", d.Message);
    }

    [Fact]
    public void StoriesWithOneTitleOnDifferentDaysAreTwoStories()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/nieuwjaar-2025.md", "---\ntitle: Nieuwjaarsbijeenkomst\ndate: 2025-01-05\nauthor: anouk-visser\n---\nT.\n");
        site.Write("input/stories/nieuwjaar-2026.md", "---\ntitle: Nieuwjaarsbijeenkomst\ndate: 2026-01-04\nauthor: anouk-visser\n---\nT.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void CopiesOfAVacancyAndAnActivityAreErrorsAndADraftCopyIsNot()
    {
        using var site = new FixtureSite();
        const string vacancy = "---\ntitle: Vrijwilliger taalcafé\ndate: 2026-11-01\nclosing_date: 2026-12-31\nkind: volunteer\nlocation: Oost\ncontact: { name: Anouk, email: a@test.example }\napply_email: a@test.example\n---\nT.\n";
        site.Write("input/vacancies/taalcafe.md", vacancy);
        site.Write("input/vacancies/taalcafe kopie.md", vacancy);
        const string activity = "---\ntitle: Taalcafé\nstart: 2026-12-08 10:00\nlocation: Buurthuis\n---\nT.\n";
        site.Write("input/activities/taalcafe.md", activity);
        site.Write("input/activities/taalcafe (1).md", activity);
        site.Write("input/stories/henk.md", Henk);
        site.Write("input/stories/henk (1).md", Henk.Replace("date:", "draft: true\ndate:"));
        var errors = site.Build().Diagnostics.Where(d => d.IsError).ToList();
        Assert.Equal(["input/activities/taalcafe (1).md", "input/vacancies/taalcafe kopie.md"], errors.Select(d => d.Path).Order(StringComparer.Ordinal));
        Assert.All(errors, d => Assert.Equal("TB0124", d.Code));
    }

    [Fact]
    public void ThreeFilesOnOneAddressAreNamedOnceAndNotCalledTwo()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/henk.md", Henk);
        site.Write("input/stories/Henk.md", Henk.Replace("Henk en", "Henk, en"));
        site.Write("input/stories/2026-06-07-henk.md", Henk.Replace("Henk en", "Henk; en"));
        site.Write("input/activities/taalcafe.md", "---\ntitle: Taalcafé\nstart: 2026-12-08 10:00\nlocation: Buurthuis\n---\nT.\n");
        site.Write("input/activities/taalcafé.md", "---\ntitle: Taalcafé op dinsdag\nstart: 2026-12-09 10:00\nlocation: Buurthuis\n---\nT.\n");
        var clashes = site.Build().Diagnostics.Where(d => d.Code == "TB0110").ToList();
        Assert.Equal(2, clashes.Count); // one per clash: the activity's page and its calendar are one clash
        var stories = Assert.Single(clashes, d => d.Path.StartsWith("input/stories/", StringComparison.Ordinal));
        Assert.DoesNotContain("Twee", stories.Message);
        Assert.Contains("input/stories/2026-06-07-henk.md, input/stories/Henk.md en input/stories/henk.md", stories.Message);
    }

    [Fact]
    public void FileNameOverTwoHundredCharactersIsAnErrorNotAnException()
    {
        using var site = new FixtureSite();
        var name = new string('a', 250);
        site.WriteBytes($"input/assets/{name}.jpg", Feeds.FeedTestSupport.Photo(600, 400, SkiaSharp.SKEncodedImageFormat.Jpeg));
        var result = site.BuildAndWrite(likeTheCommandLine: true);
        Assert.False(result.Succeeded);
        var d = Assert.Single(result.Diagnostics, x => x.IsError);
        Assert.Equal(("TB0005", $"input/assets/{name}.jpg"), (d.Code, d.Path));
        Assert.Contains("254 tekens", d.Message);
    }

    /// <summary>
    /// <c>café.jpg</c> from Windows (é one letter) and from a Mac (e and an accent) are two files on Linux with one
    /// address: one photo silently replaced the other, and two PDFs gave a TB0110 naming the "same" file twice.
    /// </summary>
    [Fact]
    public void OneNameSpelledTheWindowsAndTheMacWayIsAnErrorThatSaysSo()
    {
        using var site = new FixtureSite();
        site.WriteBytes("input/assets/caf\u00e9.jpg", Feeds.FeedTestSupport.Photo(600, 400, SkiaSharp.SKEncodedImageFormat.Jpeg));
        site.WriteBytes("input/assets/cafe\u0301.jpg", Feeds.FeedTestSupport.Photo(640, 480, SkiaSharp.SKEncodedImageFormat.Jpeg));
        site.WriteBytes("input/assets/folder-caf\u00e9.pdf", [(byte)'%', (byte)'P']);
        site.WriteBytes("input/assets/folder-cafe\u0301.pdf", [(byte)'%', (byte)'Q']);
        var result = site.Build();
        Assert.False(result.Succeeded);
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        Assert.Equal(["input/assets/cafe\u0301.jpg", "input/assets/folder-cafe\u0301.pdf"], errors.Select(d => d.Path).Order(StringComparer.Ordinal));
        Assert.All(errors, d => Assert.Equal("TB0110", d.Code));
        Assert.All(errors, d => Assert.Contains("los accent", d.Message));
    }

    /// <summary>A story written in Word and put into <c>stories/</c>: the help says to copy the text into a .md file, not that photos go to assets.</summary>
    [Theory]
    [InlineData("input/stories/Open dag.docx")]
    [InlineData("input/stories/open-dag.odt")]
    [InlineData("input/stories/open-dag.pages")]
    public void WordDocumentInAContentFolderSaysToCopyTheText(string file)
    {
        using var site = new FixtureSite();
        site.WriteBytes(file, [(byte)'P', (byte)'K', 3, 4]);
        var d = Assert.Single(site.Build().Diagnostics, x => x.Path == file);
        Assert.Equal("TB0204", d.Code);
        Assert.Contains("`dotnet run -- new story", d.Help);
        Assert.DoesNotContain("assets", d.Help);
    }
}
