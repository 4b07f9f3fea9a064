using AngleSharp.Html.Dom;
using SkiaSharp;
using Thuisbasis.Pipeline;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Images;

/// <summary>Photos as a phone makes them, built end to end: the widths, formats, sizes and markup that reach the site, and what does not.</summary>
public sealed class ImagePublishingTests : IDisposable
{
    private readonly FixtureSite _site = new();

    public ImagePublishingTests()
    {
        // 2400×1800 stored sideways (EXIF orientation 6): upright it is 1800 wide and 2400 high.
        _site.WriteBytes("input/assets/img/tuin.jpg", TestImages.PhonePhoto(2400, 1800, orientation: 6));
        _site.WriteBytes("input/assets/img/plein.png", TestImages.PngWithText(1000, 500, TestImages.Photographer));
        using (var webp = TestImages.TwoHalves(900, 600, SKColors.Orange, SKColors.Purple))
            _site.WriteBytes("input/assets/img/markt.webp", TestImages.Encode(webp, SKEncodedImageFormat.Webp, 80));
        _site.Write("input/stories/2026-11-01-tuin.md", """
            ---
            title: Ria werkt weer in haar tuin
            date: 2026-11-01
            author: anouk-visser
            image: /assets/img/tuin.jpg
            image_alt: Ria knielt bij een border met rode en blauwe bloemen.
            ---
            Ria vertelt over haar tuin.

            ![Het plein met de markt op zaterdag](/assets/img/plein.png)

            En de markt: ![Kramen met groente en fruit](/assets/img/markt.webp)
            """);
    }

    public void Dispose() => _site.Dispose();

    private BuildResult Build() => _site.Build();

    private static SKBitmap Decode(string path) => SKBitmap.Decode(File.ReadAllBytes(path));

    private static string CopyOf(BuildResult result, string path) =>
        result.Files.Single(f => f.Path == path).CopyFrom ?? throw new Xunit.Sdk.XunitException($"{path} is not a copied file");

    /// <summary>
    /// A phone photo of fine lines (a fence, a striped shirt, a poster's text): 4-pixel stripes at 4032 pixels wide are finer
    /// than the 800 and 480 sizes can show. Scaled from the decoded pixels at once, Skia's filter read only the pixels
    /// near each point and the stripes came back as black and white bands of moiré, a spread of about 100 either way of
    /// the grey at both sizes. Scaled in steps (<see cref="Thuisbasis.Images.ImageEncoder.ScaleInSteps"/>) the spread is
    /// about 57 at 800 and 21 at 480: faint bands, no longer the photo's full contrast.
    /// </summary>
    [Fact]
    public void FineLinesFinerThanASizeCanShowAreNotPublishedAsBoldMoire()
    {
        using (var stripes = new SKBitmap(new SKImageInfo(4032, 3024, SKColorType.Rgba8888, SKAlphaType.Opaque)))
        {
            using (var canvas = new SKCanvas(stripes))
            using (var black = new SKPaint { Color = SKColors.Black })
            {
                canvas.Clear(SKColors.White);
                for (var x = 0; x < stripes.Width; x += 8) canvas.DrawRect(x, 0, 4, stripes.Height, black);
            }
            _site.WriteBytes("input/assets/img/hek.jpg", TestImages.Encode(stripes, SKEncodedImageFormat.Jpeg, 95));
        }
        _site.Write("input/stories/2026-11-02-hek.md", """
            ---
            title: Het nieuwe hek bij de moestuin
            date: 2026-11-02
            author: anouk-visser
            ---
            ![Een wit hek met smalle zwarte latten](/assets/img/hek.jpg)
            """);
        var result = Build();
        Assert.True(result.Succeeded, result.Describe());
        foreach (var width in new[] { 800, 480 })
        {
            using var bitmap = Decode(CopyOf(result, $"assets/img/hek-{width}.webp"));
            var row = Enumerable.Range(8, bitmap.Width - 16).Select(x => (double)bitmap.GetPixel(x, bitmap.Height / 2).Red).ToList();
            var mean = row.Average();
            var spread = Math.Sqrt(row.Average(v => (v - mean) * (v - mean)));
            Assert.True(Math.Abs(mean - 127.5) < 12 && spread < (width == 800 ? 65 : 30), $"{width}: grey {mean:F1}, spread {spread:F1}");
        }
    }

    [Fact]
    public void APhotoIsPublishedInTheAskedWidthsAsWebpAndOnceAsJpegNeverWiderThanItself()
    {
        var result = Build();
        Assert.True(result.Succeeded, result.Describe());
        foreach (var path in new[] { "tuin-240.webp", "tuin-480.webp", "tuin-800.webp", "tuin-1200.webp", "tuin-1600.webp", "tuin.jpg" })
        {
            using var bitmap = Decode(CopyOf(result, $"assets/img/{path}"));
            var width = path == "tuin.jpg" ? 1200 : int.Parse(path[5..^5], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(width, bitmap.Width);
            Assert.Equal((int)Math.Round(width * 2400 / 1800.0), bitmap.Height);
        }
        // The JPEG once, at the photo's own address, 1200 wide: for browsers without WebP, mail programs and links.
        Assert.Equal(["assets/img/tuin-1200.webp", "assets/img/tuin-1600.webp", "assets/img/tuin-240.webp", "assets/img/tuin-480.webp", "assets/img/tuin-800.webp",
            "assets/img/tuin.jpg"],
            result.Files.Select(f => f.Path).Where(p => p.StartsWith("assets/img/tuin", StringComparison.Ordinal) && !p.Contains("deelkaart")).Order());
        // 1000 wide: 240, 480, 800 and its own width; never wider than the file.
        Assert.Equal(["assets/img/plein-1000.webp", "assets/img/plein-240.webp", "assets/img/plein-480.webp", "assets/img/plein-800.webp", "assets/img/plein.png"],
            result.Files.Select(f => f.Path).Where(p => p.StartsWith("assets/img/plein", StringComparison.Ordinal) && !p.Contains("deelkaart")).Order());
        using (var plein = Decode(CopyOf(result, "assets/img/plein.png"))) Assert.Equal((1000, 500), (plein.Width, plein.Height));
        // A WebP gets WebP variants only for the page; the feeds, which carry the text, get one JPEG for mail programs.
        Assert.Equal(["assets/img/markt-240.webp", "assets/img/markt-480.webp", "assets/img/markt-800.webp", "assets/img/markt-900.jpg", "assets/img/markt-900.webp", "assets/img/markt.webp"],
            result.Files.Select(f => f.Path).Where(p => p.StartsWith("assets/img/markt", StringComparison.Ordinal)).Order());
    }

    [Fact]
    public void NoPublishedImageCarriesExifGpsXmpIptcOrComments()
    {
        var result = Build();
        var images = result.Files.Where(f => f.Path.StartsWith("assets/img/", StringComparison.Ordinal) && !f.Path.EndsWith(".svg")).ToList();
        Assert.NotEmpty(images);
        foreach (var file in images)
        {
            var bytes = file.Bytes ?? File.ReadAllBytes(file.CopyFrom!);
            Assert.True(!TestImages.MetadataIn(bytes).Any(), $"{file.Path}: {string.Join(", ", TestImages.MetadataIn(bytes))}");
        }
        // The source file itself is not published: its own address holds a clean copy.
        var source = File.ReadAllBytes(Path.Combine(_site.Root, "input/assets/img/tuin.jpg"));
        Assert.NotEmpty(TestImages.MetadataIn(source));
        Assert.NotEqual(source, File.ReadAllBytes(CopyOf(result, "assets/img/tuin.jpg")));
    }

    [Fact]
    public void TheExifOrientationIsAppliedToThePixels()
    {
        var result = Build();
        foreach (var (path, width) in new[] { ("assets/img/tuin-480.webp", 480), ("assets/img/tuin.jpg", 1200) })
        {
            using var upright = Decode(CopyOf(result, path));
            Assert.Equal((width, width * 4 / 3), (upright.Width, upright.Height));
            // Turned a quarter clockwise: what was the left (red) half is now the top half.
            TestImages.RedOnTopBlueBelow(upright);
        }
    }

    [Fact]
    public void APngThatSaysItIsTurnedIsPublishedUprightAsTheBrowserShowsTheFile()
    {
        // Browsers and image viewers turn a PNG by the orientation in its eXIf chunk; the widths made from it must too.
        _site.WriteBytes("input/assets/img/scherm.png", TestImages.SidewaysPng(2400, 1800, orientation: 6));
        _site.Write("input/stories/2026-11-02-scherm.md", """
            ---
            title: Zo meldt u zich aan
            date: 2026-11-02
            author: anouk-visser
            image: /assets/img/scherm.png
            image_alt: Het aanmeldscherm met een rode balk bovenaan.
            ---
            Zo ziet het scherm eruit.
            """);
        var result = Build();
        Assert.True(result.Succeeded, result.Describe());
        foreach (var (path, width) in new[] { ("assets/img/scherm.png", 1200), ("assets/img/scherm-480.webp", 480) })
        {
            using var upright = Decode(CopyOf(result, path));
            Assert.Equal((width, width * 4 / 3), (upright.Width, upright.Height));
            TestImages.RedOnTopBlueBelow(upright);
        }
        var img = result.Html("verhalen/scherm/index.html").QuerySelector("figure.cover img")!;
        Assert.Equal(("1200", "1600"), (img.GetAttribute("width"), img.GetAttribute("height"))); // upright: higher than wide
    }

    [Fact]
    public void TheCoverIsAResponsivePictureWithTrueSizeLoadedEagerly()
    {
        var result = Build();
        var doc = result.Html("verhalen/tuin/index.html");
        var cover = doc.QuerySelector("figure.cover picture")!;
        var webp = cover.QuerySelector("source")!;
        Assert.Equal("image/webp", webp.GetAttribute("type"));
        Assert.Equal("/assets/img/tuin-240.webp 240w, /assets/img/tuin-480.webp 480w, /assets/img/tuin-800.webp 800w, /assets/img/tuin-1200.webp 1200w, /assets/img/tuin-1600.webp 1600w",
            webp.GetAttribute("srcset"));
        Assert.False(string.IsNullOrEmpty(webp.GetAttribute("sizes")));
        // A browser without WebP takes the JPEG at the photo's own address: one size, so no srcset.
        var img = (IHtmlImageElement)cover.QuerySelector("img")!;
        Assert.Equal("/assets/img/tuin.jpg", img.GetAttribute("src"));
        Assert.Null(img.GetAttribute("srcset"));
        Assert.Equal("1200", img.GetAttribute("width"));
        Assert.Equal("1600", img.GetAttribute("height"));
        Assert.Null(img.GetAttribute("loading"));
        Assert.Equal("high", img.GetAttribute("fetchpriority"));
        Assert.Equal("async", img.GetAttribute("decoding"));
        Assert.Equal("Ria knielt bij een border met rode en blauwe bloemen.", img.GetAttribute("alt"));
    }

    [Fact]
    public void ImagesInTheTextBecomeLazyResponsivePictures()
    {
        var result = Build();
        var doc = result.Html("verhalen/tuin/index.html");
        var plein = doc.QuerySelectorAll("picture img").Single(i => i.GetAttribute("alt") == "Het plein met de markt op zaterdag");
        Assert.Equal("lazy", plein.GetAttribute("loading"));
        Assert.Equal("async", plein.GetAttribute("decoding"));
        Assert.Equal(("1000", "500"), (plein.GetAttribute("width"), plein.GetAttribute("height")));
        Assert.Equal("/assets/img/plein.png", plein.GetAttribute("src"));
        Assert.Equal("/assets/img/plein-240.webp 240w, /assets/img/plein-480.webp 480w, /assets/img/plein-800.webp 800w, /assets/img/plein-1000.webp 1000w",
            plein.ParentElement!.QuerySelector("source[type='image/webp']")!.GetAttribute("srcset"));
        var markt = doc.QuerySelectorAll("picture img").Single(i => i.GetAttribute("alt") == "Kramen met groente en fruit");
        Assert.Equal("/assets/img/markt-240.webp 240w, /assets/img/markt-480.webp 480w, /assets/img/markt-800.webp 800w, /assets/img/markt-900.webp 900w", markt.GetAttribute("srcset"));
        Assert.Null(markt.ParentElement!.QuerySelector("source"));
    }

    /// <summary>
    /// A <c>&lt;picture&gt;</c> pasted from another site (WordPress writes them) around a photo of this site becomes the
    /// site's own, whole: it was wrapped in a second <c>&lt;picture&gt;</c>, and the feeds kept a stray <c>&lt;/picture&gt;</c>.
    /// </summary>
    [Fact]
    public void APastedPictureOfAPhotoOfThisSiteBecomesTheSitesOwnInThePageAndTheFeed()
    {
        _site.Write("input/stories/2026-11-03-geplakt.md", """
            ---
            title: Geplakt
            date: 2026-11-03
            author: anouk-visser
            ---
            <picture><source srcset="/assets/img/tuin-800.webp" type="image/webp"><img src="/assets/img/tuin.jpg" alt="Ria in haar tuin"></picture>
            """);
        var result = Build();
        Assert.True(result.Succeeded, result.Describe());
        var body = result.Html("verhalen/geplakt/index.html").QuerySelector("main")!;
        var picture = Assert.Single(body.QuerySelectorAll("picture"));
        Assert.Empty(picture.QuerySelectorAll("picture"));
        Assert.EndsWith("1600w", picture.QuerySelector("source")!.GetAttribute("srcset"));
        Assert.Equal(("/assets/img/tuin.jpg", "Ria in haar tuin"), (picture.QuerySelector("img")!.GetAttribute("src"), picture.QuerySelector("img")!.GetAttribute("alt")));
        var item = System.Xml.Linq.XDocument.Parse(result.Text("verhalen/feed.xml")).Descendants("item")
            .Single(i => i.Element("link")!.Value.EndsWith("/verhalen/geplakt/", StringComparison.Ordinal));
        var html = item.Elements().Single(e => e.Name.LocalName == "encoded").Value;
        Assert.DoesNotContain("picture", html);
        Assert.Single(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelectorAll("img"));
    }

    [Fact]
    public void TheSecondBuildEncodesNothing()
    {
        var first = new SiteEngine(_site.Options());
        var built = first.Build();
        Assert.True(built.Succeeded);
        var hashes = built.Files.Select(f => (f.Path, Hash(f))).ToList(); // reading the files paints the share cards
        Assert.True(first.ImageStore.Encoded > 0);

        var again = new SiteEngine(_site.Options()); // a new process: only the cache on disk is shared
        var result = again.Build();

        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal(hashes, result.Files.Select(f => (f.Path, Hash(f))));
        Assert.Equal(0, again.ImageStore.Encoded);
    }

    /// <summary>
    /// A cache an earlier version filled holds every width in JPEG or PNG as well. It is used as it is, with no photo
    /// encoded again (the first build after an upgrade would otherwise take as long as a site's very first: 10 to 18
    /// minutes for 1,000 phone photos), it gives what a clean build gives, and what this version no longer publishes
    /// is taken out of it (about 1 MB a phone photo, in a cache the host keeps between deploys).
    /// </summary>
    [Fact]
    public void ACacheOfAnEarlierVersionIsUsedWithoutEncodingAgainAndGivesWhatACleanBuildGives()
    {
        var clean = new SiteEngine(_site.Options()).Build();
        Assert.True(clean.Succeeded, clean.Describe());
        var expected = clean.Files.Select(f => (f.Path, Hash(f))).ToList();
        var cache = Thuisbasis.Images.ImageStore.FolderIn(_site.Root);
        var planted = 0;
        foreach (var entry in Directory.GetDirectories(cache).Where(d => Path.GetFileName(d) != "derived"))
        {
            var index = Path.Combine(entry, "index.txt");
            var lines = File.ReadAllLines(index).Where(l => l.Length > 0).ToList();
            var format = Enum.Parse<Thuisbasis.Images.ImageFormat>(lines[0].Split(' ')[2]);
            if (format == Thuisbasis.Images.ImageFormat.Webp) continue;
            foreach (var webp in lines.Skip(1).Select(l => l.Split(' ')).Where(p => p[2] == "Webp").ToList())
            {
                var name = webp[0] + Thuisbasis.Images.ImageFormats.Extension(format);
                if (lines.Any(l => l.EndsWith(" " + name, StringComparison.Ordinal))) continue;
                File.WriteAllBytes(Path.Combine(entry, name), [1, 2, 3]); // bytes no build may publish
                lines.Add($"{webp[0]} {webp[1]} {format} {name}");
                planted++;
            }
            File.WriteAllLines(index, lines);
        }
        Assert.True(planted >= 5, $"{planted} files of an earlier version");

        var upgraded = new SiteEngine(_site.Options()); // a new process, as the first build after the upgrade
        var result = upgraded.Build();

        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal(expected, result.Files.Select(f => (f.Path, Hash(f))).ToList());
        Assert.Equal(0, upgraded.ImageStore.Encoded);
        Assert.DoesNotContain(Directory.EnumerateFiles(cache, "*", SearchOption.AllDirectories), f => File.ReadAllBytes(f) is [1, 2, 3]);
        var again = new SiteEngine(_site.Options());
        Assert.Equal(expected, again.Build().Files.Select(f => (f.Path, Hash(f))).ToList());
        Assert.Equal(0, again.ImageStore.Encoded);
    }

    [Fact]
    public void ThePreviewEncodesNothingAgainWhenNoImageChanged()
    {
        var engine = new SiteEngine(_site.Options());
        engine.Build();
        var encoded = engine.ImageStore.Encoded;
        _site.Write("input/stories/2026-11-01-tuin.md", File.ReadAllText(Path.Combine(_site.Root, "input/stories/2026-11-01-tuin.md"))
            .Replace("Ria vertelt over haar tuin.", "Ria vertelt graag over haar tuin."));
        Assert.True(engine.Build().Succeeded);
        Assert.Equal(encoded, engine.ImageStore.Encoded);
    }

    [Fact]
    public void PublishOriginalsPublishesTheFileItselfWhenTheSettingsAskForIt()
    {
        _site.Write("statiq.config", File.ReadAllText(Path.Combine(_site.Root, "statiq.config")) + "\nimages:\n  publish_originals: true\n");
        var result = Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal(File.ReadAllBytes(Path.Combine(_site.Root, "input/assets/img/tuin.jpg")), File.ReadAllBytes(CopyOf(result, "assets/img/tuin.jpg")));
        // The JPEG a browser without WebP takes, and feeds give, is then at an address of its own: not the whole photo.
        using (var fallback = Decode(CopyOf(result, "assets/img/tuin-1200.jpg"))) Assert.Equal((1200, 1600), (fallback.Width, fallback.Height));
        Assert.Equal("/assets/img/tuin-1200.jpg", result.Html("verhalen/tuin/index.html").QuerySelector("figure.cover img")!.GetAttribute("src"));
        var item = System.Xml.Linq.XDocument.Parse(result.Text("verhalen/feed.xml")).Descendants("item")
            .Single(i => i.Element("link")!.Value.EndsWith("/verhalen/tuin/", StringComparison.Ordinal));
        Assert.EndsWith("/assets/img/tuin-1200.jpg", item.Element("enclosure")!.Attribute("url")!.Value);
    }

    private static string Hash(Output.OutputFile f) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(f.Bytes ?? File.ReadAllBytes(f.CopyFrom!)));
}
