using System.Text.Json;
using System.Xml.Linq;
using SkiaSharp;
using Thuisbasis.Pipeline;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Images;

/// <summary>
/// Photos the way a writer drops them in from a phone or a computer: names with spaces and accents, an iPhone's HEIC,
/// a copy that broke off halfway, an empty file, a logo with a transparent background, a path written relative.
/// </summary>
public sealed class PhoneFileTests : IDisposable
{
    private readonly FixtureSite _site = new();

    public void Dispose() => _site.Dispose();

    private void Story(string name, string frontMatter, string body) =>
        _site.Write($"input/stories/2026-11-01-{name}.md", $"---\ntitle: Verhaal {name}\ndate: 2026-11-01\nauthor: anouk-visser\n{frontMatter}---\n{body}\n");

    private static string CopyOf(BuildResult result, string path) =>
        result.Files.Single(f => f.Path == path).CopyFrom ?? throw new Xunit.Sdk.XunitException($"{path} is not a copied file");

    private static bool Published(BuildResult result, string url) =>
        result.Has(Uri.UnescapeDataString(new Uri(new Uri("https://www.test.example/verhalen/x/"), url).AbsolutePath).TrimStart('/'));

    /// <remarks>
    /// In the text, a name with <c>#</c> or <c>?</c> is written percent-encoded: in a Markdown link those start another
    /// part of the address (see <see cref="AHashInAnImageNameInTheTextIsAnErrorThatShowsHowToWriteIt"/>).
    /// </remarks>
    [Theory]
    [InlineData("Foto markt zaterdag.jpeg")]
    [InlineData("Actie 100%.jpeg")]
    [InlineData("Foto #2.jpeg")]
    [InlineData("Wat nu?.jpeg")]
    [InlineData("Foto café.jpeg")]
    public void APhotoWithSpacesOrSignsInItsNameGetsAddressesThatWorkInSrcsetSocialTagsStructuredDataAndFeeds(string name)
    {
        _site.WriteBytes($"input/assets/img/{name}", TestImages.PhonePhoto(2400, 1800, orientation: 6));
        var inText = name.IndexOfAny(['#', '?']) >= 0 ? $"/assets/img/{Uri.EscapeDataString(name)}" : $"</assets/img/{name}>";
        Story("markt", $"image: \"/assets/img/{name}\"\nimage_alt: Kramen vol groente op het plein.\n",
            $"Zaterdag: ![Ria bij de kraam met appels]({inText})");

        var result = _site.Build();

        Assert.True(result.Succeeded, result.Describe());
        var doc = result.Html("verhalen/markt/index.html");
        var srcsets = doc.QuerySelectorAll("picture source").Select(e => e.GetAttribute("srcset")!).ToList();
        Assert.Equal(2, srcsets.Count); // cover and body image, each a WebP source (the img has one JPEG, its src)
        foreach (var candidate in srcsets.SelectMany(s => s.Split(", ")))
        {
            var parts = candidate.Split(' ');
            Assert.True(parts.Length == 2 && parts[1].EndsWith('w'), $"`{candidate}` is not one address and one width");
            Assert.True(Published(result, parts[0]), $"{parts[0]} is not published");
        }
        Assert.Equal(2, doc.QuerySelectorAll("picture img").Length);
        foreach (var img in doc.QuerySelectorAll("picture img"))
            Assert.True(Published(result, img.GetAttribute("src")!), img.GetAttribute("src"));
        var social = doc.QuerySelectorAll("meta[property='og:image'], meta[name='twitter:image']").Select(m => Support.SharedImages.Unversioned(m.GetAttribute("content"))!).ToList();
        Assert.Equal(2, social.Count);
        Assert.All(social, u => Assert.True(IsUrl(u) && Published(result, u), u));
        var imageUrls = doc.QuerySelectorAll("script[type='application/ld+json']")
            .SelectMany(s => Strings(JsonDocument.Parse(s.TextContent).RootElement)).Where(u => u.Contains("/assets/img/")).ToList();
        Assert.NotEmpty(imageUrls);
        Assert.All(imageUrls, u => Assert.True(IsUrl(u) && Published(result, u), u));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var enclosure = XDocument.Parse(result.Text("atom.xml")).Descendants(atom + "link").Single(l => (string?)l.Attribute("rel") == "enclosure");
        var href = (string)enclosure.Attribute("href")!;
        Assert.True(IsUrl(href) && Published(result, href), href);
    }

    [Fact]
    public void AHashInAnImageNameInTheTextIsAnErrorThatShowsHowToWriteIt()
    {
        _site.WriteBytes("input/assets/img/Foto #2.jpeg", TestImages.PhonePhoto(1600, 1200, orientation: 1));
        Story("hekje", "", "Tekst.\n\n![Ria bij de kraam](</assets/img/Foto #2.jpeg>)");

        var result = _site.Build();

        var d = Assert.Single(result.Diagnostics, x => x.Path == "input/stories/2026-11-01-hekje.md");
        Assert.Equal(("TB0107", 8, 1), (d.Code, d.Line, d.Column));
        Assert.Contains("`#`", d.Message);
        Assert.Contains("`/assets/img/Foto%20%232.jpeg`", d.Help);
    }

    [Fact]
    public void AnImageInPastedHtmlWithoutAltIsAWarningAtItsPlaceAndAnEmptyAltIsAChoice()
    {
        _site.WriteBytes("input/assets/img/koffie.jpg", TestImages.PhonePhoto(1600, 1200, orientation: 1));
        Story("koffie", "", "Tekst.\n\n<p><img src=\"/assets/img/koffie.jpg\" width=\"600\"></p>\n\n<img src=\"/assets/img/koffie.jpg\" alt=\"\">");

        var result = _site.Build();

        Assert.True(result.Succeeded, result.Describe());
        var d = Assert.Single(result.Diagnostics, x => x.Path == "input/stories/2026-11-01-koffie.md");
        Assert.Equal(("TB0136", Diagnostics.Severity.Warning, 8, 4), (d.Code, d.Severity, d.Line, d.Column));
        Assert.Contains("alt=", d.Help);
    }

    /// <summary>
    /// <c>![](…)</c> in Markdown: a forgotten description, said at the build (the preview shows it too), not only by
    /// <c>check</c>; a described Markdown image and a pasted <c>alt=""</c> give no word.
    /// </summary>
    [Fact]
    public void AMarkdownImageWithNothingBetweenTheBracketsIsAWarningAtItsPlace()
    {
        _site.WriteBytes("input/assets/img/koffie.jpg", TestImages.PhonePhoto(1600, 1200, orientation: 1));
        Story("koffie", "", "Tekst.\n\nEerst ![](/assets/img/koffie.jpg) en ![ ](/assets/img/koffie.jpg)\n\n" +
            "![Ria en haar buurvrouw drinken koffie](/assets/img/koffie.jpg)\n\n<img src=\"/assets/img/koffie.jpg\" alt=\"\">\n");

        var result = _site.Build();

        Assert.True(result.Succeeded, result.Describe());
        var warnings = result.Diagnostics.Where(x => x.Path == "input/stories/2026-11-01-koffie.md").ToList();
        Assert.Equal([("TB0164", 8, 7), ("TB0164", 8, 38)], warnings.Select(w => (w.Code, w.Line, w.Column)));
        Assert.All(warnings, w => Assert.Equal(Diagnostics.Severity.Warning, w.Severity));
        Assert.Contains("`/assets/img/koffie.jpg`", warnings[0].Message);
        Assert.Contains("tussen de blokhaken", warnings[0].Help);
    }

    /// <summary>
    /// An absolute URL as RFC 3986 writes it: only its own ASCII characters, every <c>%</c> an escape. (Not
    /// <see cref="Uri.IsWellFormedUriString"/>: it turns down <c>caf%C3%A9</c>, which is how a URL writes é.)
    /// </summary>
    private static bool IsUrl(string u) =>
        Uri.TryCreate(u, UriKind.Absolute, out _) && System.Text.RegularExpressions.Regex.IsMatch(u, @"^https://([A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-F]{2})+$");

    private static IEnumerable<string> Strings(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Strings),
        JsonValueKind.String => [e.GetString()!],
        _ => [],
    };

    /// <summary>The first bytes of an iPhone photo: an ISO box <c>ftyp</c> with the brand <c>heic</c>.</summary>
    private static byte[] Heic()
    {
        byte[] head = [0, 0, 0, 0x18, .. "ftypheic"u8.ToArray(), 0, 0, 0, 0, .. "mif1heic"u8.ToArray()];
        return [.. head, .. new byte[4000]];
    }

    [Fact]
    public void AnIphoneHeicPhotoIsAnErrorThatSaysToSaveItAsJpegAlsoUnderAJpgName()
    {
        _site.WriteBytes("input/assets/img/IMG_5678.HEIC", Heic());
        _site.WriteBytes("input/assets/img/IMG_5679.jpg", Heic()); // renamed, not converted
        Story("kerst", "image: /assets/img/IMG_5678.HEIC\nimage_alt: Vrijwilligers bij de kerstmarkt.\n", "Tekst.");

        var result = _site.Build();

        Assert.False(result.Succeeded);
        var errors = result.Diagnostics.Where(d => d.Code == "TB0135").OrderBy(d => d.Path, StringComparer.Ordinal).ToList();
        // At each file, and at the line that shows one, so the writer knows which story to change.
        Assert.Equal(["input/assets/img/IMG_5678.HEIC", "input/assets/img/IMG_5679.jpg", "input/stories/2026-11-01-kerst.md"], errors.Select(e => e.Path));
        Assert.All(errors, e =>
        {
            Assert.Contains("HEIC", e.Message);
            Assert.Contains("JPEG", e.Help);
        });
        // An error where a page shows it; the one no page shows is a warning, and neither file is published.
        Assert.Equal([true, false, true], errors.Select(e => e.IsError));
        Assert.Contains("Geen pagina toont het, en het komt niet op de site.", errors[1].Message);
        Assert.DoesNotContain(result.Files, f => f.Path.Contains("IMG_567", StringComparison.Ordinal));
        Assert.Equal("`image` toont `/assets/img/IMG_5678.HEIC`, maar dat plaatje kan de site niet lezen: het is een HEIC-foto " +
                     "(zie de melding bij `input/assets/img/IMG_5678.HEIC`).", errors[2].Message);
        Assert.Equal(5, errors[2].Line);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "TB0131");
    }

    [Fact]
    public void APhotoThatBrokeOffHalfwayIsAnErrorInsteadOfAPhotoWithAGreyBand()
    {
        var whole = TestImages.PhonePhoto(1600, 1200, orientation: 1);
        _site.WriteBytes("input/assets/img/kapot.jpg", whole[..(whole.Length / 2)]);
        _site.WriteBytes("input/assets/img/heel.jpg", whole);
        Story("kapot", "", "![De kerstboom op het plein](/assets/img/kapot.jpg)\n\n![De kerstboom in het donker](/assets/img/heel.jpg)");

        var result = _site.Build();

        var errors = result.Diagnostics.Where(d => d.Code == "TB0131").OrderBy(d => d.Path, StringComparer.Ordinal).ToList();
        Assert.Equal(["input/assets/img/kapot.jpg", "input/stories/2026-11-01-kapot.md"], errors.Select(e => e.Path));
        Assert.All(errors, e => Assert.True(e.IsError));
        Assert.Contains("niet compleet", errors[0].Message);
        Assert.StartsWith("De tekst toont `/assets/img/kapot.jpg`, maar dat plaatje kan de site niet lezen", errors[1].Message);
        Assert.Equal("Zet de foto opnieuw in de map, of kies hier een andere foto.", errors[1].Help);
    }

    [Fact]
    public void AnEmptyImageFileSaysItIsEmpty()
    {
        _site.WriteBytes("input/assets/img/leeg.jpg", []);
        var result = _site.Build();
        var error = Assert.Single(result.Diagnostics, d => d.Code == "TB0131");
        Assert.Equal(("input/assets/img/leeg.jpg", 1, 1), (error.Path, error.Line, error.Column));
        Assert.Contains("leeg", error.Message);
    }

    [Fact]
    public void ALogoWithATransparentBackgroundStaysTransparentInEverySmallerSize()
    {
        using (var logo = new SKBitmap(new SKImageInfo(1000, 500, SKColorType.Rgba8888, SKAlphaType.Premul)))
        {
            using var canvas = new SKCanvas(logo);
            canvas.Clear(SKColors.Transparent);
            using var red = new SKPaint { Color = SKColors.Red };
            canvas.DrawRect(0, 0, 500, 500, red);
            _site.WriteBytes("input/assets/img/logo-buurt.png", TestImages.Encode(logo, SKEncodedImageFormat.Png));
        }
        Story("logo", "", "![Het logo van de buurtvereniging](/assets/img/logo-buurt.png)");

        var result = _site.Build();

        Assert.True(result.Succeeded, result.Describe());
        foreach (var file in new[] { "logo-buurt-480.webp", "logo-buurt-800.webp", "logo-buurt-1000.webp", "logo-buurt.png" })
        {
            using var bitmap = SKBitmap.Decode(CopyOf(result, "assets/img/" + file));
            var right = bitmap.GetPixel(bitmap.Width * 3 / 4, bitmap.Height / 2);
            var left = bitmap.GetPixel(bitmap.Width / 4, bitmap.Height / 2);
            Assert.True(right.Alpha == 0, $"{file}: the transparent half is {right}");
            Assert.True(left.Alpha == 255 && left.Red > 200, $"{file}: the red half is {left}");
        }
    }

    [Theory]
    [InlineData("../assets/img/tuin.jpg")]
    [InlineData("assets/img/tuin.jpg")]
    public void AnImageInTheTextWrittenAsARelativePathIsShownFromItsAddressOnTheSite(string written)
    {
        _site.WriteBytes("input/assets/img/tuin.jpg", TestImages.PhonePhoto(1200, 900, orientation: 1));
        Story("tuin", "", $"![Ria in haar tuin tussen de bloemen]({written})");

        var result = _site.Build();

        Assert.True(result.Succeeded, result.Describe());
        var img = result.Html("verhalen/tuin/index.html").QuerySelector("article img[alt='Ria in haar tuin tussen de bloemen']")!;
        Assert.Equal("/assets/img/tuin.jpg", img.GetAttribute("src"));
        Assert.Equal("picture", img.ParentElement!.LocalName);
    }

    [Fact]
    public void APhotoNamedOnAMacWithSeparateAccentsIsFoundByTheNameTheWriterTyped()
    {
        // macOS and zip files from a Mac spell ü as u + a combining diaeresis; a keyboard types the single letter ü.
        var decomposed = "reünie.jpg".Normalize(System.Text.NormalizationForm.FormD);
        _site.WriteBytes("input/assets/img/" + decomposed, TestImages.PhonePhoto(1200, 900, orientation: 1));
        _site.WriteBytes("input/assets/img/koffie.jpg", TestImages.PhonePhoto(1200, 900, orientation: 1));
        Story("reunie", "image: /assets/img/reünie.jpg\nimage_alt: Oud-vrijwilligers proosten in de zaal.\n",
            $"![Koffie en taart op de tafel](/assets/img/koffie.jpg)\n\n![De zaal vol oud-vrijwilligers](/assets/img/{decomposed})");

        var result = _site.Build();

        Assert.True(result.Succeeded, result.Describe());
        Assert.True(result.Has("assets/img/reünie-1200.webp"));
        var doc = result.Html("verhalen/reunie/index.html");
        Assert.Equal(["/assets/img/reünie-1200.webp", "/assets/img/koffie-1200.webp", "/assets/img/reünie-1200.webp"],
            doc.QuerySelectorAll("picture source").Select(s => s.GetAttribute("srcset")!.Split(", ")[^1].Split(' ')[0]));
    }

    [Fact]
    public void AnIphonePhotoInDisplayP3KeepsItsColoursInEverySize()
    {
        // An iPhone photo (also "Meest compatibel" JPEG) is in Display P3, with its ICC profile: the same bytes mean a
        // more saturated colour than in sRGB, which a published file without a profile is read as.
        var p3 = SKColorSpace.CreateRgb(SKColorSpaceTransferFn.Srgb, SKColorSpaceXyz.DisplayP3);
        using (var photo = new SKBitmap(new SKImageInfo(1000, 750, SKColorType.Rgba8888, SKAlphaType.Opaque, p3)))
        {
            photo.Erase(new SKColor(40, 180, 60)); // an sRGB green, stored as its P3 numbers
            _site.WriteBytes("input/assets/img/gras.jpg", TestImages.Encode(photo, SKEncodedImageFormat.Jpeg, 95));
        }
        Story("gras", "", "![Kinderen spelen op het gras](/assets/img/gras.jpg)");

        var result = _site.Build();

        Assert.True(result.Succeeded, result.Describe());
        foreach (var file in new[] { "gras-480.webp", "gras.jpg", "gras-1000.webp" })
        {
            using var codec = SKCodec.Create(CopyOf(result, "assets/img/" + file));
            var info = codec.Info.WithColorType(SKColorType.Rgba8888).WithColorSpace(SKColorSpace.CreateSrgb());
            using var bitmap = new SKBitmap(info);
            Assert.Equal(SKCodecResult.Success, codec.GetPixels(info, bitmap.GetPixels()));
            var c = bitmap.GetPixel(bitmap.Width / 2, bitmap.Height / 2);
            Assert.True(Math.Abs(c.Red - 40) <= 8 && Math.Abs(c.Green - 180) <= 8 && Math.Abs(c.Blue - 60) <= 8, $"{file}: {c} shown instead of #28B43C");
        }
    }

    [Fact]
    public void ABodyImageWhoseNameHasASpaceWrittenWithoutAngleBracketsIsAnErrorThatSaysHowToWriteIt()
    {
        // Markdown ends an address at a space, so the writer's image is not shown at all: name the file they meant.
        _site.WriteBytes("input/assets/img/Koffie Café.JPG", TestImages.PhonePhoto(1200, 900, orientation: 1));
        Story("koffie", "", "Elke vrijdag.\n\n![Koffie en koek op tafel](/assets/img/Koffie Café.JPG)");

        var result = _site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Code == "TB0107");
        Assert.Equal((8, 1), (error.Line, error.Column));
        Assert.Equal("De naam van het bestand `/assets/img/Koffie Café.JPG` heeft een spatie. Zet het adres tussen < en >: "
            + "`![…](</assets/img/Koffie Café.JPG>)`, of geef het bestand een naam zonder spaties.", error.Help);
    }

    [Fact]
    public void AnImageNamedWithoutItsFolderIsAnErrorThatNamesTheFileWithThatName()
    {
        _site.WriteBytes("input/assets/img/Tuin.jpg", TestImages.PhonePhoto(1200, 900, orientation: 1));
        Story("tuin", "image: tuin.jpg\nimage_alt: Ria in haar tuin.\n", "![Ria tussen de bloemen](Tuin.jpg)");

        var result = _site.Build();

        var errors = result.Diagnostics.Where(d => d.Code == "TB0107").ToList();
        Assert.Equal([(5, 8), (8, 1)], errors.Select(e => (e.Line, e.Column)));
        Assert.All(errors, e => Assert.Equal("Bedoelde u `/assets/img/Tuin.jpg`?", e.Help));
    }

    [Fact]
    public void APanoramaGetsASharpShareCardCutFromThePhotoNotBlownUpFromItsSmallVersion()
    {
        // 6000×1500 with black and white stripes 6 pixels wide: the widest variant is 1600×400, too low for a 630-high card.
        using (var panorama = new SKBitmap(new SKImageInfo(6000, 1500, SKColorType.Rgba8888, SKAlphaType.Opaque)))
        {
            using var canvas = new SKCanvas(panorama);
            canvas.Clear(SKColors.White);
            using var black = new SKPaint { Color = SKColors.Black };
            for (var x = 0; x < 6000; x += 12) canvas.DrawRect(x, 0, 6, 1500, black);
            _site.WriteBytes("input/assets/img/plein.jpg", TestImages.Encode(panorama, SKEncodedImageFormat.Jpeg, 95));
        }
        Story("plein", "image: /assets/img/plein.jpg\nimage_alt: Het hele plein met de markt.\n", "Tekst.");

        var result = _site.Build();

        Assert.True(result.Succeeded, result.Describe());
        using var card = SKBitmap.Decode(File.ReadAllBytes(result.Files.Single(f => f.Path == "assets/img/plein-deelkaart.jpg").CopyFrom!));
        Assert.Equal((1200, 630), (card.Width, card.Height));
        var row = Enumerable.Range(100, 200).Select(x => (int)card.GetPixel(x, 315).Green).ToList();
        // Cut from the photo most pixels of the stripes stay black or white (78 and 77 of 200); blown up from 1600×400 they
        // turn grey (44 and 44).
        Assert.True(row.Count(v => v < 40) > 60 && row.Count(v => v > 215) > 60,
            $"{row.Count(v => v < 40)} black and {row.Count(v => v > 215)} white pixels of 200");
    }

    /// <summary>
    /// A phone's screenshot of a photo is a PNG of several MB (here 1170×2532, as an iPhone takes them): its feed image
    /// went into every Mailchimp mail as a PNG of that size, and its share card was a PNG of more than a MB, more than a
    /// link preview loads. Both are JPEGs now, of a size for a phone on 4G; a drawing in PNG keeps its PNG.
    /// </summary>
    [Fact]
    public void AScreenshotOfAPhotoGoesToFeedsAndShareCardsAsAJpegOfAPhoneFriendlySize()
    {
        _site.WriteBytes("input/assets/img/Screenshot_20261201-101010.png", PhotoLikePng(1170, 2532));
        _site.WriteBytes("input/assets/img/tekening.png", Feeds.FeedTestSupport.Png(1200, 630));
        Story("scherm", "image: /assets/img/Screenshot_20261201-101010.png\nimage_alt: Ria bij de kraam met appels.\n", "Tekst.");
        Story("tekening", "image: /assets/img/tekening.png\nimage_alt: Een getekende straat met vier huizen.\n", "Tekst.");

        var result = _site.Build();

        Assert.True(result.Succeeded, result.Describe());
        var rss = XDocument.Parse(result.Text("feed.xml"));
        foreach (var (page, photo, type) in new[] { ("scherm", "Screenshot_20261201-101010", "image/jpeg"), ("tekening", "tekening", "image/png") })
        {
            var og = result.Html($"verhalen/{page}/index.html").QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
            var ogType = result.Html($"verhalen/{page}/index.html").QuerySelector("meta[property='og:image:type']")!.GetAttribute("content");
            var enclosure = rss.Descendants("enclosure").Single(e => ((string)e.Attribute("url")!).Contains($"/{photo}"));
            foreach (var (url, said) in new[] { (og, ogType), ((string)enclosure.Attribute("url")!, (string?)enclosure.Attribute("type")) })
            {
                var path = Uri.UnescapeDataString(new Uri(url).AbsolutePath).TrimStart('/');
                var bytes = File.ReadAllBytes(CopyOf(result, path));
                using var codec = SKCodec.Create(new MemoryStream(bytes));
                Assert.Equal((type, type), (said, codec.EncodedFormat == SKEncodedImageFormat.Jpeg ? "image/jpeg" : "image/png"));
                Assert.True(bytes.Length < 600_000, $"{url} is {bytes.Length / 1000} kB"); // as PNGs, a screenshot of a photo of this size gave 6.1 MB (feed) and 1.4 MB (card)
                if (url != og) Assert.Equal(bytes.Length, (long)enclosure.Attribute("length")!);
            }
        }
    }

    /// <summary>A PNG with a photo's grain: smooth colour that changes everywhere, as a camera's pixels do.</summary>
    private static byte[] PhotoLikePng(int width, int height)
    {
        var random = new Random(7);
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var pixels = new byte[width * height * 4];
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
            {
                var i = (y * width + x) * 4;
                pixels[i] = (byte)Math.Clamp(120 + 80 * Math.Sin(x / 90.0) + random.Next(-18, 18), 0, 255);
                pixels[i + 1] = (byte)Math.Clamp(110 + 70 * Math.Cos(y / 130.0) + random.Next(-18, 18), 0, 255);
                pixels[i + 2] = (byte)Math.Clamp(100 + 60 * Math.Sin((x + y) / 170.0) + random.Next(-18, 18), 0, 255);
                pixels[i + 3] = 255;
            }
        System.Runtime.InteropServices.Marshal.Copy(pixels, 0, bitmap.GetPixels(), pixels.Length);
        return TestImages.Encode(bitmap, SKEncodedImageFormat.Png);
    }
}
