using Thuisbasis.Pipeline;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Editor;

/// <summary>The editor's configuration in the preview follows the content: a new team member or tag is offered after the next save.</summary>
public sealed class EditorPreviewTests
{
    [Fact]
    public void AfterAnIncrementalRebuildTheEditorFilesEqualAFreshPreviewBuildsToTheByte()
    {
        using var site = new FixtureSite();
        var options = site.Options() with { Mode = "preview", IncludeDrafts = true };
        var engine = new SiteEngine(options);
        engine.Build(changed: null);

        site.Write("input/team/bram-jansen.md", "---\nname: Bram Jansen\nrole: Buurtwerker\n---\nBram.\n");
        site.Write("input/stories/2026-02-01-soep.md", "---\ntitle: Soep\ndate: 2026-02-01\nauthor: bram-jansen\ntags: [buurtsoep]\n---\nSoep.\n");
        var incremental = engine.Build(["input/team/bram-jansen.md", "input/stories/2026-02-01-soep.md"]);
        var clean = new SiteEngine(options).Build();

        Assert.True(incremental.Succeeded, incremental.Describe());
        var config = incremental.Text("admin/config.yml");
        Assert.Contains("\"value\": \"bram-jansen\"", config);
        Assert.Contains("buurtsoep", config);
        foreach (var file in clean.Files.Where(f => f.Path.StartsWith("admin/", StringComparison.Ordinal) && f.Bytes is not null))
            Assert.Equal(file.Bytes, incremental.Files.Single(f => f.Path == file.Path).Bytes);
    }
}
