using Thuisbasis.Content.Settings;
using Thuisbasis.Diagnostics;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Hosting;

/// <summary>
/// The contact form: Netlify's by default; no form, or a form service of the organisation's choice, with
/// <c>contact_form</c>. A build for GitHub Pages (which receives no form) with Netlify's form is an error, or every
/// visitor's message would be lost.
/// </summary>
[Collection(EnvironmentCollection.Name)]
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

    [Fact]
    public void WithoutAFormTheContactPageKeepsItsDetailsAndHasNoForm()
    {
        using var site = new FixtureSite();
        site.Write("statiq.config", File.ReadAllText(Path.Combine(site.Root, "statiq.config")) + "\ncontact_form: false\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var page = result.Html("contact/index.html");
        Assert.Null(page.QuerySelector("form[name=contact]"));
        Assert.Null(page.QuerySelector("#contact-form-title"));
        Assert.NotNull(page.QuerySelector("main a[href^='mailto:']"));
        // Nobody posts to a thank-you page without a form: it is not published (nor in the search index or sitemap).
        Assert.False(result.Has("contact/bedankt/index.html"));
        Assert.DoesNotContain("/contact/bedankt/", result.Text("sitemap.xml"));
    }

    [Theory]
    [InlineData("true")]
    [InlineData("ja")]
    public void YesForAContactFormIsNetlifysForm(string written)
    {
        using var site = new FixtureSite();
        site.Write("statiq.config", File.ReadAllText(Path.Combine(site.Root, "statiq.config")) + $"\ncontact_form: {written}\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.DoesNotContain(result.Diagnostics, d => d.Path == "statiq.config");
        Assert.Equal("true", result.Html("contact/index.html").QuerySelector("form[name=contact]")!.GetAttribute("data-netlify"));
        Assert.True(result.Has("contact/bedankt/index.html"));
    }

    [Fact]
    public void AFormServicesAddressIsWhereTheFormPostsAndThePolicyAllowsExactlyThat()
    {
        using var site = new FixtureSite();
        site.Write("statiq.config", File.ReadAllText(Path.Combine(site.Root, "statiq.config")) + "\ncontact_form: https://formspree.io/f/abcd1234\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var page = result.Html("contact/index.html");
        var form = page.QuerySelector("form[name=contact]")!;
        Assert.Equal("https://formspree.io/f/abcd1234", form.GetAttribute("action"));
        Assert.Null(form.GetAttribute("data-netlify"));
        Assert.Null(form.QuerySelector("input[name=form-name]"));
        var policy = page.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content")!;
        Assert.Contains("form-action 'self' https://formspree.io;", policy + ";");
    }

    [Theory]
    [InlineData("contact_form: misschien\n", "TB0302")]
    [InlineData("contact_form: http://formspree.io/f/abcd\n", "TB0302")]
    [InlineData("contact_form: \"https://user:geheim@formspree.io/f/abcd\"\n", "TB0302")]
    public void AContactFormThatIsNoneOfTheThreeIsAnError(string line, string code)
    {
        using var site = new FixtureSite();
        site.Write("statiq.config", File.ReadAllText(Path.Combine(site.Root, "statiq.config")) + "\n" + line);
        var d = Assert.Single(site.Build().Diagnostics, x => x.Path == "statiq.config");
        Assert.Equal((code, Severity.Error), (d.Code, d.Severity));
    }

    [Fact]
    public void ABuildForGitHubPagesWithNetlifysFormIsAnErrorThatSaysWhatToWrite()
    {
        using var site = new FixtureSite();
        Environment.SetEnvironmentVariable(SettingsReader.HostVariable, "github-pages");
        try
        {
            var result = site.Build();
            Assert.False(result.Succeeded);
            var d = Assert.Single(result.Diagnostics, x => x.Code == "TB0309");
            Assert.Equal(("statiq.config", 1, 1), (d.Path, d.Line, d.Column));
            Assert.Contains("`contact_form: false`", d.Help);

            site.Write("statiq.config", File.ReadAllText(Path.Combine(site.Root, "statiq.config")) + "\ncontact_form: false\n");
            Assert.True(site.Build().Succeeded);
        }
        finally { Environment.SetEnvironmentVariable(SettingsReader.HostVariable, null); }
    }
}

/// <summary>Tests that set an environment variable the engine reads: they run on their own, after the others, so no
/// other build sees it.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EnvironmentCollection
{
    public const string Name = "Environment variables";
}

/// <summary>
/// GitHub Pages has no redirects: the file feeds gave a photo before it moved to the photo's own address is published
/// there too, so the photos in newsletters already sent still load. On Netlify that address redirects instead.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class EarlierFeedPhotoTests
{
    [Fact]
    public void OnGitHubPagesThePhotosEarlierFeedAddressHoldsTheSameFile()
    {
        using var site = new FixtureSite();
        site.Write("statiq.config", File.ReadAllText(Path.Combine(site.Root, "statiq.config")) + "\ncontact_form: false\n");
        site.WriteBytes("input/assets/img/markt.jpg", Images.TestImages.PhonePhoto(2400, 1800, orientation: 1));
        Environment.SetEnvironmentVariable(SettingsReader.HostVariable, "github-pages");
        try
        {
            var result = site.Build();
            Assert.True(result.Succeeded, result.Describe());
            byte[] Bytes(string path) => result.Files.Single(f => f.Path == path) is var f ? f.Bytes ?? File.ReadAllBytes(f.CopyFrom!) : [];
            Assert.Equal(Bytes("assets/img/markt.jpg"), Bytes("assets/img/markt-1200.jpg"));
            Assert.DoesNotContain("/assets/img/", result.Text("_redirects"));
        }
        finally { Environment.SetEnvironmentVariable(SettingsReader.HostVariable, null); }

        var netlify = site.Build();
        Assert.False(netlify.Has("assets/img/markt-1200.jpg"));
        Assert.Contains("/assets/img/markt-1200.jpg  /assets/img/markt.jpg  301", netlify.Text("_redirects"));
    }
}
