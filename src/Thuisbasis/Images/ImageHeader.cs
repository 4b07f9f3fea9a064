using System.Buffers.Binary;
using System.Globalization;
using System.Xml;

namespace Thuisbasis.Images;

/// <summary>An image's pixel size and media type: what Open Graph tags, structured data and <c>&lt;img&gt;</c> need to say.</summary>
public sealed record ImageInfo(int? Width, int? Height, string MediaType);

/// <summary>
/// Reads width and height from the first bytes of PNG, GIF, JPEG and WebP files and from the root element of SVG files.
/// A few dozen lines instead of an imaging library: a build only needs the numbers, never the pixels.
/// </summary>
public static class ImageHeader
{
    private const int HeadLength = 32;

    /// <summary>The file's size and type, or null when it is not an image this reader knows.</summary>
    public static ImageInfo? Read(string fullPath)
    {
        if (!File.Exists(fullPath)) return null;
        using var stream = File.OpenRead(fullPath);
        if (Path.GetExtension(fullPath).Equals(".svg", StringComparison.OrdinalIgnoreCase))
        {
            var (w, h) = SvgSize(stream);
            return new ImageInfo(w, h, "image/svg+xml");
        }
        Span<byte> head = stackalloc byte[HeadLength];
        var read = stream.ReadAtLeast(head, HeadLength, throwOnEndOfStream: false);
        head = head[..read];
        if (Raster(head) is { } known) return new ImageInfo(known.Width, known.Height, known.Type);
        if (IsJpeg(head))
        {
            stream.Position = 2;
            var size = JpegSize(stream);
            return new ImageInfo(size?.Width, size?.Height, "image/jpeg");
        }
        return null;
    }

    /// <summary>PNG, GIF and WebP keep their size at a fixed place in the first 30 bytes.</summary>
    internal static (int Width, int Height, string Type)? Raster(ReadOnlySpan<byte> h)
    {
        if (h.Length >= 24 && h[..8].SequenceEqual((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
            return ((int)BinaryPrimitives.ReadUInt32BigEndian(h[16..]), (int)BinaryPrimitives.ReadUInt32BigEndian(h[20..]), "image/png");
        if (h.Length >= 10 && (h[..6].SequenceEqual("GIF87a"u8) || h[..6].SequenceEqual("GIF89a"u8)))
            return (BinaryPrimitives.ReadUInt16LittleEndian(h[6..]), BinaryPrimitives.ReadUInt16LittleEndian(h[8..]), "image/gif");
        if (h.Length >= 30 && h[..4].SequenceEqual("RIFF"u8) && h[8..12].SequenceEqual("WEBP"u8))
        {
            var chunk = h[12..16];
            if (chunk.SequenceEqual("VP8 "u8))
                return (BinaryPrimitives.ReadUInt16LittleEndian(h[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(h[28..]) & 0x3FFF, "image/webp");
            if (chunk.SequenceEqual("VP8L"u8))
            {
                var bits = BinaryPrimitives.ReadUInt32LittleEndian(h[21..]);
                return ((int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1, "image/webp");
            }
            if (chunk.SequenceEqual("VP8X"u8))
                return ((h[24] | h[25] << 8 | h[26] << 16) + 1, (h[27] | h[28] << 8 | h[29] << 16) + 1, "image/webp");
        }
        return null;
    }

    private static bool IsJpeg(ReadOnlySpan<byte> h) => h.Length >= 3 && h[0] == 0xFF && h[1] == 0xD8 && h[2] == 0xFF;

    /// <summary>Walks the JPEG segments (skipping Exif and the like) to the first start-of-frame marker.</summary>
    internal static (int Width, int Height)? JpegSize(Stream s)
    {
        Span<byte> buf = stackalloc byte[7];
        while (true)
        {
            var b = s.ReadByte();
            if (b < 0) return null;
            if (b != 0xFF) continue;
            var marker = s.ReadByte();
            while (marker == 0xFF) marker = s.ReadByte();
            if (marker < 0) return null;
            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7)) continue; // markers without a length
            if (marker == 0xD9) return null;
            if (s.ReadAtLeast(buf[..2], 2, false) < 2) return null;
            var length = BinaryPrimitives.ReadUInt16BigEndian(buf);
            var isFrame = marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
            if (isFrame)
            {
                if (s.ReadAtLeast(buf[..5], 5, false) < 5) return null;
                return (BinaryPrimitives.ReadUInt16BigEndian(buf[3..]), BinaryPrimitives.ReadUInt16BigEndian(buf[1..]));
            }
            if (length < 2) return null;
            s.Seek(length - 2, SeekOrigin.Current);
        }
    }

    /// <summary>Pixel size from <c>width</c>/<c>height</c> on the root element, else from its <c>viewBox</c>.</summary>
    internal static (int? Width, int? Height) SvgSize(Stream s)
    {
        try
        {
            using var xml = XmlReader.Create(s, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            if (xml.MoveToContent() != XmlNodeType.Element) return (null, null);
            var w = Length(xml.GetAttribute("width"));
            var h = Length(xml.GetAttribute("height"));
            if (w is not null && h is not null) return (w, h);
            var box = xml.GetAttribute("viewBox")?.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
            if (box is { Length: 4 } && Number(box[2]) is { } bw && Number(box[3]) is { } bh)
                return (w ?? (int)Math.Round(bw), h ?? (int)Math.Round(bh));
            return (w, h);
        }
        catch (XmlException)
        {
            return (null, null);
        }
    }

    /// <summary>"120", "120px" → 120; relative units ("100%", "3em") say nothing about pixels.</summary>
    private static int? Length(string? value)
    {
        if (value is null) return null;
        var v = value.Trim();
        if (v.EndsWith("px", StringComparison.Ordinal)) v = v[..^2];
        return Number(v) is { } n ? (int)Math.Round(n) : null;
    }

    private static double? Number(string v) =>
        double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}
