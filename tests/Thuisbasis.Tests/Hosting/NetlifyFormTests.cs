using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Hosting;

public sealed class NetlifyFormTests
{
    [Fact]
    public void TheContactFormIsANetlifyFormWithAHoneypotThatPostsToAThankYouPageWithoutJavaScript()
    {
        using var site = new FixtureSite();
        var result = site.Build();
        var form = result.Html("contact/index.html").QuerySelector("form[name=contact]")!;
        Assert.Equal("true", form.GetAttribute("data-netlify"));
        Assert.Equal("post", form.GetAttribute("method"));
        var honeypot = form.GetAttribute("netlify-honeypot")!;
        var trap = form.QuerySelector($"input[name='{honeypot}']")!;
        Assert.Equal("-1", trap.GetAttribute("tabindex"));
        Assert.Equal("true", trap.Closest("[aria-hidden]")!.GetAttribute("aria-hidden"));
        Assert.Equal("contact", form.QuerySelector("input[type=hidden][name=form-name]")!.GetAttribute("value"));
        Assert.Equal("contact-form", form.GetAttribute("data-track"));

        var thanks = form.GetAttribute("action")!;
        Assert.True(result.Has(thanks.TrimStart('/') + "index.html"), thanks);
        Assert.Contains("ontvangen", result.Html(thanks.TrimStart('/') + "index.html").QuerySelector("main")!.TextContent);
        Assert.Contains("noindex", result.Html(thanks.TrimStart('/') + "index.html").QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }
}
