using SkiaSharp;
using Thuisbasis.Content;
using Thuisbasis.Diagnostics;

namespace Thuisbasis.Images;

/// <summary>
/// Why a photo cannot be published, told the writer in words that fit what happened: an iPhone's HEIC (under its own
/// name or renamed to <c>.jpg</c>), an empty file, a copy that broke off halfway, or something that is no image at all.
/// A HEIC file is never copied as it is either: it would reach the site with the place it was taken.
/// </summary>
public static class UnreadableImages
{
    /// <summary>File names of the HEIF family: what an iPhone (and some Android phones) save photos as.</summary>
    public static bool IsHeicName(string url) =>
        Path.GetExtension(url).ToLowerInvariant() is ".heic" or ".heif" or ".hif";

    /// <summary>The error for a HEIC file, by its name or by its first bytes.</summary>
    public static void Heic(Asset asset, DiagnosticBag diagnostics) =>
        diagnostics.Error("TB0135", SourcePosition.StartOf(asset.SourcePath),
            "Dit is een HEIC-foto, zoals een iPhone ze bewaart; de site kan hem niet lezen en niet verkleinen, en veel browsers tonen hem niet.",
            "Sla de foto op als JPEG en verwijs naar het .jpg-bestand (op de iPhone: Instellingen > Camera > Formaten > Meest compatibel; " +
            "op een Mac: open de foto in Voorvertoning en kies Archief > Exporteer > JPEG).");

    /// <summary>The error for a raster image Skia could not turn into variants; true when it is a HEIC photo.</summary>
    public static bool Report(Asset asset, DiagnosticBag diagnostics)
    {
        var bytes = File.ReadAllBytes(asset.FullPath);
        if (bytes.Length != 0 && IsHeic(bytes))
        {
            Heic(asset, diagnostics);
            return true;
        }
        var (message, help) = bytes.Length == 0 ? Empty : HasReadableHeader(bytes) ? Incomplete : Unreadable;
        diagnostics.Error("TB0131", SourcePosition.StartOf(asset.SourcePath), message, help);
        return false;
    }

    /// <summary>
    /// The error at a place that shows an image the site cannot read (a cover, a portrait, an image in a text): the file's
    /// own error says what is wrong with it, this one which line to change, for a writer who does not know which
    /// story named it.
    /// </summary>
    public static void Used(DiagnosticBag diagnostics, SourcePosition at, string what, string url, bool heic) =>
        diagnostics.Error(heic ? "TB0135" : "TB0131", at,
            $"{what} `{url}`, maar dat plaatje kan de site niet lezen{(heic ? ": het is een HEIC-foto" : "")} (zie de melding bij `input{url}`).",
            heic ? "Sla de foto op als JPEG, zet die in de map en schrijf hier de naam van het .jpg-bestand."
                 : "Zet de foto opnieuw in de map, of kies hier een andere foto.");

    /// <summary>
    /// Why the build would refuse these bytes as a photo (TB0131), or null when it can publish them: for the web editor,
    /// which refuses such an upload before anything is saved, in the same words. The check decodes at the smallest scale
    /// the codec offers (a fraction of a second for a 48-megapixel photo), which still reads every byte.
    /// </summary>
    public static (string Message, string Help)? Refusal(byte[] bytes) =>
        bytes.Length == 0 ? Empty
        : !HasReadableHeader(bytes) ? Unreadable
        : ImageEncoder.CheckUpright(bytes, 1) is null ? Incomplete
        : null;

    private static readonly (string, string) Empty = ("Dit bestand is leeg (0 bytes): er staat geen foto in, meestal doordat het kopiëren of downloaden mislukte.",
        "Zet de foto opnieuw in de map, of haal het lege bestand weg.");

    private static readonly (string, string) Incomplete = ("Dit plaatje is niet compleet: het bestand houdt halverwege op, bijvoorbeeld doordat het kopiëren of downloaden werd onderbroken.",
        "Zet de foto opnieuw in de map, vanaf de telefoon of computer waar hij vandaan komt.");

    private static readonly (string, string) Unreadable = ("Dit plaatje kan niet worden gelezen; het bestand is beschadigd of heeft de verkeerde extensie.",
        "Sla de foto opnieuw op als JPEG of PNG en zet hem terug.");

    /// <summary>An ISO media file (<c>ftyp</c> box first) of a HEIF brand.</summary>
    public static bool IsHeic(ReadOnlySpan<byte> b) =>
        b.Length >= 12 && b[4..8].SequenceEqual("ftyp"u8) && Brands.Contains(System.Text.Encoding.ASCII.GetString(b[8..12]));

    private static readonly HashSet<string> Brands = ["heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs", "mif1", "msf1"];

    /// <summary>Whether Skia knows the format and size: then the pixels themselves are missing or broken.</summary>
    private static bool HasReadableHeader(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        return codec is not null;
    }
}
