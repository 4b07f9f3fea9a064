using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Thuisbasis.Rendering.SafeHtml;
using Thuisbasis.Rendering.Video;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Hardening;

/// <summary>
/// <c>![titel](video address)</c> on a line of its own becomes a link to the video that a script from the site turns
/// into a play button; nothing on the page refers to YouTube or Vimeo in a way that loads, and the CSP allows their
/// players only on a site that has a video.
/// </summary>
public sealed class VideoTests
{
    private static readonly HtmlParser Parser = new();

    [Theory]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "YouTube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ?si=abc", "YouTube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")]
    [InlineData("https://m.youtube.com/watch?feature=share&v=dQw4w9WgXcQ", "YouTube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/shorts/dQw4w9WgXcQ", "YouTube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")]
    [InlineData("https://vimeo.com/76979871", "Vimeo", "https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871?dnt=1")]
    [InlineData("https://vimeo.com/76979871/8272103f6e", "Vimeo", "https://vimeo.com/76979871/8272103f6e", "https://player.vimeo.com/video/76979871?h=8272103f6e&dnt=1")]
    [InlineData("https://player.vimeo.com/video/76979871", "Vimeo", "https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871?dnt=1")]
    public void VideoAddressesAreRecognisedInTheFormsPeopleCopy(string url, string host, string page, string embed)
    {
        Assert.Equal(new VideoAddress(host, VideoAddress.Parse(url)!.Id, page, embed), VideoAddress.Parse(url));
    }

    [Theory]
    [InlineData("https://www.youtube.com/watch?v=kort")]
    [InlineData("https://www.youtube.com/channel/UC123")]
    [InlineData("https://evil.example/watch?v=dQw4w9WgXcQ")]
    [InlineData("javascript:alert(1)//youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://vimeo.com/channels/staffpicks")]
    public void OtherAddressesAreNoVideo(string url) => Assert.Null(VideoAddress.Parse(url));

    [Fact]
    public void AVideoOnItsOwnLineIsALinkThatTheSitesScriptTurnsIntoAPlayButton()
    {
        var body = BodyHtml.Render("Kijk maar:\n\n![Ria vertelt over de markt](https://www.youtube.com/watch?v=dQw4w9WgXcQ)\n", allowRawHtml: false);
        var doc = Parser.ParseDocument(body.Html);
        var figure = doc.QuerySelector("figure.video")!;
        var link = figure.QuerySelector("a.video-link")!;
        Assert.Equal("https://www.youtube.com/watch?v=dQw4w9WgXcQ", link.GetAttribute("href"));
        Assert.Equal("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", link.GetAttribute("data-embed"));
        Assert.Equal("Ria vertelt over de markt", link.QuerySelector(".video-title")!.TextContent);
        Assert.Contains("YouTube", figure.QuerySelector("figcaption")!.TextContent);
        // Nothing that a browser loads by itself: no image, no frame, no source; the one script is the site's own.
        Assert.Empty(doc.QuerySelectorAll("img, iframe, source, video, link, object"));
        var script = Assert.Single(doc.Scripts);
        Assert.Equal(("module", "/assets/js/video.js"), (script.Type, script.Source));
        Assert.Empty(body.Removed);
        Assert.Empty(body.UntitledVideos);
    }

    [Fact]
    public void AVideoNextToPastedHtmlSurvivesTheSanitizerWithItsScript()
    {
        var body = BodyHtml.Render("<span style=\"color:red\">Kijk</span>\n\n![Wandelen](https://vimeo.com/76979871)\n", allowRawHtml: false);
        var doc = Parser.ParseDocument(body.Html);
        Assert.Equal("https://player.vimeo.com/video/76979871?dnt=1", doc.QuerySelector("a.video-link")!.GetAttribute("data-embed"));
        Assert.Equal("/assets/js/video.js", Assert.Single(doc.Scripts).Source);
        Assert.Equal("de opmaak `style` op `<span>`", Assert.Single(body.Removed).What);
    }

    [Fact]
    public void AVideoInsideASentenceIsAPlainLinkAndAnUntitledVideoIsReported()
    {
        var body = BodyHtml.Render("Zie ![dit filmpje](https://youtu.be/dQw4w9WgXcQ) hier.\n\n![](https://youtu.be/dQw4w9WgXcQ)\n", allowRawHtml: false);
        var doc = Parser.ParseDocument(body.Html);
        var inline = doc.QuerySelector("p > a")!;
        Assert.Equal(("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "dit filmpje"), (inline.GetAttribute("href"), inline.TextContent));
        Assert.Empty(doc.QuerySelectorAll("img"));
        Assert.Equal("Video op YouTube", doc.QuerySelector("figure .video-title")!.TextContent);
        Assert.Equal([2], body.UntitledVideos);
    }

    [Fact]
    public void TheCspAllowsAVideoPlayerOnlyOnASiteThatHasAVideo()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-05\nauthor: anouk-visser\n---\nTekst.\n");
        Assert.Equal(["'self'"], FrameSources(site.Build()));

        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-05\nauthor: anouk-visser\n---\nTekst.\n\n![Ria](https://youtu.be/dQw4w9WgXcQ)\n");
        var result = site.Build();
        Assert.Equal(["'self'", "https://www.youtube-nocookie.com"], FrameSources(result));
        Assert.True(result.Has("assets/js/video.js"));

        site.Write("input/services/s.md", "---\ntitle: S\nsummary: K.\n---\n![Uitleg](https://vimeo.com/76979871)\n");
        site.Write("input/team/anouk-visser.md", "---\nname: Anouk Visser\nrole: Opbouwwerker\n---\n\n![](https://youtu.be/dQw4w9WgXcQ)\n");
        result = site.Build();
        Assert.Equal(["'self'", "https://www.youtube-nocookie.com", "https://player.vimeo.com"], FrameSources(result));
        var untitled = Assert.Single(result.Diagnostics, d => d.Code == "TB0241");
        Assert.Equal(("input/team/anouk-visser.md", 6), (untitled.Path, untitled.Line));
    }

    /// <summary>
    /// Found by the W3C Feed Validation Service's code ("content:encoded should not contain script tag"): every feed
    /// carried the theme's video script, with an address relative to the site, where no reader or e-mail runs it.
    /// </summary>
    [Fact]
    public void FeedsCarryTheVideoAsALinkWithoutTheSitesScript()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-05\nauthor: anouk-visser\n---\nTekst.\n\n![Ria vertelt](https://youtu.be/dQw4w9WgXcQ)\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.Single(result.Html("verhalen/a/index.html").QuerySelectorAll("main script[src='/assets/js/video.js']"));
        XNamespace content = "http://purl.org/rss/1.0/modules/content/", atom = "http://www.w3.org/2005/Atom";
        var texts = new[]
        {
            XDocument.Parse(result.Text("verhalen/feed.xml")).Descendants("item").Single().Element(content + "encoded")!.Value,
            XDocument.Parse(result.Text("verhalen/atom.xml")).Descendants(atom + "entry").Single().Element(atom + "content")!.Value,
            JsonDocument.Parse(result.Text("verhalen/feed.json")).RootElement.GetProperty("items")[0].GetProperty("content_html").GetString()!,
        };
        foreach (var html in texts)
        {
            var doc = Parser.ParseDocument(html);
            Assert.Empty(doc.Scripts);
            Assert.Equal("https://www.youtube.com/watch?v=dQw4w9WgXcQ", doc.QuerySelector("figure.video a.video-link")!.GetAttribute("href"));
        }
    }

    private static string[] FrameSources(Thuisbasis.Pipeline.BuildResult result)
    {
        var csp = result.Text("_headers").Split('\n').Single(l => l.TrimStart().StartsWith("Content-Security-Policy:", StringComparison.Ordinal));
        var directive = csp[(csp.IndexOf(':') + 1)..].Split(';', StringSplitOptions.TrimEntries).Single(d => d.StartsWith("frame-src ", StringComparison.Ordinal));
        return directive.Split(' ')[1..];
    }
}
