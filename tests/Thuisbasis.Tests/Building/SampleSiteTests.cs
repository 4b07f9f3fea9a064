using System.Text.RegularExpressions;
using Thuisbasis.Pipeline;
using Thuisbasis.Tests.Support;
using Thuisbasis.Model;

namespace Thuisbasis.Tests.Building;

/// <summary>The sample site in input/ and every example file in docs/handleiding.md build as promised.</summary>
public sealed class SampleSiteTests
{
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Site.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Site.sln not found above the test folder.");
    }

    private static BuildResult BuildSample() =>
        new SiteEngine(new BuildOptions { Root = RepositoryRoot(), Date = FixtureSite.Today }).Build();

    [Fact]
    public void SampleSiteBuildsWithOnlyTheExpectedConsentWarning()
    {
        var result = BuildSample();
        Assert.True(result.Succeeded, result.Describe());
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("TB0202", d.Code);
    }

    /// <summary>
    /// What the first screen shows loads at once: a listing's first card with high priority (it is what a phone shows
    /// first; lazily loaded it came last, at low priority), the rest lazily. The author's photo beside the name and the
    /// logo load at once but not with high priority, or they are fetched before the story's cover.
    /// </summary>
    [Fact]
    public void OnlyThePagesLargeFirstImageIsFetchedWithHighPriority()
    {
        var result = BuildSample();
        static string How(AngleSharp.Dom.IElement img) =>
            img.GetAttribute("fetchpriority") == "high" ? "high" : img.GetAttribute("loading") == "lazy" ? "lazy" : "eager";
        var listing = result.Html("verhalen/index.html").QuerySelectorAll("main .cards img").Select(How).ToList();
        Assert.Equal("high", listing[0]);
        Assert.All(listing.Skip(1), how => Assert.Equal("lazy", how));
        var story = result.Html("verhalen/samen-wandelen-tegen-eenzaamheid/index.html");
        Assert.Equal("eager", How(story.QuerySelector(".byline img")!));
        Assert.Equal("high", How(story.QuerySelector("figure.cover img")!));
        Assert.Equal("eager", How(story.QuerySelector(".brand img")!));
        Assert.Single(story.QuerySelectorAll("img[fetchpriority=high]"));
    }

    [Fact]
    public void SampleSiteHasTheSevenPagesAndEveryContentType()
    {
        var result = BuildSample();
        foreach (var path in new[] { "index.html", "onze-klanten/index.html", "werkwijze/index.html", "diensten/index.html",
                     "over-ons/index.html", "extra/index.html", "contact/index.html", "404.html", "sitemap.xml", "robots.txt" })
            Assert.True(result.Has(path), path);
        Assert.True(result.Pages.Count(p => p.Kind == "story") >= 8);
        Assert.Equal(3, result.Pages.Count(p => p.Kind == "vacancy"));
        Assert.Equal(4, result.Pages.Count(p => p.Kind == "service"));
        Assert.Contains(result.Pages, p => p.Kind == "tag");
        Assert.Contains(result.Pages, p => p.Kind == "author");
        var nav = result.Html("index.html").QuerySelectorAll("nav[aria-label=Hoofdmenu] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/", "/onze-klanten/", "/werkwijze/", "/diensten/", "/over-ons/", "/extra/", "/contact/"], nav);
    }

    [Fact]
    public void EveryPageOfTheSampleHasATitleOfItsOwn()
    {
        // WCAG 2.4.2: the service and the activity called "Taalcafé" were both "Taalcafé | Buurtkracht Oost".
        var result = BuildSample();
        var titles = result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal))
            .Select(f => (f.Path, Title: result.Html(f.Path).QuerySelector("title")?.TextContent))
            .Where(t => t.Title is not null).ToList();
        Assert.True(titles.Count > 50);
        var same = titles.GroupBy(t => t.Title).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(t => t.Path))}").ToList();
        Assert.True(same.Count == 0, string.Join("\n", same));
        Assert.Equal("Taalcafé – activiteit | Buurtkracht Oost", titles.Single(t => t.Path == "activiteiten/taalcafe/index.html").Title);
    }

    [Fact]
    public void SitemapListsOnlyIndexablePagesWithAbsoluteAddresses()
    {
        var result = BuildSample();
        var xml = System.Xml.Linq.XDocument.Parse(result.Text("sitemap.xml"));
        System.Xml.Linq.XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = xml.Descendants(ns + "loc").Select(e => e.Value).ToList();
        Assert.All(locs, l => Assert.StartsWith("https://www.buurtkracht-oost.nl/", l));
        Assert.Contains("https://www.buurtkracht-oost.nl/contact/", locs);
        Assert.DoesNotContain(locs, l => l.EndsWith("404.html"));
        Assert.Equal(locs.Count, locs.Distinct().Count());
    }

    [Fact]
    public void EveryExampleInTheWritersGuideBuilds()
    {
        var guide = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "handleiding.md"));
        var examples = Regex.Matches(guide, @"<!-- voorbeeld: (?<path>[^ ]+) -->\s*```markdown\n(?<body>.*?)```", RegexOptions.Singleline);
        Assert.True(examples.Count >= 6, $"expected at least 6 examples, found {examples.Count}");

        using var site = new FixtureSite(withDefaults: false);
        CopyDirectory(Path.Combine(RepositoryRoot(), "input"), Path.Combine(site.Root, "input"));
        File.Copy(Path.Combine(RepositoryRoot(), "statiq.config"), Path.Combine(site.Root, "statiq.config"));
        foreach (Match m in examples)
        {
            var path = "input/" + m.Groups["path"].Value;
            Assert.False(File.Exists(Path.Combine(site.Root, path)), $"example {path} overwrites a sample file");
            site.Write(path, m.Groups["body"].Value);
        }
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.DoesNotContain(result.Diagnostics, d => d.Path.StartsWith("input/") && examples.Any(m => d.Path == "input/" + m.Groups["path"].Value));
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var dest = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
            File.Copy(file, dest);
        }
    }
}
