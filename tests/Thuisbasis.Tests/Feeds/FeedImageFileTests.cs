using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using SkiaSharp;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Feeds;

/// <summary>
/// The image of a feed item is what Mailchimp puts in a mail and Buffer in a post: Outlook for Windows shows no WebP,
/// nothing shows an SVG or GIF as a post image, and a phone photo of several MB should not go into every mail. So each
/// feed names a JPEG (a PNG for a PNG, transparency kept) of at most 1200 pixels wide, or the item's share card; each
/// check here follows the address to the file the build publishes, decodes it and compares it with what the feed says.
/// </summary>
public sealed class FeedImageFileTests : IDisposable
{
    private const string Site = "https://www.buurtkracht.example";
    private static readonly XNamespace Media = "http://search.yahoo.com/mrss/";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly FixtureSite _site = new();
    private readonly Pipeline.BuildResult _result;

    public FeedImageFileTests()
    {
        _site.Write("statiq.config", "name: Buurtkracht\nurl: https://www.buurtkracht.example\nfeeds:\n  formats: [atom, json]\n");
        _site.Write("input/pages/home.md", "---\ntitle: Welkom\n---\nWelkom.\n");
        _site.Write("input/team/anouk.md", "---\nname: Anouk Visser\nrole: Coördinator\nphoto: /assets/img/anouk.webp\nphoto_alt: Anouk lacht.\n---\nAnouk.\n");
        Story("webp", Cover("tuin.webp"), "Tekst.");
        Story("grote-jpeg", Cover("markt.jpg"), "Tekst.");
        Story("kleine-jpeg", Cover("koffie.jpg"), "Tekst.");
        Story("png", Cover("logo-plein.png"), "Tekst.");
        Story("webp-doorzichtig", Cover("logo-tuin.webp"), "Tekst.");
        Story("svg", Cover("tekening.svg"), "Tekst.");
        Story("gif", Cover("dans.gif"), "Tekst.");
        Story("webp-in-tekst", "", "Het bankje is terug.\n\n![Twee buren op het nieuwe bankje](/assets/img/bankje.webp)\n");
        Story("tekening-in-tekst", "", "Zo loopt de route.\n\n![De route door de wijk](/assets/img/tekening.svg)\n");
        Story("tekening-dan-foto", "", "![De route door de wijk](/assets/img/tekening.svg)\n\nTekst.\n\n![De markt](/assets/img/koffie.jpg)\n");
        _site.WriteBytes("input/assets/img/tuin.webp", FeedTestSupport.Photo(2000, 1000, SKEncodedImageFormat.Webp));
        _site.WriteBytes("input/assets/img/markt.jpg", FeedTestSupport.Photo(4000, 3000, SKEncodedImageFormat.Jpeg));
        _site.WriteBytes("input/assets/img/koffie.jpg", FeedTestSupport.Photo(900, 600, SKEncodedImageFormat.Jpeg));
        _site.WriteBytes("input/assets/img/logo-plein.png", Transparent(1600, 900));
        _site.WriteBytes("input/assets/img/logo-tuin.webp", Transparent(1000, 500, SKEncodedImageFormat.Webp));
        _site.Write("input/assets/img/tekening.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1600\" height=\"900\"><rect width=\"10\" height=\"10\"/></svg>");
        _site.WriteBytes("input/assets/img/dans.gif", Gif(1000, 800));
        _site.WriteBytes("input/assets/img/bankje.webp", FeedTestSupport.Photo(1800, 1200, SKEncodedImageFormat.Webp));
        _site.WriteBytes("input/assets/img/anouk.webp", FeedTestSupport.Photo(600, 600, SKEncodedImageFormat.Webp));
        _result = _site.Build();
        _result.AssertSucceeded();
    }

    private static string Cover(string file) => $"image: /assets/img/{file}\nimage_alt: Buren helpen elkaar in de wijk.\n";

    private void Story(string slug, string image, string body) =>
        _site.Write($"input/stories/{slug}.md", $"---\ntitle: Verhaal {slug}\ndate: 2026-11-10\nauthor: anouk\nsummary: Kort.\n{image}---\n{body}\n");

    /// <summary>A logo-like PNG: a coloured block in the middle of a transparent field.</summary>
    private static byte[] Transparent(int width, int height, SKEncodedImageFormat format = SKEncodedImageFormat.Png)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        bitmap.Erase(SKColors.Transparent);
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint { Color = new SKColor(200, 40, 40) })
            canvas.DrawRect(width / 4f, height / 4f, width / 2f, height / 2f, paint);
        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>A minimal GIF89a header with its size (enough for the header reader; Skia is not asked to encode GIF).</summary>
    private static byte[] Gif(int width, int height) =>
    [
        (byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'9', (byte)'a', (byte)(width & 0xFF), (byte)(width >> 8), (byte)(height & 0xFF),
        (byte)(height >> 8), 0, 0, 0, 0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0, 0x3B,
    ];

    /// <summary>What one feed format says about an item's image.</summary>
    private sealed record Said(string Url, string Type, long Length, int? Width, int? Height);

    /// <summary>The item's image as RSS, Atom and JSON Feed give it; RSS twice (enclosure and media:content).</summary>
    private List<Said> Images(string slug)
    {
        var id = $"{Site}/verhalen/{slug}/";
        var said = new List<Said>();
        var item = XDocument.Parse(_result.Text("verhalen/feed.xml")).Descendants("item").Single(i => i.Element("guid")!.Value == id);
        var enclosure = item.Element("enclosure")!;
        said.Add(new Said((string)enclosure.Attribute("url")!, (string)enclosure.Attribute("type")!, Long(enclosure.Attribute("length")), null, null));
        var media = item.Element(Media + "content")!;
        said.Add(new Said((string)media.Attribute("url")!, (string)media.Attribute("type")!, Long(media.Attribute("fileSize")),
            (int)media.Attribute("width")!, (int)media.Attribute("height")!));
        var entry = XDocument.Parse(_result.Text("verhalen/atom.xml")).Descendants(Atom + "entry").Single(e => e.Element(Atom + "id")!.Value == id);
        var link = entry.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "enclosure");
        said.Add(new Said((string)link.Attribute("href")!, (string)link.Attribute("type")!, Long(link.Attribute("length")), null, null));
        using var json = JsonDocument.Parse(_result.Text("verhalen/feed.json"));
        var jsonItem = json.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);
        var attachment = jsonItem.GetProperty("attachments").EnumerateArray().Single();
        Assert.Equal(jsonItem.GetProperty("image").GetString(), attachment.GetProperty("url").GetString());
        said.Add(new Said(attachment.GetProperty("url").GetString()!, attachment.GetProperty("mime_type").GetString()!,
            attachment.GetProperty("size_in_bytes").GetInt64(), null, null));
        return said;
    }

    private static long Long(XAttribute? a) => long.Parse((string)a!, CultureInfo.InvariantCulture);

    /// <summary>The bytes the build publishes at an absolute address of this site.</summary>
    private byte[] Published(string url)
    {
        Assert.StartsWith(Site + "/", url);
        var path = Uri.UnescapeDataString(new Uri(url).AbsolutePath).TrimStart('/');
        var file = Assert.Single(_result.Files, f => f.Path == path);
        return file.Bytes ?? File.ReadAllBytes(file.CopyFrom!);
    }

    /// <summary>Every format names the same file; it is there, decodes as <paramref name="format"/>, and its length, type and size are the feed's.</summary>
    private (int Width, int Height, string Url, byte[] Bytes) AssertImage(string slug, SKEncodedImageFormat format, string type)
    {
        var said = Images(slug);
        var url = said[0].Url;
        var bytes = Published(url);
        using var codec = SKCodec.Create(new MemoryStream(bytes));
        Assert.NotNull(codec);
        Assert.Equal(format, codec.EncodedFormat);
        Assert.InRange(codec.Info.Width, 1, 1200);
        foreach (var s in said)
        {
            Assert.Equal(url, s.Url);
            Assert.Equal(type, s.Type);
            Assert.Equal(bytes.LongLength, s.Length);
            if (s.Width is { } w) Assert.Equal(codec.Info.Width, w);
            if (s.Height is { } h) Assert.Equal(codec.Info.Height, h);
        }
        return (codec.Info.Width, codec.Info.Height, url, bytes);
    }

    /// <summary>
    /// A WebP (cover or in the text) as a JPEG of its own, as every JPEG: 1200 wide at most, a smaller one as it is. A
    /// JPEG's is the file at its own address, which the site publishes in no other size as JPEG.
    /// </summary>
    [Theory]
    [InlineData("webp", 1200, 600, "-1200.jpg")]
    [InlineData("webp-in-tekst", 1200, 800, "-1200.jpg")]
    [InlineData("grote-jpeg", 1200, 900, "/markt.jpg")]
    [InlineData("kleine-jpeg", 900, 600, "/koffie.jpg")]
    public void APhotoGoesOutAsAJpegOfAtMost1200WideNeverEnlarged(string slug, int width, int height, string end)
    {
        var image = AssertImage(slug, SKEncodedImageFormat.Jpeg, "image/jpeg");
        Assert.Equal((width, height), (image.Width, image.Height));
        Assert.EndsWith(end, image.Url);
    }

    [Fact]
    public void ABigPhotoGoesOutSmallerThanTheWriterUploadedIt() =>
        Assert.True(AssertImage("grote-jpeg", SKEncodedImageFormat.Jpeg, "image/jpeg").Bytes.Length <
            new FileInfo(Path.Combine(_site.Root, "input/assets/img/markt.jpg")).Length);

    [Fact]
    public void APngStaysAPngWithItsTransparency()
    {
        var (width, height, _, bytes) = AssertImage("png", SKEncodedImageFormat.Png, "image/png");
        Assert.Equal((1200, 675), (width, height));
        using var bitmap = SKBitmap.Decode(bytes);
        Assert.Equal(0, bitmap.GetPixel(5, 5).Alpha);
        Assert.Equal(255, bitmap.GetPixel(width / 2, height / 2).Alpha);
    }

    [Fact]
    public void ATransparentWebpGoesOutAsAJpegOnWhiteNotOnBlack()
    {
        var (width, height, _, bytes) = AssertImage("webp-doorzichtig", SKEncodedImageFormat.Jpeg, "image/jpeg");
        Assert.Equal((1000, 500), (width, height));
        using var bitmap = SKBitmap.Decode(bytes);
        var corner = bitmap.GetPixel(5, 5);
        Assert.True(corner is { Red: > 240, Green: > 240, Blue: > 240 }, corner.ToString());
        var middle = bitmap.GetPixel(width / 2, height / 2);
        Assert.True(middle is { Red: > 150, Green: < 100 }, middle.ToString());
    }

    [Theory]
    [InlineData("svg")]
    [InlineData("gif")]
    public void AnSvgOrGifCoverGivesTheItemsShareCard(string slug)
    {
        var (width, height, url, _) = AssertImage(slug, SKEncodedImageFormat.Png, "image/png");
        Assert.Equal((1200, 630), (width, height));
        // The share card the page itself gives to the networks.
        var og = _result.Html($"verhalen/{slug}/index.html").QuerySelector("meta[property='og:image']")!.GetAttribute("content");
        Assert.Equal(Support.SharedImages.Unversioned(og), url);
    }

    [Fact]
    public void ATextWithOnlyAnSvgGivesTheShareCardAndOneWithAPhotoAfterItThePhoto()
    {
        var (width, height, url, _) = AssertImage("tekening-in-tekst", SKEncodedImageFormat.Png, "image/png");
        Assert.Equal((1200, 630), (width, height));
        Assert.Equal($"{Site}/assets/deelkaarten/verhaal-tekening-in-tekst.png", url);
        var photo = AssertImage("tekening-dan-foto", SKEncodedImageFormat.Jpeg, "image/jpeg");
        Assert.Equal($"{Site}/assets/img/koffie.jpg", photo.Url);
    }

    /// <summary>
    /// The photos in an item's text are what a mail shows of it: a program that shows no &lt;picture&gt; takes its
    /// &lt;img&gt;, which was the widest variant in the photo's own format (a WebP for a WebP, which Outlook shows not).
    /// </summary>
    [Theory]
    [InlineData("webp-in-tekst", "bankje-1200.jpg", 1200, 800)]
    [InlineData("tekening-dan-foto", "koffie.jpg", 900, 600)]
    public void EachPhotoInAnItemsTextIsOneImageAMailProgramShows(string slug, string file, int width, int height)
    {
        var entry = XDocument.Parse(_result.Text("verhalen/atom.xml")).Descendants(Atom + "entry")
            .Single(e => e.Element(Atom + "id")!.Value == $"{Site}/verhalen/{slug}/");
        var content = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(entry.Element(Atom + "content")!.Value);
        Assert.Empty(content.QuerySelectorAll("picture, source, img[srcset]"));
        var img = content.QuerySelectorAll("img").Single(i => i.GetAttribute("src")!.Contains(file[..file.IndexOfAny(['-', '.'])], StringComparison.Ordinal));
        Assert.Equal($"{Site}/assets/img/{file}", img.GetAttribute("src"));
        // Shown at most 600 wide (a newsletter's column; Outlook draws an image at its width), the file keeps its pixels.
        var shown = width <= 600 ? (width, height) : (600, (int)Math.Round(height * 600.0 / width));
        Assert.Equal((shown.Item1.ToString(CultureInfo.InvariantCulture), shown.Item2.ToString(CultureInfo.InvariantCulture)), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.False(string.IsNullOrEmpty(img.GetAttribute("alt")));
        using var codec = SKCodec.Create(new MemoryStream(Published(img.GetAttribute("src")!)));
        Assert.Equal((SKEncodedImageFormat.Jpeg, width, height), (codec.EncodedFormat, codec.Info.Width, codec.Info.Height));
        // The SVG before it stays as it was.
        if (slug == "tekening-dan-foto") Assert.Single(content.QuerySelectorAll("img"), i => i.GetAttribute("src")!.EndsWith("tekening.svg", StringComparison.Ordinal));
        // The page keeps its <picture>, with the WebP for browsers.
        Assert.NotNull(_result.Html($"verhalen/{slug}/index.html").QuerySelector($"main picture [srcset*='{file[..file.IndexOfAny(['-', '.'])]}']"));
    }

    [Fact]
    public void AGifInATextHasItsWidthAndHeightOnThePage()
    {
        _site.Write("input/stories/gif-in-tekst.md", "---\ntitle: Lichtjes\ndate: 2026-11-10\nauthor: anouk\nsummary: Kort.\n---\n![Lichtjes boven de ingang](/assets/img/dans.gif)\n");
        var result = _site.Build();
        result.AssertSucceeded();
        var img = result.Html("verhalen/gif-in-tekst/index.html").QuerySelector("main img[src$='dans.gif']")!;
        Assert.Equal(("1000", "800", "Lichtjes boven de ingang"), (img.GetAttribute("width"), img.GetAttribute("height"), img.GetAttribute("alt")));
    }

    [Fact]
    public void ThePageStillShowsTheWebpAndTheNetworksItsShareCard()
    {
        var page = _result.Html("verhalen/webp/index.html");
        var picture = page.QuerySelector("main picture")!;
        Assert.Empty(picture.QuerySelectorAll("source"));
        var img = picture.QuerySelector("img")!;
        Assert.EndsWith(".webp", img.GetAttribute("src"));
        Assert.All(img.GetAttribute("srcset")!.Split(", "), c => Assert.Contains(".webp ", c));
        Assert.Equal($"{Site}/assets/img/tuin-deelkaart.jpg", Support.SharedImages.Unversioned(page.QuerySelector("meta[property='og:image']")!.GetAttribute("content")));
    }

    [Fact]
    public void AWebpNoFeedShowsGetsNoJpeg()
    {
        Assert.Contains(_result.Files, f => f.Path.StartsWith("assets/img/anouk", StringComparison.Ordinal));
        Assert.DoesNotContain(_result.Files, f => f.Path.StartsWith("assets/img/anouk", StringComparison.Ordinal) && f.Path.EndsWith(".jpg", StringComparison.Ordinal));
    }

    /// <summary>
    /// A WebP replaced by another photo under the same name gets a new JPEG, in the preview (one engine) and in a new
    /// build that finds the old one in the image cache: the cached JPEG belongs to the photo's bytes, not to its name.
    /// </summary>
    [Fact]
    public void AReplacedWebpGetsANewJpegInThePreviewAndFromTheCache()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/tuin.md", "---\ntitle: De tuin\ndate: 2026-11-10\nauthor: anouk-visser\nsummary: Kort.\n" + Cover("tuin.webp") + "---\nTekst.\n");
        site.WriteBytes("input/assets/img/tuin.webp", FeedTestSupport.Photo(2000, 1000, SKEncodedImageFormat.Webp));
        var preview = new Pipeline.SiteEngine(site.Options());
        Assert.Equal(600, JpegHeight(preview.Build()));
        site.WriteBytes("input/assets/img/tuin.webp", FeedTestSupport.Photo(1000, 1000, SKEncodedImageFormat.Webp));
        Assert.Equal(1000, JpegHeight(preview.Build()));
        Assert.Equal(1000, JpegHeight(site.Build()));
        site.WriteBytes("input/assets/img/tuin.webp", FeedTestSupport.Photo(2000, 1000, SKEncodedImageFormat.Webp));
        Assert.Equal(600, JpegHeight(site.Build()));
        Assert.Equal(600, JpegHeight(preview.Build()));

        static int JpegHeight(Pipeline.BuildResult result)
        {
            result.AssertSucceeded();
            var enclosure = XDocument.Parse(result.Text("verhalen/feed.xml")).Descendants("item").Single().Element("enclosure")!;
            var file = Assert.Single(result.Files, f => f.Path == new Uri((string)enclosure.Attribute("url")!).AbsolutePath.TrimStart('/'));
            var bytes = file.Bytes ?? File.ReadAllBytes(file.CopyFrom!);
            Assert.Equal(bytes.LongLength, Long(enclosure.Attribute("length")));
            using var codec = SKCodec.Create(new MemoryStream(bytes));
            Assert.Equal(SKEncodedImageFormat.Jpeg, codec.EncodedFormat);
            return codec.Info.Height;
        }
    }

    public void Dispose() => _site.Dispose();
}
