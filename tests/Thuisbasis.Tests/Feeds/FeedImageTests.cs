using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Feeds;

/// <summary>
/// Mailchimp's <c>*|RSSITEM:IMAGE|*</c> and Buffer's post image come from an item's <c>media:content</c> or
/// <c>enclosure</c>. Each must name a file the site really publishes, with that file's own type and size (a variant of
/// at most 1200 wide, not the writer's original; see <see cref="FeedImageFileTests"/>), and a story whose only photo is
/// in its text must not go out without one.
/// </summary>
public sealed class FeedImageTests : IDisposable
{
    private const string Site = "https://www.buurtkracht.example";
    private static readonly XNamespace Media = "http://search.yahoo.com/mrss/";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly FixtureSite _site = new();
    private readonly Pipeline.BuildResult _result;

    public FeedImageTests()
    {
        _site.Write("statiq.config", "name: Buurtkracht\nurl: https://www.buurtkracht.example\nfeeds:\n  formats: [atom, json]\n");
        _site.Write("input/pages/home.md", "---\ntitle: Welkom\n---\nWelkom.\n");
        _site.Write("input/team/anouk.md", "---\nname: Anouk Visser\nrole: Coördinator\n---\nAnouk.\n");
        foreach (var (slug, file) in new[] { ("png", "plein.png"), ("jpg", "markt.jpg"), ("webp", "tuin.webp") })
            Story(slug, $"image: /assets/img/{file}\nimage_alt: Buren helpen elkaar in de wijk.\n", "Tekst.");
        Story("alleen-in-tekst", "", "Het bankje is terug.\n\n![Twee buren op het nieuwe bankje](/assets/img/bankje.jpg)\n\n![Het oude bankje](/assets/img/plein.png)\n");
        Story("geen-foto", "", "Alleen tekst.");
        Story("foto-elders", "", "![Een foto van elders](https://elders.example/foto.jpg)\n\nTekst.");
        Story("eerst-elders", "", "![Een foto van elders](https://elders.example/foto.jpg)\n\nTekst.\n\n![Twee buren op het nieuwe bankje](/assets/img/bankje.jpg)\n");
        _site.WriteBytes("input/assets/img/plein.png", FeedTestSupport.Png(2400, 1350));
        _site.WriteBytes("input/assets/img/markt.jpg", FeedTestSupport.Photo(2000, 1000, SkiaSharp.SKEncodedImageFormat.Jpeg));
        _site.WriteBytes("input/assets/img/tuin.webp", FeedTestSupport.Photo(900, 600, SkiaSharp.SKEncodedImageFormat.Webp));
        _site.WriteBytes("input/assets/img/bankje.jpg", FeedTestSupport.Photo(1800, 1200, SkiaSharp.SKEncodedImageFormat.Jpeg));
        _result = _site.Build();
        _result.AssertSucceeded();
    }

    private void Story(string slug, string image, string body) =>
        _site.Write($"input/stories/{slug}.md", $"---\ntitle: Verhaal {slug}\ndate: 2026-11-10\nauthor: anouk\nsummary: Kort.\n{image}---\n{body}\n");

    private XElement RssItem(string slug) =>
        XDocument.Parse(_result.Text("verhalen/feed.xml")).Descendants("item").Single(i => i.Element("guid")!.Value == $"{Site}/verhalen/{slug}/");

    /// <summary>The size of the file the build publishes at an absolute address of this site.</summary>
    private long PublishedLength(string url)
    {
        var file = _result.Files.Single(f => f.Path == Uri.UnescapeDataString(url[(Site.Length + 1)..]));
        return file.Bytes?.Length ?? new FileInfo(file.CopyFrom!).Length;
    }

    [Theory]
    [InlineData("png", "/assets/img/plein.png", "image/png")]
    [InlineData("jpg", "/assets/img/markt.jpg", "image/jpeg")]
    [InlineData("webp", "/assets/img/tuin-900.jpg", "image/jpeg")]
    [InlineData("alleen-in-tekst", "/assets/img/bankje.jpg", "image/jpeg")]
    [InlineData("eerst-elders", "/assets/img/bankje.jpg", "image/jpeg")]
    public void EveryFormatNamesAPublishedImageWithItsTrueTypeAndSize(string slug, string path, string type)
    {
        var item = RssItem(slug);
        var enclosure = item.Element("enclosure")!;
        Assert.Equal(Site + path, (string)enclosure.Attribute("url")!);
        Assert.Equal(type, (string)enclosure.Attribute("type")!);
        var length = PublishedLength(Site + path);
        Assert.Equal(length, long.Parse((string)enclosure.Attribute("length")!, CultureInfo.InvariantCulture));
        var media = item.Element(Media + "content")!;
        Assert.Equal(Site + path, (string)media.Attribute("url")!);
        Assert.Equal(length, long.Parse((string)media.Attribute("fileSize")!, CultureInfo.InvariantCulture));

        var entry = XDocument.Parse(_result.Text("verhalen/atom.xml")).Descendants(Atom + "entry")
            .Single(e => e.Element(Atom + "id")!.Value == $"{Site}/verhalen/{slug}/");
        var atomEnclosure = entry.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "enclosure");
        Assert.Equal(Site + path, (string)atomEnclosure.Attribute("href")!);
        Assert.Equal(length, long.Parse((string)atomEnclosure.Attribute("length")!, CultureInfo.InvariantCulture));

        using var json = JsonDocument.Parse(_result.Text("verhalen/feed.json"));
        var jsonItem = json.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == $"{Site}/verhalen/{slug}/");
        Assert.Equal(Site + path, jsonItem.GetProperty("image").GetString());
        var attachment = jsonItem.GetProperty("attachments").EnumerateArray().Single();
        Assert.Equal(type, attachment.GetProperty("mime_type").GetString());
        Assert.Equal(length, attachment.GetProperty("size_in_bytes").GetInt64());
    }

    [Fact]
    public void APhotoOnlyInTheTextIsTheItemsImageWithItsDescription()
    {
        var media = RssItem("alleen-in-tekst").Element(Media + "content")!;
        Assert.Equal("Twee buren op het nieuwe bankje", media.Element(Media + "description")!.Value);
        Assert.Equal("1200", (string)media.Attribute("width")!);
    }

    [Theory]
    [InlineData("geen-foto")]
    [InlineData("foto-elders")]
    public void AnItemWithoutAPhotoOfTheSiteHasNoImageRatherThanABrokenOne(string slug)
    {
        var item = RssItem(slug);
        Assert.Null(item.Element("enclosure"));
        Assert.Null(item.Element(Media + "content"));
    }

    public void Dispose() => _site.Dispose();

    /// <summary>
    /// Found by the W3C Feed Validation Service's code ("The title attribute of link should not be blank"): a photo that
    /// the writer gave no description (<c>![](foto.png)</c> in the text, which the build warns of) went out with an empty title and description.
    /// </summary>
    [Fact]
    public void APhotoThatSaysNothingHasNoEmptyTitleOrDescription()
    {
        using var site = new FixtureSite();
        File.AppendAllText(Path.Combine(site.Root, "statiq.config"), "\nfeeds:\n  formats: [atom, json]\n");
        site.Write("input/stories/sier.md", "---\ntitle: Sier\ndate: 2026-11-10\nauthor: anouk-visser\nsummary: Kort.\n---\nTekst.\n\n![](/assets/img/sier.png)\n");
        site.WriteBytes("input/assets/img/sier.png", FeedTestSupport.Png(800, 450));
        var result = site.Build();
        result.AssertSucceeded();
        var item = XDocument.Parse(result.Text("verhalen/feed.xml")).Descendants("item").Single();
        var media = item.Element(Media + "content")!;
        Assert.EndsWith("/assets/img/sier.png", (string)media.Attribute("url")!);
        Assert.Null(media.Element(Media + "description"));
        var enclosure = XDocument.Parse(result.Text("verhalen/atom.xml")).Descendants(Atom + "link").Single(l => (string?)l.Attribute("rel") == "enclosure");
        Assert.Null(enclosure.Attribute("title"));
        using var json = JsonDocument.Parse(result.Text("verhalen/feed.json"));
        var attachment = json.RootElement.GetProperty("items")[0].GetProperty("attachments")[0];
        Assert.False(attachment.TryGetProperty("title", out _));
    }
}
