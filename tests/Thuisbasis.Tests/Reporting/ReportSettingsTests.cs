using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Reporting;

/// <summary><c>rhythm:</c> and <c>feeds.utm</c> are validated like every other setting.</summary>
public sealed class ReportSettingsTests
{
    private static Pipeline.BuildResult Build(string settings)
    {
        using var site = new FixtureSite();
        site.Write("statiq.config", "name: T\nurl: https://t.example\n" + settings);
        return site.Build();
    }

    [Fact]
    public void WithoutRhythmTheTargetIsFourStoriesAMonthAndUtmIsOff()
    {
        var result = Build("");
        Assert.Equal(4, result.Site!.Settings.Rhythm.StoriesPerMonth);
        Assert.False(result.Site.Settings.Feeds.Utm);
    }

    [Fact]
    public void RhythmTargetIsRead() =>
        Assert.Equal(8, Build("rhythm: { stories_per_month: 8 }").Site!.Settings.Rhythm.StoriesPerMonth);

    [Fact]
    public void MisspeltRhythmKeyGetsADidYouMean()
    {
        var result = Build("rhythm:\n  stories_per_mont: 3\n");
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "TB0201");
        Assert.Equal("statiq.config", warning.Path);
        Assert.Equal(4, warning.Line);
        Assert.Contains("`stories_per_month`", warning.Help);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("2.5")]
    [InlineData("500")]
    public void ImpossibleRhythmTargetIsAnErrorThatSaysWhatToWrite(string value)
    {
        var result = Build($"rhythm:\n  stories_per_month: {value}\n");
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("TB0302", 4), (error.Code, error.Line));
        Assert.Contains("heel getal tussen 1 en 100", error.Help);
    }

    [Fact]
    public void FeedsUtmAcceptsYesAndRejectsOtherWords()
    {
        Assert.True(Build("feeds: { utm: ja }").Site!.Settings.Feeds.Utm);
        Assert.Contains(Build("feeds: { utm: misschien }").Diagnostics, d => d.Code == "TB0103" && d.IsError);
    }
}
