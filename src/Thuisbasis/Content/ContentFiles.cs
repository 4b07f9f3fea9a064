using System.IO.Hashing;
using System.Text;
using Thuisbasis.Diagnostics;

namespace Thuisbasis.Content;

/// <summary>
/// Reads text files the way writers save them: UTF-8 with or without BOM, UTF-16 (with BOM), CRLF or LF.
/// Bytes that are not valid UTF-8 are read as Windows-1252 only when that is certain (no control bytes), with a warning
/// at the first of them (the UTF-8 letters of the same file stay as they are);
/// otherwise the file is refused with a clear error rather than guessed.
/// </summary>
public static class ContentFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Far above any real text file; a bigger one is refused unread so a stray export or video cannot stall the build.</summary>
    public const long MaxTextBytes = 5 * 1024 * 1024;

    /// <summary>
    /// Taken from the code-page provider directly, not registered for the whole program: registered, it made
    /// AngleSharp (the HTML sanitizer's parser, and its address parser) build its Chinese, Japanese and Korean tables
    /// the first time it was used, about 20 ms of every build (figures: bench/README-settings.md).
    /// </summary>
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <param name="frontMatter">A Markdown content file: its front matter and body may be decoded apart (see
    /// <see cref="Split"/>). Settings and data files are read whole: a second YAML document is part of them.</param>
    public static SourceFile? Read(string fullPath, string relativePath, DiagnosticBag diagnostics, bool frontMatter = false)
    {
        ReadOnlySpan<byte> bytes;
        try
        {
            // One open and one status call per file (a build reads 10,000 of them).
            using var handle = File.OpenHandle(fullPath);
            var length = RandomAccess.GetLength(handle);
            if (length > MaxTextBytes)
            {
                diagnostics.Error("TB0114", SourcePosition.StartOf(relativePath),
                    $"Dit bestand is {length / (1024 * 1024)} MB groot; een tekstbestand mag hoogstens 5 MB zijn, dus het is niet gelezen.",
                    "Is het een foto, video of export? Zet het dan in `input/assets/`, of haal het weg.");
                return null;
            }
            bytes = ReadAll(handle, (int)length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Unreadable(relativePath, e, diagnostics);
            return null;
        }
        var hash = XxHash3.HashToUInt64(bytes);
        if (frontMatter && Split(bytes) is var (head, body)) return new SourceFile(relativePath, head, hash) { Body = body };
        var text = Decode(bytes, relativePath, diagnostics);
        return text is null ? null : new SourceFile(relativePath, text, hash);
    }

    /// <summary>
    /// TB0001 for a file or folder that the build may not read (its rights) or cannot read now (another program holds
    /// it), said without the machine's own path. Also used for photos and other files of <c>input/assets/</c>.
    /// </summary>
    public static void Unreadable(string relativePath, Exception e, DiagnosticBag diagnostics, bool folder = false)
    {
        var what = folder ? "Deze map" : "Dit bestand";
        if (e is UnauthorizedAccessException)
            diagnostics.Error("TB0001", SourcePosition.StartOf(relativePath), $"{what} kan niet gelezen worden: de computer geeft er geen leesrecht op.",
                folder ? "Geef iedereen leesrecht op de map (Eigenschappen, of `chmod -R a+rX`), of zet de bestanden er opnieuw in."
                    : "Geef iedereen leesrecht op het bestand (Eigenschappen, of `chmod a+r`), of zet het er opnieuw in.");
        else
            // The system's own words are English and name the machine's path: what the writer can do is the same.
            diagnostics.Error("TB0001", SourcePosition.StartOf(relativePath),
                e is FileNotFoundException or DirectoryNotFoundException
                    ? $"{what} was weg toen de site het wilde lezen; misschien is git of een kopie nog bezig."
                    : $"{what} kan nu niet gelezen worden: het is in gebruik of beschadigd.",
                e is FileNotFoundException or DirectoryNotFoundException
                    ? "Wacht tot git of het kopiëren klaar is, en bouw dan opnieuw."
                    : "Sluit het in andere programma's en probeer het opnieuw.");
    }

    /// <summary>
    /// The usual content file (UTF-8, lines ending in <c>\n</c>, front matter between two <c>---</c> lines) decoded as two
    /// strings, its front matter and its body, straight from the bytes: no string of the whole file, and no second copy
    /// of the body cut from it (two copies of every story were most of what reading 10,000 of them allocated). Null for
    /// anything else, which <see cref="Decode"/> reads whole as before.
    /// </summary>
    private static (string Head, string Body)? Split(ReadOnlySpan<byte> bytes)
    {
        // Two marks happen when a file with one is opened by a program that puts its own in front: both are invisible.
        while (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        if (!bytes.StartsWith("---\n"u8) || bytes.IndexOfAny((byte)'\r', (byte)0) >= 0) return null;
        var start = 4;
        while (start < bytes.Length)
        {
            var length = bytes[start..].IndexOf((byte)'\n');
            var end = length < 0 ? bytes.Length : start + length;
            var line = bytes[start..end];
            if (line.StartsWith("---"u8) || line.StartsWith("..."u8))
            {
                var rest = line[3..];
                // FrontMatter trims any white space after the marker: only the ASCII kinds are certain here.
                if (rest.IndexOfAnyExcept(" \t\v\f"u8) < 0)
                {
                    try
                    {
                        return (StrictUtf8.GetString(bytes[..end]), end >= bytes.Length ? "" : StrictUtf8.GetString(bytes[(end + 1)..]));
                    }
                    catch (DecoderFallbackException)
                    {
                        return null; // not UTF-8: Decode says what it is
                    }
                }
                if (rest.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0) return null;
            }
            start = end + 1;
        }
        return null; // no closing line: FrontMatter reports it
    }

    /// <summary>
    /// Reads the length taken from the open file into a buffer this thread keeps (only the decoded text and the hash
    /// outlive the read). A file being saved at that moment may be cut short; the save's own change event brings the
    /// preview a new build that reads it whole.
    /// </summary>
    private static ReadOnlySpan<byte> ReadAll(Microsoft.Win32.SafeHandles.SafeFileHandle handle, int length)
    {
        var bytes = _buffer is { } b && b.Length >= length ? b : _buffer = new byte[Math.Max(length, 64 * 1024)];
        var read = 0;
        while (read < length)
        {
            var n = RandomAccess.Read(handle, bytes.AsSpan(read, length - read), read);
            if (n == 0) break;
            read += n;
        }
        return bytes.AsSpan(0, read);
    }

    [ThreadStatic] private static byte[]? _buffer;

    public static string? Decode(ReadOnlySpan<byte> bytes, string relativePath, DiagnosticBag diagnostics)
    {
        var at = SourcePosition.StartOf(relativePath);
        if (bytes.StartsWith("\uFEFF"u8))
        {
            while (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..]; // a second, invisible mark as well (see Split)
            return Strict(bytes, relativePath, diagnostics);
        }
        if (bytes.Length >= 4 && (bytes[..4].SequenceEqual((byte[])[0xFF, 0xFE, 0, 0]) || bytes[..4].SequenceEqual((byte[])[0, 0, 0xFE, 0xFF])))
        {
            diagnostics.Error("TB0002", at, "Dit bestand is opgeslagen als UTF-32; die tekenset leest Thuisbasis niet.",
                "Open het in uw editor en sla het op als 'UTF-8'.");
            return null;
        }
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return Encoding.Unicode.GetString(bytes[2..]);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        if (LooksLikeUtf16WithoutBom(bytes))
        {
            diagnostics.Error("TB0002", at, "Dit bestand lijkt opgeslagen als UTF-16 zonder kenmerk (BOM); dan is niet zeker hoe het gelezen moet worden.",
                "Open het in uw editor en sla het op als 'UTF-8'.");
            return null;
        }
        if (bytes.IndexOf((byte)0) >= 0)
        {
            diagnostics.Error("TB0002", at, "Dit bestand is geen tekstbestand (of het is opgeslagen als UTF-16 zonder kenmerk).",
                "Sla het op als tekst in UTF-8, of haal het weg uit deze map; plaatjes en pdf's horen in `input/assets/`.");
            return null;
        }
        return Strict(bytes, relativePath, diagnostics);
    }

    /// <summary>Plain text in UTF-16 has a zero in every other byte; binary files have zeros anywhere.</summary>
    private static bool LooksLikeUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 8 || bytes.Length % 2 != 0) return false;
        var sample = Math.Min(bytes.Length, 512);
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample; i++)
            if (bytes[i] == 0) { if (i % 2 == 0) evenZeros++; else oddZeros++; }
        var half = sample / 2;
        return (oddZeros > half * 0.9 && evenZeros == 0) || (evenZeros > half * 0.9 && oddZeros == 0);
    }

    private static string? Strict(ReadOnlySpan<byte> bytes, string relativePath, DiagnosticBag diagnostics)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Windows-1252 is certain enough when no byte is a C0 control other than tab and line ends.
            foreach (var b in bytes)
            {
                if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D))
                {
                    diagnostics.Error("TB0002", SourcePosition.StartOf(relativePath),
                        "De tekenset van dit bestand is onbekend; het is geen UTF-8.",
                        "Open het in uw editor en sla het op als 'UTF-8'.");
                    return null;
                }
            }
            var (text, odd) = Utf8OrWindows1252(bytes);
            diagnostics.Warning("TB0203", At(relativePath, text, odd),
                $"Dit bestand is niet (helemaal) als UTF-8 opgeslagen: de `{text[odd]}` hier en elke letter zoals deze is gelezen als Windows-1252, een oude tekenset.",
                "Sla het op als 'UTF-8' (in Kladblok: Opslaan als, Codering: UTF-8) en kijk of de letters met accent goed staan.");
            return text;
        }
    }

    /// <summary>
    /// Every stretch that is valid UTF-8 read as UTF-8 and every other byte as Windows-1252, with the index of the first
    /// such byte's letter. A UTF-8 file that an old editor added a line to keeps its own letters: reading it whole as
    /// Windows-1252 turned each UTF-8 <c>é</c> into <c>Ã©</c> on the site. (A Windows-1252 text never has a byte pair
    /// that is valid UTF-8 in practice: that would be <c>Ã</c> followed by a sign such as <c>©</c>.)
    /// </summary>
    private static (string Text, int FirstOdd) Utf8OrWindows1252(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder(bytes.Length);
        var firstOdd = -1;
        Span<char> one = stackalloc char[2];
        while (!bytes.IsEmpty)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes, out var rune, out var used) == System.Buffers.OperationStatus.Done)
                sb.Append(one[..rune.EncodeToUtf16(one)]);
            else
            {
                if (firstOdd < 0) firstOdd = sb.Length;
                sb.Append(Windows1252.GetString(bytes[..1]));
                used = 1;
            }
            bytes = bytes[used..];
        }
        return (sb.ToString(), firstOdd);
    }

    /// <summary>The line and column (1-based) of the letter at <paramref name="index"/> of a decoded file.</summary>
    private static SourcePosition At(string relativePath, string text, int index)
    {
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        return new SourcePosition(relativePath, text.AsSpan(0, index).Count('\n') + 1, index - lineStart + 1);
    }
}
