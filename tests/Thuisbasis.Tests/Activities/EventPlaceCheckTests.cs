using System.Text.Json;
using Thuisbasis.Cli;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Activities;

/// <summary>
/// Google's Event rich results require <c>location.address</c> for a place people go to; a place written as a name alone
/// (<c>location: Buurthuis De Linde</c>) gives a <c>Place</c> without one, and nothing is made up for it
/// (<see cref="PlainAddressEventTests"/>). So <c>check</c> says so at the writer's line, for coming activities only.
/// </summary>
public sealed class EventPlaceCheckTests
{
    [Fact]
    public async Task CheckWarnsAtTheLocationOfAComingActivityWhosePlaceHasNoAddress()
    {
        using var site = new FixtureSite();
        site.Write("input/activities/naam.md", "---\ntitle: Naam\nstart: 2026-12-10 19:30\nlocation: Buurthuis De Linde\n---\nWelkom.\n");
        site.Write("input/activities/adres.md", "---\ntitle: Adres\nstart: 2026-12-10 19:30\n" +
            "location: { name: Buurthuis De Linde, street: Lindelaan 4, postal_code: 1091 AB, city: Amsterdam }\n---\nWelkom.\n");
        site.Write("input/activities/postcode.md", "---\ntitle: Postcode\nstart: 2026-12-10 19:30\n" +
            "location: \"Buurthuis De Linde, Lindelaan 4, 1091 AB Amsterdam\"\n---\nWelkom.\n");
        site.Write("input/activities/online.md", "---\ntitle: Online\nstart: 2026-12-10 19:30\nlocation: online\n" +
            "online_url: https://meet.test.example/a\n---\nWelkom.\n");
        site.Write("input/activities/zaal.md", "---\ntitle: Zaal\nstart: 2026-12-10 19:30\nlocation: \"De Brug, zaal 2\"\n---\nWelkom.\n");
        site.Write("input/activities/voorbij.md", "---\ntitle: Voorbij\nstart: 2026-11-10 19:30\nlocation: Buurthuis De Linde\n---\nWelkom.\n");

        // What a search engine reads: the name-only place is the one Event location without an address.
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var withoutAddress = new[] { "naam", "adres", "postcode" }.Where(slug => result.Html($"activiteiten/{slug}/index.html")
                .QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement)
                .Where(j => j.GetProperty("@type").GetString() == "Event")
                .Any(e => !e.GetProperty("location").TryGetProperty("address", out _)))
            .ToList();
        Assert.Equal(["naam"], withoutAddress);

        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await SiteHost.RunAsync(["check", "--root", site.Root, "--date", "2026-11-23"], stdout, stderr);
        var output = stdout + "\n" + stderr;
        Assert.True(code == 0, output);
        var lines = output.Split('\n').Where(l => l.Contains("TB0307", StringComparison.Ordinal) && l.StartsWith("input/", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, lines.Count);
        Assert.StartsWith("input/activities/naam.md(4,11): warning TB0307: `location` is `Buurthuis De Linde`", lines[0]);
        Assert.Contains("`location: { name: Buurthuis De Linde, street: ..., postal_code: ..., city: ... }`", lines[0]);
        // The line to copy stays YAML when the name has a comma.
        Assert.StartsWith("input/activities/zaal.md(4,12): warning TB0307:", lines[1]);
        Assert.Contains("`location: { name: 'De Brug, zaal 2', street: ..., postal_code: ..., city: ... }`", lines[1]);
    }
}
