using System.Text;
using Thuisbasis.Content;
using Thuisbasis.Diagnostics;

namespace Thuisbasis.Tests.Content;

/// <summary>
/// A usual content file is decoded as front matter and body separately, straight from its bytes. Whatever the file,
/// the front matter, body, body line and messages must be those of reading the whole text.
/// </summary>
public sealed class ContentFilesSplitTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tb-split-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("---\ntitle: A\n---\nTekst.\n", true)]
    [InlineData("---\ntitle: A\n---", true)]
    [InlineData("---\ntitle: A\n---\n", true)]
    [InlineData("---\ntitle: A\n...\nTekst met --- erin.\n---\n", true)]
    [InlineData("---\ntitle: A\n---   \t\n\nTekst na een lege regel.\n", true)]
    [InlineData("---\ntitle: Café “zon”\nsummary: één\n---\n# Kop\n\nTekst é ü € 🎉\n", true)]
    [InlineData("\uFEFF---\ntitle: A\n---\nTekst.\n", true)]
    [InlineData("---\n---\nAlleen tekst.\n", true)]
    [InlineData("---\ntitle: A\n----\nnog gegevens: x\n---\nTekst.\n", true)]
    [InlineData("---\r\ntitle: A\r\n---\r\nTekst.\r\n", false)]
    [InlineData("---\ntitle: A\n--- \u00A0\nTekst.\n", false)]
    [InlineData("---\ntitle: A\nTekst zonder einde van de gegevens.\n", false)]
    [InlineData("Geen gegevens bovenaan.\n", false)]
    [InlineData("--- \ntitle: A\n---\nTekst.\n", false)]
    public void FrontMatterAndBodyAreThoseOfTheWholeText(string content, bool split)
    {
        var path = Path.Combine(_folder, "a.md");
        File.WriteAllText(path, content, new UTF8Encoding(false));
        var readDiagnostics = new DiagnosticBag();
        var file = ContentFiles.Read(path, "input/stories/a.md", readDiagnostics, frontMatter: true);
        Assert.NotNull(file);
        Assert.Equal(split, file.Body is not null);

        var whole = SourceFile.FromText("input/stories/a.md", content.TrimStart('\uFEFF'));
        var expectedDiagnostics = new DiagnosticBag();
        var expected = FrontMatter.Parse(whole, expectedDiagnostics);
        var actualDiagnostics = new DiagnosticBag();
        var actual = FrontMatter.Parse(file, actualDiagnostics);

        Assert.Equal(expectedDiagnostics.Sorted(), actualDiagnostics.Sorted());
        Assert.Equal(expected is null, actual is null);
        if (expected is null) return;
        Assert.Equal(expected.Body, actual!.Body);
        Assert.Equal(expected.BodyLine, actual.BodyLine);
        Assert.Equal(expected.Map.ToString(), actual.Map.ToString());
        Assert.Equal(XxHashOf(content), file.Hash);
    }

    [Fact]
    public void AFileThatIsNotUtf8IsStillReadAsBeforeWithItsWarning()
    {
        var path = Path.Combine(_folder, "b.md");
        File.WriteAllBytes(path, [.. "---\ntitle: Caf"u8, 0xE9, .. "\n---\nTekst.\n"u8]); // Windows-1252 é
        var diagnostics = new DiagnosticBag();
        var file = ContentFiles.Read(path, "input/stories/b.md", diagnostics, frontMatter: true);
        Assert.NotNull(file);
        Assert.Null(file.Body);
        Assert.Contains("Café", file.Text);
        Assert.Contains(diagnostics.Sorted(), d => d.Code == "TB0203");
    }

    [Fact]
    public void ADataFileWithASecondYamlDocumentIsReadWholeAndItsMistakeReported()
    {
        // Only Markdown content has front matter: a YAML data file that starts with `---` and has a second document is
        // one file, and a mistake in its second document must still be reported with its line.
        var path = Path.Combine(_folder, "team.yml");
        var content = "---\nnaam: Oost\n---\nleden: [Anouk,\n";
        File.WriteAllText(path, content, new UTF8Encoding(false));
        var diagnostics = new DiagnosticBag();

        var file = ContentFiles.Read(path, "input/data/team.yml", diagnostics);
        Assert.NotNull(file);
        Assert.Null(file.Body);
        Assert.Equal(content, file.Text);

        var data = DataFiles.Read([(path, "input/data/team.yml")], diagnostics);
        Assert.Empty(data);
        var error = Assert.Single(diagnostics.Sorted(), d => d.Code == "TB0100");
        Assert.Equal("input/data/team.yml", error.Path);
        Assert.True(error.Line >= 4, error.ToString());
    }

    private static ulong XxHashOf(string content) => System.IO.Hashing.XxHash3.HashToUInt64(new UTF8Encoding(false).GetBytes(content));
}
