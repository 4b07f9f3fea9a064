using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Thuisbasis.Preview.Editor;
using Thuisbasis.Tests.Building;
using Thuisbasis.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Thuisbasis.Tests.Editor;

/// <summary>
/// A save through the web editor changes only what the writer changed: Decap CMS writes the whole front matter anew
/// (blocks for <c>[a, b]</c>, lines wrapped at 80, keys in the form's order, quotes gone), which made a one-word edit a
/// twenty-line diff in GitHub Desktop. Whatever is written must still read exactly as what Decap sent.
/// </summary>
public sealed partial class KeptLayoutTests : IDisposable
{
    private readonly FixtureSite _site = new();

    public static TheoryData<string> SampleFiles() => [.. Samples()];

    private static IEnumerable<string> Samples()
    {
        var root = SampleSiteTests.RepositoryRoot();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "input"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            yield return Path.GetRelativePath(root, file).Replace('\\', '/');
        yield return "statiq.config";
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void SavingASampleFileWithOneChangedValueChangesOnlyThatKeysLines(string relative)
    {
        var original = File.ReadAllText(Path.Combine(SampleSiteTests.RepositoryRoot(), relative)).Replace("\r\n", "\n");
        var yamlFile = relative == "statiq.config";
        var keys = Parse(Cut(original, yamlFile).Yaml).Children.Keys.Select(k => k.ToString()).ToList();
        Assert.NotEmpty(keys);
        // Each top-level key in turn: a text, a date, a yes/no, a list or a group of settings.
        foreach (var key in keys)
        {
            var (yaml, body) = Cut(original, yamlFile);
            var map = Parse(yaml);
            map.Children[key] = map[key] switch
            {
                YamlSequenceNode q => new YamlSequenceNode([.. q.Children, new YamlScalarNode("nieuw")]),
                YamlMappingNode m => new YamlMappingNode([.. m.Children, new(new YamlScalarNode("nieuw_veld"), new YamlScalarNode("nieuw"))]),
                YamlScalarNode s => new YamlScalarNode(s.Value + " (bijgewerkt)"),
                _ => throw new InvalidOperationException(key),
            };
            var sentYaml = DecapDump(map);
            var raw = yamlFile ? sentYaml : "---\n" + sentYaml + "---\n" + body;

            var written = Save(relative, original, raw);

            AssertReadsAsSent(raw, written);
            if (Parse(yaml)[key] is YamlMappingNode { Style: not YamlDotNet.Core.Events.MappingStyle.Flow })
            {
                // A group of indented settings keeps its lines; the new one is the only line added (inside it, as read above).
                var writtenLines = written.Split('\n');
                var added = Assert.Single(writtenLines, l => l.TrimStart() == "nieuw_veld: nieuw");
                Assert.Equal(original, string.Join("\n", writtenLines.Where(l => l != added)));
                continue;
            }
            // The only lines that differ are the changed key's: the writer's before, Decap's after.
            var old = KeyLines(original.Split('\n').ToList(), key, yamlFile ? 0 : 1);
            var sent = KeyLines(raw.Split('\n').ToList(), key, yamlFile ? 0 : 1);
            var expected = original.Split('\n').ToList();
            var oldLines = expected.GetRange(old.Start, old.Count);
            expected.RemoveRange(old.Start, old.Count);
            // A line of Decap's that still reads as the writer's line before its comment gets the comment back (KeptComments).
            expected.InsertRange(old.Start, raw.Split('\n').Skip(sent.Start).Take(sent.Count)
                .Select(l => oldLines.FirstOrDefault(o => o.StartsWith(l, StringComparison.Ordinal) && o[l.Length..].TrimStart().StartsWith('#')) ?? l));
            Assert.Equal(string.Join("\n", expected), written);
        }
    }

    /// <summary>The sample files with a value inside another value (a setting under <c>contact:</c>, a tag in a list).</summary>
    public static TheoryData<string> SampleFilesWithNestedValues()
    {
        var data = new TheoryData<string>();
        foreach (var relative in Samples())
        {
            var text = File.ReadAllText(Path.Combine(SampleSiteTests.RepositoryRoot(), relative)).Replace("\r\n", "\n");
            if (NestedScalars(Parse(Cut(text, relative == "statiq.config").Yaml)).Any()) data.Add(relative);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SampleFilesWithNestedValues))]
    public void SavingASampleFileWithOneChangedNestedValueChangesOnlyTheLinesOfThatValue(string relative)
    {
        var original = File.ReadAllText(Path.Combine(SampleSiteTests.RepositoryRoot(), relative)).Replace("\r\n", "\n");
        var yamlFile = relative == "statiq.config";
        var from = yamlFile ? 0 : 1;
        var paths = NestedScalars(Parse(Cut(original, yamlFile).Yaml)).ToList();
        Assert.NotEmpty(paths);
        // Each value inside another in turn: `contact.street`, `pages.home.title`, `registration.places`, `tags[1]`.
        foreach (var path in paths)
        {
            var (yaml, body) = Cut(original, yamlFile);
            var map = Parse(yaml);
            YamlNode parent = map;
            foreach (var step in path.SkipLast(1)) parent = Child(parent, step);
            var changed = new YamlScalarNode(((YamlScalarNode)Child(parent, path[^1])).Value + " (bijgewerkt)");
            if (parent is YamlMappingNode m) m.Children[new YamlScalarNode((string)path[^1])] = changed;
            else ((YamlSequenceNode)parent).Children[(int)path[^1]] = changed;
            var raw = yamlFile ? DecapDump(map) : "---\n" + DecapDump(map) + "---\n" + body;

            var written = Save(relative, original, raw);

            AssertReadsAsSent(raw, written);
            // The lines that differ are those of the value's nearest key whose parents are all block maps (the writer's
            // `key:` lines with an indented `key: value` under them): `  street: Lindenhof 12` alone, but all of
            // `registration: { ... }` or `tags: [a, b]`, which take Decap's lines, at the writer's indentation.
            var unit = new List<string>();
            YamlNode node = Parse(yaml);
            foreach (var step in path)
            {
                if (node is not YamlMappingNode { Style: not YamlDotNet.Core.Events.MappingStyle.Flow }) break;
                unit.Add((string)step);
                node = Child(node, step);
            }
            var expected = original.Split('\n').ToList();
            var old = KeyLines(expected, unit, from);
            var sentLines = raw.Split('\n').ToList();
            var sent = KeyLines(sentLines, unit, from);
            var oldLines = expected.GetRange(old.Start, old.Count);
            expected.RemoveRange(old.Start, old.Count);
            expected.InsertRange(old.Start, sentLines.Skip(sent.Start).Take(sent.Count)
                .Select(l => l.Length == 0 ? l : new string(' ', old.Indent) + l[sent.Indent..])
                .Select(l => oldLines.FirstOrDefault(o => o.StartsWith(l, StringComparison.Ordinal) && o[l.Length..].TrimStart().StartsWith('#')) ?? l));
            Assert.True(string.Join("\n", expected) == written, $"{string.Join(".", path)}:\n{written}");
        }
    }

    [Fact]
    public void AChangedNestedValueKeepsTheWritersIndentationCommentsQuotesAndOrderAroundIt()
    {
        const string before = "---\ntitle: Vacature\ncontact:   # wie belt\n    # de coördinator\n    name: \"Fatima el Amrani\"\n" +
            "    phone: 020 123 45 71\n\n    address:\n        street: Lindenhof 12     # ingang achterom\n        city: Amsterdam\n" +
            "    hours: { from: \"09:00\", to: \"17:00\" }\ntags: [zorg]\n---\nTekst.\n";
        // As Decap writes it: keys sorted, two spaces, quotes gone, comments gone; only the street changed.
        const string raw = "---\ncontact:\n  address:\n    city: Amsterdam\n    street: Lindenhof 14\n  hours:\n    from: 09:00\n" +
            "    to: 17:00\n  name: Fatima el Amrani\n  phone: 020 123 45 71\ntags:\n  - zorg\ntitle: Vacature\n---\nTekst.\n";

        var written = Save("input/vacancies/vacature.md", before, raw);

        Assert.Equal(before.Replace("        street: Lindenhof 12     # ingang achterom\n", "        street: Lindenhof 14\n"), written);
        AssertReadsAsSent(raw, written);
    }

    [Fact]
    public void ANestedKeyAddedRemovedOrWrittenInFlowStyleTakesDecapsLinesAtTheWritersIndentation()
    {
        const string before = "pages:   # optioneel\n   home: { title: Home, url: / }\n   extra: { title: Extra, url: /extra/ }\n" +
            "   contact: { title: Contact, url: /contact/ }\nsearch: true\n";
        const string raw = "pages:\n  about:\n    title: Over ons\n    url: /over-ons/\n  contact:\n    title: Bel ons\n    url: /contact/\n" +
            "  home:\n    title: Home\n    url: /\nsearch: true\n";

        var written = Save("statiq.config", before, raw);

        // `about` comes first, where Decap put it: before every page the file already had.
        Assert.Equal("pages:   # optioneel\n   about:\n     title: Over ons\n     url: /over-ons/\n   home: { title: Home, url: / }\n" +
            "   contact:\n     title: Bel ons\n     url: /contact/\nsearch: true\n", written);
        AssertReadsAsSent(raw, written);
    }

    /// <summary>When the writer's text inside a block is unclear, that block takes Decap's lines, as before; the rest stays.</summary>
    [Theory]
    [InlineData("contact:\n  \"name\": Fatima\n  phone: 020\n", false)]
    [InlineData("contact: !!map\n  name: Fatima\n  phone: 020\n", false)]
    [InlineData("contact:\n  name: Fatima\n  ? phone\n  : 020\n", false)]
    [InlineData("contact:    \n  name: Fatima\n\tphone: 020\n", true)]
    [InlineData("contact:\n  name: Fatima\n  name: Anouk\n  phone: 020\n", true)]
    public void UnclearTextInsideABlockTakesDecapsLinesForThatBlock(string writer, bool nothingKept)
    {
        var before = $"---\ntitle: \"Oud\"\n{writer}tags: [a]\n---\nTekst.\n";
        const string raw = "---\ncontact:\n  name: Anouk\n  phone: 020\ntags:\n  - a\ntitle: Oud\n---\nTekst.\n";

        var written = Save("input/vacancies/vreemd.md", before, raw);

        Assert.Equal(nothingKept ? raw : "---\ntitle: \"Oud\"\ncontact:\n  name: Anouk\n  phone: 020\ntags: [a]\n---\nTekst.\n", written);
        AssertReadsAsSent(raw, written);
    }

    [Fact]
    public void AChangedListTakesDecapsLinesAndTheUnchangedMapQuotesAndOrderStayAsWritten()
    {
        const string before = "---\ntitle: Wandelen\ntags: [wandelen, buurt]\nlocation: { name: Flevopark, city: Amsterdam }\n" +
            "end: \"11:30\"\n---\nLopen.\n";
        // As Decap writes it: the form's order, blocks, the map's keys reordered, the quotes gone, one tag changed.
        const string raw = "---\ntitle: Wandelen\nend: 11:30\nlocation:\n  city: Amsterdam\n  name: Flevopark\ntags:\n  - wandelen\n  - natuur\n---\nLopen.\n";

        var written = Save("input/activities/wandelen.md", before, raw);

        Assert.Equal("---\ntitle: Wandelen\ntags:\n  - wandelen\n  - natuur\nlocation: { name: Flevopark, city: Amsterdam }\nend: \"11:30\"\n---\nLopen.\n",
            written);
        AssertReadsAsSent(raw, written);
    }

    [Fact]
    public void ARemovedKeyGoesAndNewKeysComeWhereDecapPutThemAndBlankLinesStay()
    {
        const string before = "---\ntitle: Markt\ndate: 2026-05-04\n\nimage: /assets/img/markt.png\nimage_alt: Kramen.\n\n" +
            "tags: [markt, buurt]\ndraft: false\n---\nTekst.\n";
        const string raw = "---\nauthor: anouk-visser\ntitle: Markt\nsummary: Elke zaterdag.\ndate: 2026-05-04\ntags:\n  - markt\n  - buurt\n" +
            "draft: false\nfeatured: true\n---\nTekst.\n";

        var written = Save("input/stories/2026-05-04-markt.md", before, raw);

        Assert.Equal("---\nauthor: anouk-visser\ntitle: Markt\nsummary: Elke zaterdag.\ndate: 2026-05-04\n\n" +
            "tags: [markt, buurt]\ndraft: false\nfeatured: true\n---\nTekst.\n", written);
        AssertReadsAsSent(raw, written);
    }

    /// <summary>
    /// Keys in a list of maps have the same names in every item: a comment above the second item's key stays in the
    /// second item, and one above an item stays above that item, not above the first item with the same key.
    /// </summary>
    [Fact]
    public void ACommentInsideAListItemStaysInThatItem()
    {
        const string before = "---\ntitle: Vacature\nlinks:\n  - title: Folder\n    url: /assets/folder.pdf\n" +
            "  # alleen voor vrijwilligers\n  - title: Rooster\n    # wordt elke maand nieuw\n    url: /assets/rooster.pdf\ntags: [zorg]\n---\nTekst.\n";
        // Decap, with the first item's title changed: keys sorted, comments gone.
        const string raw = "---\nlinks:\n  - title: Folder 2026\n    url: /assets/folder.pdf\n  - title: Rooster\n    url: /assets/rooster.pdf\n" +
            "tags:\n  - zorg\ntitle: Vacature\n---\nTekst.\n";

        var written = Save("input/vacancies/vacature.md", before, raw);

        Assert.Contains("  # alleen voor vrijwilligers\n  - title: Rooster\n    # wordt elke maand nieuw\n    url: /assets/rooster.pdf\n", written);
        Assert.Equal(2, written.Split('#').Length - 1);
        AssertReadsAsSent(raw, written);
    }

    /// <summary>
    /// A comment above a nested key belongs to that key: it went above the next top-level key when its group took
    /// Decap's lines (a key removed in it), so "# alleen op werkdagen" ended up above `tags:`. Now it goes with its key.
    /// </summary>
    [Fact]
    public void ACommentAboveANestedKeyStaysWithThatKeyAndGoesWhenTheKeyIsRemoved()
    {
        const string before = "---\ntitle: Vacature\ncontact:\n  name: Fatima\n  # alleen op werkdagen\n  phone: 020 123 45 71\n" +
            "  # vraag naar Fatima\n  email: f.elamrani@buurtkracht.nl\ntags: [zorg]\n---\nTekst.\n";
        // Decap, with the phone number taken out: keys sorted, comments gone.
        const string raw = "---\ncontact:\n  email: f.elamrani@buurtkracht.nl\n  name: Fatima\ntags:\n  - zorg\ntitle: Vacature\n---\nTekst.\n";

        var written = Save("input/vacancies/vacature.md", before, raw);

        Assert.Equal(before.Replace("  # alleen op werkdagen\n  phone: 020 123 45 71\n", ""), written);
        AssertReadsAsSent(raw, written);
    }

    [Fact]
    public void QuotesThatAValueNeedsAndALongLineDecapWrappedStayAsTheWriterWroteThem()
    {
        var summary = "Elke dinsdag schuiven buren aan bij de open tafel in de grote zaal, met soep, brood en een praatje voor wie wil.";
        var before = "---\ntitle: Open tafel\nlocation: \"'t Buurthuis\"\nnote: 'Let op: vol is vol'\ncolor: \"#b3541e\"\n" +
            $"summary: {summary}\n---\nTekst.\n";
        var raw = "---\ntitle: Open tafel op dinsdag\nlocation: \"'t Buurthuis\"\nnote: \"Let op: vol is vol\"\ncolor: \"#b3541e\"\n" +
            "summary: Elke dinsdag schuiven buren aan bij de open tafel in de grote zaal, met soep,\n  brood en een praatje voor wie wil.\n---\nTekst.\n";

        var written = Save("input/activities/open-tafel.md", before, raw);

        Assert.Equal(before.Replace("title: Open tafel\n", "title: Open tafel op dinsdag\n"), written);
        AssertReadsAsSent(raw, written);
    }

    [Fact]
    public void TheSettingsKeepTheirOrderFlowMapsAndCommentsWhenOneValueChanges()
    {
        const string before = "# Instellingen.\nname: \"De Linde\"\npages:            # optioneel\n  home: { title: Home, url: / }\n" +
            "  contact: { title: Contact, url: /contact/ }\nbrand:\n  primary: \"#0b5f7a\"     # contrast 7,2 : 1\n\n# Zoeken.\nsearch: true\n";
        const string raw = "brand:\n  primary: \"#0b5f7a\"\nname: De Linde Oost\npages:\n  contact:\n    title: Contact\n    url: /contact/\n" +
            "  home:\n    title: Home\n    url: /\nsearch: true\n";

        var written = Save("statiq.config", before, raw);

        Assert.Equal(before.Replace("name: \"De Linde\"\n", "name: De Linde Oost\n"), written);
        AssertReadsAsSent(raw, written);
    }

    /// <summary>A value that reads differently (a number, an empty value, another spelling) takes Decap's text.</summary>
    [Theory]
    [InlineData("kvk: \"12345678\"", "kvk: 12345678")]
    [InlineData("image:", "image: \"\"")]
    [InlineData("price: 1.0", "price: 1")]
    [InlineData("draft: \"false\"", "draft: false")]
    [InlineData("end: 21:00", "end: \"21:01\"")]
    public void AValueThatReadsDifferentlyTakesDecapsText(string writer, string decap)
    {
        var before = $"---\ntitle: Oud\n{writer}\ntags: [a, b]\n---\n";
        var raw = $"---\ntitle: Oud\n{decap}\ntags:\n  - a\n  - b\n---\n";

        var written = Save("input/pages/waarde.md", before, raw);

        Assert.Equal($"---\ntitle: Oud\n{decap}\ntags: [a, b]\n---\n", written);
        AssertReadsAsSent(raw, written);
    }

    /// <summary>When the old text is unclear, Decap's text is written as it came, as before.</summary>
    [Theory]
    [InlineData("title: Oud\nshared: &plek Buurthuis\nplace: *plek\n", "title: Nieuw\nshared: Buurthuis\nplace: Buurthuis\n")]
    [InlineData("title: [Oud\n", "title: Nieuw\n")]
    [InlineData("\"title\": Oud\ntags: [a, b]\n", "title: Nieuw\ntags:\n  - a\n  - b\n")]
    [InlineData("title: Oud\ntags: [a]\ntags: [b]\n", "title: Nieuw\ntags:\n  - b\n")]
    [InlineData("{ title: Oud, tags: [a] }\n", "title: Nieuw\ntags:\n  - a\n")]
    [InlineData("title: Oud\n? tags\n: [a]\n", "title: Nieuw\ntags:\n  - a\n")]
    public void UnclearYamlIsWrittenAsDecapSentIt(string writer, string decap)
    {
        var raw = $"---\n{decap}---\nTekst.\n";

        var written = Save("input/pages/vreemd.md", $"---\n{writer}---\nTekst.\n", raw);

        Assert.Equal(raw, written);
        AssertReadsAsSent(raw, written);
    }

    private string Save(string relative, string before, string raw)
    {
        _site.Write(relative, before);
        new LocalBackend(_site.Root).Run("persistEntry", new JsonObject
        {
            ["entry"] = new JsonObject { ["slug"] = Path.GetFileNameWithoutExtension(relative), ["path"] = relative, ["raw"] = raw },
            ["assets"] = new JsonArray(),
        });
        return File.ReadAllText(Path.Combine(_site.Root, relative));
    }

    private static void AssertReadsAsSent(string raw, string written)
    {
        var settings = !raw.StartsWith("---\n");
        Assert.Equal(Canonical(Parse(Cut(raw, settings).Yaml)), Canonical(Parse(Cut(written, settings).Yaml)));
        Assert.Equal(Cut(raw, settings).Body, Cut(written, settings).Body);
    }

    private static (string Yaml, string Body) Cut(string text, bool wholeFileIsYaml)
    {
        if (wholeFileIsYaml) return (text, "");
        var close = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        return (text[4..(close + 1)], text[(close + 5)..]);
    }

    private static YamlMappingNode Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    /// <summary>
    /// A nested key's lines (<c>pages</c>, then <c>home</c> in it) and the key's indentation: the key line and every line
    /// indented deeper, or a <c>- </c> item at the key's own indentation, after it.
    /// </summary>
    private static (int Start, int Count, int Indent) KeyLines(List<string> lines, List<string> keys, int from)
    {
        var (start, end, indent) = (from, lines.Count, 0);
        for (var k = 0; ; k++)
        {
            var prefix = new string(' ', indent);
            var at = lines.FindIndex(start, end - start, l => l.StartsWith(prefix + keys[k] + ":", StringComparison.Ordinal));
            Assert.True(at >= 0, string.Join(".", keys));
            var stop = at + 1;
            while (stop < end && (Indentation(lines[stop]) > indent || lines[stop].StartsWith(prefix + "- ", StringComparison.Ordinal))) stop++;
            if (k == keys.Count - 1) return (at, stop - at, indent);
            (start, end) = (at + 1, stop);
            indent = Indentation(lines.Skip(start).First(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#')));
        }

        static int Indentation(string line) => line.Trim().Length == 0 ? -1 : line.Length - line.TrimStart(' ').Length;
    }

    /// <summary>Every scalar inside another value, as the keys and list positions that lead to it.</summary>
    private static IEnumerable<List<object>> NestedScalars(YamlMappingNode root)
    {
        return root.Children.SelectMany(p => Walk(p.Value, [p.Key.ToString()]));

        static IEnumerable<List<object>> Walk(YamlNode node, List<object> path) => node switch
        {
            YamlScalarNode when path.Count > 1 => [path],
            YamlMappingNode m => m.Children.SelectMany(p => Walk(p.Value, [.. path, p.Key.ToString()])),
            YamlSequenceNode q => q.Children.SelectMany((item, i) => Walk(item, [.. path, i])),
            _ => [],
        };
    }

    private static YamlNode Child(YamlNode node, object step) =>
        node is YamlMappingNode m ? m[new YamlScalarNode((string)step)] : ((YamlSequenceNode)node)[(int)step];

    /// <summary>A key's lines: the key line and every indented or <c>- </c> line after it.</summary>
    private static (int Start, int Count) KeyLines(List<string> lines, string key, int from)
    {
        var start = lines.FindIndex(from, l => l.StartsWith(key + ":", StringComparison.Ordinal));
        var end = start + 1;
        while (end < lines.Count && (lines[end].StartsWith(' ') || lines[end].StartsWith("- ", StringComparison.Ordinal))) end++;
        return (start, end - start);
    }

    /// <summary>What a value means, as Decap's YAML library reads it (YAML 1.2 core schema); a map's keys sorted.</summary>
    private static string Canonical(YamlNode node) => node switch
    {
        YamlScalarNode s => Kind(s) + ":" + s.Value,
        YamlSequenceNode q => "[" + string.Join(",", q.Children.Select(Canonical)) + "]",
        YamlMappingNode m => "{" + string.Join(",", m.Children.Select(p => Canonical(p.Key) + "=" + Canonical(p.Value)).Order(StringComparer.Ordinal)) + "}",
        _ => throw new InvalidOperationException(node.GetType().Name),
    };

    private static string Kind(YamlScalarNode s) =>
        s.Style is not YamlDotNet.Core.ScalarStyle.Plain ? "str"
        : s.Value is "" or "~" or "null" or "Null" or "NULL" ? "null"
        : s.Value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE" ? "bool"
        : NumberLike().IsMatch(s.Value ?? "") ? "number" : "str";

    [GeneratedRegex(@"^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$")]
    private static partial Regex NumberLike();

    /// <summary>
    /// The front matter as Decap's YAML library (<c>yaml</c>, in themes/default/editor/decap-cms.js: lineWidth 80) writes it
    /// back: keys in another order (the form's; here sorted), every list and map as indented lines, strings plain where
    /// that reads the same and in double quotes where not, long plain values folded onto lines of at most 80 characters.
    /// </summary>
    private static string DecapDump(YamlMappingNode map)
    {
        var text = new StringBuilder();
        Mapping(map, 0);
        return text.ToString();

        void Mapping(YamlMappingNode m, int indent)
        {
            foreach (var (k, v) in m.Children.OrderBy(p => p.Key.ToString(), StringComparer.Ordinal))
            {
                text.Append(' ', indent).Append(k).Append(':');
                Value(v, indent, indent + k.ToString().Length + 2);
            }
        }

        void Value(YamlNode v, int indent, int column)
        {
            switch (v)
            {
                case YamlScalarNode s:
                    text.Append(' ').Append(Scalar(s, column, indent + 2)).Append('\n');
                    break;
                case YamlSequenceNode { Children.Count: 0 }:
                    text.Append(" []\n");
                    break;
                case YamlMappingNode { Children.Count: 0 }:
                    text.Append(" {}\n");
                    break;
                case YamlSequenceNode q:
                    text.Append('\n');
                    foreach (var item in q.Children)
                    {
                        text.Append(' ', indent + 2).Append('-');
                        if (item is YamlMappingNode im)
                        {
                            var first = true;
                            foreach (var (k, iv) in im.Children.OrderBy(p => p.Key.ToString(), StringComparer.Ordinal))
                            {
                                text.Append(' ', first ? 1 : indent + 4).Append(k).Append(':');
                                Value(iv, indent + 4, indent + 4 + k.ToString().Length + 2);
                                first = false;
                            }
                        }
                        else Value(item, indent + 2, indent + 4);
                    }
                    break;
                case YamlMappingNode m:
                    text.Append('\n');
                    Mapping(m, indent + 2);
                    break;
            }
        }

        string Scalar(YamlScalarNode s, int column, int continuation)
        {
            var value = s.Value ?? "";
            var kind = Kind(s);
            if (kind == "null") return "null";
            if (kind is "bool" or "number") return value;
            var plain = new YamlScalarNode(value) { Style = YamlDotNet.Core.ScalarStyle.Plain };
            var safe = value.Length > 0 && value.Trim() == value && !value.Contains('\n') && !value.Contains(": ") && !value.Contains(" #") &&
                !value.EndsWith(':') && !"-?:,[]{}#&*!|>'\"%@`".Contains(value[0]) && Kind(plain) == "str";
            if (!safe) return "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"";
            if (column + value.Length <= 80 || value.Contains("  ")) return value;
            var folded = new StringBuilder();
            var width = column;
            foreach (var word in value.Split(' '))
            {
                if (folded.Length > 0 && width + 1 + word.Length > 80)
                {
                    folded.Append('\n').Append(' ', continuation);
                    width = continuation;
                }
                else if (folded.Length > 0)
                {
                    folded.Append(' ');
                    width++;
                }
                folded.Append(word);
                width += word.Length;
            }
            return folded.ToString();
        }
    }

    public void Dispose() => _site.Dispose();
}
