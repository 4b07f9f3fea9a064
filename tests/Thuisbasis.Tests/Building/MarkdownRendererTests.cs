using Markdig;
using Markdig.Syntax;
using Thuisbasis.Rendering;
using Thuisbasis.Model;

namespace Thuisbasis.Tests.Building;

/// <summary>
/// Text in which the autolink parser cannot find a link is rendered without it (it is asked at every h, f, m, t and w);
/// the HTML must be exactly what the full pipeline gives.
/// </summary>
public sealed class MarkdownRendererTests
{
    public static TheoryData<string> Texts => new()
    {
        "Zie https://www.buurtkracht-oost.nl/verhalen/ en www.gemeente.nl voor meer.",
        "Mail ons: mailto:info@buurtkracht.nl, of bel tel:+31201234567.",
        "Bel TEL:+3120 of schrijf naar MAILTO:a@b.nl; WWW.X.NL en HTTP://Y.NL.",
        "Het huis van de wijk: hier werken wij met vrijwilligers, met mantelzorgers en met het team.",
        "## Wat wij doen\n\nWij helpen **mensen** met *hun* vragen over wonen, werk en welzijn.\n\n- Taalcafé\n- Wandelen\n",
        "Telefoon: 020 123 45 67; website: buurtkracht punt nl; http zonder dubbele punt, www zonder punt, mailto zonder dubbele punt.",
        "(https://voorbeeld.nl) en [een link](https://voorbeeld.nl/x) en <https://voorbeeld.nl/y> en *www.nadruk.nl*.",
        "| Dag | Wat |\n| --- | --- |\n| maandag | taalcafé, www.taal.nl |\n\nVoetnoot[^1].\n\n[^1]: Zie ftp://bestanden.nl.",
        "a://b", "www.", "tel:", "mailto:", "h", "w", "",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void GivesWhatTheFullPipelineGives(string markdown)
    {
        Assert.Equal(Markdown.ToHtml(markdown, MarkdownRenderer.Pipeline), MarkdownRenderer.ToHtml(markdown));
    }

    [Fact]
    public void EveryBodyOfTheSampleSiteAndTheFixturesRendersAsWithTheFullPipeline()
    {
        var root = Repository();
        var files = new[] { "input", "tests/Fixtures" }
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(root, d), "*.md", SearchOption.AllDirectories)).ToList();
        Assert.True(files.Count > 30, $"only {files.Count} Markdown files found");
        var withoutLinks = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            if (!MarkdownRenderer.MayHoldAutoLink(text)) withoutLinks++;
            Assert.Equal(Markdown.ToHtml(text, MarkdownRenderer.Pipeline), MarkdownRenderer.ToHtml(text));
        }
        Assert.True(withoutLinks > 0, "no file took the path without autolinks");
    }

    [Fact]
    public void RandomTextFullOfTheLettersTheAutolinkParserLooksAtRendersAsWithTheFullPipeline()
    {
        // Words full of h, f, m, t and w, with emphasis, links, headings and lists between them, never a link to find.
        string[] words = ["het", "huis", "met", "wat", "werkt", "team", "mantelzorg", "fietsen", "thuis", "www", "http", "mailto",
            "tel", "ftp", "wijk", "**hulp**", "*tijd*", "[meer](/verhalen/)", "`code`", "h:", "w.", "m@t", "t.w.", "f/h"];
        var random = new Random(7);
        for (var n = 0; n < 300; n++)
        {
            var lines = Enumerable.Range(0, random.Next(1, 8)).Select(_ =>
                (random.Next(5) switch { 0 => "## ", 1 => "- ", 2 => "> ", _ => "" }) +
                string.Join(' ', Enumerable.Range(0, random.Next(1, 20)).Select(_ => words[random.Next(words.Length)])));
            var text = string.Join(random.Next(2) == 0 ? "\n" : "\n\n", lines);
            Assert.False(MarkdownRenderer.MayHoldAutoLink(text), text);
            Assert.Equal(Markdown.ToHtml(text, MarkdownRenderer.Pipeline), MarkdownRenderer.ToHtml(text));
            Assert.Equal(MarkdownRenderer.Excerpt(text), ExcerptWithFullPipeline(text));
        }
    }

    /// <summary>
    /// Found by parsing the feeds of a site with every content type with @rowanmanning/feed-parser: a text whose first
    /// paragraph has a footnote was described as "een voetnoot.[^1]", in the feeds, the page's description and its
    /// share card, as the paragraph was read without the notes below it. A link defined below is read as a link too.
    /// </summary>
    [Theory]
    [InlineData("Een voetnoot.[^1] Nog een[^uitleg].\n\n[^1]: De eerste.\n[^uitleg]: De tweede.\n", "Een voetnoot. Nog een.")]
    [InlineData("Lees [ons jaarverslag][jv] maar.\n\n[jv]: /jaarverslag/\n", "Lees ons jaarverslag maar.")]
    [InlineData("> Een citaat\n> over twee regels.\n", "Een citaat over twee regels.")]
    public void AnExcerptReadsTheParagraphAsPartOfTheWholeText(string markdown, string excerpt) =>
        Assert.Equal(excerpt, MarkdownRenderer.Excerpt(markdown));

    private static string ExcerptWithFullPipeline(string markdown)
    {
        var doc = Markdown.Parse(markdown, MarkdownRenderer.Pipeline);
        var first = MarkdownRenderer.FirstText(doc);
        if (first is null) return "";
        var text = MarkdownRenderer.PlainText(first, MarkdownRenderer.Pipeline).Trim();
        text = string.Join(' ', text.Split((char[])['\n', '\r', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= 300) return text;
        var cut = text.LastIndexOf(' ', 300);
        return text[..(cut > 150 ? cut : 300)].TrimEnd(',', ';', ':', '.') + "…";
    }

    private static string Repository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Site.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Site.sln niet gevonden boven " + AppContext.BaseDirectory);
    }
}
