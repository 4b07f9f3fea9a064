using Thuisbasis.Feeds;

namespace Thuisbasis.Tests.Feeds;

public sealed class AbsoluteLinksTests
{
    private const string Page = "https://a.example/verhalen/x/";

    [Theory]
    [InlineData("<a href=\"/over-ons/\">o</a>", "<a href=\"https://a.example/over-ons/\">o</a>")]
    [InlineData("<a href=\"../y/\">y</a>", "<a href=\"https://a.example/verhalen/y/\">y</a>")]
    [InlineData("<a href=\"#kop\">k</a>", "<a href=\"https://a.example/verhalen/x/#kop\">k</a>")]
    [InlineData("<img src=\"/assets/a.png\" alt=\"A\">", "<img src=\"https://a.example/assets/a.png\" alt=\"A\">")]
    [InlineData("<a href=\"https://elders.example/\">e</a>", "<a href=\"https://elders.example/\">e</a>")]
    [InlineData("<a href=\"mailto:info@a.example\">m</a>", "<a href=\"mailto:info@a.example\">m</a>")]
    [InlineData("<a href=\"tel:+31201234567\">t</a>", "<a href=\"tel:+31201234567\">t</a>")]
    public void RelativeAddressesBecomeAbsoluteAndOthersStay(string html, string expected) =>
        Assert.Equal(expected, AbsoluteLinks.Rewrite(html, Page));

    [Fact]
    public void SrcsetCandidatesKeepTheirDescriptors() =>
        Assert.Equal("<img srcset=\"https://a.example/a.png 1x, https://a.example/b.png 2x\" alt=\"\">",
            AbsoluteLinks.Rewrite("<img srcset=\"/a.png 1x, /b.png 2x\" alt=\"\">", Page));

    [Fact]
    public void TextAndEntitiesSurviveTheRewrite() =>
        Assert.Equal("<p>Tom &amp; Jerry &lt;3 “koffie” 🎉</p>", AbsoluteLinks.Rewrite("<p>Tom &amp; Jerry &lt;3 “koffie” 🎉</p>", Page));
}
