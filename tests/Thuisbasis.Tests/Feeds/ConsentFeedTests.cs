using System.Text;
using System.Xml.Linq;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Feeds;

/// <summary>
/// A client's story without <c>consent: true</c> reaches no feed by any road: not the whole-site or stories feed, not a
/// tag feed (not even one for a tag only that story has), and not through the spelling of a tag it shares.
/// </summary>
public sealed class ConsentFeedTests
{
    [Fact]
    public void AWithheldStoryReachesNoFeedThroughItsTags()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a-ria.md", "---\ntitle: Het verhaal van Ria\ndate: 2026-11-11\nauthor: { name: Ria Jansen, role: cliënt }\n" +
            "consent: false\ntags: [Schuldhulp, AlleenRia]\n---\nRia vertelt over haar schulden.\n");
        site.Write("input/stories/b-anouk.md", "---\ntitle: Schuldhulp in de wijk\ndate: 2026-11-10\nauthor: anouk-visser\ntags: [schuldhulp]\n---\nTekst.\n");
        site.Write("input/testimonials/kees.md", "---\nname: Kees Bakker\nrole: cliënt\nconsent: false\n---\nIk kreeg hulp.\n");
        var result = site.Build();
        result.AssertSucceeded();

        Assert.False(result.Has("onderwerp/alleenria/feed.xml"));
        var tagFeed = XDocument.Parse(result.Text("onderwerp/schuldhulp/feed.xml"));
        Assert.Equal(["Schuldhulp in de wijk"], tagFeed.Descendants("item").Select(i => i.Element("title")!.Value));
        Assert.Equal(["schuldhulp"], tagFeed.Descendants("category").Select(c => c.Value).Distinct());
        var feeds = result.Files.Where(f => f.Path.EndsWith("feed.xml") || f.Path.EndsWith("atom.xml") || f.Path.EndsWith("feed.json")).ToList();
        Assert.NotEmpty(feeds);
        foreach (var feed in feeds)
        {
            var text = Encoding.UTF8.GetString(feed.Bytes!);
            foreach (var word in new[] { "Ria", "AlleenRia", "Kees", "Ik kreeg hulp" }) Assert.DoesNotContain(word, text);
        }
    }
}
