using System.Globalization;
using Thuisbasis.Content;
using Thuisbasis.Diagnostics;
using Thuisbasis.Output;
using Thuisbasis.Model;

namespace Thuisbasis.Images;

/// <summary>
/// The raster images of one build, by site address, each processed into its published variants (from the store's
/// cache where it can). Templates and the Markdown step ask it for sizes and <c>srcset</c>s; the output takes its files.
/// </summary>
public sealed class SiteImages
{
    /// <summary>The processed images of a build (added by the engine before pages are made), or null.</summary>
    public static SiteImages? Of(Site site) => site.Find<SiteImages>();

    /// <summary>Files larger than this are reported: they slow the build and the repository, never the visitor.</summary>
    public const long LargeFile = 20L * 1024 * 1024;

    private readonly Dictionary<string, (Asset Asset, ProcessedImage Image)> _images;

    /// <summary>GIF and AVIF files by site address, as published: without their metadata (see <see cref="MetadataFree"/>).</summary>
    private readonly Dictionary<string, (Asset Asset, byte[] Bytes)> _asIs;

    /// <summary>Videos and recordings with metadata, by site address: their copy without it, made in the cache when first needed.</summary>
    private readonly Dictionary<string, (Asset Asset, Lazy<string> Copy)> _recordings;

    private SiteImages(Dictionary<string, (Asset, ProcessedImage)> images, Dictionary<string, (Asset, byte[])> asIs,
        Dictionary<string, (Asset, Lazy<string>)> recordings, ImageStore store, bool publishOriginals, IReadOnlyDictionary<string, bool> unreadable,
        IReadOnlyList<Diagnostic> fileProblems)
    {
        Unreadable = unreadable;
        FileProblems = fileProblems;
        _images = images;
        _asIs = asIs;
        _recordings = recordings;
        Store = store;
        PublishOriginals = publishOriginals;
    }

    public ImageStore Store { get; }
    public bool PublishOriginals { get; }

    /// <summary>See <c>earlierFeedCopies</c> of <see cref="Prepare"/>.</summary>
    public bool EarlierFeedCopies { get; private init; }

    /// <summary>The images the site cannot read (reported at their file), by address: true for a HEIC photo. None is published.</summary>
    public IReadOnlyDictionary<string, bool> Unreadable { get; }

    /// <summary>
    /// What is wrong with each of <see cref="Unreadable"/> (TB0131, TB0135), said at its file by <see cref="ImageChecks"/>:
    /// an error when a page shows it, a warning when none does (a stray HEIC in the folder stopped every build, and with
    /// it the daily one that publishes scheduled stories and closes vacancies).
    /// </summary>
    public IReadOnlyList<Diagnostic> FileProblems { get; }

    /// <summary>
    /// The width and height of a GIF or AVIF that is published as it is (not in variants), read from the bytes published;
    /// null for anything else.
    /// </summary>
    public (int Width, int Height)? SizeAsIs(string url) =>
        (_asIs.TryGetValue(url, out var found) || _asIs.TryGetValue(Uri.UnescapeDataString(url.Split('?', '#')[0]), out found))
        && ImageHeader.Raster(found.Bytes) is var (w, h, _) ? (w, h) : null;

    /// <summary>Every processed image by the site path it was found at.</summary>
    public IEnumerable<(string Url, ProcessedImage Image)> Processed => _images.Select(kv => (kv.Key, kv.Value.Image));

    /// <summary>A fingerprint of every image's content and address: a replaced photo changes it, a touched file does not.</summary>
    public ulong Version => _version ??= System.IO.Hashing.XxHash3.HashToUInt64(System.Text.Encoding.UTF8.GetBytes(
        string.Join('\n', _images.OrderBy(i => i.Key, StringComparer.Ordinal).Select(i => $"{i.Key} {i.Value.Image.Hash:x16}")) + PublishOriginals));
    private ulong? _version;

    /// <summary>
    /// TB0151: a WebP that moves (a sticker or an animation saved from a chat app). The site makes its versions from the
    /// first picture, so on the site it stands still, which nobody was told.
    /// </summary>
    private static void Moving(Asset asset, DiagnosticBag diagnostics)
    {
        try
        {
            using var codec = SkiaSharp.SKCodec.Create(asset.FullPath);
            if (codec is null || codec.FrameCount < 2) return;
            diagnostics.Warning("TB0151", SourcePosition.StartOf(asset.SourcePath),
                $"Deze WebP beweegt ({codec.FrameCount} beelden); de site toont alleen het eerste beeld, stilstaand.",
                "Moet hij bewegen, sla hem dan op als GIF (die staat op de site zoals hij is); anders kunt u dit laten zo.");
        }
        catch (IOException) { } // gone since it was read: the next build says what is there
    }

    private static bool MayRead(string fullPath)
    {
        try { File.OpenHandle(fullPath).Dispose(); return true; }
        catch (UnauthorizedAccessException) { return false; }
    }

    private static bool Readable(Asset asset, DiagnosticBag diagnostics)
    {
        try { File.OpenHandle(asset.FullPath).Dispose(); return true; }
        catch (UnauthorizedAccessException e)
        {
            ContentFiles.Unreadable(asset.SourcePath, e, diagnostics);
            return false;
        }
        catch (IOException) { return true; } // gone since the listing: the build is made again from disk
    }

    /// <summary>
    /// Processes every JPEG, PNG and WebP in <c>input/assets/</c> in parallel, takes the metadata out of GIF and AVIF
    /// files and of videos and recordings, checks every SVG for script and stops at HEIC files (<see cref="UnreadableImages"/>).
    /// </summary>
    /// <param name="progress">Told how many photos of how many are done (a site's first build with 1,000 phone photos
    /// takes a quarter of an hour, which said nothing all that time).</param>
    /// <param name="earlierFeedCopies">
    /// The site has no redirects (GitHub Pages): the file feeds gave a JPEG or PNG photo before it moved to the photo's own
    /// address (<c>x-1200.jpg</c>) is published there too, so the newsletters already sent keep their photos. On Netlify
    /// <see cref="Hosting.RedirectsGenerator"/> sends that address on instead.
    /// </param>
    public static SiteImages Prepare(IReadOnlyList<Asset> assets, ImageStore store, bool publishOriginals, DiagnosticBag diagnostics,
        Action<int, int>? progress = null, bool earlierFeedCopies = false)
    {
        var raster = assets.Where(a => ImageFormats.FromName(a.Url) is not null).ToList();
        // A file the build may not read is TB0001 here, before a step below or the copy into the output reads it. A
        // photo is read below anyway (its error is caught there), so only the other files cost an open more.
        assets = assets.Where(a => ImageFormats.FromName(a.Url) is not null || Readable(a, diagnostics)).ToList();
        var made = new (Asset, ProcessedImage)?[raster.Count];
        var unreadable = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var fileProblems = new DiagnosticBag(); // said by ImageChecks, once it knows which pages show the file
        var done = 0;
        Parallel.For(0, raster.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) }, i =>
        {
            try { Process(i); }
            finally { progress?.Invoke(Interlocked.Increment(ref done), raster.Count); }
        });
        void Process(int i)
        {
            var asset = raster[i];
            var length = new FileInfo(asset.FullPath).Length;
            if (length > LargeFile)
                diagnostics.Warning("TB0130", SourcePosition.StartOf(asset.SourcePath),
                    $"Dit plaatje is {length / (1024.0 * 1024):0.#} MB; de site publiceert een kleinere versie, maar zo'n groot bestand maakt het bouwen traag.",
                    "Verklein de foto tot hoogstens 4000 pixels breed voordat u hem toevoegt.");
            ProcessedImage? processed;
            try { processed = store.Process(asset.FullPath, ImageFormats.FromName(asset.Url)!.Value); }
            catch (UnauthorizedAccessException e) when (!MayRead(asset.FullPath)) // the photo itself, not the cache
            {
                ContentFiles.Unreadable(asset.SourcePath, e, diagnostics);
                return;
            }
            if (processed is null) unreadable[asset.Url] = UnreadableImages.Report(asset, fileProblems);
            else made[i] = (asset, processed);
            if (processed is not null && asset.Url.EndsWith(".webp", StringComparison.OrdinalIgnoreCase)) Moving(asset, diagnostics);
        }
        foreach (var heic in assets.Where(a => UnreadableImages.IsHeicName(a.Url)))
        {
            UnreadableImages.Heic(heic, fileProblems);
            unreadable[heic.Url] = true;
        }
        foreach (var svg in assets.Where(a => a.Url.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)))
            SvgGuard.Check(svg, diagnostics);
        var images = new Dictionary<string, (Asset, ProcessedImage)>(StringComparer.Ordinal);
        foreach (var m in made)
            if (m is { } x) images[x.Item1.Url] = x;
        var asIs = new Dictionary<string, (Asset, byte[])>(StringComparer.Ordinal);
        foreach (var asset in publishOriginals ? [] : assets.Where(a => MetadataFree.Handles(a.Url)))
        {
            if (MetadataFree.Copy(asset.Url, File.ReadAllBytes(asset.FullPath)) is { } bytes) asIs[asset.Url] = (asset, bytes);
            else unreadable[asset.Url] = UnreadableImages.Report(asset, fileProblems);
        }
        var recordings = new Dictionary<string, (Asset, Lazy<string>)>(StringComparer.Ordinal);
        foreach (var asset in publishOriginals ? [] : assets.Where(a => MetadataFree.IsRecording(a.Url)))
        {
            var metadata = MetadataFree.RecordingMetadata(asset.FullPath);
            if (metadata.Count == 0) continue; // copied as it is
            var key = $"recording|{store.StreamedHashOf(asset.FullPath):x16}";
            recordings[asset.Url] = (asset, store.Derived(key, Path.GetExtension(asset.Url).ToLowerInvariant(),
                temp => MetadataFree.WriteRecording(asset.FullPath, metadata, temp)));
        }
        return new SiteImages(images, asIs, recordings, store, publishOriginals, unreadable, fileProblems.Sorted()) { EarlierFeedCopies = earlierFeedCopies };
    }

    /// <summary>The processed image at a site address (<c>/assets/img/x.jpg</c>), or null for SVG, GIF, other sites' images and missing files.</summary>
    public ProcessedImage? Get(string url) => Find(url)?.Image;

    /// <summary>The source file of the processed image at a site address: a crop that needs more pixels than its widest variant has.</summary>
    public string? SourceOf(string url) => Find(url)?.Asset.FullPath;

    /// <summary>
    /// A site path as the writer named the file (<c>/assets/img/Foto #2.jpg</c>) first; else an address, whose query or
    /// fragment is no part of the file and whose escapes (<c>%20</c>) are decoded.
    /// </summary>
    private (Asset Asset, ProcessedImage Image)? Find(string url)
    {
        if (_images.TryGetValue(url, out var found)) return found;
        var path = url.Split('?', '#')[0];
        return _images.TryGetValue(path, out found) || _images.TryGetValue(Uri.UnescapeDataString(path), out found) ? found : null;
    }

    /// <summary>The asset of the processed image at a site address: its variants are named after its path.</summary>
    public Asset? AssetOf(string url) => Find(url)?.Asset;

    /// <summary>
    /// Whether the PNG at this address is a photo: a phone's screenshot of a photo, a photo saved as PNG. Its file takes
    /// more than <see cref="PhotoBytesPerPixel"/> a pixel (a photo 1 to 3), where a drawing, a logo or a screenshot of
    /// text takes a tenth of that or less. Feeds and share cards give such a PNG as a JPEG: as a PNG it is several MB in
    /// every mail and more than a link preview loads. Read from the file's length and the photo's size alone, so the
    /// choice is known before a card is painted.
    /// </summary>
    public bool IsPngPhoto(string url) =>
        Find(url) is ({ } asset, { Format: ImageFormat.Png } image) && new FileInfo(asset.FullPath) is { Exists: true } file
        && file.Length > PhotoBytesPerPixel * image.Width * (double)image.Height;

    /// <summary>Above this many bytes a pixel a PNG is taken for a photo (see <see cref="IsPngPhoto"/>).</summary>
    public const double PhotoBytesPerPixel = 0.5;

    /// <summary>The site path of the file <see cref="Get"/> finds for <paramref name="url"/>: its variants are named after it.</summary>
    public string? PathOf(string url) => Find(url)?.Asset.Url;

    /// <summary>Whether the build publishes this asset itself (as variants, or without metadata) instead of copying it.</summary>
    public bool Handles(Asset asset) => _images.ContainsKey(asset.Url) || _asIs.ContainsKey(asset.Url) || _recordings.ContainsKey(asset.Url) ||
                                        Unreadable.ContainsKey(asset.Url); // never copied as it is: a HEIC photo holds the place it was taken

    private static OutputFile Copy(string url, ImageVariant v, Asset asset) => v.Later is { } later
        ? OutputFile.CopyLater(url.TrimStart('/'), later, asset.SourcePath)
        : OutputFile.Copy(url.TrimStart('/'), v.CachePath, asset.SourcePath);

    /// <summary>The address of one variant: <c>/assets/img/x.jpg</c> at 800 wide as WebP is <c>/assets/img/x-800.webp</c>.</summary>
    public static string VariantUrl(string url, ImageVariant v)
    {
        var dot = url.LastIndexOf('.');
        var stem = dot > url.LastIndexOf('/') ? url[..dot] : url;
        return string.Concat(stem, "-", v.Width.ToString(CultureInfo.InvariantCulture), ImageFormats.Extension(v.Format));
    }

    /// <summary>
    /// The address of a processed image's <see cref="ProcessedImage.Fallback"/>, named after its site path: the path
    /// itself, where that variant is published; its variant's address when the settings publish the source file there.
    /// </summary>
    public string FallbackUrl(string path, ProcessedImage image) =>
        PublishOriginals || image.Format == ImageFormat.Webp ? VariantUrl(path, image.Fallback) : path;

    /// <summary>
    /// Every published image file: the variants, and at the source's own address either its one variant in its own
    /// format (without metadata, see <see cref="ImageStore.FallbackMaxWidth"/>), which then has no address of its own,
    /// or, when the settings ask, the source file itself.
    /// </summary>
    public IEnumerable<OutputFile> Files()
    {
        foreach (var (url, (asset, image)) in _images.OrderBy(i => i.Key, StringComparer.Ordinal))
        {
            var fallback = image.Fallback;
            foreach (var v in image.Variants) // a WebP's widest is in its srcset too; see EarlierFeedCopies
                if (PublishOriginals || v != fallback || image.Format == ImageFormat.Webp || EarlierFeedCopies) yield return Copy(VariantUrl(url, v), v, asset);
            yield return PublishOriginals ? OutputFile.Copy(url.TrimStart('/'), asset.FullPath, asset.SourcePath) : Copy(url, fallback, asset);
        }
        foreach (var (url, (asset, bytes)) in _asIs.OrderBy(i => i.Key, StringComparer.Ordinal))
            yield return new OutputFile(url.TrimStart('/'), bytes, null, asset.SourcePath);
        foreach (var (url, (asset, copy)) in _recordings.OrderBy(i => i.Key, StringComparer.Ordinal))
            yield return OutputFile.CopyLater(url.TrimStart('/'), copy, asset.SourcePath);
    }
}
