using Thuisbasis.Content;
using Thuisbasis.Content.Readers;
using Thuisbasis.Diagnostics;
using Thuisbasis.Content.Settings;

namespace Thuisbasis.Tests.Activities;

/// <summary>Reads one activity file from text, in memory, with the default settings (Europe/Amsterdam).</summary>
internal static class ActivityText
{
    public const string Path = "input/activities/a.md";

    /// <summary>The build day the text is read on: a date in words without a year is suggested for its coming day.</summary>
    public static readonly DateOnly Today = new(2026, 12, 6);

    public static (Activity? Activity, IReadOnlyList<Diagnostic> Diagnostics) Read(string frontMatter)
    {
        var bag = new DiagnosticBag();
        var ctx = new ReadContext(new SiteSettings { Name = "Test", Url = "https://www.test.example" }, bag, Today);
        var item = ContentReader.Parse("activities", SourceFile.FromText(Path, $"---\n{frontMatter}\n---\nTekst.\n"), ctx);
        return (item as Activity, bag.Sorted());
    }

    public static Activity Valid(string frontMatter)
    {
        var (a, d) = Read(frontMatter);
        Assert.True(d.Count == 0, string.Join("\n", d));
        return Assert.IsType<Activity>(a);
    }

    /// <summary>The one message a file with one mistake gets.</summary>
    public static Diagnostic Only(string frontMatter) => Assert.Single(Read(frontMatter).Diagnostics);

    public static TimeZoneInfo Amsterdam => SiteSettings.DefaultZone();
}
