using AngleSharp.Html.Parser;
using Thuisbasis.Content;
using Thuisbasis.Diagnostics;
using Thuisbasis.Content.Settings;
using Thuisbasis.Tests.Feeds;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Social;

public sealed class NewsletterTests
{
    private const string Action = "https://delinde.us21.list-manage.com/subscribe/post?u=abc&id=def";

    private static (SiteSettings Settings, IReadOnlyList<Diagnostic> Diagnostics) Parse(string yaml)
    {
        var bag = new DiagnosticBag();
        var settings = SettingsReader.Parse(SourceFile.FromText("statiq.config", yaml), bag);
        return (settings, bag.Sorted());
    }

    [Fact]
    public void MailchimpSignupIsAPlainAccessibleFormPostingToTheProvider()
    {
        using var s = new FixtureSite(withDefaults: false);
        s.Write("statiq.config", $"name: De Linde\nurl: https://delinde.example\nnewsletter:\n  provider: mailchimp\n  action: {Action}\n  text: Eens per maand.\n")
            .Write("input/pages/home.md", "---\ntitle: Welkom\n---\nHallo.\n");
        var result = s.Build();
        result.AssertSucceeded();
        var doc = new HtmlParser().ParseDocument(result.Text("index.html"));
        var form = doc.QuerySelector("form[data-track='newsletter']")!;
        Assert.Equal(Action, form.GetAttribute("action"));
        Assert.Equal("post", form.GetAttribute("method"));
        var input = form.QuerySelector("input[type='email']")!;
        Assert.Equal("EMAIL", input.GetAttribute("name"));
        Assert.Equal("email", input.GetAttribute("autocomplete"));
        // An empty address is stopped by the browser with its own message here, not by the provider's error page (WCAG 3.3.1).
        Assert.True(input.HasAttribute("required"));
        var label = form.QuerySelector($"label[for='{input.Id}']")!;
        Assert.Equal("Uw e-mailadres", label.TextContent);
        Assert.Equal("Aanmelden", form.QuerySelector("button[type='submit']")!.TextContent);
        Assert.Contains("Eens per maand.", doc.QuerySelector("section.newsletter")!.TextContent);
        // Only the form's action points at the provider.
        Assert.Single(doc.QuerySelectorAll("[href*='list-manage'], [src*='list-manage'], [action*='list-manage']"));
    }

    [Fact]
    public void WithoutNewsletterSettingsThereIsNoSignupAtAll()
    {
        using var s = new FixtureSite(withDefaults: false);
        s.Write("statiq.config", "name: De Linde\nurl: https://delinde.example\n").Write("input/pages/home.md", "---\ntitle: Welkom\n---\nHallo.\n");
        var result = s.Build();
        result.AssertSucceeded();
        var html = result.Text("index.html");
        Assert.DoesNotContain("newsletter", html);
        Assert.Empty(new HtmlParser().ParseDocument(html).QuerySelectorAll("input[type='email']"));
    }

    [Fact]
    public void LapostaAndPlainFormsTakeTheirFieldNameFromSettings()
    {
        var (laposta, _) = Parse("name: A\nurl: https://a.example\nnewsletter: { provider: laposta, action: 'https://x.email-provider.eu/subscribe/post/' }\n");
        Assert.Equal(new NewsletterSettings("laposta", "https://x.email-provider.eu/subscribe/post/", "email", "Nieuwsbrief", null, "Uw e-mailadres", "Aanmelden"),
            laposta.Newsletter);
        var (form, diagnostics) = Parse("name: A\nurl: https://a.example\nnewsletter: { provider: form, action: 'https://a.example/aanmelden', field: adres, title: Blijf op de hoogte }\n");
        Assert.Empty(diagnostics);
        Assert.Equal(("adres", "Blijf op de hoogte"), (form.Newsletter!.Field, form.Newsletter.Title));
        Assert.False(form.Extra.ContainsKey("newsletter"));
    }

    [Fact]
    public void ActionThatIsNotHttpsIsAnErrorAtItsPosition()
    {
        var (settings, diagnostics) = Parse("name: A\nurl: https://a.example\nnewsletter:\n  provider: mailchimp\n  action: http://x.list-manage.com/subscribe/post\n");
        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal(("TB0302", "statiq.config", 5, 11), (error.Code, error.Path, error.Line, error.Column));
        Assert.Null(settings.Newsletter);
    }

    [Fact]
    public void UnknownProviderIsAnErrorThatSuggestsTheClosest()
    {
        var (_, diagnostics) = Parse("name: A\nurl: https://a.example\nnewsletter:\n  provider: mailchimps\n  action: https://x.list-manage.com/subscribe/post\n");
        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal(4, error.Line);
        Assert.Contains("`mailchimp`", error.Help);
    }

    [Fact]
    public void MissingActionIsAnErrorAndAMisspeltKeyAWarning()
    {
        var (_, diagnostics) = Parse("name: A\nurl: https://a.example\nnewsletter:\n  provider: laposta\n  acton: https://x.example/\n");
        Assert.Contains(diagnostics, d => d.IsError && d.Code == "TB0101" && d.Message.Contains("newsletter.action"));
        Assert.Contains(diagnostics, d => !d.IsError && d.Code == "TB0201" && d.Help.Contains("`action`"));
    }
}
