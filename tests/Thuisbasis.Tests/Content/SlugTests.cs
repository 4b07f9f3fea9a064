using Thuisbasis.Content;

namespace Thuisbasis.Tests.Content;

public sealed class SlugTests
{
    [Theory]
    [InlineData("één", "een")]
    [InlineData("Coöperatie", "cooperatie")]
    [InlineData("Ria gaat weer naar de markt!", "ria-gaat-weer-naar-de-markt")]
    [InlineData("Taalcafé  bestaat — één jaar", "taalcafe-bestaat-een-jaar")]
    [InlineData("Zorg & welzijn", "zorg-en-welzijn")]
    [InlineData("  --Straße--  ", "strasse")]
    [InlineData("IJsselmeer ĳs", "ijsselmeer-ijs")]
    public void SlugsAreLowercaseAsciiWithDashes(string text, string slug) => Assert.Equal(slug, Slug.From(text));

    [Theory]
    [InlineData("input/stories/2026-11-23-hoe-ria-weer-meedoet.md", "hoe-ria-weer-meedoet")]
    [InlineData("input/stories/hoe-ria-weer-meedoet.md", "hoe-ria-weer-meedoet")]
    [InlineData("input/stories/Één Dag.md", "een-dag")]
    public void FileNamesLoseTheirLeadingDate(string path, string slug) => Assert.Equal(slug, Slug.FromFileName(path));
}
