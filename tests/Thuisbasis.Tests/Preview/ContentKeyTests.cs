using System.Text.RegularExpressions;
using Thuisbasis.Content.Model;
using Thuisbasis.Pipeline;
using Thuisbasis.Model;

namespace Thuisbasis.Tests.Preview;

/// <summary>
/// Every key of every content type, as the content model lists it, edited while the preview runs: what the preview then
/// serves equals a fresh build. The keys come from <see cref="ContentTypes.All"/>, so a key added to a content type is
/// in this test from that moment on; nothing in the caches names a key or a field (dependencies are recorded where they
/// are read), so the new key needs no edit there to show up in the preview.
/// </summary>
public sealed class ContentKeyTests
{
    private static readonly DateOnly Today = new(2026, 12, 4);

    [Fact]
    public void AnEditOfAnyKeyOfAnyContentTypeShowsUpInThePreviewAsInAFreshBuild()
    {
        using var site = SampleCopy.Make();
        var options = new BuildOptions
        {
            Root = site.Root, IncludeDrafts = true, Mode = "preview", BaseUrl = "http://localhost:5080", Date = Today,
        };
        var preview = new SiteEngine(options);
        var first = preview.Build();
        Assert.True(first.Succeeded);
        var last = Served(first);
        var ids = new Ids(site.Root);
        var edited = 0;
        var changedOutput = 0;
        foreach (var type in ContentTypes.All)
        {
            var file = Directory.EnumerateFiles(Path.Combine(site.Root, type.Folder), "*.md").Order(StringComparer.Ordinal).First();
            var rel = Path.GetRelativePath(site.Root, file).Replace('\\', '/');
            var original = File.ReadAllText(file);
            foreach (var field in type.Fields)
            {
                File.WriteAllText(file, WithKey(File.ReadAllText(file), field.Key, Value(field, ids)));
                var incremental = preview.Build([rel]);
                var fresh = new SiteEngine(options).Build();
                var difference = DifferentialTests.Compare(incremental, fresh);
                Assert.True(difference is null, $"{type.Name}: `{field.Key}` edited in {rel}: {difference}");
                edited++;
                if (!fresh.Succeeded) continue;
                var now = Served(fresh);
                if (!SameFiles(last, now)) changedOutput++;
                last = now;
            }
            File.WriteAllText(file, original);
            var restored = new SiteEngine(options).Build();
            Assert.Null(DifferentialTests.Compare(preview.Build([rel]), restored));
            last = Served(restored);
        }
        // Most edits must change what the site shows, or the comparison proves little.
        Assert.True(changedOutput > edited / 2, $"{changedOutput} of {edited} key edits changed the site");
    }

    /// <summary>The front matter with <paramref name="key"/> (and any lines indented under it) replaced by one line.</summary>
    private static string WithKey(string text, string key, string value)
    {
        var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
        var head = text[4..(end + 1)];
        var rest = text[(end + 1)..];
        head = new Regex($"^{Regex.Escape(key)}:.*\\n(?:[ \\t]+.*\\n|[ \\t]*-.*\\n)*", RegexOptions.Multiline).Replace(head, "");
        return "---\n" + head + $"{key}: {value}\n" + rest;
    }

    /// <summary>A valid value of the field's kind that differs from what the sample has.</summary>
    private static string Value(FieldSpec field, Ids ids)
    {
        var key = field.Key;
        return field.Kind switch
        {
            FieldKind.Text when key.Contains("url") => "\"https://voorbeeld.nl/nieuw/\"",
            FieldKind.Text when key.Contains("email") => "nieuw@voorbeeld.nl",
            FieldKind.Text when key.Contains("phone") => "\"020 765 4321\"",
            FieldKind.Text or FieldKind.LongText => $"\"Nieuwe waarde voor {key}\"",
            FieldKind.Date => "2026-02-03",
            FieldKind.DateTime => "2026-12-17 14:30",
            FieldKind.DateList or FieldKind.CancelledDates => "[2026-12-24]",
            FieldKind.Flag => "true",
            FieldKind.Number => "7",
            FieldKind.Choice => field.Options[^1].Value,
            FieldKind.Choices => $"[{field.Options[^1].Value}]",
            FieldKind.TextList when key == "redirect_from" => "[/oud-adres-nieuw/]",
            FieldKind.TextList => "[nieuw-onderwerp, buren]",
            FieldKind.Group => "{ " + string.Join(", ", field.Fields.Select(f => $"{f.Key}: {Value(f, ids)}")) + " }",
            FieldKind.Image => ids.Image,
            FieldKind.ImageAlt => "\"Een nieuwe beschrijving\"",
            FieldKind.Service => ids.Service,
            FieldKind.Author or FieldKind.Staff => ids.Staff,
            FieldKind.Colour => "\"#7a0b5f\"",
            _ => throw new InvalidOperationException($"No test value for {field.Kind}: add one here."),
        };
    }

    private static Dictionary<string, byte[]> Served(BuildResult result) => DifferentialTests.Served(result);

    private static bool SameFiles(Dictionary<string, byte[]> a, Dictionary<string, byte[]> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var other) && p.Value.AsSpan().SequenceEqual(other));

    /// <summary>Ids that exist in the sample: the last service, the last team member, the last photo.</summary>
    private sealed class Ids(string root)
    {
        public string Service { get; } = Last(root, "input/services", "*.md");
        public string Staff { get; } = Last(root, "input/team", "*.md");
        public string Image { get; } = "/assets/img/" + Path.GetFileName(Directory.EnumerateFiles(Path.Combine(root, "input/assets/img"))
            .Where(f => f.EndsWith(".jpg", StringComparison.Ordinal) || f.EndsWith(".png", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).Last());

        private static string Last(string root, string folder, string pattern) =>
            Path.GetFileNameWithoutExtension(Directory.EnumerateFiles(Path.Combine(root, folder), pattern).Order(StringComparer.Ordinal).Last());
    }
}
