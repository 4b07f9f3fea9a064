using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using SkiaSharp;

namespace Thuisbasis.Tests.Images;

/// <summary>
/// Real image files made in the test: a phone-like JPEG with an EXIF block (orientation, GPS position, camera and
/// photographer), an XMP packet, an IPTC block and a comment; a PNG with text chunks; a WebP.
/// </summary>
public static class TestImages
{
    public const string Photographer = "Fotograaf Jansen";
    public const string Camera = "Testcamera-TB";
    public const string XmpCreator = "XMP-maker-Pietersen";
    public const string IptcByline = "IPTC-byline-Klaassen";
    public const string Comment = "JPEG-commentaar-geheim";

    /// <summary>A picture stored sideways: left half red, right half blue, as the sensor wrote it.</summary>
    public static SKBitmap TwoHalves(int width, int height, SKColor left, SKColor right)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using var canvas = new SKCanvas(bitmap);
        using var l = new SKPaint { Color = left };
        using var r = new SKPaint { Color = right };
        canvas.DrawRect(0, 0, width / 2f, height, l);
        canvas.DrawRect(width / 2f, 0, width / 2f, height, r);
        return bitmap;
    }

    /// <summary>A <see cref="TwoHalves"/> red and blue picture, stored sideways, as it must show at 480 wide: turned a quarter clockwise, red on top.</summary>
    public static void RedOnTopBlueBelow(SKBitmap upright)
    {
        var top = upright.GetPixel(upright.Width / 2, upright.Height * 5 / 32);
        var bottom = upright.GetPixel(upright.Width / 2, upright.Height * 27 / 32);
        Assert.True(top.Red > 200 && top.Blue < 60, $"top is {top}");
        Assert.True(bottom.Blue > 200 && bottom.Red < 60, $"bottom is {bottom}");
    }

    /// <summary>A copy of <paramref name="source"/> at another size, smoothly scaled (soft detail, as in a photo).</summary>
    public static SKBitmap Scale(SKBitmap source, int width, int height)
    {
        var scaled = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        source.ScalePixels(scaled, new SKSamplingOptions(SKCubicResampler.Mitchell));
        return scaled;
    }

    public static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality = 90)
    {
        using var data = bitmap.Encode(format, quality);
        return data.ToArray();
    }

    /// <summary>A JPEG of <paramref name="width"/>×<paramref name="height"/> stored pixels with all the metadata a phone writes.</summary>
    public static byte[] PhonePhoto(int width, int height, ushort orientation = 6)
    {
        using var bitmap = TwoHalves(width, height, SKColors.Red, SKColors.Blue);
        var jpeg = Encode(bitmap, SKEncodedImageFormat.Jpeg);
        return WithSegments(jpeg, Exif(orientation), Xmp(), Iptc(), CommentSegment());
    }

    /// <summary>Puts APPn/COM segments right after the start-of-image marker (and after a JFIF APP0 when there is one).</summary>
    public static byte[] WithSegments(byte[] jpeg, params byte[][] segments)
    {
        var at = 2;
        if (jpeg[2] == 0xFF && jpeg[3] == 0xE0) at = 4 + BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(4));
        using var result = new MemoryStream();
        result.Write(jpeg, 0, at);
        foreach (var s in segments) result.Write(s);
        result.Write(jpeg, at, jpeg.Length - at);
        return result.ToArray();
    }

    public static byte[] Segment(byte marker, byte[] payload)
    {
        var s = new byte[4 + payload.Length];
        s[0] = 0xFF;
        s[1] = marker;
        BinaryPrimitives.WriteUInt16BigEndian(s.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(s, 4);
        return s;
    }

    /// <summary>
    /// An EXIF APP1 segment (little-endian TIFF): IFD0 with Make, Orientation, Artist and a pointer to a GPS IFD holding
    /// latitude 52°22'N and longitude 4°53'E.
    /// </summary>
    public static byte[] Exif(ushort orientation)
    {
        var tiff = new List<byte>();
        void U16(int v) { tiff.Add((byte)v); tiff.Add((byte)(v >> 8)); }
        void U32(long v) { for (var i = 0; i < 4; i++) tiff.Add((byte)(v >> (8 * i))); }
        var make = Encoding.ASCII.GetBytes(Camera + "\0");
        var artist = Encoding.ASCII.GetBytes(Photographer + "\0");
        // Layout: header (8) | IFD0: 2 + 4*12 + 4 = 54 | make | artist | GPS IFD: 2 + 5*12 + 4 = 66 | lat (24) | lon (24)
        const int ifd0 = 8;
        var makeAt = ifd0 + 54;
        var artistAt = makeAt + make.Length;
        var gpsAt = artistAt + artist.Length;
        var latAt = gpsAt + 66;
        var lonAt = latAt + 24;
        tiff.AddRange("II"u8.ToArray()); U16(42); U32(ifd0);
        U16(4);
        U16(0x010F); U16(2); U32(make.Length); U32(makeAt);
        U16(0x0112); U16(3); U32(1); U16(orientation); U16(0);
        U16(0x013B); U16(2); U32(artist.Length); U32(artistAt);
        U16(0x8825); U16(4); U32(1); U32(gpsAt);
        U32(0);
        tiff.AddRange(make);
        tiff.AddRange(artist);
        U16(5);
        U16(0x0000); U16(1); U32(4); tiff.AddRange(new byte[] { 2, 2, 0, 0 });
        U16(0x0001); U16(2); U32(2); tiff.AddRange("N\0\0\0"u8.ToArray());
        U16(0x0002); U16(5); U32(3); U32(latAt);
        U16(0x0003); U16(2); U32(2); tiff.AddRange("E\0\0\0"u8.ToArray());
        U16(0x0004); U16(5); U32(3); U32(lonAt);
        U32(0);
        foreach (var (n, d) in new[] { (52, 1), (22, 1), (1234, 100), (4, 1), (53, 1), (4321, 100) }) { U32(n); U32(d); }
        return Segment(0xE1, [.. "Exif\0\0"u8.ToArray(), .. tiff]);
    }

    private static byte[] Xmp() => Segment(0xE1, Encoding.UTF8.GetBytes(
        "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">" +
        $"<rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>{XmpCreator}</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>"));

    /// <summary>An APP13 Photoshop block with one IPTC record (2:80, By-line).</summary>
    private static byte[] Iptc()
    {
        var name = Encoding.ASCII.GetBytes(IptcByline);
        var iptc = new List<byte> { 0x1C, 2, 80, (byte)(name.Length >> 8), (byte)name.Length };
        iptc.AddRange(name);
        if (iptc.Count % 2 == 1) iptc.Add(0);
        var block = new List<byte>();
        block.AddRange("Photoshop 3.0\0"u8.ToArray());
        block.AddRange("8BIM"u8.ToArray());
        block.AddRange(new byte[] { 0x04, 0x04, 0, 0 });
        block.AddRange(new byte[] { 0, 0, (byte)(iptc.Count >> 8), (byte)iptc.Count });
        block.AddRange(iptc);
        return Segment(0xED, [.. block]);
    }

    private static byte[] CommentSegment() => Segment(0xFE, Encoding.ASCII.GetBytes(Comment));

    /// <summary>A PNG with a tEXt chunk naming its author, put before the image data.</summary>
    public static byte[] PngWithText(int width, int height, string author)
    {
        using var bitmap = TwoHalves(width, height, SKColors.Green, SKColors.Yellow);
        return WithChunk(Encode(bitmap, SKEncodedImageFormat.Png), "tEXt", Encoding.Latin1.GetBytes("Author\0" + author));
    }

    /// <summary>The PNG with a chunk of <paramref name="type"/> (with its CRC) right after the header, before the image data.</summary>
    public static byte[] WithChunk(byte[] png, string type, byte[] data)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32.HashToUInt32(chunk.AsSpan(4, 4 + data.Length)));
        const int afterHeader = 8 + 25; // signature and IHDR
        return [.. png.AsSpan(0, afterHeader), .. chunk, .. png.AsSpan(afterHeader)];
    }

    /// <summary>
    /// A screenshot-like PNG stored sideways (<see cref="TwoHalves"/> red and blue) with an <c>eXIf</c> chunk giving
    /// <paramref name="orientation"/>, before the image data as the PNG specification asks: browsers turn it.
    /// </summary>
    public static byte[] SidewaysPng(int width, int height, ushort orientation = 6)
    {
        using var bitmap = TwoHalves(width, height, SKColors.Red, SKColors.Blue);
        return WithChunk(Encode(bitmap, SKEncodedImageFormat.Png), "eXIf", Exif(orientation)[10..]); // the TIFF block, as eXIf holds it
    }

    /// <summary>Whether the bytes hold any of the markers of metadata: an EXIF, XMP, IPTC or comment block, or the test's names.</summary>
    public static IEnumerable<string> MetadataIn(byte[] bytes)
    {
        var text = Encoding.Latin1.GetString(bytes);
        foreach (var marker in new[] { "Exif\0\0", "http://ns.adobe.com/xap", "Photoshop 3.0", "8BIM", "EXIF", "XMP ", "tEXt", "iTXt", "eXIf",
                     Photographer, Camera, XmpCreator, IptcByline, Comment })
            if (text.Contains(marker, StringComparison.Ordinal)) yield return marker;
        // A JPEG's segments: only APP0 (JFIF), APP2 (ICC colour profile) and the image's own markers may be there.
        if (bytes.Length > 4 && bytes[0] == 0xFF && bytes[1] == 0xD8)
        {
            var at = 2;
            while (at + 4 <= bytes.Length && bytes[at] == 0xFF)
            {
                var marker = bytes[at + 1];
                if (marker == 0xDA) break;
                if (marker is 0xE1 or 0xED or 0xFE or (>= 0xE3 and <= 0xEF)) yield return $"segment FF{marker:X2}";
                at += 2 + BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(at + 2));
            }
        }
    }

    /// <summary>
    /// A phone's video as its boxes lie (the frames are stand-ins): the place in the movie's <c>udta/©xyz</c> and in
    /// Apple's <c>meta</c> keys, a name in a track's <c>udta</c>, and an XMP <c>uuid</c> box.
    /// </summary>
    public static byte[] PhoneVideo(bool withMetadata, int frames = 5000)
    {
        static byte[] Box(string type, params byte[][] content) =>
            [.. BitConverter.GetBytes(System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(8 + content.Sum(c => c.Length))),
             .. Encoding.Latin1.GetBytes(type), .. content.SelectMany(c => c)];
        static byte[] Text(string s) => Encoding.Latin1.GetBytes(s);
        var track = withMetadata
            ? Box("trak", Box("tkhd", new byte[84]), Box("udta", Box("\u00a9nam", Text("Thuis bij mevrouw Jansen"))))
            : Box("trak", Box("tkhd", new byte[84]));
        var movie = withMetadata
            ? Box("moov", Box("mvhd", new byte[100]),
                Box("udta", Box("\u00a9xyz", [0, 18, 0x15, 0xC7], Text("+52.3700+004.8900/"))),
                Box("meta", new byte[4], Box("hdlr", new byte[8], Text("mdta"), new byte[13]),
                    Box("keys", new byte[8], Text("com.apple.quicktime.location.ISO6709")),
                    Box("ilst", Box("item", Box("data", new byte[8], Text("+52.3700+004.8900+001.000/"))))),
                track)
            : Box("moov", Box("mvhd", new byte[100]), track);
        byte[] xmp = withMetadata
            ? Box("uuid", Convert.FromHexString("BE7ACFCB97A942E89C71999491E3AFAC"), Text("<x:xmpmeta><exif:GPSLatitude>52,22.2N</exif:GPSLatitude></x:xmpmeta>"))
            : [];
        return [.. Box("ftyp", Text("isom"), new byte[4], Text("isomiso2mp41")), .. movie, .. xmp, .. Box("mdat", Text(new string('v', frames)))];
    }

}
