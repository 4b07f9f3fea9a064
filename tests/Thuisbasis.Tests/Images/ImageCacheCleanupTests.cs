using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Images;

/// <summary>
/// <c>.thuisbasis/cache/images/</c> keeps what a build uses and loses what no build has used for a month (a photo
/// replaced, a title changed, an older version's entries), so a deploy cache does not grow with every edit.
/// </summary>
public sealed class ImageCacheCleanupTests : IDisposable
{
    private readonly FixtureSite _site = new();

    public void Dispose() => _site.Dispose();

    private string Cache => Path.Combine(_site.Root, ".thuisbasis", "cache", "images");

    private static DateTime DaysAgo(int days) => DateTime.UtcNow.AddDays(-days);

    private string OldEntry(string name, int daysAgo, bool derived = false)
    {
        var path = derived ? Path.Combine(Cache, "derived", name + ".png") : Path.Combine(Cache, name);
        if (derived)
        {
            File.WriteAllBytes(path, [1, 2, 3]);
            File.SetLastWriteTimeUtc(path, DaysAgo(daysAgo));
            return path;
        }
        Directory.CreateDirectory(path);
        File.WriteAllBytes(Path.Combine(path, "480.webp"), [1, 2, 3]);
        File.WriteAllText(Path.Combine(path, "index.txt"), "480 320 Jpeg\n480 320 Webp 480.webp\n");
        File.SetLastWriteTimeUtc(Path.Combine(path, "index.txt"), DaysAgo(daysAgo));
        return path;
    }

    [Fact]
    public void ABuildRemovesEntriesUnusedForAMonthAndKeepsWhatItUsesHoweverOld()
    {
        _site.WriteBytes("input/assets/img/markt.jpg", TestImages.PhonePhoto(1600, 1200, orientation: 1));
        _site.Write("input/stories/2026-11-01-markt.md", "---\ntitle: Markt\ndate: 2026-11-01\nauthor: anouk-visser\nimage: /assets/img/markt.jpg\nimage_alt: Kramen op het plein.\n---\nTekst.\n");
        var first = _site.BuildAndWrite(likeTheCommandLine: true);
        Assert.True(first.Succeeded, first.Describe());
        var used = Directory.GetDirectories(Cache).Where(d => Path.GetFileName(d) != "derived").ToList();
        var usedCards = Directory.GetFiles(Path.Combine(Cache, "derived"));
        Assert.NotEmpty(used);
        Assert.NotEmpty(usedCards);
        foreach (var index in used.Select(d => Path.Combine(d, "index.txt"))) File.SetLastWriteTimeUtc(index, DaysAgo(90));
        foreach (var card in usedCards) File.SetLastWriteTimeUtc(card, DaysAgo(90));
        var stale = OldEntry("00000000000000aa", daysAgo: 31);
        var staleCard = OldEntry("00000000000000bb", daysAgo: 31, derived: true);
        var recent = OldEntry("00000000000000cc", daysAgo: 29);
        var recentCard = OldEntry("00000000000000dd", daysAgo: 29, derived: true);
        File.Delete(Path.Combine(Cache, "opgeruimd")); // the first build cleaned up today already
        _site.Write("input/stories/2026-11-02-tweede.md", "---\ntitle: Tweede\ndate: 2026-11-02\nauthor: anouk-visser\n---\nTekst.\n");

        var second = _site.BuildAndWrite(likeTheCommandLine: true);

        Assert.True(second.Succeeded, second.Describe());
        Assert.False(Directory.Exists(stale));
        Assert.False(File.Exists(staleCard));
        Assert.True(Directory.Exists(recent));
        Assert.True(File.Exists(recentCard));
        Assert.All(used, d => Assert.True(File.GetLastWriteTimeUtc(Path.Combine(d, "index.txt")) > DaysAgo(1), d));
        Assert.All(usedCards, c => Assert.True(File.GetLastWriteTimeUtc(c) > DaysAgo(1), c));
        foreach (var file in second.Files.Where(f => f.Path.StartsWith("assets/img/markt", StringComparison.Ordinal)))
            Assert.True(File.Exists(Path.Combine(_site.Output, file.Path)), file.Path);
    }

    [Fact]
    public void CleaningUpHappensAtMostOnceADay()
    {
        _site.WriteBytes("input/assets/img/markt.jpg", TestImages.PhonePhoto(1600, 1200, orientation: 1));
        Assert.True(_site.BuildAndWrite(likeTheCommandLine: true).Succeeded);
        var stale = OldEntry("00000000000000aa", daysAgo: 40);
        _site.Write("input/stories/2026-11-02-tweede.md", "---\ntitle: Tweede\ndate: 2026-11-02\nauthor: anouk-visser\n---\nTekst.\n");

        Assert.True(_site.BuildAndWrite(likeTheCommandLine: true).Succeeded);

        Assert.True(Directory.Exists(stale)); // the first build cleaned up today; the next one that does is tomorrow's
        Assert.Equal(1, new Thuisbasis.Images.ImageStore(Cache).Prune(DateTime.UtcNow.AddDays(1.5)));
        Assert.False(Directory.Exists(stale));
    }
}
