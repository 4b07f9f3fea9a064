using Thuisbasis.Hosting;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Search;

/// <summary><c>search:</c> in statiq.config: off by default, validated like every other setting.</summary>
public sealed class SearchSettingsTests
{
    [Fact]
    public void WithoutTheSettingThereIsNoSearchPageNoSearchBoxAndNoWebAssemblyInThePolicy()
    {
        using var site = new FixtureSite();
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.False(result.Site!.Settings.Search);
        Assert.False(result.Has("zoeken/index.html"));
        Assert.Null(result.Html("index.html").QuerySelector("form[role=search]"));
        Assert.Null(result.Html("index.html").QuerySelector("[data-pagefind-body]"));
        Assert.DoesNotContain("wasm-unsafe-eval", ContentSecurityPolicy.Header(result.Site));
    }

    [Theory]
    [InlineData("search: true")]
    [InlineData("search: ja")]
    [InlineData("search: aan")]
    public void SearchOnMakesTheSearchPageAHeaderFormAndAllowsWebAssembly(string line)
    {
        using var site = SearchSites.WithSearch(line);
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.True(result.Site!.Settings.Search);

        var form = result.Html("index.html").QuerySelector("header form[role=search]")!;
        Assert.Equal("/zoeken/", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        var input = form.QuerySelector("input[type=search][name=q]")!;
        Assert.Equal("Zoeken", form.QuerySelector($"label[for='{input.Id}']")!.TextContent);
        Assert.Equal("Zoek", form.QuerySelector("button[type=submit]")!.TextContent);

        var searchPage = result.Html("zoeken/index.html");
        Assert.Equal("Zoeken", searchPage.QuerySelector("h1")!.TextContent);
        Assert.Equal("noindex, nofollow", searchPage.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Equal("/assets/js/search.js", searchPage.QuerySelector("script[type=module]")!.GetAttribute("src"));
        // The page has its own, larger form; one search landmark per page.
        Assert.Single(searchPage.QuerySelectorAll("form[role=search]"));
        Assert.Equal("status", searchPage.QuerySelector("[data-search-status]")!.GetAttribute("role"));
        // Without JavaScript the page still leads somewhere: services, stories, vacancies and contact.
        var links = searchPage.QuerySelectorAll("main li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Superset(new HashSet<string?> { "/diensten/", "/verhalen/", "/vacatures/", "/contact/" }, links.ToHashSet());

        var script = Assert.Single(ContentSecurityPolicy.Directives(result.Site), d => d.Directive == "script-src");
        Assert.Equal(["'self'", "'wasm-unsafe-eval'"], script.Sources);
        Assert.Contains("script-src 'self' 'wasm-unsafe-eval';", result.Text("_headers"));
    }

    [Fact]
    public void SearchOffSaysSoAndMakesNoSearchPage()
    {
        using var site = SearchSites.WithSearch("search: false");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.False(result.Has("zoeken/index.html"));
    }

    [Fact]
    public void AMisspeltValueIsAnErrorAtItsLineThatSuggestsTrue()
    {
        using var site = SearchSites.WithSearch("search: treu");
        var result = site.Build();
        var d = Assert.Single(result.Diagnostics, x => x.Code == "TB0103");
        Assert.True(d.IsError);
        Assert.Equal(("statiq.config", 6), (d.Path, d.Line));
        Assert.Contains("`treu`", d.Message);
        Assert.Contains("Bedoelde u `true`?", d.Help);
        Assert.Contains("`search: false`", d.Help);
    }

    [Fact]
    public void AMisspeltKeyIsAWarningThatSuggestsSearch()
    {
        using var site = SearchSites.WithSearch("serach: true");
        var result = site.Build();
        var d = Assert.Single(result.Diagnostics, x => x.Code == "TB0201");
        Assert.False(d.IsError);
        Assert.Equal(6, d.Line);
        Assert.Contains("Bedoelde u `search`?", d.Help);
        Assert.False(result.Site!.Settings.Search);
    }

    [Fact]
    public void SearchWrittenAsAGroupIsAnErrorThatShowsTheOneLineForm()
    {
        using var site = SearchSites.WithSearch("search: { enabled: true }");
        var result = site.Build();
        var d = Assert.Single(result.Diagnostics, x => x.Code == "TB0108");
        Assert.Contains("`search: true`", d.Help);
    }
}
