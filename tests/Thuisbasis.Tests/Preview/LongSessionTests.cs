using System.Collections;
using System.Reflection;
using Thuisbasis.Model;
using Thuisbasis.Pipeline;
using Xunit.Abstractions;

namespace Thuisbasis.Tests.Preview;

/// <summary>
/// A preview left running all day: what the engine keeps between rebuilds depends on the site as it is now, not on how
/// many edits were made before (found by bench/preview_soak.py).
/// </summary>
public sealed class LongSessionTests(ITestOutputHelper output)
{
    [Fact]
    public void StoriesMadeAndDeletedAgainLeaveNoFeedsBehind()
    {
        using var site = SampleCopy.Make();
        var options = new BuildOptions
        {
            Root = site.Root, IncludeDrafts = true, Mode = "preview", BaseUrl = "http://localhost:5080", Date = new DateOnly(2026, 6, 1),
        };
        var engine = new SiteEngine(options);
        Assert.True(engine.Build().Succeeded);

        void MakeAndDelete(int n)
        {
            var rel = $"input/stories/nieuw-{n}.md";
            File.WriteAllText(Path.Combine(site.Root, rel),
                $"---\ntitle: Nieuw verhaal {n}\ndate: 2026-05-01\nauthor: anouk-visser\ntags: [proef{n}]\n---\nDit is verhaal {n}.\n");
            Assert.True(engine.Build([rel]).Succeeded);
            File.Delete(Path.Combine(site.Root, rel));
            Assert.True(engine.Build([rel]).Succeeded);
        }

        int Feeds() => engine.Memory.Feeds.Files.Count;
        var before = Feeds();
        MakeAndDelete(0);
        Assert.Equal(before, Feeds());
        for (var n = 1; n <= 30; n++) MakeAndDelete(n);

        // Each story's own tag had a feed while it lasted; the engine kept the last file of every feed address it ever
        // wrote (the story's full text in it), so a day of previewing kept every tag that came and went.
        Assert.Equal(before, Feeds());
    }

    /// <summary>
    /// How many rounds <see cref="RoundsThatPutTheSiteBackLeaveEveryTableAsItWas"/> makes after the first (0); the tables
    /// are compared after round 2 and after this one, both of which end with the same kind of mistake fixed.
    /// THUISBASIS_LEAK_CYCLES=200 makes a longer run.
    /// </summary>
    private static int Rounds =>
        (int.TryParse(Environment.GetEnvironmentVariable("THUISBASIS_LEAK_CYCLES"), out var rounds) && rounds > 5 ? rounds : 8) / 3 * 3 + 2;

    /// <summary>
    /// A writing session in rounds that each bring the site back to where it started: a story made under a new name and
    /// deleted, a story renamed and renamed back, a photo added under a new name (new pixels too) and removed, a tag added
    /// and removed, an author page that appears and goes, a title and a data value changed and put back, a layout override
    /// added and removed, a mistake made and fixed. Every name and text is new in each round, as in a real day of writing.
    /// After the first round, every table the engine keeps between builds (found by walking its fields, so a table added
    /// later is counted too) must hold as many entries after the last round as after the first: what it keeps depends on
    /// the site, not on how long the preview has run.
    /// </summary>
    [Fact]
    public void RoundsThatPutTheSiteBackLeaveEveryTableAsItWas()
    {
        using var site = SampleCopy.Make();
        var root = site.Root;
        string Full(string rel) => Path.Combine(root, rel);
        void Save(string rel, string text)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Full(rel))!);
            File.WriteAllText(Full(rel) + ".tmp", text);
            File.Move(Full(rel) + ".tmp", Full(rel), overwrite: true);
        }
        // A data file a partial override reads, as a site that uses data does (the soak's layout override reads one too).
        Save("input/data/ronde.yml", "note: begin\n");
        Save("overrides/partials/footer.sbn-html",
            File.ReadAllText(Full("themes/default/partials/footer.sbn-html")) + "<!-- {{ site.data.ronde.note }} -->\n");
        var options = new BuildOptions
        {
            Root = root, IncludeDrafts = true, Mode = "preview", BaseUrl = "http://localhost:5080", Date = new DateOnly(2026, 12, 4),
        };
        var engine = new SiteEngine(options);
        var builds = 0;
        void Build(bool succeeds, params string[] changed)
        {
            var result = engine.Build(changed);
            builds++;
            Assert.True(result.Succeeded == succeeds, $"build {builds} ({string.Join(", ", changed)}): " +
                string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
            if (result.Succeeded) engine.ImageStore.CompleteInBackground(); // as the preview does after a good build
        }
        Assert.True(engine.Build().Succeeded);

        const string story = "input/stories/2025-11-18-klussen-met-de-buren.md"; // no photo: its share card is drawn with its title
        const string other = "input/stories/2026-10-20-warm-de-winter-door.md";
        var storyText = File.ReadAllText(Full(story));
        var otherText = File.ReadAllText(Full(other));
        void Round(int n)
        {
            // A story under a new name, with a tag of its own, and deleted again.
            var made = $"input/stories/2026-11-0{1 + n % 9}-ronde-{n}.md";
            Save(made, $"---\ntitle: Verhaal van ronde {n}\ndate: 2026-11-0{1 + n % 9}\nauthor: anouk-visser\ntags: [ronde{n}, buren]\n---\n" +
                       $"Dit is ronde {n}. Een [link](/verhalen/klussen-met-de-buren/).\n\n## Tussenkop {n}\n\nNog een alinea.\n");
            Build(true, made);
            File.Delete(Full(made));
            Build(true, made);

            // Renamed and renamed back (a new address and back).
            var renamed = $"input/stories/2026-10-20-winter-ronde-{n}.md";
            File.Move(Full(other), Full(renamed));
            Build(true, other, renamed);
            File.Move(Full(renamed), Full(other));
            Build(true, other, renamed);

            // A photo with new pixels under a new name, shown in a story, then removed with its line.
            var photo = $"input/assets/img/ronde/foto-{n}.png";
            Directory.CreateDirectory(Path.GetDirectoryName(Full(photo))!);
            File.WriteAllBytes(Full(photo), Photo(n));
            Save(other, otherText.TrimEnd('\n') + $"\n\n![Foto van ronde {n}](/assets/img/ronde/foto-{n}.png)\n");
            Build(true, photo, other);
            File.Delete(Full(photo));
            Save(other, otherText);
            Build(true, photo, other);

            // A tag of its own added and removed.
            Save(story, storyText.Replace("tags: [vrijwilligers, ouderen]", $"tags: [vrijwilligers, ouderen, klus{n}]", StringComparison.Ordinal));
            Build(true, story);
            Save(story, storyText);
            Build(true, story);

            // An author page: a new colleague who writes the story, and gone again.
            var person = $"input/team/collega-{n}.md";
            Save(person, $"---\nname: Collega {n}\nrole: Vrijwilliger\n---\nCollega {n} helpt mee.\n");
            Save(story, storyText.Replace("author: anouk-visser", $"author: collega-{n}", StringComparison.Ordinal));
            Build(true, person, story);
            File.Delete(Full(person));
            Save(story, storyText);
            Build(true, person, story);

            // A title changed (a new share card) and put back.
            Save(story, storyText.Replace("title: Klussen met de buren", $"title: Klussen in ronde {n}", StringComparison.Ordinal));
            Build(true, story);
            Save(story, storyText);
            Build(true, story);

            // A data value changed and restored.
            Save("input/data/ronde.yml", $"note: stand {n}\n");
            Build(true, "input/data/ronde.yml");
            Save("input/data/ronde.yml", "note: begin\n");
            Build(true, "input/data/ronde.yml");

            // A layout override added and removed.
            const string layout = "overrides/layouts/story.sbn-html";
            Save(layout, File.ReadAllText(Full("themes/default/layouts/story.sbn-html")) + $"<!-- ronde {n} -->\n");
            Build(true, layout);
            File.Delete(Full(layout));
            Build(true, layout);

            // A mistake made and fixed: an impossible date, a front matter line left open, an unknown author.
            Save(story, (n % 3) switch
            {
                0 => storyText.Replace("date: 18-11-2025", "date: 31-02-2025", StringComparison.Ordinal),
                1 => $"---\ntitle: [niet dicht {n}\n" + storyText[4..],
                _ => storyText.Replace("author: anouk-visser", $"author: niemand-{n}", StringComparison.Ordinal),
            });
            Build(false, story);
            Save(story, storyText);
            Build(true, story);
        }

        // What the first rounds make once (an override's templates, the data file's partial) is not growth; each round's
        // mistake is one of three kinds, so rounds 2 and 5, 8, 11… end alike.
        for (var n = 0; n <= 2; n++) Round(n);
        var first = Tables(engine);
        var firstBytes = RetainedBytes();
        for (var n = 3; n <= Rounds; n++) Round(n);
        var last = Tables(engine);
        var lastBytes = RetainedBytes();

        output.WriteLine($"{Rounds + 1} rounds, {builds} builds; retained after round 2: {firstBytes / 1024.0 / 1024:0.0} MB, " +
                         $"after round {Rounds}: {lastBytes / 1024.0 / 1024:0.0} MB (other tests in this process count too)");
        foreach (var (table, count) in last.OrderBy(t => t.Key, StringComparer.Ordinal))
            output.WriteLine($"  {table}: {first.GetValueOrDefault(table)} -> {count}");
        var grew = last.Where(t => t.Value != first.GetValueOrDefault(t.Key))
            .Select(t => $"{t.Key}: {first.GetValueOrDefault(t.Key)} after round 2, {t.Value} after round {Rounds}").ToList();
        Assert.True(first.Count > 10, "the walk found too few tables to prove anything: " + string.Join(", ", first.Keys));
        Assert.True(grew.Count == 0, "Tables that grew with the rounds:\n" + string.Join("\n", grew));
    }

    /// <summary>A real PNG, 640×480, with pixels of its own for each round (a new photo, not the same bytes again).</summary>
    private static byte[] Photo(int n)
    {
        using var bitmap = new SkiaSharp.SKBitmap(640, 480);
        bitmap.Erase(new SkiaSharp.SKColor((byte)(n * 37 % 256), (byte)(n * 11 % 256), (byte)(n / 256 % 256)));
        using var data = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static long RetainedBytes()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>
    /// The number of entries of every collection the engine keeps between builds, by declaring type and field: found by
    /// walking the fields of the engine and of the objects of this project it holds (not into the collections' entries,
    /// which are the site's content). Arrays count their non-empty places (a reference array) or their length.
    /// Waits (at most a minute) until the photos' variants left for later are made, as they are in the preview while
    /// the writer reads.
    /// </summary>
    private static Dictionary<string, int> Tables(SiteEngine engine)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            var tables = new Dictionary<string, int>(StringComparer.Ordinal);
            Walk(engine, "", new HashSet<object>(ReferenceEqualityComparer.Instance), tables, 0);
            if (tables.GetValueOrDefault("ImageStore._pending") == 0 || DateTime.UtcNow > deadline) return tables;
            Thread.Sleep(200);
        }
    }

    private static void Walk(object value, string path, HashSet<object> seen, Dictionary<string, int> tables, int depth)
    {
        if (!seen.Add(value) || depth > 6) return;
        for (var type = value.GetType(); type is not null && type != typeof(object); type = type.BaseType)
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.FieldType.IsValueType && !field.FieldType.IsGenericType || field.GetValue(value) is not { } held || held is string) continue;
                var name = $"{type.Name}.{field.Name.Replace("<", "").Replace(">k__BackingField", "")}";
                switch (held)
                {
                    case Array array when array.GetType().GetElementType()!.IsValueType:
                        tables[name] = array.Length;
                        break;
                    case Array array:
                        tables[name] = array.Cast<object?>().Count(x => x is not null);
                        break;
                    case ICollection collection:
                        tables[name] = collection.Count;
                        break;
                    default:
                        if (held.GetType().Namespace?.StartsWith("Thuisbasis", StringComparison.Ordinal) == true && !held.GetType().IsValueType)
                            Walk(held, name, seen, tables, depth + 1);
                        break;
                }
            }
    }
}
