using Thuisbasis.Cli;
using Thuisbasis.Pipeline;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Cli;

/// <summary>
/// A `git checkout` during a one-off build takes away files the build listed a moment before: the build starts again
/// (the preview does so at the next change), and after a few tries it says in Dutch what happened, not a stack trace.
/// </summary>
public sealed class WhileFilesChangeTests
{
    [Fact]
    public void AFileThatVanishesDuringTheBuildStartsTheBuildAgain()
    {
        using var site = new FixtureSite();
        var attempts = 0;
        var err = new StringWriter();
        var result = WhileFilesChange.Build(() =>
        {
            if (++attempts < 3) throw new AggregateException(new FileNotFoundException("weg", Path.Combine(site.Root, "input/assets/img/logo.svg")));
            return site.Build();
        }, err, TimeSpan.Zero);

        Assert.NotNull(result);
        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal(3, attempts);
        Assert.Contains("Tijdens het bouwen verdween een bestand (logo.svg)", err.ToString());
    }

    [Fact]
    public void FilesThatKeepVanishingAreSaidInDutchAndAnythingElseIsNotCaught()
    {
        var err = new StringWriter();
        Assert.Null(WhileFilesChange.Build(() => throw new DirectoryNotFoundException("overrides"), err, TimeSpan.Zero));
        Assert.Contains("De site is niet gebouwd: tijdens het bouwen verdwenen er steeds bestanden (een map)", err.ToString());
        Assert.DoesNotContain("Exception", err.ToString());

        Assert.Throws<InvalidOperationException>(() => WhileFilesChange.Build(() => throw new InvalidOperationException("fout"), err, TimeSpan.Zero));
    }
}

/// <summary>GitHub Pages takes a site of at most 1 GB; a build for it says so before the deploy fails.</summary>
public sealed class HostLimitsTests
{
    [Fact]
    public void ABuildForGitHubPagesSaysSoWhenTheSiteComesNearOneGigabyte()
    {
        var folder = Directory.CreateTempSubdirectory("tb-limits-").FullName;
        try
        {
            // A sparse file: its length counts, no disk is used.
            using (var big = File.Create(Path.Combine(folder, "groot.jpg"))) big.SetLength(850_000_000);
            string? Env(string name) => name == Thuisbasis.Content.Settings.SettingsReader.HostVariable ? "github-pages" : null;
            Assert.StartsWith("Let op: de site is 0,9 GB; GitHub Pages publiceert een site van hoogstens 1 GB.", HostLimits.Check(folder, Env));
            Assert.Null(HostLimits.Check(folder, _ => null)); // Netlify: no such limit here

            using (var more = File.Create(Path.Combine(folder, "nog.jpg"))) more.SetLength(300_000_000);
            Assert.Contains("dus deze komt niet online", HostLimits.Check(folder, Env));
        }
        finally { Directory.Delete(folder, recursive: true); }
    }
}
