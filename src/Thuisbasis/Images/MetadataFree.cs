using System.Buffers.Binary;

namespace Thuisbasis.Images;

/// <summary>
/// GIF and AVIF files are published as they are (Skia cannot write a GIF's frames or read an AVIF), so what a camera or
/// an editing program put into them besides the pixels is taken out here: a phone's AVIF holds the place it was taken
/// (EXIF GPS) and a GIF can hold an XMP packet with the same, or a comment with a name. Null when the file is not a
/// well-formed GIF or AVIF: it is then not published (TB0131).
/// </summary>
public static class MetadataFree
{
    /// <summary>The files this class makes ready for publishing, by name.</summary>
    public static bool Handles(string url) => Path.GetExtension(url).ToLowerInvariant() is ".gif" or ".avif";

    public static byte[]? Copy(string url, byte[] bytes) =>
        Path.GetExtension(url).ToLowerInvariant() == ".gif" ? Gif(bytes) : Avif(bytes);

    /// <summary>
    /// The GIF without comments and without application blocks other than looping (NETSCAPE2.0, ANIMEXTS1.0) and the
    /// colour profile (ICCRGBG1012); XMP is such an application block. Frames, their timing and plain-text blocks stay.
    /// Anything after the end marker is left off as well.
    /// </summary>
    public static byte[]? Gif(byte[] b)
    {
        try
        {
            if (b.Length < 13 || !(b.AsSpan(0, 6).SequenceEqual("GIF87a"u8) || b.AsSpan(0, 6).SequenceEqual("GIF89a"u8))) return null;
            var output = new MemoryStream(b.Length);
            var at = 13 + ColourTable(b[10]);
            output.Write(b, 0, at);
            while (true)
            {
                var start = at;
                switch (b[at])
                {
                    case 0x3B: // the end
                        output.WriteByte(0x3B);
                        return output.ToArray();
                    case 0x2C: // a frame: its descriptor, colour table, code size and data
                        at = SubBlocks(b, at + 10 + ColourTable(b[at + 9]) + 1);
                        output.Write(b, start, at - start);
                        break;
                    case 0x21: // an extension
                        var label = b[at + 1];
                        var application = label == 0xFF && b[at + 2] == 11 ? System.Text.Encoding.ASCII.GetString(b, at + 3, 11) : null;
                        at = SubBlocks(b, at + 2);
                        if (label is 0xF9 or 0x01 || application is "NETSCAPE2.0" or "ANIMEXTS1.0" or "ICCRGBG1012")
                            output.Write(b, start, at - start);
                        break;
                    default:
                        return null;
                }
            }
        }
        catch (IndexOutOfRangeException) { return null; }
        catch (ArgumentException) { return null; }

        static int ColourTable(byte packed) => (packed & 0x80) == 0 ? 0 : 3 << ((packed & 7) + 1);

        // Data sub-blocks: a length byte and that many bytes, until a length of 0. Returns the position after it.
        static int SubBlocks(byte[] b, int at)
        {
            while (b[at] != 0) at += b[at] + 1;
            return at + 1;
        }
    }

    /// <summary>
    /// The AVIF with the data of its EXIF and XMP items (ISO/IEC 23008-12: the item types <c>Exif</c> and <c>mime</c>
    /// in <c>iinf</c>, located by <c>iloc</c>) overwritten with zeros. Every offset in the file stays valid, and the
    /// image items are untouched.
    /// </summary>
    public static byte[]? Avif(byte[] source)
    {
        try
        {
            if (Box(source, 0) is not ("ftyp", _, _)) return null;
            var b = (byte[])source.Clone();
            for (var at = 0; at < b.Length;)
            {
                var (type, content, end) = Box(b, at);
                if (type == "meta" && !Clear(b, content + 4, end)) return null; // a full box: version and flags first
                at = end;
            }
            return b;
        }
        catch (IndexOutOfRangeException) { return null; }
        catch (ArgumentException) { return null; }
    }

    /// <summary>Zeros the data of the metadata items of the <c>meta</c> box whose children lie between the positions.</summary>
    private static bool Clear(byte[] b, int from, int to)
    {
        var metadata = new HashSet<uint>();
        (int Start, int End)? iloc = null;
        var idat = -1;
        for (var at = from; at < to;)
        {
            var (type, content, end) = Box(b, at);
            if (type == "iinf") Items(b, content, end, metadata);
            else if (type == "iloc") iloc = (content, end);
            else if (type == "idat") idat = content;
            at = end;
        }
        if (metadata.Count == 0) return true;
        if (iloc is not { } box) return false;
        var version = b[box.Start];
        var p = box.Start + 4;
        int offsetSize = b[p] >> 4, lengthSize = b[p] & 15, baseSize = b[p + 1] >> 4, indexSize = version >= 1 ? b[p + 1] & 15 : 0;
        p += 2;
        var count = version < 2 ? Read(b, ref p, 2) : Read(b, ref p, 4);
        for (ulong i = 0; i < count; i++)
        {
            var id = (uint)(version < 2 ? Read(b, ref p, 2) : Read(b, ref p, 4));
            var construction = version >= 1 ? (int)(Read(b, ref p, 2) & 15) : 0;
            p += 2; // data reference index
            var baseOffset = Read(b, ref p, baseSize);
            var extents = Read(b, ref p, 2);
            for (ulong e = 0; e < extents; e++)
            {
                Read(b, ref p, indexSize);
                var offset = Read(b, ref p, offsetSize);
                var length = Read(b, ref p, lengthSize);
                if (!metadata.Contains(id)) continue;
                if (construction > 1 || construction == 1 && idat < 0 || length == 0) return false;
                // Offsets from a damaged file can be anything: beyond the file is refused before any sum can overflow.
                if (baseOffset > (ulong)b.Length || offset > (ulong)b.Length || length > (ulong)b.Length) return false;
                var start = (long)baseOffset + (long)offset + (construction == 1 ? idat : 0);
                if (start + (long)length > b.Length) return false;
                Array.Clear(b, (int)start, (int)length);
            }
        }
        return true;
    }

    /// <summary>The ids of the EXIF and XMP items listed in an <c>iinf</c> box.</summary>
    private static void Items(byte[] b, int content, int end, HashSet<uint> metadata)
    {
        var p = content + 4;
        p += b[content] == 0 ? 2 : 4; // entry count
        while (p < end)
        {
            var (type, infe, next) = Box(b, p);
            if (type == "infe" && b[infe] >= 2)
            {
                var q = infe + 4;
                var id = (uint)(b[infe] == 2 ? Read(b, ref q, 2) : Read(b, ref q, 4));
                q += 2; // protection index
                var itemType = System.Text.Encoding.ASCII.GetString(b, q, 4);
                if (itemType is "Exif" or "mime") metadata.Add(id);
            }
            p = next;
        }
    }

    /// <summary>
    /// A file uploaded in the web editor as it is saved into <c>input/assets/</c> (and so into Git, often a public
    /// repository): a JPEG, PNG, WebP, GIF or AVIF, recognised by its first bytes, without what a phone or a program
    /// wrote into it besides the picture (the place it was taken, the camera's serial number, the owner, thumbnails),
    /// the compressed pixels byte for byte as they were. Any other file (a PDF) comes back as it is. Null when the file
    /// is, by its name or its first bytes, such an image but cannot be taken apart: it is then not saved at all.
    /// </summary>
    public static byte[]? ForUpload(string name, byte[] bytes)
    {
        var b = bytes.AsSpan();
        if (b.StartsWith([(byte)0xFF, (byte)0xD8, (byte)0xFF])) return Jpeg(bytes);
        if (b.StartsWith(PngSignature)) return Png(bytes);
        if (b.Length >= 12 && b.StartsWith("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8)) return Webp(bytes);
        if (b.StartsWith("GIF8"u8)) return Gif(bytes);
        if (b.Length >= 12 && b[4..8].SequenceEqual("ftyp"u8) && (b[8..12].SequenceEqual("avif"u8) || b[8..12].SequenceEqual("avis"u8))) return Avif(bytes);
        return ImageFormats.FromName(name) is not null || Handles(name) ? null : bytes;
    }

    /// <summary>
    /// The JPEG with only the segments that showing it needs: the JFIF header (without its thumbnail), the colour profile
    /// (APP2 <c>ICC_PROFILE</c>), Adobe's APP14 (without it a CMYK photo shows in the wrong colours), and the tables,
    /// frame and scans. EXIF, XMP, IPTC, comments and the other APPn segments (maker notes, a second image for MPF) go,
    /// and so does anything after the end marker (a Samsung trailer, a motion photo's video). An orientation other than
    /// upright is written back as an EXIF block holding that one tag, or the photo would show on its side.
    /// </summary>
    public static byte[]? Jpeg(byte[] b)
    {
        try
        {
            if (b.Length < 4 || b[0] != 0xFF || b[1] != 0xD8) return null;
            byte[]? jfif = null;
            var orientation = 0;
            var rest = new MemoryStream(b.Length);
            bool frame = false, scan = false;
            var at = 2;
            while (true)
            {
                if (at >= b.Length && scan) break; // the scan runs to the end of the file: its end marker is added
                if (b[at] != 0xFF) return null; // bytes between segments: the structure cannot be trusted
                while (b[at] == 0xFF) at++; // fill bytes
                var marker = b[at++];
                if (marker == 0xD9) break;
                if (marker is 0x01 or (>= 0xD0 and <= 0xD8)) return null; // no segment of its own here
                var length = b[at] << 8 | b[at + 1];
                if (length < 2 || at + length > b.Length) return null;
                var payload = b.AsSpan(at + 2, length - 2);
                var segment = b.AsSpan(at - 2, length + 2);
                at += length;
                switch (marker)
                {
                    case 0xE0 when payload.StartsWith("JFIF\0"u8) && payload.Length >= 14 && jfif is null:
                        // Version, units and density; a thumbnail after them is left off.
                        jfif = [0xFF, 0xE0, 0, 16, .. payload[..12], 0, 0];
                        break;
                    case 0xE1:
                        if (payload.StartsWith("Exif\0\0"u8) && orientation == 0) orientation = Orientation(payload[6..]);
                        break;
                    case 0xE2 when payload.StartsWith("ICC_PROFILE\0"u8):
                    case 0xEE when payload.StartsWith("Adobe"u8):
                        rest.Write(segment);
                        break;
                    case >= 0xE0 and <= 0xEF or 0xFE:
                        break;
                    case 0xDA:
                        if (!frame) return null;
                        scan = true;
                        rest.Write(segment);
                        var end = ScanEnd(b, at);
                        rest.Write(b, at, end - at);
                        at = end;
                        break;
                    default:
                        frame |= marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
                        rest.Write(segment);
                        break;
                }
            }
            if (!scan) return null;
            rest.Write([0xFF, 0xD9]);
            var output = new MemoryStream(b.Length);
            output.Write([0xFF, 0xD8]);
            if (jfif is not null) output.Write(jfif);
            if (orientation is > 1 and <= 8) output.Write(OrientationExif(orientation));
            rest.Position = 0;
            rest.CopyTo(output);
            return output.ToArray();
        }
        catch (IndexOutOfRangeException) { return null; }
        catch (ArgumentException) { return null; }
    }

    /// <summary>Where a scan's compressed data ends: at the first marker that is not a restart marker or an escaped 0xFF.</summary>
    private static int ScanEnd(byte[] b, int at)
    {
        while (true)
        {
            var next = b.AsSpan(at).IndexOf((byte)0xFF);
            if (next < 0 || at + next + 1 >= b.Length) return b.Length;
            at += next + 1;
            if (b[at] != 0 && b[at] is not (>= 0xD0 and <= 0xD7) && b[at] != 0xFF) return at - 1;
        }
    }

    /// <summary>The Orientation tag (0x0112) of IFD0 of an EXIF block's TIFF structure; 0 when it has none or cannot be read.</summary>
    private static int Orientation(ReadOnlySpan<byte> tiff)
    {
        if (tiff.Length < 8) return 0;
        var little = tiff[0] == 'I' && tiff[1] == 'I';
        if (!little && !(tiff[0] == 'M' && tiff[1] == 'M')) return 0;
        int U16(ReadOnlySpan<byte> s) => little ? BinaryPrimitives.ReadUInt16LittleEndian(s) : BinaryPrimitives.ReadUInt16BigEndian(s);
        var ifd = little ? BinaryPrimitives.ReadUInt32LittleEndian(tiff[4..]) : BinaryPrimitives.ReadUInt32BigEndian(tiff[4..]);
        if (U16(tiff[2..]) != 42 || ifd > (uint)tiff.Length - 2) return 0;
        var count = U16(tiff[(int)ifd..]);
        for (var i = 0; i < count; i++)
        {
            var entry = (int)ifd + 2 + 12 * i;
            if (entry + 12 > tiff.Length) return 0;
            if (U16(tiff[entry..]) == 0x0112 && U16(tiff[(entry + 2)..]) == 3) return U16(tiff[(entry + 8)..]);
        }
        return 0;
    }

    /// <summary>
    /// The orientation in a PNG's <c>eXIf</c> chunk (1 to 8), 0 when it has none or is not a PNG. Browsers turn a PNG by
    /// it; Skia's PNG reader does not, so the pixel work asks here.
    /// </summary>
    public static int PngOrientation(ReadOnlySpan<byte> b)
    {
        if (!b.StartsWith(PngSignature)) return 0;
        for (var at = 8; at + 12 <= b.Length; )
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(b[at..]);
            if (length > int.MaxValue || at + 12 + (long)length > b.Length) return 0;
            var type = b.Slice(at + 4, 4);
            if (type.SequenceEqual("eXIf"u8)) return Orientation(b.Slice(at + 8, (int)length)) is var o and >= 1 and <= 8 ? o : 0;
            if (type.SequenceEqual("IDAT"u8) || type.SequenceEqual("IEND"u8)) return 0; // eXIf comes before the image data
            at += 12 + (int)length;
        }
        return 0;
    }

    /// <summary>An APP1 EXIF segment that holds the orientation and nothing else.</summary>
    private static byte[] OrientationExif(int orientation) => [0xFF, 0xE1, 0, 34, .. "Exif\0\0"u8, .. OrientationTiff(orientation)];

    /// <summary>EXIF's TIFF structure with the orientation and nothing else: a little-endian header and one IFD of one entry.</summary>
    private static byte[] OrientationTiff(int orientation) =>
    [
        (byte)'I', (byte)'I', 42, 0, 8, 0, 0, 0, // byte order, magic number, IFD0 at offset 8
        1, 0, // one entry
        0x12, 0x01, 3, 0, 1, 0, 0, 0, (byte)orientation, (byte)(orientation >> 8), 0, 0, // Orientation, SHORT, 1 value
        0, 0, 0, 0, // no next IFD (no thumbnail)
    ];

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The ancillary PNG chunks that change how the picture looks (colour, transparency, animation, pixel size).</summary>
    private static readonly HashSet<string> PngDisplay =
        ["tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "pHYs", "acTL", "fcTL", "fdAT", "cICP", "mDCv", "cLLI"];

    /// <summary>
    /// The PNG with its critical chunks and those that change how it looks; text (<c>tEXt</c>, <c>zTXt</c>, <c>iTXt</c>,
    /// where XMP goes), <c>eXIf</c>, <c>tIME</c> and any other ancillary chunk go, and anything after <c>IEND</c>. An
    /// orientation other than upright comes back in an <c>eXIf</c> chunk holding only that tag.
    /// </summary>
    public static byte[]? Png(byte[] b)
    {
        try
        {
            if (!b.AsSpan().StartsWith(PngSignature)) return null;
            var output = new MemoryStream(b.Length);
            output.Write(PngSignature);
            var orientation = 0;
            for (var at = 8; ; )
            {
                var length = BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(at));
                if (length > int.MaxValue || at + 12 + (long)length > b.Length) return null;
                var type = System.Text.Encoding.ASCII.GetString(b, at + 4, 4);
                if (at == 8 && (type != "IHDR" || length != 13)) return null;
                var size = 12 + (int)length;
                if (char.IsAsciiLetterUpper(type[0]) || PngDisplay.Contains(type)) output.Write(b, at, size);
                else if (type == "eXIf" && orientation == 0) orientation = Orientation(b.AsSpan(at + 8, (int)length));
                at += size;
                if (type == "IEND") break;
            }
            var result = output.ToArray();
            if (orientation is <= 1 or > 8) return result;
            // A browser turns a PNG by its orientation as well: kept, right after the header, in an eXIf chunk of its own.
            var tiff = OrientationTiff(orientation);
            var chunk = new byte[12 + tiff.Length];
            BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)tiff.Length);
            "eXIf"u8.CopyTo(chunk.AsSpan(4));
            tiff.CopyTo(chunk, 8);
            BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + tiff.Length), System.IO.Hashing.Crc32.HashToUInt32(chunk.AsSpan(4, 4 + tiff.Length)));
            const int afterHeader = 8 + 25;
            return [.. result.AsSpan(0, afterHeader), .. chunk, .. result.AsSpan(afterHeader)];
        }
        catch (ArgumentException) { return null; }
    }

    /// <summary>
    /// The WebP without its <c>EXIF</c> and <c>XMP </c> chunks, their flags in <c>VP8X</c> cleared, and without unknown
    /// chunks; the colour profile, animation, alpha and the picture's own data stay. Anything after the RIFF's end goes.
    /// An orientation other than upright comes back in an <c>EXIF</c> chunk holding only that tag (and its flag).
    /// </summary>
    public static byte[]? Webp(byte[] b)
    {
        try
        {
            if (b.Length < 20 || !b.AsSpan().StartsWith("RIFF"u8) || !b.AsSpan(8, 4).SequenceEqual("WEBP"u8)) return null;
            var riffEnd = 8L + BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(4));
            if (riffEnd > b.Length) return null;
            var output = new MemoryStream(b.Length);
            output.Write(b, 0, 12);
            bool image = false;
            int orientation = 0, extended = -1;
            for (var at = 12; at + 8 <= riffEnd;)
            {
                var type = System.Text.Encoding.ASCII.GetString(b, at, 4);
                var size = (long)BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(at + 4));
                var whole = 8 + size + (size & 1);
                if (at + 8 + size > riffEnd) return null;
                if (at == 12 && type == "VP8X")
                {
                    if (size < 10) return null;
                    extended = (int)output.Position;
                    output.Write(b, at, (int)Math.Min(whole, riffEnd - at));
                    output.GetBuffer()[extended + 8] &= unchecked((byte)~(0x08 | 0x04)); // the EXIF and XMP flags
                }
                else if (type is "VP8 " or "VP8L" or "ALPH" or "ICCP" or "ANIM" or "ANMF")
                {
                    image |= type is "VP8 " or "VP8L" or "ANMF";
                    output.Write(b, at, (int)Math.Min(whole, riffEnd - at));
                }
                else if (type == "EXIF" && orientation == 0)
                {
                    var exif = b.AsSpan(at + 8, (int)size);
                    orientation = Orientation(exif.StartsWith("Exif\0\0"u8) ? exif[6..] : exif);
                }
                at += (int)whole;
            }
            if (!image) return null;
            // Skia and browsers turn a WebP by its orientation: kept in an EXIF chunk of its own, after the image data.
            if (orientation is > 1 and <= 8 && extended >= 0)
            {
                var tiff = OrientationTiff(orientation);
                output.Write("EXIF"u8);
                output.Write([(byte)tiff.Length, 0, 0, 0]); // 26: little-endian, even, no padding
                output.Write(tiff);
                output.GetBuffer()[extended + 8] |= 0x08;
            }
            var result = output.ToArray();
            BinaryPrimitives.WriteUInt32LittleEndian(result.AsSpan(4), (uint)(result.Length - 8));
            return result;
        }
        catch (ArgumentException) { return null; }
    }

    /// <summary>Videos and sound recordings from a phone (ISO media files): they hold the place they were recorded.</summary>
    public static bool IsRecording(string url) => Path.GetExtension(url).ToLowerInvariant() is ".mp4" or ".m4v" or ".mov" or ".3gp" or ".m4a";

    /// <summary>
    /// The boxes of a phone's video or recording that describe it rather than hold it: <c>udta</c> and <c>meta</c> in the
    /// movie and its tracks (a phone writes the place there: <c>©xyz</c>, or Apple's
    /// <c>com.apple.quicktime.location.ISO6709</c>, with the make, model and time) and an XMP <c>uuid</c> box. Empty when
    /// there are none, or when the file is no ISO media file (then nothing in it can be read as a place either).
    /// </summary>
    public static IReadOnlyList<(long Offset, long Size, int Header)> RecordingMetadata(string fullPath)
    {
        var found = new List<(long, long, int)>();
        try
        {
            using var file = File.OpenRead(fullPath);
            foreach (var (type, at, size, header) in Boxes(file, 0, file.Length))
            {
                if (type == "moov") Movie(file, at + header, at + size, found, tracks: true);
                else if (type == "meta" || type == "uuid" && IsXmp(file, at + header)) found.Add((at, size, header));
            }
        }
        catch (Exception e) when (e is IOException or ArgumentException or EndOfStreamException) { return []; }
        return found;

        static void Movie(FileStream file, long from, long to, List<(long, long, int)> found, bool tracks)
        {
            foreach (var (type, at, size, header) in Boxes(file, from, to))
            {
                if (type is "udta" or "meta" || type == "uuid" && IsXmp(file, at + header)) found.Add((at, size, header));
                else if (tracks && type == "trak") Movie(file, at + header, at + size, found, tracks: false);
            }
        }
    }

    /// <summary>Writes the recording with each of those boxes turned into <c>free</c> (padding every player skips), its content zeros.</summary>
    public static void WriteRecording(string fullPath, IReadOnlyList<(long Offset, long Size, int Header)> metadata, string to)
    {
        File.Copy(fullPath, to, overwrite: true);
        using var file = new FileStream(to, FileMode.Open, FileAccess.ReadWrite);
        var zeros = new byte[64 * 1024];
        foreach (var (offset, size, header) in metadata)
        {
            file.Position = offset + 4;
            file.Write("free"u8);
            file.Position = offset + header;
            for (var left = size - header; left > 0; left -= zeros.Length)
                file.Write(zeros, 0, (int)Math.Min(left, zeros.Length));
        }
    }

    private static readonly byte[] XmpUuid = Convert.FromHexString("BE7ACFCB97A942E89C71999491E3AFAC");

    private static bool IsXmp(FileStream file, long at)
    {
        var id = new byte[16];
        file.Position = at;
        file.ReadExactly(id);
        return id.AsSpan().SequenceEqual(XmpUuid);
    }

    /// <summary>The boxes between two positions of a file: type, start, size and header length.</summary>
    private static IEnumerable<(string Type, long At, long Size, int Header)> Boxes(FileStream file, long from, long to)
    {
        var head = new byte[16];
        for (var at = from; at + 8 <= to;)
        {
            file.Position = at;
            file.ReadExactly(head, 0, 8);
            long size = BinaryPrimitives.ReadUInt32BigEndian(head);
            var header = 8;
            if (size == 1)
            {
                file.ReadExactly(head, 8, 8);
                size = (long)BinaryPrimitives.ReadUInt64BigEndian(head.AsSpan(8));
                header = 16;
            }
            else if (size == 0) size = to - at;
            if (size < header || at + size > to) throw new ArgumentException("box");
            yield return (System.Text.Encoding.ASCII.GetString(head, 4, 4), at, size, header);
            at += size;
        }
    }

    /// <summary>An ISO media box at a position: its type, where its content starts and where it ends.</summary>
    private static (string Type, int Content, int End) Box(byte[] b, int at)
    {
        var size = (long)BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(at, 4));
        var type = System.Text.Encoding.ASCII.GetString(b, at + 4, 4);
        var content = at + 8;
        if (size == 1) { size = (long)BinaryPrimitives.ReadUInt64BigEndian(b.AsSpan(at + 8, 8)); content += 8; }
        else if (size == 0) size = b.Length - at;
        if (size < content - at || at + size > b.Length) throw new ArgumentException("box");
        return (type, content, (int)(at + size));
    }

    private static ulong Read(byte[] b, ref int p, int size)
    {
        ulong value = 0;
        for (var i = 0; i < size; i++) value = value << 8 | b[p + i];
        p += size;
        return value;
    }
}
