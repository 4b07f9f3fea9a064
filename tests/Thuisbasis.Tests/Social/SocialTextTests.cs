using AngleSharp.Dom;
using Thuisbasis.Social;
using Thuisbasis.Tests.Feeds;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Social;

/// <summary>What the networks show of a writer's summary and title: plain words, and never half a character.</summary>
public sealed class SocialTextTests : IDisposable
{
    private readonly FixtureSite _site = new();

    public SocialTextTests()
    {
        _site.Write("statiq.config", "name: Testorganisatie\nurl: https://www.test.example\ncontact:\n  phone: 020 123 45 67\n  email: info@test.example\n" +
                                     "socials:\n  facebook: https://www.facebook.com/test\n  x: https://x.com/test\n");
        _site.Write("input/stories/2026-11-20-taalcafe.md",
            "---\ntitle: \"Ayşe \\\"zegt\\\" <b>hoi</b> 🎉 & meer\"\ndate: 2026-11-20\nauthor: anouk-visser\n" +
            "summary: \"**Gratis** taalcafé <br> elke [dinsdag](/activiteiten/) &amp; _koffie_\"\n---\nTekst.\n");
    }

    public void Dispose() => _site.Dispose();

    private static string? Meta(IDocument doc, string key) =>
        doc.QuerySelector($"meta[property='{key}']")?.GetAttribute("content") ?? doc.QuerySelector($"meta[name='{key}']")?.GetAttribute("content");

    [Fact]
    public void ASummaryWithMarkdownAndHtmlReachesOpenGraphTwitterAndThePostsAsPlainWords()
    {
        var result = _site.Build();
        result.AssertSucceeded();
        var doc = result.Html("verhalen/taalcafe/index.html");
        const string plain = "Gratis taalcafé elke dinsdag & koffie";
        Assert.Equal(plain, Meta(doc, "og:description"));
        Assert.Equal(plain, Meta(doc, "twitter:description"));
        // The title is text, not HTML: it reaches the tags exactly as written, escaped by the page.
        Assert.Equal("Ayşe \"zegt\" <b>hoi</b> 🎉 & meer", Meta(doc, "og:title"));

        var facebook = ShareKit.Recent(result.Site!, "https://www.test.example").Single().Posts.Single(p => p.Channel == "facebook");
        Assert.Equal(plain, facebook.Text.Split("\n\n")[1]);
    }

    [Theory]
    [InlineData("2026. Een jaar vol ontmoetingen.", "2026. Een jaar vol ontmoetingen.")]
    [InlineData("- elke dinsdag", "- elke dinsdag")]
    [InlineData("# mantelzorg in Oost", "# mantelzorg in Oost")]
    [InlineData("Koffie & thee\nvoor  iedereen", "Koffie & thee voor iedereen")]
    [InlineData("Zie <a href=\"/x/\">hier</a>", "Zie hier")]
    public void APlainSummaryKeepsEveryWordAndSignItStartsWith(string summary, string expected) =>
        Assert.Equal(expected, PlainText.Of(summary));

    [Fact]
    public void APostCutToFitNeverSplitsAnEmojiOrAJoinedFamily()
    {
        var x = ShareKit.Channels.Single(c => c.Key == "x");
        foreach (var emoji in new[] { "🎉", "👨‍👩‍👧", "❤️" })
        foreach (var count in Enumerable.Range(60, 80))
        {
            var title = string.Concat(Enumerable.Repeat(emoji, count));
            var post = ShareKit.Post(x, title, "", "https://www.test.example/verhalen/a/", "a", []);
            Assert.True(post.Text.Length <= x.Limit);
            var shown = post.Text.Split("\n\n")[0].TrimEnd('…');
            // Every character left is a whole emoji: the cut title is made of the emoji and nothing else.
            Assert.Equal("", shown.Replace(emoji, ""));
        }
    }

    [Fact]
    public void TagsOfDigitsAloneBecomeNoHashtagsForTheNetworksWouldNotLinkThem()
    {
        var tags = new[] { "2026", "50+", "50plus", "mantelzorg" }.Select(t => new Thuisbasis.Model.TagLink(t, t, $"/onderwerp/{t}/")).ToList();
        var post = ShareKit.Post(ShareKit.Channels[0], "Titel", "Samenvatting.", "https://www.test.example/verhalen/a/", "a", tags);
        Assert.Equal("#50plus #mantelzorg", post.Text.Split("\n\n")[^1]);
    }
}
