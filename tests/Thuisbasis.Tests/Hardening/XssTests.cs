using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Hardening;

/// <summary>
/// Every known XSS payload in every free-text front-matter field and settings value stays text: no script, no event
/// handler, no <c>javascript:</c> link reaches a page, and feeds and JSON-LD stay well-formed.
/// </summary>
public sealed class XssTests
{
    private static readonly string[] Forbidden = ["iframe", "object", "embed", "base", "math", "marquee", "xss", "isindex", "keygen", "audio", "video", "noscript", "svg", "style", "link[rel=import]"];

    [Fact]
    public void PayloadsInEveryFieldNeverBecomeMarkup()
    {
        Assert.True(HostileSite.Payloads.Length >= 50);
        using var site = new FixtureSite(withDefaults: false);
        HostileSite.Write((path, text) => site.Write(path, text), HostileSite.Payloads.Length, (path, bytes) => site.WriteBytes(path, bytes));
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var parser = new HtmlParser();
        var pages = 0;
        foreach (var file in result.Files.Where(f => f.Bytes is not null))
        {
            var text = Encoding.UTF8.GetString(file.Bytes!);
            if (file.Path.EndsWith(".html", StringComparison.Ordinal))
            {
                pages++;
                var doc = parser.ParseDocument(text);
                foreach (var script in doc.Scripts)
                {
                    if (script.Type == "application/ld+json") JsonDocument.Parse(script.Text).Dispose();
                    else Assert.True(script.Source?.StartsWith("/assets/", StringComparison.Ordinal) == true, $"{file.Path}: {script.OuterHtml}");
                }
                foreach (var selector in Forbidden) Assert.True(doc.QuerySelector(selector) is null, $"{file.Path} has <{selector}>");
                // The one http-equiv a page may have: the theme's own policy in its head, not one a payload could loosen
                // or refresh with.
                var equivs = doc.QuerySelectorAll("meta[http-equiv]");
                Assert.True(equivs.Length == 1, $"{file.Path}: {string.Join(" ", equivs.Select(m => m.OuterHtml))}");
                Assert.Same(doc.Head, equivs[0].ParentElement);
                Assert.Equal("Content-Security-Policy", equivs[0].GetAttribute("http-equiv"));
                Assert.StartsWith("default-src 'self'; script-src 'self';", equivs[0].GetAttribute("content"));
                foreach (var el in doc.All)
                foreach (var attr in el.Attributes)
                {
                    Assert.False(attr.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || attr.Name is "autofocus" or "srcdoc" or "formaction",
                        $"{file.Path}: <{el.LocalName} {attr.Name}=\"{attr.Value}\">");
                    if (attr.Name is "href" or "src" or "action" or "content" && !(el.LocalName == "meta" && attr.Name == "content"))
                        Assert.False(IsScriptUrl(attr.Value), $"{file.Path}: <{el.LocalName} {attr.Name}=\"{attr.Value}\">");
                }
            }
            else if (file.Path.EndsWith(".xml", StringComparison.Ordinal)) XDocument.Parse(text);
            else if (file.Path.EndsWith(".json", StringComparison.Ordinal)) JsonDocument.Parse(text).Dispose();
        }
        Assert.True(pages > 4 * HostileSite.Payloads.Length, $"only {pages} pages");
    }

    /// <summary>
    /// HTML pasted into bodies (every content type holds every <see cref="HostileSite.BodyPayloads"/>): nothing of it can
    /// run, post a form or load another site, the text around it and the harmless markup stay, and each file hears
    /// about what was left out.
    /// </summary>
    [Fact]
    public void PastedHtmlInBodiesIsCleanedAndReported()
    {
        using var site = new FixtureSite(withDefaults: false);
        HostileSite.Write((path, text) => site.Write(path, text), HostileSite.BodyPayloads.Length, (path, bytes) => site.WriteBytes(path, bytes));
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        foreach (var page in new[] { "verhalen/staff-alles/index.html", "vacatures/v-alles/index.html", "extra-alles/index.html" })
        {
            var main = result.Html(page).QuerySelector("main")!;
            Assert.Empty(main.QuerySelectorAll("script, form, input, button, iframe, object, embed, svg, math, style, video, meta, base, noscript, template"));
            Assert.Empty(main.QuerySelectorAll("[style]"));
            Assert.DoesNotContain(main.QuerySelectorAll("a[href], img[src]"), e => IsScriptUrl(e.GetAttribute("href") ?? e.GetAttribute("src")!)
                || (e.GetAttribute("href") ?? e.GetAttribute("src")!).StartsWith("data:", StringComparison.OrdinalIgnoreCase));
            Assert.Equal("Wet maatschappelijke ondersteuning", main.QuerySelector("abbr")!.GetAttribute("title"));
            Assert.Contains("Onschuldig", main.QuerySelectorAll("details > summary").Select(s => s.TextContent));
            Assert.Contains("Hallo  wereld.", main.TextContent);
            Assert.Contains("achtergrond", main.TextContent);
        }
        var reported = result.Diagnostics.Where(d => d.Code == "TB0240").ToList();
        foreach (var file in new[] { "input/stories/staff-alles.md", "input/stories/client-alles.md", "input/vacancies/v-alles.md", "input/services/s-alles.md",
                     "input/testimonials/t-alles.md", "input/pages/extra-alles.md", "input/pages/home.md", "input/team/anouk-visser.md" })
        {
            var mine = reported.Where(d => d.Path == file).ToList();
            Assert.True(mine.Count >= 15, $"{file}: {mine.Count} warnings");
            Assert.Equal(mine.Count, mine.Select(d => d.Message).Distinct().Count());
            Assert.All(mine, d => Assert.Contains(" is weggelaten: ", d.Message));
        }
    }

    /// <summary>
    /// Values are trimmed, as everywhere, and a character reference is the character it stands for (an export from
    /// WordPress writes titles that way); otherwise each payload comes back character for character, as text.
    /// </summary>
    [Fact]
    public void PayloadsRoundTripAsTheExactText()
    {
        using var site = new FixtureSite(withDefaults: false);
        HostileSite.Write((path, text) => site.Write(path, text), HostileSite.Payloads.Length, (path, bytes) => site.WriteBytes(path, bytes));
        var result = site.Build();
        static string Read(string payload) => System.Net.WebUtility.HtmlDecode(payload).Trim();
        for (var k = 0; k < HostileSite.Payloads.Length; k++)
        {
            var doc = result.Html($"verhalen/staff-{k:00}/index.html");
            Assert.Equal(Read(HostileSite.Payloads[(k + 3) % HostileSite.Payloads.Length]), doc.QuerySelector("main h1")!.TextContent);
            // The description, for search engines as for the previews, is the summary's words as plain text (no Markdown
            // or tags: what a reader sees of it on the page).
            // (A summary that is only a script has no words: the organisation's description stands in, as in the preview.)
            if (Thuisbasis.Social.PlainText.Of(Read(HostileSite.Payloads[(k + 4) % HostileSite.Payloads.Length])) is { Length: > 0 } words)
                Assert.Equal(words, doc.QuerySelector("meta[name=description]")!.GetAttribute("content"));
            Assert.Equal(doc.QuerySelector("meta[property='og:description']")!.GetAttribute("content"), doc.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        }
    }

    [Fact]
    public void PayloadsInAddressFieldsAreRefusedWithAnError()
    {
        var refused = 0;
        foreach (var payload in HostileSite.Payloads)
        {
            using var site = new FixtureSite();
            var q = HostileSite.Q(payload);
            site.Write("statiq.config", $"name: T\nurl: {q}\nlogo: {q}\nshare_image: {q}\ntheme: {q}\ncontact: {{ email: {q} }}\nsocials: {{ facebook: {q} }}\n");
            site.Write("input/stories/a.md", $"---\ntitle: A\ndate: {q}\nauthor: {q}\nimage: {q}\nimage_alt: x\nredirect_from: [{q}]\n---\nT.\n");
            site.Write("input/vacancies/v.md", $"---\ntitle: V\ndate: 2026-01-01\nclosing_date: {q}\nkind: {q}\nlocation: O\ncontact: {{ name: A, email: {q} }}\napply_url: {q}\n---\nT.\n");
            site.Write("input/team/p.md", $"---\nname: P\nrole: R\nemail: {q}\nsocials: {{ linkedin: {q} }}\nphoto: {q}\nphoto_alt: x\n---\nT.\n");
            site.Write("input/pages/x.md", $"---\ntitle: X\nlayout: {q}\n---\nT.\n");
            var result = site.Build();
            Assert.False(result.Succeeded);
            refused += result.ErrorCount;
            Assert.DoesNotContain(result.Files.Where(f => f.Bytes is not null), f => Encoding.UTF8.GetString(f.Bytes!).Contains(payload, StringComparison.Ordinal) && payload.Contains('<'));
        }
        Assert.True(refused >= 15 * HostileSite.Payloads.Length, $"{refused} errors");
    }

    private static bool IsScriptUrl(string value)
    {
        var v = new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        return v.StartsWith("javascript:") || v.StartsWith("vbscript:") || v.StartsWith("data:text/html") || v.Contains("javascript:alert");
    }
}
