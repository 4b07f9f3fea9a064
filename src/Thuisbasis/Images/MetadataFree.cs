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
