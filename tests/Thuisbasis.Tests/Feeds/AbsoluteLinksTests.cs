using System.Text.RegularExpressions;
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

    [Theory]
    [InlineData("<a href=\"/over-ons/\">o</a>", "<a href=\"https://a.example/buurt/over-ons/\">o</a>")]
    [InlineData("<a href=\"../y/\">y</a>", "<a href=\"https://a.example/buurt/verhalen/y/\">y</a>")]
    [InlineData("<a href='/x/'>x</a><img srcset=\"/a.png 1x, /b.png 2x\" alt=\"\">",
        "<a href=\"https://a.example/buurt/x/\">x</a><img srcset=\"https://a.example/buurt/a.png 1x, https://a.example/buurt/b.png 2x\" alt=\"\">")]
    [InlineData("<img src=\"//cdn.example/a.png\" alt=\"\">", "<img src=\"https://cdn.example/a.png\" alt=\"\">")]
    public void OnASiteWithAPathAddressesFromTheRootKeepThatPath(string html, string expected) =>
        Assert.Equal(expected, AbsoluteLinks.Rewrite(html, "https://a.example/buurt/verhalen/x/", "https://a.example/buurt"));

    [Fact]
    public void SrcsetCandidatesKeepTheirDescriptors() =>
        Assert.Equal("<img srcset=\"https://a.example/a.png 1x, https://a.example/b.png 2x\" alt=\"\">",
            AbsoluteLinks.Rewrite("<img srcset=\"/a.png 1x, /b.png 2x\" alt=\"\">", Page));

    [Fact]
    public void TextAndEntitiesSurviveTheRewrite() =>
        Assert.Equal("<p>Tom &amp; Jerry &lt;3 “koffie” 🎉</p>", AbsoluteLinks.Rewrite("<p>Tom &amp; Jerry &lt;3 “koffie” 🎉</p>", Page));

    [Fact]
    public void FragmentsWithNothingRelativeComeBackAsTheSameString()
    {
        var html = "<p>Lees <a href=\"https://elders.example/\">dit</a> of mail <a href=\"mailto:x@a.example\">ons</a>.</p>";
        Assert.Same(html, AbsoluteLinks.Rewrite(html, Page));
    }

    [Theory]
    [InlineData("<a href='/x/'>x</a>")]
    [InlineData("<a href=/x/>x</a>")]
    [InlineData("<img alt=\"\" src = '/a.png'>")]
    [InlineData("<p>Tekst met src=/a.png erin</p>")]
    public void AddressesOutsideDoubleQuotesGoThroughTheHtmlParser(string html)
    {
        Assert.Null(AbsoluteLinks.TryRewriteSimple(html, new Uri(Page)));
        Assert.DoesNotContain("\"/", AbsoluteLinks.Rewrite(html, Page));
    }

    /// <summary>
    /// The scanner must do exactly what the two regular expressions it replaced did. Fragments built from awkward
    /// pieces (names in text, odd spacing, capitals, entities, unclosed quotes) are compared with those expressions.
    /// </summary>
    [Fact]
    public void TheScannerAgreesWithTheRegularExpressionsItReplaced()
    {
        string[] pieces =
        [
            "<a href=\"/x/\">", "<a HREF=\"../y\">", " href = \"/z\"", " src=\"a.png\"", "<img src=\"/a.png\" alt=\"src=/b\">",
            " cite=\"#c\"", " poster=\"/p.jpg\"", "<video poster=\"https://v.example/p.jpg\">", "href=\"/no-space/\"", " href=\"",
            " href=\"/a?b=1&amp;c=2\"", " src=\"/a b.png\"", "\n src=\"/nl.png\"", "\tHref=\"/tab/\"", " hrefs=\"/x\"", " srcx=\"/y\"",
            " title=\"een href=&quot;x&quot;\"", "tekst", " ", "\"", "=", "<p>", "</p>", " cite", "&amp;", "“koffie”", " href=\"mailto:a@b.nl\"",
            " href=\"\"", " src=\" /spatie.png \"", " href=\"javascript:alert(1)\"", " href=\"//cdn.example/x\"", " href=\"?q=1\"",
        ];
        var random = new Random(7);
        var baseUri = new Uri(Page);
        for (var n = 0; n < 5000; n++)
        {
            var html = string.Concat(Enumerable.Range(0, random.Next(1, 9)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.Equal(Oracle(html, baseUri), AbsoluteLinks.TryRewriteSimple(html, baseUri));
        }
    }

    private static string? Oracle(string html, Uri baseUri)
    {
        foreach (Match m in Regex.Matches(html, @"(?<=[\s])(?:href|src|poster|cite)\s*=\s*(?<q>[""']?)", RegexOptions.IgnoreCase))
            if (m.Groups["q"].Value != "\"") return null;
        return Regex.Replace(html, @"(?<=[\s])(?<a>href|src|poster|cite)=""(?<v>[^""]*)""", m =>
        {
            var value = System.Net.WebUtility.HtmlDecode(m.Groups["v"].Value);
            var resolved = AbsoluteLinks.Resolve(baseUri, value);
            return resolved == value ? m.Value : $"{m.Groups["a"].Value}=\"{Thuisbasis.Model.Html.Escape(resolved)}\"";
        }, RegexOptions.IgnoreCase);
    }
}
