using Thuisbasis.Content;
using Thuisbasis.Diagnostics;

namespace Thuisbasis.Tests.Content;

/// <summary>
/// The preview's listing of <c>input/</c>, brought up to date from the paths a file watcher reported: it must equal a
/// full listing after every kind of change, or say it cannot tell (null) so that a full listing is made.
/// </summary>
public sealed class SiteFilesUpdateTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "tb-listing-" + Guid.NewGuid().ToString("N")[..10]);

    public SiteFilesUpdateTests()
    {
        Write("input/stories/a.md", "a");
        Write("input/stories/c.md", "c");
        Write("input/assets/img/logo.png", "png");
    }

    private void Write(string rel, string text)
    {
        var full = Path.Combine(_root, rel);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private List<SiteFile> Full() => SiteFiles.Enumerate(_root, Path.Combine(_root, "input"), new DiagnosticBag());

    private static string[] Paths(IEnumerable<SiteFile> files) => files.Select(f => $"{f.Relative} {f.Length}").ToArray();

    [Fact]
    public void ANewChangedAndDeletedFileGiveTheSameListingAsListingAgain()
    {
        var before = Full();
        Write("input/stories/b.md", "bbb");         // new: sorted in between
        Write("input/stories/c.md", "longer text"); // changed size
        File.Delete(Path.Combine(_root, "input/stories/a.md"));

        var updated = SiteFiles.Update(before, _root, ["input/stories/b.md", "input/stories/c.md", "input/stories/a.md"]);

        Assert.NotNull(updated);
        Assert.Equal(Paths(Full()), Paths(updated));
        Assert.Equal(Full().Select(f => f.Full), updated.Select(f => f.Full));
        Assert.Equal(Full().Select(f => f.LastWrite), updated.Select(f => f.LastWrite));
    }

    [Fact]
    public void PathsOutsideInputAndEditorLitterLeaveTheListingAsItWas()
    {
        var before = Full();
        Write("input/stories/.a.md.swp", "swap");
        Write("input/stories/a.md~", "backup");

        var updated = SiteFiles.Update(before, _root, ["statiq.config", "themes/default/layouts/base.sbn-html",
            "input/stories/.a.md.swp", "input/stories/a.md~"]);

        Assert.NotNull(updated);
        Assert.Equal(Paths(before), Paths(updated));
        Assert.Equal(Paths(Full()), Paths(updated));
    }

    [Fact]
    public void ANewFolderNeedsAFullListing()
    {
        var before = Full();
        Write("input/assets/foto/park.jpg", "jpg");

        Assert.Null(SiteFiles.Update(before, _root, ["input/assets/foto"]));
    }

    [Fact]
    public void AFolderThatWentNeedsAFullListing()
    {
        var before = Full();
        Directory.Move(Path.Combine(_root, "input/assets/img"), Path.Combine(_root, "input/assets/beeld"));

        // A rename reports the old and the new name; the old one alone (a folder deleted) is enough to list again.
        Assert.Null(SiteFiles.Update(before, _root, ["input/assets/img"]));
        Assert.Null(SiteFiles.Update(before, _root, ["input/assets/img", "input/assets/beeld"]));
    }

    [Fact]
    public void ASymbolicLinkNeedsAFullListing()
    {
        var before = Full();
        File.CreateSymbolicLink(Path.Combine(_root, "input/stories/d.md"), Path.Combine(_root, "input/stories/a.md"));

        Assert.Null(SiteFiles.Update(before, _root, ["input/stories/d.md"]));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
