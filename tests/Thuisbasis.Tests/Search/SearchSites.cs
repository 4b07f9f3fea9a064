using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Thuisbasis.Pipeline;
using Thuisbasis.Search;
using Thuisbasis.Tests.Building;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Search;

/// <summary>A fixture site with search on, built with the repository's own Pagefind, and Pagefind's output read back.</summary>
internal static class SearchSites
{
    /// <summary>
    /// The Pagefind the repository installs (<c>npm ci</c>, which <c>.ci/run</c> runs). Its absence fails the test with the
    /// same advice a writer gets, instead of skipping it.
    /// </summary>
    public static string RepositoryPagefind() =>
        PagefindLocator.Find(SampleSiteTests.RepositoryRoot(), Environment.GetEnvironmentVariable)
        ?? throw new Xunit.Sdk.XunitException("Pagefind is not installed in the repository: run `npm ci` there. " +
                                              PagefindLocator.MissingHelp(Environment.GetEnvironmentVariable));

    /// <summary>An environment in which only <c>THUISBASIS_PAGEFIND</c> is set (no PATH): nothing else is found by accident.</summary>
    public static Func<string, string?> OnlyPagefind(string? program) =>
        name => name == PagefindLocator.EnvironmentVariable ? program : null;

    public static BuildResult BuildAndWrite(FixtureSite site, string? pagefind, bool drafts = false) =>
        new SiteEngine(site.Options(drafts)) { ReadEnvironment = OnlyPagefind(pagefind) }.BuildAndWrite();

    public static FixtureSite WithSearch(string settingsLine = "search: true")
    {
        var site = new FixtureSite();
        site.Write("statiq.config", $"""
            name: Testorganisatie
            url: https://www.test.example
            contact:
              phone: 020 123 45 67
              email: info@test.example
            {settingsLine}
            """);
        return site;
    }

    /// <summary>One indexed page as Pagefind stored it: its address, its text and its metadata.</summary>
    public sealed record Fragment(string Url, string Content, IReadOnlyDictionary<string, string> Meta);

    /// <summary>
    /// Every page in the index: Pagefind keeps each page as a gzip-compressed fragment, <c>pagefind_dcd</c> followed by
    /// JSON (<c>url</c>, <c>content</c>, <c>meta</c>), which the browser downloads to show a result.
    /// </summary>
    public static IReadOnlyList<Fragment> ReadIndex(string output) => ReadFragments(Path.Combine(output, "pagefind"));

    /// <summary>As <see cref="ReadIndex"/>, from the index folder itself (the preview keeps it outside any output).</summary>
    public static IReadOnlyList<Fragment> ReadFragments(string index)
    {
        var fragments = new List<Fragment>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(index, "fragment"), "*.pf_fragment"))
        {
            using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var text = new StreamReader(gzip, Encoding.UTF8);
            var raw = text.ReadToEnd();
            const string signature = "pagefind_dcd";
            Assert.StartsWith(signature, raw);
            using var json = JsonDocument.Parse(raw[signature.Length..]);
            var root = json.RootElement;
            var meta = root.GetProperty("meta").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "");
            fragments.Add(new Fragment(root.GetProperty("url").GetString()!, root.GetProperty("content").GetString()!, meta));
        }
        return fragments;
    }
}
