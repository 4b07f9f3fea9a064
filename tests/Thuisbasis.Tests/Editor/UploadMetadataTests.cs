using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using System.Text.Json.Nodes;
using SkiaSharp;
using Thuisbasis.Preview.Editor;
using Thuisbasis.Tests.Images;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Editor;

/// <summary>
/// A photo uploaded in the web editor is saved into <c>input/assets/</c> and committed to Git; in a public repository the
/// place it was taken (EXIF GPS), the camera's serial number and the owner's name would be published with it. The saved
/// file keeps only what showing the photo needs, and its pixels' bytes are the uploaded ones (nothing is encoded again).
/// </summary>
public sealed class UploadMetadataTests : IDisposable
{
    private readonly FixtureSite _site = new();
    private readonly LocalBackend _backend;

    public UploadMetadataTests() => _backend = new LocalBackend(_site.Root);

    public void Dispose() => _site.Dispose();

    private const string Serial = "SERIENUMMER-4711";
    private const string Owner = "Eigenaar-de-Vries";
    private const string Trailer = "SAMSUNG-trailer-video";
    private const string Thumbnail = "DUIMNAGEL-in-exif";

    /// <summary>What was planted in the test photos; none of it may be in a saved file.</summary>
    private static readonly string[] Planted =
    [
        TestImages.Photographer, TestImages.Camera, TestImages.XmpCreator, TestImages.IptcByline, TestImages.Comment,
        Serial, Owner, Trailer, Thumbnail, "http://ns.adobe.com/xap", "Photoshop 3.0", "8BIM", "MPF\0", "FLIR",
        "tEXt", "zTXt", "iTXt", "eXIf", "tIME", "EXIF", "XMP ",
    ];

    private static IEnumerable<string> PlantedIn(byte[] bytes)
    {
        var text = Encoding.Latin1.GetString(bytes);
        return Planted.Where(p => text.Contains(p, StringComparison.Ordinal));
    }

    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Images", "Files", name));

    private byte[] Upload(string name, byte[] bytes)
    {
        var answer = (JsonObject)_backend.Run("persistMedia", new JsonObject
        {
            ["asset"] = new JsonObject { ["path"] = $"input/assets/img/{name}", ["content"] = Convert.ToBase64String(bytes), ["encoding"] = "base64" },
        }).Answer!;
        return File.ReadAllBytes(Path.Combine(_site.Root, (string)answer["path"]!));
    }

    // ---- the photos, as phones and programs write them ----

    private static byte[] Segment(byte marker, byte[] payload) => TestImages.Segment(marker, payload);

    /// <summary>
    /// A big-endian EXIF block as a phone writes it: IFD0 with Orientation, Make and an Exif IFD holding the body serial
    /// number and the owner (CameraOwnerName), a GPS IFD, and IFD1 pointing at an embedded thumbnail.
    /// </summary>
    private static byte[] PhoneExif(ushort orientation)
    {
        var t = new List<byte>();
        void U16(int v) { t.Add((byte)(v >> 8)); t.Add((byte)v); }
        void U32(long v) { for (var i = 3; i >= 0; i--) t.Add((byte)(v >> (8 * i))); }
        void Entry(int tag, int type, long count, long value) { U16(tag); U16(type); U32(count); if (type == 3 && count == 1) { U16((int)value); U16(0); } else U32(value); }
        var serial = Encoding.ASCII.GetBytes(Serial + "\0");
        var owner = Encoding.ASCII.GetBytes(Owner + "\0");
        var make = Encoding.ASCII.GetBytes(TestImages.Camera + "\0");
        byte[] thumb = [0xFF, 0xD8, .. Encoding.ASCII.GetBytes(Thumbnail), 0xFF, 0xD9];
        const int ifd0 = 8, ifd0Size = 2 + 4 * 12 + 4;
        const int exifIfd = ifd0 + ifd0Size, exifSize = 2 + 2 * 12 + 4;
        const int gpsIfd = exifIfd + exifSize, gpsSize = 2 + 2 * 12 + 4;
        const int ifd1 = gpsIfd + gpsSize, ifd1Size = 2 + 2 * 12 + 4;
        const int data = ifd1 + ifd1Size;
        var makeAt = data;
        var serialAt = makeAt + make.Length;
        var ownerAt = serialAt + serial.Length;
        var latAt = ownerAt + owner.Length;
        var thumbAt = latAt + 24;
        t.AddRange("MM"u8.ToArray()); U16(42); U32(ifd0);
        U16(4); Entry(0x010F, 2, make.Length, makeAt); Entry(0x0112, 3, 1, orientation); Entry(0x8769, 4, 1, exifIfd); Entry(0x8825, 4, 1, gpsIfd); U32(ifd1);
        U16(2); Entry(0xA430, 2, owner.Length, ownerAt); Entry(0xA431, 2, serial.Length, serialAt); U32(0);
        U16(2); Entry(0x0001, 2, 2, 0x4E000000); Entry(0x0002, 5, 3, latAt); U32(0);
        U16(2); Entry(0x0201, 4, 1, thumbAt); Entry(0x0202, 4, 1, thumb.Length); U32(0);
        t.AddRange(make); t.AddRange(serial); t.AddRange(owner);
        foreach (var (n, d) in new[] { (52, 1), (22, 1), (1234, 100) }) { U32(n); U32(d); }
        t.AddRange(thumb);
        return Segment(0xE1, [.. "Exif\0\0"u8, .. t]);
    }

    private static byte[] Ascii(string s) => Encoding.ASCII.GetBytes(s);

    /// <summary>The APPn segments a phone photo carries besides EXIF: XMP, extended XMP, IPTC, MPF, FLIR, a comment.</summary>
    private static byte[][] PhoneSegments() =>
    [
        Segment(0xE1, Ascii($"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><dc:creator>{TestImages.XmpCreator}</dc:creator></x:xmpmeta>")),
        Segment(0xE1, Ascii($"http://ns.adobe.com/xmp/extension/\0ABCDEF<exif:GPSLatitude>52,22.2N</exif:GPSLatitude>{Owner}")),
        Segment(0xED, [.. Ascii("Photoshop 3.0\08BIM"), 0x04, 0x04, 0, 0, 0, 0, 0, (byte)(5 + TestImages.IptcByline.Length),
            0x1C, 2, 80, 0, (byte)TestImages.IptcByline.Length, .. Ascii(TestImages.IptcByline)]),
        Segment(0xE2, Ascii($"MPF\0II*\0{TestImages.Photographer}")),
        Segment(0xE1, Ascii($"FLIR\0{Serial}")),
        Segment(0xEB, Ascii($"JP\0{Owner}")),
        Segment(0xFE, Ascii(TestImages.Comment)),
    ];

    /// <summary>A colour profile that is not sRGB (Display P3, as an iPhone writes), so keeping it matters.</summary>
    private static readonly SKColorSpace DisplayP3 = SKColorSpace.CreateRgb(SKColorSpaceTransferFn.Srgb, SKColorSpaceXyz.DisplayP3);

    private static SKBitmap Picture(int width, int height, SKColorSpace? colours = null)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul, colours));
        using var canvas = new SKCanvas(bitmap);
        using var shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height),
            [SKColors.Red, SKColors.Yellow, SKColors.Blue], SKShaderTileMode.Clamp);
        using var paint = new SKPaint { Shader = shader };
        canvas.DrawRect(0, 0, width, height, paint);
        using var left = new SKPaint { Color = SKColors.Red };
        canvas.DrawRect(0, 0, width / 2f, height / 4f, left);
        return bitmap;
    }

    /// <summary>A phone's JPEG: stored sideways (orientation 6) with a P3 profile, every kind of metadata and a trailer after the end.</summary>
    private static byte[] PhoneJpeg(ushort orientation = 6)
    {
        using var bitmap = Picture(320, 240, DisplayP3);
        var jpeg = TestImages.Encode(bitmap, SKEncodedImageFormat.Jpeg);
        return [.. TestImages.WithSegments(jpeg, [PhoneExif(orientation), .. PhoneSegments()]), .. Ascii(Trailer)];
    }

    private static List<(byte Marker, byte[] Payload)> JpegSegments(byte[] b)
    {
        var found = new List<(byte, byte[])>();
        for (var at = 2; at + 4 <= b.Length && b[at] == 0xFF && b[at + 1] != 0xDA;)
        {
            var length = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(at + 2));
            found.Add((b[at + 1], b[(at + 4)..(at + 2 + length)]));
            at += 2 + length;
        }
        return found;
    }

    /// <summary>The bytes from the first scan to the end: the compressed pixels.</summary>
    private static byte[] Scans(byte[] b)
    {
        var at = 2;
        while (b[at + 1] != 0xDA) at += 2 + BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(at + 2));
        var end = b.Length - 1;
        while (!(b[end - 1] == 0xFF && b[end] == 0xD9)) end--;
        return b[at..(end + 1)];
    }

    private static byte[] Pixels(byte[] bytes)
    {
        using var bitmap = SKBitmap.Decode(bytes);
        Assert.NotNull(bitmap);
        return bitmap.GetPixelSpan().ToArray();
    }

    private static SKEncodedOrigin Origin(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        return codec.EncodedOrigin;
    }

    /// <summary>The orientation in a JPEG's EXIF, read by hand: the only tag the saved EXIF may hold.</summary>
    private static (int Tags, int Orientation) ExifTags(byte[] app1)
    {
        var tiff = app1[6..];
        var little = tiff[0] == (byte)'I';
        int U16(int at) => little ? BinaryPrimitives.ReadUInt16LittleEndian(tiff[at..]) : BinaryPrimitives.ReadUInt16BigEndian(tiff[at..]);
        int U32(int at) => (int)(little ? BinaryPrimitives.ReadUInt32LittleEndian(tiff[at..]) : BinaryPrimitives.ReadUInt32BigEndian(tiff[at..]));
        Assert.Equal(42, U16(2));
        var ifd = U32(4);
        var count = U16(ifd);
        var orientation = 0;
        for (var i = 0; i < count; i++)
            if (U16(ifd + 2 + 12 * i) == 0x0112) orientation = U16(ifd + 2 + 12 * i + 8);
        Assert.Equal(0, U32(ifd + 2 + 12 * count)); // no IFD1: no thumbnail
        return (count, orientation);
    }

    // ---- JPEG ----

    [Fact]
    public void ThePlantedPhotoCarriesEverything()
    {
        var photo = PhoneJpeg();
        Assert.Equal(Planted.Take(14), PlantedIn(photo));
        Assert.Equal(SKEncodedOrigin.RightTop, Origin(photo));
    }

    [Fact]
    public void AJpegFromAPhoneIsSavedWithoutPlaceSerialOwnerXmpIptcCommentThumbnailOrTrailer()
    {
        var photo = PhoneJpeg();

        var saved = Upload("IMG_2041.jpg", photo);

        Assert.Empty(PlantedIn(saved));
        // Only the JFIF header, the one minimal EXIF, the colour profile and the image's own segments are left.
        var segments = JpegSegments(saved);
        Assert.All(segments, s => Assert.True(s.Marker is 0xE0 or 0xE1 or 0xE2 or 0xDB or 0xC4 or 0xC0 or 0xC2 or 0xDD, $"segment FF{s.Marker:X2}"));
        var exif = Assert.Single(segments, s => s.Marker == 0xE1).Payload;
        Assert.Equal("Exif\0\0"u8.ToArray(), exif[..6]);
        Assert.Equal(6 + 8 + 2 + 12 + 4, exif.Length);
        Assert.All(segments.Where(s => s.Marker == 0xE2), s => Assert.Equal("ICC_PROFILE\0"u8.ToArray(), s.Payload[..12]));
        Assert.True(saved.AsSpan().EndsWith(new byte[] { 0xFF, 0xD9 }), "the file ends with its end-of-image marker");
    }

    [Fact]
    public void TheSavedJpegHasTheSamePixelsTheSameCompressedBytesAndTheColourProfile()
    {
        var photo = PhoneJpeg();

        var saved = Upload("IMG_2041.jpg", photo);

        Assert.Equal(Scans(photo), Scans(saved));
        Assert.Equal(Pixels(photo), Pixels(saved));
        Assert.Equal(JpegSegments(photo).Where(s => s.Marker == 0xE2 && s.Payload.AsSpan().StartsWith("ICC_PROFILE\0"u8)).Select(s => s.Payload),
            JpegSegments(saved).Where(s => s.Marker == 0xE2).Select(s => s.Payload));
        using var data = SKData.CreateCopy(saved);
        using var codec = SKCodec.Create(data);
        Assert.False(codec.Info.ColorSpace.IsSrgb);
    }

    [Theory]
    [InlineData(6, SKEncodedOrigin.RightTop)]
    [InlineData(3, SKEncodedOrigin.BottomRight)]
    [InlineData(8, SKEncodedOrigin.LeftBottom)]
    public void TheOrientationIsKeptInAMinimalExifWithOnlyThatTag(ushort orientation, SKEncodedOrigin origin)
    {
        var saved = Upload("IMG_2041.jpg", PhoneJpeg(orientation));

        var exif = Assert.Single(JpegSegments(saved), s => s.Marker == 0xE1).Payload;
        Assert.Equal((1, orientation), ExifTags(exif));
        Assert.Equal(origin, Origin(saved));
    }

    [Fact]
    public void AnUprightPhotoGetsNoExifAtAll()
    {
        var saved = Upload("IMG_2041.jpg", PhoneJpeg(orientation: 1));

        Assert.DoesNotContain(JpegSegments(saved), s => s.Marker == 0xE1);
        Assert.Equal(SKEncodedOrigin.TopLeft, Origin(saved));
    }

    [Fact]
    public void ThePublishedVariantsOfAnUploadedSidewaysPhotoAreStillUpright()
    {
        // Stored 2400×1800 sideways: left half red, right half blue. Upright the red half is on top.
        var photo = TestImages.WithSegments(TestImages.Encode(TestImages.TwoHalves(2400, 1800, SKColors.Red, SKColors.Blue), SKEncodedImageFormat.Jpeg),
            [PhoneExif(6), .. PhoneSegments()]);
        _backend.Run("persistEntry", new JsonObject
        {
            ["entry"] = new JsonObject
            {
                ["slug"] = "2026-11-01-tuin", ["path"] = "input/stories/2026-11-01-tuin.md",
                ["raw"] = "---\ntitle: Tuin\ndate: 2026-11-01\nauthor: anouk-visser\nimage: /assets/img/tuin.jpg\nimage_alt: Een border met rode en blauwe bloemen.\n---\nTekst.\n",
            },
            ["assets"] = new JsonArray(new JsonObject { ["path"] = "input/assets/img/tuin.jpg", ["content"] = Convert.ToBase64String(photo), ["encoding"] = "base64" }),
        });
        Assert.Empty(PlantedIn(File.ReadAllBytes(Path.Combine(_site.Root, "input/assets/img/tuin.jpg"))));

        var result = _site.Build();

        Assert.True(result.Succeeded, result.Describe());
        foreach (var (path, size) in new[] { ("assets/img/tuin-480.webp", (480, 640)), ("assets/img/tuin.jpg", (1200, 1600)) })
        {
            var file = result.Files.Single(f => f.Path == path);
            using var upright = SKBitmap.Decode(file.Bytes ?? File.ReadAllBytes(file.CopyFrom!));
            Assert.Equal(size, (upright.Width, upright.Height));
            TestImages.RedOnTopBlueBelow(upright);
        }
    }

    [Fact]
    public void ACmykJpegKeepsItsAdobeSegmentAndDecodesTheSame()
    {
        // A YCCK JPEG (from a print designer's program): without the Adobe segment its colours come out wrong.
        var photo = TestImages.WithSegments(Fixture("cmyk.jpg"), [PhoneExif(1), .. PhoneSegments()]);

        var saved = Upload("folder.jpg", photo);

        Assert.Empty(PlantedIn(saved));
        Assert.Contains(JpegSegments(saved), s => s.Marker == 0xEE && s.Payload.AsSpan().StartsWith("Adobe"u8));
        Assert.Equal(Pixels(photo), Pixels(saved));
        Assert.Equal(Pixels(Fixture("cmyk.jpg")), Pixels(saved));
    }

    [Fact]
    public void AProgressiveJpegKeepsAllItsScansAndTheTablesBetweenThem()
    {
        var jpeg = Fixture("progressief.jpg");
        Assert.True(Scans(jpeg).AsSpan(2).IndexOf(new byte[] { 0xFF, 0xDA }) > 0, "the fixture has more than one scan");
        byte[] photo = [.. TestImages.WithSegments(jpeg, [PhoneExif(6), .. PhoneSegments()]), .. Ascii(Trailer)];

        var saved = Upload("progressief.jpg", photo);

        Assert.Empty(PlantedIn(saved));
        Assert.Equal(Scans(jpeg), Scans(saved));
        Assert.Equal(Pixels(jpeg), Pixels(saved));
    }

    // ---- PNG ----

    private static byte[] Chunk(string type, byte[] data)
    {
        var c = new byte[12 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(c, (uint)data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(c, 4);
        data.CopyTo(c, 8);
        BinaryPrimitives.WriteUInt32BigEndian(c.AsSpan(8 + data.Length), Crc32.HashToUInt32(c.AsSpan(4, 4 + data.Length)));
        return c;
    }

    private static List<string> PngChunks(byte[] b)
    {
        var types = new List<string>();
        for (var at = 8; at + 12 <= b.Length;)
        {
            types.Add(Encoding.ASCII.GetString(b, at + 4, 4));
            at += 12 + (int)BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(at));
        }
        return types;
    }

    [Fact]
    public void APngIsSavedWithoutTextExifAndTimeButWithItsProfileAndPixels()
    {
        using var bitmap = Picture(300, 200, DisplayP3);
        var png = TestImages.Encode(bitmap, SKEncodedImageFormat.Png);
        var afterHeader = 8 + 25;
        var exif = PhoneExif(1)[10..]; // the TIFF block, as eXIf holds it; upright (a sideways one: below)
        byte[] planted =
        [
            .. png[..afterHeader],
            .. Chunk("tEXt", Ascii($"Author\0{TestImages.Photographer}")),
            .. Chunk("zTXt", [.. Ascii("Comment\0"), 0, 0x78, 0x9C, 0x03, 0, 0, 0, 0, 1]),
            .. Chunk("iTXt", Ascii($"XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta>{TestImages.XmpCreator}</x:xmpmeta>")),
            .. Chunk("eXIf", exif),
            .. Chunk("tIME", [0x07, 0xEA, 12, 6, 10, 30, 0]),
            .. Chunk("prVt", Ascii(Owner)),
            .. png[afterHeader..],
            .. Ascii(Trailer),
        ];

        var saved = Upload("scherm.png", planted);

        Assert.Empty(PlantedIn(saved));
        Assert.Equal(PngChunks(png), PngChunks(saved));
        Assert.Contains("iCCP", PngChunks(saved));
        Assert.Equal(png, saved);
        Assert.Equal(Pixels(planted), Pixels(saved));
    }

    // ---- WebP ----

    private static byte[] RiffChunk(string type, byte[] data) =>
        [.. Ascii(type), .. BitConverter.GetBytes(data.Length), .. data, .. data.Length % 2 == 1 ? new byte[1] : []];

    private static List<(string Type, byte[] Data)> WebpChunks(byte[] b)
    {
        var found = new List<(string, byte[])>();
        for (var at = 12; at + 8 <= b.Length;)
        {
            var size = BinaryPrimitives.ReadInt32LittleEndian(b.AsSpan(at + 4));
            found.Add((Encoding.ASCII.GetString(b, at, 4), b[(at + 8)..(at + 8 + size)]));
            at += 8 + size + size % 2;
        }
        return found;
    }

    [Fact]
    public void AWebpIsSavedWithoutExifAndXmpAndTheirFlagsButWithItsProfile()
    {
        using var bitmap = Picture(300, 200, DisplayP3);
        var webp = TestImages.Encode(bitmap, SKEncodedImageFormat.Webp, 80);
        var chunks = WebpChunks(webp);
        Assert.Equal("VP8X", chunks[0].Type); // a profile makes Skia write the extended format
        Assert.Contains(chunks, c => c.Type == "ICCP");
        var vp8x = (byte[])chunks[0].Data.Clone();
        vp8x[0] |= 0x08 | 0x04;
        var body = new List<byte>(Ascii("WEBP"));
        body.AddRange(RiffChunk("VP8X", vp8x));
        foreach (var c in chunks.Skip(1)) body.AddRange(RiffChunk(c.Type, c.Data));
        body.AddRange(RiffChunk("EXIF", PhoneExif(1)[10..]));
        body.AddRange(RiffChunk("XMP ", Ascii($"<x:xmpmeta>{TestImages.XmpCreator}</x:xmpmeta>")));
        byte[] planted = [.. Ascii("RIFF"), .. BitConverter.GetBytes(body.Count), .. body, .. Ascii(Trailer)];

        var saved = Upload("markt.webp", planted);

        Assert.Empty(PlantedIn(saved));
        var kept = WebpChunks(saved);
        Assert.Equal(chunks.Select(c => c.Type), kept.Select(c => c.Type));
        Assert.Equal(0, kept[0].Data[0] & (0x08 | 0x04));
        Assert.Equal(0x20, kept[0].Data[0] & 0x20); // the profile's flag stays
        Assert.Equal(webp, saved);
        Assert.Equal(Pixels(webp), Pixels(saved));
    }

    /// <summary>A WebP of the test picture with an EXIF chunk (as a phone's gallery app writes it) after the image data.</summary>
    private static byte[] WebpWithExif(byte[] webp, ushort orientation)
    {
        var chunks = WebpChunks(webp);
        var vp8x = (byte[])chunks[0].Data.Clone();
        vp8x[0] |= 0x08;
        var body = new List<byte>(Ascii("WEBP"));
        body.AddRange(RiffChunk("VP8X", vp8x));
        foreach (var c in chunks.Skip(1)) body.AddRange(RiffChunk(c.Type, c.Data));
        body.AddRange(RiffChunk("EXIF", PhoneExif(orientation)[10..]));
        return [.. Ascii("RIFF"), .. BitConverter.GetBytes(body.Count), .. body];
    }

    [Fact]
    public void ASidewaysWebpKeepsItsOrientationInAnExifChunkWithOnlyThatTag()
    {
        // Skia (and so the build) and browsers turn a WebP by its EXIF orientation: without it, the photo lies on its side.
        using var bitmap = Picture(300, 200, DisplayP3);
        var webp = TestImages.Encode(bitmap, SKEncodedImageFormat.Webp, 80);
        var planted = WebpWithExif(webp, 6);
        Assert.Equal(SKEncodedOrigin.RightTop, Origin(planted));

        var saved = Upload("markt.webp", planted);

        Assert.DoesNotContain(PlantedIn(saved), p => p != "EXIF");
        Assert.Equal(SKEncodedOrigin.RightTop, Origin(saved));
        var kept = WebpChunks(saved);
        Assert.Equal(0x08, kept[0].Data[0] & 0x08);
        var exif = Assert.Single(kept, c => c.Type == "EXIF").Data;
        Assert.Equal((1, 6), ExifTags([.. "Exif\0\0"u8, .. exif]));
        Assert.Equal(Pixels(webp), Pixels(saved));
    }

    [Fact]
    public void ASidewaysPngKeepsItsOrientationInAnExifChunkWithOnlyThatTag()
    {
        using var bitmap = Picture(300, 200);
        var png = TestImages.Encode(bitmap, SKEncodedImageFormat.Png);
        byte[] planted = [.. png[..33], .. Chunk("eXIf", PhoneExif(6)[10..]), .. png[33..]];

        var saved = Upload("scherm.png", planted);

        Assert.DoesNotContain(PlantedIn(saved), p => p != "eXIf");
        var chunks = PngChunks(saved);
        Assert.Equal("eXIf", chunks[1]);
        Assert.Single(chunks, c => c == "eXIf");
        var length = (int)BinaryPrimitives.ReadUInt32BigEndian(saved.AsSpan(33));
        var data = saved[(33 + 8)..(33 + 8 + length)];
        Assert.Equal((1, 6), ExifTags([.. "Exif\0\0"u8, .. data]));
        Assert.Equal(Crc32.HashToUInt32(saved.AsSpan(33 + 4, 4 + length)), BinaryPrimitives.ReadUInt32BigEndian(saved.AsSpan(33 + 8 + length)));
        Assert.Equal(Pixels(png), Pixels(saved));
    }

    // ---- GIF and AVIF: as they are published ----

    [Theory]
    [InlineData("locatie.gif")]
    [InlineData("locatie.avif")]
    public void AGifAndAnAvifAreSavedWithoutTheirPlaceAndName(string name)
    {
        var saved = Upload(name, Fixture(name));

        var text = Encoding.Latin1.GetString(saved);
        Assert.DoesNotContain(new[] { "Jansen", "Dorpsstraat", "GPSLatitude", "adobe:ns:meta" }, p => text.Contains(p, StringComparison.Ordinal));
        Assert.Equal(name.EndsWith(".gif") ? Thuisbasis.Images.MetadataFree.Gif(Fixture(name)) : Thuisbasis.Images.MetadataFree.Avif(Fixture(name)), saved);
    }

    // ---- what cannot be taken apart is refused ----

    [Fact]
    public void AJpegWhoseSegmentsCannotBeFollowedIsRefusedAndNothingIsSaved()
    {
        // Skia decodes it (it skips bytes it does not understand), but the segments cannot be walked: its EXIF would stay.
        var photo = PhoneJpeg();
        var jfif = 4 + BinaryPrimitives.ReadUInt16BigEndian(photo.AsSpan(4));
        byte[] broken = [.. photo[..jfif], .. Ascii("rommel"), .. photo[jfif..]];
        Assert.NotNull(SKBitmap.Decode(broken));

        RefusedAndNothingSaved("IMG_2041.jpg", broken);
    }

    [Fact]
    public void ABrokenGifIsRefusedAndNothingIsSaved()
    {
        var gif = Fixture("locatie.gif");

        RefusedAndNothingSaved("locatie.gif", gif[..(gif.Length / 2)]);
    }

    private void RefusedAndNothingSaved(string name, byte[] bytes)
    {
        var before = Directory.EnumerateFiles(_site.Root, "*", SearchOption.AllDirectories).Count();

        var refused = Record.Exception(() => Upload(name, bytes));

        Assert.NotNull(refused);
        Assert.Contains("niet veilig", refused.Message);
        Assert.Contains("Niets is opgeslagen", refused.Message);
        Assert.Equal(before, Directory.EnumerateFiles(_site.Root, "*", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public void AFileThatIsNoPhotoIsSavedAsItIs()
    {
        var pdf = Ascii("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

        Assert.Equal(pdf, Upload("jaarverslag.pdf", pdf));
    }
}
