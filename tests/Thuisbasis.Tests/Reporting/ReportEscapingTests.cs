using AngleSharp.Html.Parser;
using Thuisbasis.Reporting;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Reporting;

/// <summary>Every value from content is text in the report: titles, names, tags and share-kit texts never become markup.</summary>
public sealed class ReportEscapingTests
{
    [Fact]
    public void HostileTitlesNamesAndTagsStayText()
    {
        using var site = new FixtureSite();
        site.Write("statiq.config", "name: \"<b>Org</b>\"\nurl: https://t.example\nsocials:\n  x: https://x.com/t\n");
        site.Write("input/stories/2026-11-20-a.md",
            "---\ntitle: \"<script>alert(1)</script>\"\ndate: 2026-11-20\nauthor: { name: \"<img src=x onerror=alert(2)>\", role: cliënt }\nconsent: true\n" +
            "tags: [\"<i>tag</i>\"]\nsummary: \"</textarea><script>alert(3)</script>\"\n---\nTekst.\n");
        site.Write("input/services/a.md", "---\ntitle: \"<svg onload=alert(4)>\"\nsummary: S.\n---\nT.\n");
        var (report, diagnostics) = HealthReport.Make(site.Root, FixtureSite.Today);
        Assert.True(report is not null, string.Join("\n", diagnostics));
        var page = new HtmlParser().ParseDocument(report.Html());
        Assert.Empty(page.QuerySelectorAll("script, img, i, b"));
        Assert.Single(page.QuerySelectorAll("svg"));
        Assert.Equal("Gezondheidsrapport van <b>Org</b>", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("<script>alert(1)</script>", page.QuerySelector("textarea")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("li"), li => li.TextContent.StartsWith("<img src=x onerror=alert(2)> (verhaal"));
        Assert.Contains(page.QuerySelectorAll("th"), th => th.TextContent == "<svg onload=alert(4)>");
    }
}
