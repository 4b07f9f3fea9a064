using Thuisbasis.Analytics;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Analytics;

public sealed class AnalyticsSettingsTests
{
    private static Diagnostics.Diagnostic Only(Pipeline.BuildResult result, string code) =>
        Assert.Single(result.Diagnostics, d => d.Code == code);

    [Fact]
    public void AMeasurementIdThatIsNotGa4IsAnErrorAtItsPositionAndMeasuresNothing()
    {
        using var site = AnalyticsSites.With("analytics:\n  provider: ga4\n  site: UA-12345-1\n");
        var result = site.Build("production");
        var d = Only(result, "TB0302");
        Assert.Equal(("statiq.config", 8, 9), (d.Path, d.Line, d.Column));
        Assert.Contains("`UA-12345-1`", d.Message);
        Assert.Contains("G-", d.Help);
        Assert.False(AnalyticsPlan.Of(result.Site!).Enabled);
    }

    [Fact]
    public void AMisspeltProviderSuggestsTheClosestOne()
    {
        using var site = AnalyticsSites.With("analytics:\n  provider: plausable\n  site: www.test.example\n");
        var d = Only(site.Build("production"), "TB0103");
        Assert.Contains("`plausible`", d.Help);
        Assert.Equal(7, d.Line);
    }

    [Fact]
    public void MatomoWithoutItsHostIsAnError()
    {
        using var site = AnalyticsSites.With("analytics:\n  provider: matomo\n  site: \"3\"\n");
        Assert.Contains("host", Only(site.Build("production"), "TB0101").Message);
    }

    [Theory]
    [InlineData("plausible", "https://www.test.example/", "`site: www.test.example`")]
    [InlineData("goatcounter", "https://buurtkracht.goatcounter.com", "`site: buurtkracht`")]
    public void ASiteWrittenAsAnAddressIsToldWhatToWriteFromItsOwnAddress(string provider, string written, string meant)
    {
        // The example (`www.voorbeeld.nl`) copied as it stands would measure a site that is not theirs, without a word.
        using var site = AnalyticsSites.With($"analytics:\n  provider: {provider}\n  site: {written}\n");
        var d = Only(site.Build("production"), "TB0302");
        Assert.StartsWith($"Schrijf {meant}", d.Help);
    }

    [Fact]
    public void AHostWithoutHttpsIsAnError()
    {
        using var site = AnalyticsSites.With("analytics:\n  provider: plausible\n  site: www.test.example\n  host: http://stats.test.example\n");
        var d = Only(site.Build("production"), "TB0302");
        Assert.Contains("https", d.Help);
        Assert.Equal(9, d.Line);
    }

    [Fact]
    public void AMatomoHostWithoutHttpsIsOneErrorNotAlsoSaidToBeMissing()
    {
        using var site = AnalyticsSites.With("analytics:\n  provider: matomo\n  site: \"3\"\n  host: http://stats.test.example\n");
        var result = site.Build("production");
        Assert.Equal(9, Only(result, "TB0302").Line);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "TB0101");
        Assert.False(AnalyticsPlan.Of(result.Site!).Enabled);
    }

    [Fact]
    public void NeverAskingConsentForCookiesIsAWarningThatNamesTheLaw()
    {
        using var site = AnalyticsSites.With(AnalyticsSites.Providers["ga4"] + "  consent: never\n");
        var result = site.Build("production");
        Assert.True(result.Succeeded);
        Assert.Contains("Telecommunicatiewet", Only(result, "TB0310").Message);
        Assert.False(AnalyticsPlan.Of(result.Site!).NeedsConsent);
    }

    [Fact]
    public void CustomOnlyKeysWithAnotherProviderAreAWarning()
    {
        using var site = AnalyticsSites.With(AnalyticsSites.Providers["plausible"] + "  cookies: true\n");
        Assert.Contains("custom", Only(site.Build("production"), "TB0311").Message);
    }

    [Fact]
    public void WithoutAnAnalyticsSectionNothingIsMeasured()
    {
        using var site = new FixtureSite();
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.False(AnalyticsPlan.Of(result.Site!).Enabled);
        Assert.Empty(result.Html("index.html").QuerySelectorAll("script:not([type='application/ld+json'])"));
    }
}
