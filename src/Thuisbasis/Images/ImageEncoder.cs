using SkiaSharp;

namespace Thuisbasis.Images;

/// <summary>
/// The pixel work, with Skia: decode (turned upright by the EXIF orientation, colours converted to sRGB), scale, crop and encode. Encoding anew
/// writes only pixels, so nothing of the camera's metadata (EXIF, GPS, XMP, IPTC, comments) reaches a published file.
/// </summary>
public static class ImageEncoder
{
    public const int WebpQuality = 78;
    public const int JpegQuality = 80;

    private static readonly SKColorSpace Srgb = SKColorSpace.CreateSrgb();

    /// <summary>
    /// Decodes an image upright, at no less than <paramref name="atLeastWidth"/> pixels wide where the file is wider
    /// (a JPEG decodes at any eighth of its size for a fraction of the work). Null when Skia cannot read it
    /// or the file breaks off before its last row.
    /// </summary>
    public static SKBitmap? DecodeUpright(byte[] bytes, int atLeastWidth = int.MaxValue)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null) return null;
        var origin = Origin(codec, bytes);
        var bitmap = DecodeAt(codec, ScaledSize(codec, origin, atLeastWidth));
        if (bitmap is null || origin == SKEncodedOrigin.TopLeft) return bitmap;
        using (bitmap) return Orient(bitmap, origin);
    }

    /// <summary>
    /// Whether the whole image can be read, and the upright size <see cref="DecodeUpright"/> would give it for
    /// <paramref name="atLeastWidth"/>, without making those pixels: the check decodes at the smallest scale the codec
    /// offers (an eighth of a JPEG still reads every byte of it, so a file that breaks off is found all the same).
    /// </summary>
    public static (int Width, int Height)? CheckUpright(byte[] bytes, int atLeastWidth)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null) return null;
        var origin = Origin(codec, bytes);
        using var smallest = DecodeAt(codec, ScaledSize(codec, origin, 1));
        if (smallest is null) return null;
        var size = ScaledSize(codec, origin, atLeastWidth);
        return Sideways(origin) ? (size.Height, size.Width) : (size.Width, size.Height);
    }

    /// <summary>
    /// How the stored pixels are turned: the file's EXIF orientation. Skia reads it from a JPEG and a WebP; from a PNG's
    /// <c>eXIf</c> chunk, which browsers honour too, it is read here.
    /// </summary>
    private static SKEncodedOrigin Origin(SKCodec codec, byte[] bytes) =>
        codec.EncodedOrigin == SKEncodedOrigin.TopLeft && codec.EncodedFormat == SKEncodedImageFormat.Png && MetadataFree.PngOrientation(bytes) is > 1 and var o
            ? (SKEncodedOrigin)o
            : codec.EncodedOrigin;

    private static bool Sideways(SKEncodedOrigin origin) =>
        origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

    /// <summary>
    /// The smallest scale the codec offers that still leaves <paramref name="atLeastWidth"/> sharp (upright width). A
    /// JPEG decodes at any eighth of its size: a phone's portrait photo, 3024 wide, at five eighths (1890) for 1600. Decoded
    /// whole and scaled by 0.53, the 1600 size came out grainy and 80% larger; five eighths take less time than whole.
    /// </summary>
    private static SKSizeI ScaledSize(SKCodec codec, SKEncodedOrigin origin, int atLeastWidth)
    {
        var sideways = Sideways(origin);
        var full = codec.Info;
        var uprightWidth = sideways ? full.Height : full.Width;
        foreach (var scale in codec.EncodedFormat == SKEncodedImageFormat.Jpeg ? Eighths : Halves)
        {
            var scaled = codec.GetScaledDimensions(scale);
            var scaledUpright = sideways ? scaled.Height : scaled.Width;
            if (uprightWidth > atLeastWidth && scaledUpright >= atLeastWidth) return scaled;
        }
        return full.Size;
    }

    private static readonly float[] Eighths = [0.125f, 0.25f, 0.375f, 0.5f, 0.625f, 0.75f, 0.875f];

    /// <summary>What other codecs (a WebP) are decoded at: their own scaling is not the JPEG's, so the steps stay coarse.</summary>
    private static readonly float[] Halves = [0.125f, 0.25f, 0.5f];

    /// <summary>The pixels at <paramref name="size"/>, as stored (not yet upright); null when the file breaks off or cannot be read.</summary>
    private static SKBitmap? DecodeAt(SKCodec codec, SKSizeI size)
    {
        // Into sRGB: an iPhone photo is Display P3 with its profile, and a published file without one is read as sRGB,
        // so its numbers must be converted, not copied (copied, every colour comes out duller).
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888,
            codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul, Srgb);
        var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        // IncompleteInput: the file breaks off and Skia would fill the rest with grey; that photo is not published.
        if (result is SKCodecResult.Success) return bitmap;
        bitmap.Dispose();
        return null;
    }

    /// <summary>The width and height of the upright image, from the header only.</summary>
    public static (int Width, int Height)? UprightSize(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null) return null;
        return Sideways(Origin(codec, bytes)) ? (codec.Info.Height, codec.Info.Width) : (codec.Info.Width, codec.Info.Height);
    }

    /// <summary>Applies an EXIF orientation (the eight cases of the TIFF specification) by drawing through its matrix.</summary>
    private static SKBitmap Orient(SKBitmap src, SKEncodedOrigin origin)
    {
        float w = src.Width, h = src.Height;
        var sideways = Sideways(origin);
        // x' = a·x + b·y + c, y' = d·x + e·y + f
        var m = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
            _ => SKMatrix.Identity,
        };
        var info = new SKImageInfo(sideways ? src.Height : src.Width, sideways ? src.Width : src.Height, src.ColorType, src.AlphaType);
        var upright = new SKBitmap(info);
        using var canvas = new SKCanvas(upright);
        canvas.SetMatrix(m);
        using var image = SKImage.FromBitmap(src);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
        return upright;
    }

    /// <summary>
    /// A copy scaled to <paramref name="width"/> pixels wide, the height keeping the proportions. What is transparent
    /// stays transparent: a logo on a white square would show as one on a coloured band.
    /// </summary>
    /// <remarks>
    /// Skia's cubic filter reads the 4×4 pixels around each point whatever the scale, so from more than twice the size it
    /// skips pixels and fine lines (a fence, a striped shirt, a poster's text) come out as moiré. Halved first, each new
    /// pixel the average of four, the last step is at most twice.
    /// </remarks>
    public static SKBitmap Resize(SKBitmap src, int width) => Resize(src, width, ScaledHeight(src.Width, src.Height, width));

    /// <summary>A copy of exactly <paramref name="width"/>×<paramref name="height"/> (see <see cref="Resize(SKBitmap, int)"/>).</summary>
    public static SKBitmap Resize(SKBitmap src, int width, int height)
    {
        var background = src.AlphaType == SKAlphaType.Opaque ? SKColors.White : SKColors.Transparent;
        SKBitmap? halved = null;
        try
        {
            while ((halved ?? src).Width >= 2 * width)
            {
                var from = halved ?? src;
                var half = (from.Width + 1) / 2;
                // Halved to the size asked for, it is that size to the pixel (800×1067, not the 1066 of halving 2133).
                var next = Draw(from, half, half == width ? height : ScaledHeight(from.Width, from.Height, half), new SKRect(0, 0, from.Width, from.Height), background,
                    new SKSamplingOptions(SKFilterMode.Linear));
                halved?.Dispose();
                halved = next;
            }
            var last = halved ?? src;
            if (halved is not null && last.Width == width && last.Height == height)
            {
                halved = null; // the halved copy is the size asked for (1600 to 800): given as it is, not filtered once more
                return last;
            }
            return Draw(last, width, height, new SKRect(0, 0, last.Width, last.Height), background);
        }
        finally
        {
            halved?.Dispose();
        }
    }

    /// <summary>
    /// Scales <paramref name="upright"/> to each of <paramref name="sizes"/>, widest first, and hands each copy to
    /// <paramref name="use"/> while it lives. A size is scaled from the narrowest copy made before it that is at least
    /// twice as wide, halved until it is less than twice (each new pixel the average of four, see <see cref="Resize(SKBitmap, int)"/>),
    /// and otherwise from the copy just before it: 1600 from the decoded pixels, 1200 from the 1600, 800 the 1600 halved,
    /// 480 the 1200 halved and then scaled, 240 the 480 halved. No step makes a copy twice as small or smaller (between
    /// the sizes, 1.7 at most), so fine lines finer than a size can show fade to grey instead of coming out as moiré,
    /// and small steps take less time than scaling each size from the largest. The steps depend only on the sizes, so
    /// one size made alone is the same file as all made together.
    /// </summary>
    public static void ScaleInSteps(SKBitmap upright, IEnumerable<(int Width, int Height)> sizes, Action<SKBitmap> use)
    {
        var steps = new List<SKBitmap> { upright };
        try
        {
            foreach (var (width, height) in sizes.OrderByDescending(s => s.Width))
            {
                var from = steps.LastOrDefault(m => m.Width >= 2 * width) ?? steps[^1];
                var scaled = from.Width == width && from.Height == height ? from : Resize(from, width, height);
                if (scaled != from) steps.Add(scaled);
                use(scaled);
            }
        }
        finally
        {
            foreach (var m in steps.Skip(1)) m.Dispose();
        }
    }

    /// <summary>The height of a copy <paramref name="width"/> pixels wide, the proportions kept: what <see cref="Resize"/> makes.</summary>
    public static int ScaledHeight(int srcWidth, int srcHeight, int width) => Math.Max(1, (int)Math.Round(srcHeight * (double)width / srcWidth));

    /// <summary>A copy <paramref name="width"/> pixels wide on white, for a format without transparency (JPEG).</summary>
    public static SKBitmap OnWhite(SKBitmap src, int width) =>
        Draw(src, width, ScaledHeight(src.Width, src.Height, width), new SKRect(0, 0, src.Width, src.Height), SKColors.White);

    /// <summary>
    /// The image cut to the proportions of <paramref name="width"/>×<paramref name="height"/> and scaled to that size, on
    /// white (a share card: the networks show transparency as black or white as they please). A landscape photo keeps its
    /// middle; a portrait one (a phone held upright) keeps the band around its upper third, where people's faces are:
    /// its middle is their chest, and a card of a person without a head is what a centred crop gave.
    /// </summary>
    public static SKBitmap Cover(SKBitmap src, int width, int height)
    {
        var target = width / (double)height;
        var source = src.Width / (double)src.Height;
        var band = src.Width / target;
        var top = src.Height > src.Width ? Math.Clamp(src.Height / 3.0 - band / 2, 0, src.Height - band) : (src.Height - band) / 2;
        var crop = source > target
            ? SKRect.Create((float)((src.Width - src.Height * target) / 2), 0, (float)(src.Height * target), src.Height)
            : SKRect.Create(0, (float)top, src.Width, (float)band);
        return Draw(src, width, height, crop, SKColors.White);
    }

    private static SKBitmap Draw(SKBitmap src, int width, int height, SKRect from, SKColor background, SKSamplingOptions? sampling = null)
    {
        var result = new SKBitmap(new SKImageInfo(width, height, src.ColorType, src.AlphaType));
        using var canvas = new SKCanvas(result);
        using var image = SKImage.FromBitmap(src);
        canvas.Clear(background);
        canvas.DrawImage(image, from, new SKRect(0, 0, width, height), sampling ?? new SKSamplingOptions(SKCubicResampler.Mitchell), null);
        return result;
    }

    /// <summary>Encodes pixels only: no metadata of any kind is written.</summary>
    /// <param name="flat">A drawing of flat colours and text (a share card): PNG rows are filtered one way only, which
    /// halves the time of trying every filter on each row and gives a file a few per cent larger.</param>
    public static byte[] Encode(SKBitmap bitmap, ImageFormat format, bool flat = false)
    {
        using var pixmap = bitmap.PeekPixels();
        using var data = format switch
        {
            ImageFormat.Webp => pixmap.Encode(new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossy, WebpQuality)),
            ImageFormat.Jpeg => pixmap.Encode(new SKJpegEncoderOptions(JpegQuality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore)),
            _ => pixmap.Encode(new SKPngEncoderOptions(flat ? SKPngEncoderFilterFlags.Up : SKPngEncoderFilterFlags.AllFilters, 6)),
        };
        return data?.ToArray() ?? throw new InvalidOperationException($"Skia kon geen {format} maken.");
    }
}

/// <summary>The raster formats a site publishes.</summary>
public enum ImageFormat { Jpeg, Png, Webp }

public static class ImageFormats
{
    /// <summary>The raster format of a file name, or null for SVG, GIF and anything else (copied as is).</summary>
    public static ImageFormat? FromName(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".jpg" or ".jpeg" => ImageFormat.Jpeg,
        ".png" => ImageFormat.Png,
        ".webp" => ImageFormat.Webp,
        _ => null,
    };

    public static string Extension(ImageFormat f) => f switch { ImageFormat.Jpeg => ".jpg", ImageFormat.Png => ".png", _ => ".webp" };

    public static string MediaType(ImageFormat f) => f switch { ImageFormat.Jpeg => "image/jpeg", ImageFormat.Png => "image/png", _ => "image/webp" };
}
