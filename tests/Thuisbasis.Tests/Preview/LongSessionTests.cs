using Thuisbasis.Model;
using Thuisbasis.Pipeline;

namespace Thuisbasis.Tests.Preview;

/// <summary>
/// A preview left running all day: what the engine keeps between rebuilds depends on the site as it is now, not on how
/// many edits were made before (found by bench/preview_soak.py).
/// </summary>
public sealed class LongSessionTests
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
}
