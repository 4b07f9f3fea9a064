using Thuisbasis.Content;
using Thuisbasis.Diagnostics;
using Thuisbasis.Tests.Building;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Thuisbasis.Tests.Content;

/// <summary>
/// The quick reader of simple front matter must give YamlDotNet exactly the events YamlDotNet's own parser makes from
/// the same text (values, styles, and the line and column of each), or decline.
/// </summary>
public sealed class SimpleYamlTests
{
    [Fact]
    public void EveryFrontMatterOfTheSampleSiteGivesTheSameEventsAsYamlDotNet()
    {
        var root = SampleSiteTests.RepositoryRoot();
        var taken = 0;
        var files = 0;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "input"), "*.md", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file).Replace("\r\n", "\n");
            if (!text.StartsWith("---\n")) continue;
            files++;
            var close = text.IndexOf("\n---", 3, StringComparison.Ordinal);
            var yaml = text[4..close];
            if (SimpleYaml.TryParse(yaml) is { } fast)
            {
                taken++;
                AssertSameEvents(yaml, fast);
            }
        }
        Assert.True(taken * 2 > files, $"only {taken} of {files} sample files were simple enough");
    }

    [Theory]
    [InlineData("title: Samen wandelen")]
    [InlineData("image: /assets/img/verhaal-markt.png\nimage_alt: Een kraam op de markt")]
    [InlineData("title: \"Samen wandelen: elke week\"\ndate: 2026-01-05")]
    [InlineData("title: 'Koffie # thee'\n\ntags: [buurt, mantelzorg, wijk team]\nempty: []")]
    [InlineData("a: 1\nb: ja\nc: https://www.example.nl/pad?x=1\nd: C# en F#\ne: Hij zei \"hoi\" [echt] {zo}\n")]
    [InlineData("summary:    veel spaties ervoor\nconsent: true\n\n\n")]
    [InlineData("title: Één café in Zaandam – met € en ü\nauthor: anouk-visser")]
    [InlineData("tags: [ buurt ,mantelzorg,  taal.cafe ]")]
    [InlineData("title: A\ntitle: B")]
    public void SimpleTextGivesTheSameEventsAsYamlDotNet(string yaml)
    {
        var fast = SimpleYaml.TryParse(yaml);
        Assert.NotNull(fast);
        AssertSameEvents(yaml, fast);
    }

    [Theory]
    [InlineData("")]
    [InlineData("title:")]
    [InlineData("title: ")]
    [InlineData("  title: ingesprongen")]
    [InlineData("# commentaar\ntitle: A")]
    [InlineData("title: A # commentaar")]
    [InlineData("title: A\n  vervolg op de volgende regel")]
    [InlineData("tags:\n  - buurt\n  - mantelzorg")]
    [InlineData("summary: |\n  Tekst")]
    [InlineData("title: \"met \\\" escape\"")]
    [InlineData("title: 'it''s'")]
    [InlineData("title: &a anker")]
    [InlineData("title: *a")]
    [InlineData("title: !!str 2026")]
    [InlineData("title: - lijst")]
    [InlineData("title: a: b")]
    [InlineData("title: eindigt op:")]
    [InlineData("tags: [a, [b]]")]
    [InlineData("tags: [a, ]")]
    [InlineData("tags: [a: b]")]
    [InlineData("tags: [\"a\"]")]
    [InlineData("contact: {name: A}")]
    [InlineData("title: spaties aan het eind  ")]
    [InlineData("title:\tA")]
    [InlineData("title: A\r\ndate: 2026-01-01")]
    [InlineData("title: emoji 🎉")]
    [InlineData("\"title\": A")]
    [InlineData("title: A\n   \ndate: 2026-01-01")]
    public void AnythingElseIsLeftToYamlDotNet(string yaml) => Assert.Null(SimpleYaml.TryParse(yaml));

    /// <summary>Random front matter from simple and awkward pieces: whatever the quick reader takes, it reads like YamlDotNet.</summary>
    [Fact]
    public void GeneratedFrontMatterGivesTheSameEventsOrIsDeclined()
    {
        string[] keys = ["title", "date", "author", "tags", "summary", "consent", "image_alt", "menu-title", "x"];
        string[] values =
        [
            "Samen wandelen", "\"Samen: wandelen\"", "'Koffie & thee'", "2026-01-05", "[buurt, mantelzorg]", "[]", "ja", "12",
            "https://a.example/x#y", "Tom & Jerry <3", "\"\"", "''", "a:b", "a: b", "a #b", "a#b", "[a,b ,c]", "[a, b", "\"open",
            "naïef café", "- x", "? y", "!tag", "%x", "@x", "`x`", "|", ">", "{a: 1}", "x ", "  x", "\"a\" b", "[a] b", "50%",
        ];
        var random = new Random(11);
        var declined = 0;
        for (var n = 0; n < 3000; n++)
        {
            var lines = Enumerable.Range(0, random.Next(1, 7)).Select(_ => random.Next(12) == 0 ? "" : $"{keys[random.Next(keys.Length)]}:{(random.Next(6) == 0 ? "   " : " ")}{values[random.Next(values.Length)]}");
            var yaml = string.Join('\n', lines) + (random.Next(2) == 0 ? "\n" : "");
            if (SimpleYaml.TryParse(yaml) is { } fast) AssertSameEvents(yaml, fast);
            else declined++;
        }
        Assert.InRange(declined, 300, 2700); // both ways are exercised
    }

    /// <summary>Through <see cref="FrontMatter"/>: the same nodes, and a repeated key is still the same error.</summary>
    [Theory]
    [InlineData("title: A\ndate: 2026-01-05\ntags: [buurt]\n")]
    [InlineData("title: A\ntitle: B\n")]
    public void FrontMatterReadsTheSameEitherWay(string yaml)
    {
        Assert.NotNull(SimpleYaml.TryParse(yaml.TrimEnd('\n')));
        var quick = new DiagnosticBag();
        var fm = FrontMatter.Parse(SourceFile.FromText("input/stories/a.md", $"---\n{yaml}---\nTekst.\n"), quick);
        var slow = new YamlDotNet.RepresentationModel.YamlStream();
        Exception? error = null;
        try { slow.Load(new StringReader(yaml)); } catch (Exception e) { error = e; }
        if (error is null)
        {
            Assert.NotNull(fm);
            Assert.Equal(slow.Documents[0].RootNode.ToString(), fm.Map.ToString());
        }
        else
        {
            Assert.Contains(quick.Sorted(), d => d.Code == "TB0100" && d.Line == 3);
            // A key written twice is reported and the rest read on without it (AllProblemsInOneFileTests); any other error ends the file.
            if (YamlProblems.SecondKeyAt(error) is null) Assert.Null(fm);
            else Assert.Equal("{ { title, A } }", fm!.Map.ToString());
        }
    }

    private static void AssertSameEvents(string yaml, IParser fast)
    {
        var slow = new Parser(new StringReader(yaml));
        var i = 0;
        while (true)
        {
            var more = slow.MoveNext();
            Assert.Equal(more, fast.MoveNext());
            if (!more) break;
            Assert.Equal(Describe(slow.Current!), Describe(fast.Current!));
            i++;
        }
        Assert.True(i > 0);
    }

    private static string Describe(ParsingEvent e)
    {
        var marks = $"{e.Start.Index}/{e.Start.Line}/{e.Start.Column}-{e.End.Index}/{e.End.Line}/{e.End.Column}";
        return e switch
        {
            Scalar s => $"Scalar [{s.Value}] {s.Style} plain={s.IsPlainImplicit} quoted={s.IsQuotedImplicit} key={s.IsKey} anchor={s.Anchor} tag={s.Tag} {marks}",
            MappingStart m => $"MappingStart {m.Style} implicit={m.IsImplicit} anchor={m.Anchor} tag={m.Tag} {marks}",
            SequenceStart q => $"SequenceStart {q.Style} implicit={q.IsImplicit} anchor={q.Anchor} tag={q.Tag} {marks}",
            DocumentStart d => $"DocumentStart implicit={d.IsImplicit} {marks}",
            DocumentEnd d => $"DocumentEnd implicit={d.IsImplicit} {marks}",
            _ => $"{e.GetType().Name} {marks}",
        };
    }
}
