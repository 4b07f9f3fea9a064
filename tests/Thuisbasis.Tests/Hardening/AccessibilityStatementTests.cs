using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Hardening;

/// <summary>The accessibility statement Dutch organisations publish is generated from the settings and linked from every footer.</summary>
public sealed class AccessibilityStatementTests
{
    [Fact]
    public void StatementIsGeneratedFromSettingsAndLinkedFromTheFooter()
    {
        using var site = new FixtureSite();
        site.Write("statiq.config", """
            name: Testorganisatie
            url: https://www.test.example
            contact: { phone: 020 123 45 67, email: info@test.example }
            accessibility:
              checked: 2026-11-01
              status: voldoet gedeeltelijk
              contact_email: toegankelijk@test.example
            """);
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var doc = result.Html("toegankelijkheid/index.html");
        Assert.Equal("Toegankelijkheid", doc.QuerySelector("main h1")!.TextContent);
        var main = doc.QuerySelector("main")!;
        Assert.Contains("voldoet gedeeltelijk", main.TextContent);
        Assert.Equal("2026-11-01", main.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("1 november 2026", main.TextContent);
        Assert.NotNull(main.QuerySelector("a[href='mailto:toegankelijk@test.example']"));
        Assert.NotNull(result.Html("index.html").QuerySelector("footer a[href='/toegankelijkheid/']"));
    }

    [Fact]
    public void OwnPageReplacesTheGeneratedStatement()
    {
        using var site = new FixtureSite();
        site.Write("input/pages/toegankelijkheid.md", "---\ntitle: Onze eigen verklaring\n---\nZelf geschreven.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal("Onze eigen verklaring", result.Html("toegankelijkheid/index.html").QuerySelector("main h1")!.TextContent);
    }

    [Fact]
    public void UnknownStatusSuggestsTheRegisterStatus()
    {
        using var site = new FixtureSite();
        site.Write("statiq.config", "name: T\nurl: https://www.test.example\naccessibility:\n  status: voldoet gedeeltelek\n  contact_email: geen-adres\n");
        var result = site.Build();
        Assert.Contains(result.Diagnostics, d => d.Code == "TB0302" && d.Line == 4 && d.Help.StartsWith("Bedoelde u `voldoet gedeeltelijk`?"));
        Assert.Contains(result.Diagnostics, d => d.Code == "TB0302" && d.Line == 5);
    }
}
