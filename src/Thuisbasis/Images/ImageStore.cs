using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Hashing;
using System.Text;
using SkiaSharp;
using Thuisbasis.Output;

namespace Thuisbasis.Images;

/// <summary>One published size of an image: its pixel size, format and the cached file that holds its bytes.</summary>
public sealed record ImageVariant(int Width, int Height, ImageFormat Format, string CachePath)
{
    /// <summary>Set while the preview has not made the file yet (see <see cref="ImageStore.MakeWhenRead"/>): reading it makes it.</summary>
    public Lazy<string>? Later { get; init; }

    /// <summary>The cached file, made now if it was left for when it is first read.</summary>
    public string MadePath => Later?.Value ?? CachePath;
}

/// <summary>An image as published: the upright size of the source, its format and every variant made from it.</summary>
public sealed record ProcessedImage(ulong Hash, int Width, int Height, ImageFormat Format, IReadOnlyList<ImageVariant> Variants)
{
    /// <summary>
    /// The one variant in the source's own format (the widest WebP for a WebP): the file at the source's own address,
    /// the <c>&lt;img src&gt;</c> for a browser without WebP and the image feeds give (see <see cref="ImageStore.FallbackMaxWidth"/>).
    /// </summary>
    public ImageVariant Fallback => Variants.Where(v => v.Format == Format).MaxBy(v => v.Width)!;

    /// <summary>The widest variant, in the source's own format where two are that wide: what a share card is cut from.</summary>
    public ImageVariant Widest => Variants.OrderByDescending(v => v.Width).ThenBy(v => v.Format == Format ? 0 : 1).First();
}

/// <summary>
/// Processed images and share cards, cached by content: the key is a hash of the source bytes (or of what a card shows)
/// and of the processing parameters, so an unchanged image is never encoded again — not in the next preview rebuild
/// (the table in memory) and not in the next <c>build</c> (the files on disk, in <c>.thuisbasis/cache/images/</c>).
/// </summary>
public sealed class ImageStore(string folder)
{
    /// <summary>
    /// The widths a site publishes as WebP (never wider than the source; at least one). 240 is for what a page shows
    /// small: an author's or a client's photo beside the name is 72 pixels, 216 on a phone's sharp screen, and took the
    /// 480 file (five to seven times the pixels) when that was the smallest.
    /// </summary>
    public static readonly int[] Widths = [240, 480, 800, 1200, 1600];

    /// <summary>
    /// A JPEG or PNG is published in its own format once, at the widest of <see cref="Widths"/> up to this: at the
    /// photo's own address. Every browser in use takes the WebP sizes; this one file is for the rest, for mail
    /// programs (feeds give it: Outlook for Windows shows no WebP) and for whoever links to the photo. Four sizes in
    /// both formats and the widest once more made a phone photo about 2.2 MB on the site, and a site of 500 photos too
    /// large for GitHub Pages.
    /// </summary>
    public const int FallbackMaxWidth = 1200;

    /// <summary>The width of the one variant in the source's own format (see <see cref="FallbackMaxWidth"/>), from the widths made.</summary>
    public static int FallbackWidth(int[] widths) => widths.Where(w => w <= FallbackMaxWidth).DefaultIfEmpty(widths[0]).Max();

    /// <summary>Changes whenever processing does, so old cache entries are simply not found any more.</summary>
    private const string Parameters = "v3|240,480,800,1200,1600|webp78|jpeg80|png6";

    /// <summary>
    /// An entry no build or preview has used for this long is removed (<see cref="Prune"/>): a photo replaced, a title
    /// changed (a new share card), a new <see cref="Parameters"/> version. The deploy cache would otherwise keep every one.
    /// </summary>
    public static readonly TimeSpan KeepUnused = TimeSpan.FromDays(30);

    /// <summary>Using an entry older than this marks it used again (a write only now and then, not on every build).</summary>
    private static readonly TimeSpan MarkAfter = TimeSpan.FromDays(7);

    private readonly ConcurrentDictionary<ulong, Kept<ProcessedImage>> _images = new();
    private readonly ConcurrentDictionary<(string Path, long Length, long Ticks), Kept<ulong>> _hashes = new();
    private readonly ConcurrentDictionary<ulong, Kept<Lazy<string>>> _files = new();

    /// <summary>
    /// An entry of a table above, with the last build that asked for it: the rest is forgotten when a build ends (see
    /// <see cref="EndBuild"/>). A stamp, not a second table of what was asked: asking again takes no lock.
    /// </summary>
    private sealed class Kept<T>(T value, int build)
    {
        public T Value { get; } = value;
        public int Build = build;
    }

    /// <summary>The build under way, for <see cref="Kept{T}.Build"/>.</summary>
    private int _build;

    private bool TryUse<TKey, T>(ConcurrentDictionary<TKey, Kept<T>> table, TKey key, out T value) where TKey : notnull
    {
        if (!table.TryGetValue(key, out var kept)) { value = default!; return false; }
        kept.Build = _build;
        value = kept.Value;
        return true;
    }

    private T Keep<TKey, T>(ConcurrentDictionary<TKey, Kept<T>> table, TKey key, T value) where TKey : notnull
    {
        table[key] = new Kept<T>(value, _build);
        return value;
    }

    private T Use<TKey, T>(ConcurrentDictionary<TKey, Kept<T>> table, TKey key, Func<TKey, T> make) where TKey : notnull
    {
        var kept = table.GetOrAdd(key, k => new Kept<T>(make(k), _build));
        kept.Build = _build;
        return kept.Value;
    }

    private int _encoded;

    public string Folder { get; } = folder;

    /// <summary>Where a site keeps its processed images: <c>.thuisbasis/cache/images/</c> under its root.</summary>
    public static string FolderIn(string root) => Path.Combine(root, ".thuisbasis", "cache", "images");

    /// <summary>
    /// True in the preview: a new photo is read once to check it and to know its variants' sizes, and each variant is
    /// made when something first reads it (the browser, the output, a share card), the rest later in the background
    /// (<see cref="CompleteInBackground"/>). A writer who adds a dozen phone photos sees the page after the check (about a
    /// tenth of a second a photo) instead of after every size in two formats (more than a second a photo). The bytes are
    /// the same either way: a variant is drawn from the same decoded pixels by the same steps.
    /// </summary>
    public bool MakeWhenRead { get; init; }

    /// <summary>The images whose variants are not all made yet, by hash (only with <see cref="MakeWhenRead"/>).</summary>
    private readonly ConcurrentDictionary<ulong, Pending> _pending = new();
    private int _completing;

    /// <summary>When a reader last asked for a variant that was not made yet (<see cref="Environment.TickCount64"/>).</summary>
    private long _lastAsked;

    /// <summary>How many images and cards this store has decoded to encode (not taken from a cache; in the preview, a photo counts when it is checked): tests and figures.</summary>
    public int Encoded => _encoded;

    /// <summary>
    /// Forgets the images and cards this store holds in memory when their folder is gone (<c>git clean -x</c>, or
    /// <c>.thuisbasis/</c> removed while the preview runs): their files went with it, and the next use makes them again
    /// instead of pointing pages at files that are no longer there. One status call per build.
    /// </summary>
    public void ForgetWhenFolderGone()
    {
        if (!Directory.Exists(Folder)) Forget();
    }

    /// <summary>Forgets what is in memory (not the files): after a build that failed, as some of its files may be gone.</summary>
    public void Forget()
    {
        _images.Clear();
        _files.Clear();
        _pending.Clear();
    }

    /// <summary>
    /// Ends a build: forgets, in memory, the fingerprints of files, the images and the derived files (share cards, crops)
    /// the build did not ask for: a photo removed or replaced, a card of a title since changed, a file saved again. A
    /// preview left running all day otherwise kept one of each for every photo, save and title it ever saw (found by
    /// LongSessionTests). The files in the cache stay (see <see cref="Prune"/>): one asked for again is read from there.
    /// </summary>
    public void EndBuild()
    {
        KeepOnly(_hashes);
        KeepOnly(_images);
        KeepOnly(_files);
        _build++;
    }

    private void KeepOnly<TKey, T>(ConcurrentDictionary<TKey, Kept<T>> table) where TKey : notnull
    {
        foreach (var entry in table)
            if (entry.Value.Build != _build) table.TryRemove(entry); // only that entry: not one a photo's completion just put back
    }

    /// <summary>Forgets the fingerprints of these files (full paths), so each is read again even with the same size and time.</summary>
    public void ForgetFiles(IEnumerable<string> fullPaths)
    {
        var paths = fullPaths.ToHashSet(StringComparer.Ordinal);
        if (paths.Count == 0) return;
        foreach (var key in _hashes.Keys)
            if (paths.Contains(key.Path)) _hashes.TryRemove(key, out _);
    }

    /// <summary>The fingerprint of a file's bytes, remembered while its size and time of change stay the same.</summary>
    public ulong HashOf(string fullPath, out byte[]? bytes)
    {
        bytes = null;
        var info = new FileInfo(fullPath);
        var key = (fullPath, info.Length, info.LastWriteTimeUtc.Ticks);
        if (TryUse(_hashes, key, out var known)) return known;
        bytes = File.ReadAllBytes(fullPath);
        return Keep(_hashes, key, XxHash3.HashToUInt64(bytes));
    }

    /// <summary>The fingerprint of a file whose bytes were just read, remembered as <see cref="HashOf(string, out byte[])"/> does.</summary>
    private ulong HashOf(string fullPath, byte[] bytes)
    {
        var info = new FileInfo(fullPath);
        return Keep(_hashes, (fullPath, info.Length, info.LastWriteTimeUtc.Ticks), XxHash3.HashToUInt64(bytes));
    }

    /// <summary>The fingerprint of a file read in pieces (a video), remembered like <see cref="HashOf"/>.</summary>
    public ulong StreamedHashOf(string fullPath)
    {
        var info = new FileInfo(fullPath);
        var key = (fullPath, info.Length, info.LastWriteTimeUtc.Ticks);
        return Use(_hashes, key, _ =>
        {
            var hash = new XxHash3();
            using var stream = File.OpenRead(fullPath);
            hash.Append(stream);
            return hash.GetCurrentHashAsUInt64();
        });
    }

    /// <summary>The variants of an image; made (and written to the cache) only when no cache holds them. Null when Skia cannot read it.</summary>
    public ProcessedImage? Process(string fullPath, ImageFormat format)
    {
        var hash = Combine(HashOf(fullPath, out var bytes), Parameters + format);
        if (TryUse(_images, hash, out var known)) return known;
        var dir = Path.Combine(Folder, hash.ToString("x16"));
        if (ReadIndex(dir, hash) is { } cached) return Keep(_images, hash, cached);
        bytes ??= File.ReadAllBytes(fullPath);
        var made = Make(bytes, format, hash, dir);
        if (made is not null) Keep(_images, hash, made);
        return made;
    }

    /// <summary>
    /// The widest variant of an image in <paramref name="format"/> up to <paramref name="maxWidth"/>, the very file the
    /// site publishes, when the cache holds it (a build made it, or the preview, which makes every photo's variants in
    /// the background); null when it does not (yet). The web editor lists large photos this way.
    /// </summary>
    /// <param name="read">The file's bytes when the caller has just read them: fingerprinted and remembered without a second read.</param>
    /// <param name="maxLength">A variant larger than this is not read (null): the caller would not use it.</param>
    public byte[]? CachedVariant(string fullPath, ImageFormat format, int maxWidth, byte[]? read = null, long maxLength = long.MaxValue)
    {
        var hash = Combine(read is null ? HashOf(fullPath, out _) : HashOf(fullPath, read), Parameters + format);
        var dir = Path.Combine(Folder, hash.ToString("x16"));
        var extension = ImageFormats.Extension(format);
        try
        {
            // By the files' names (an entry the preview is still completing has no index yet): "1200.jpg".
            var widest = Directory.EnumerateFiles(dir, "*" + extension)
                .Select(f => int.TryParse(Path.GetFileName(f)[..^extension.Length], NumberStyles.None, CultureInfo.InvariantCulture, out var w) ? w : 0)
                .Where(w => w > 0 && w <= maxWidth).DefaultIfEmpty().Max();
            var file = Path.Combine(dir, widest.ToString(CultureInfo.InvariantCulture) + extension);
            return widest > 0 && InUse(file) && new FileInfo(file).Length <= maxLength ? File.ReadAllBytes(file) : null;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null; // not made, or cleaned up meanwhile
        }
    }

    /// <summary>
    /// Decodes the image upright (at the scale its widest variant needs) and lists its variants; then either makes them
    /// all, or (<see cref="MakeWhenRead"/>) keeps its bytes in the entry's folder and leaves each variant for when it is read.
    /// </summary>
    private ProcessedImage? Make(byte[] bytes, ImageFormat format, ulong hash, string dir)
    {
        if (ImageEncoder.UprightSize(bytes) is not var (width, height)) return null;
        var widths = WidthsFor(width);
        // A PNG or WebP is decoded whole (only JPEG decodes at a smaller scale): a 100-megapixel screenshot or panorama
        // takes 400 MB and more, so such images are made one at a time, whatever the number of cores (four at once
        // needed 3.2 GB, more than a build container may have).
        var huge = format is not ImageFormat.Jpeg && (long)width * height > HugePixels;
        if (huge) HugeOne.Wait();
        try
        {
            return MakeFrom(bytes, format, hash, dir, width, height, widths);
        }
        finally
        {
            if (huge) HugeOne.Release();
        }
    }

    /// <summary>Above this many pixels a PNG or WebP is made on its own (see <see cref="Make"/>).</summary>
    private const long HugePixels = 40_000_000;

    private static readonly SemaphoreSlim HugeOne = new(1, 1);

    private ProcessedImage? MakeFrom(byte[] bytes, ImageFormat format, ulong hash, string dir, int width, int height, int[] widths)
    {
        // Made now, every variant is drawn from these pixels. Made when read (the preview), the photo is only checked
        // now, at the smallest scale its codec offers, and sized as this decode would be: a fraction of the work for
        // each new photo, with the same result, message and page.
        using var upright = MakeWhenRead ? null : ImageEncoder.DecodeUpright(bytes, widths[^1]);
        if ((upright is null ? ImageEncoder.CheckUpright(bytes, widths[^1]) : (upright.Width, upright.Height)) is not var (decodedWidth, decodedHeight))
            return null;
        Interlocked.Increment(ref _encoded);
        Directory.CreateDirectory(dir);
        var variants = new List<ImageVariant>();
        foreach (var w in widths)
        {
            var h = w == decodedWidth ? decodedHeight : ImageEncoder.ScaledHeight(decodedWidth, decodedHeight, w);
            foreach (var f in Formats(format, w, widths))
                variants.Add(new ImageVariant(w, h, f, Path.Combine(dir, w.ToString(CultureInfo.InvariantCulture) + ImageFormats.Extension(f))));
        }
        var result = new ProcessedImage(hash, width, height, format, variants);
        if (upright is not null)
        {
            MakeVariants(upright, variants, variants);
            File.Delete(Path.Combine(dir, Pending.SourceName)); // left by a preview stopped before it made every variant
            WholeFile.Write(Path.Combine(dir, "index.txt"), Encoding.UTF8.GetBytes(IndexText(result)));
            return result;
        }
        var pending = new Pending(this, result, dir, widths[^1]);
        WholeFile.Write(pending.Source, bytes);
        _pending[hash] = pending;
        return result with { Variants = variants.Select(v => v with { Later = new Lazy<string>(() => pending.Make(v), LazyThreadSafetyMode.PublicationOnly) }).ToList() };
    }

    /// <summary>
    /// Writes the variants of <paramref name="wanted"/> whose file is not there yet, each size scaled from the sizes
    /// before it (see <see cref="ImageEncoder.ScaleInSteps"/>): a variant made alone (the preview) takes the same steps,
    /// so it is the same file.
    /// </summary>
    private static void MakeVariants(SKBitmap upright, IReadOnlyList<ImageVariant> all, IEnumerable<ImageVariant> wanted)
    {
        var missing = wanted.Where(v => !File.Exists(v.CachePath)).ToList();
        if (missing.Count == 0) return;
        var narrowest = missing.Min(v => v.Width);
        var sizes = all.Where(v => v.Width >= narrowest).Select(v => (v.Width, v.Height)).Distinct().ToList();
        ImageEncoder.ScaleInSteps(upright, sizes, scaled =>
        {
            foreach (var v in missing.Where(v => v.Width == scaled.Width)) WholeFile.Write(v.CachePath, ImageEncoder.Encode(scaled, v.Format));
        });
    }

    /// <summary>
    /// Makes the variants of every image the preview has left for later, one image at a time on one thread, after a
    /// build: a page the writer opens asks for its own variants first (<see cref="ImageVariant.Later"/>), and a preview
    /// started again tomorrow finds complete entries instead of checking those photos again.
    /// </summary>
    public void CompleteInBackground()
    {
        if (_pending.IsEmpty || Interlocked.Exchange(ref _completing, 1) == 1) return;
        Task.Run(async () =>
        {
            try
            {
                // The browser's requests for the page the writer looks at come first: they arrive within moments of the
                // reload, and the background waits until none has come for a while before each photo.
                await Task.Delay(QuietBeforeCompleting).ConfigureAwait(false);
                while (!_pending.IsEmpty)
                foreach (var (hash, pending) in _pending)
                {
                    while (Environment.TickCount64 - Volatile.Read(ref _lastAsked) < QuietBeforeCompleting.TotalMilliseconds)
                        await Task.Delay(QuietBeforeCompleting / 4).ConfigureAwait(false);
                    try { pending.MakeAll(); }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException) { }
                    _pending.TryRemove(hash, out _);
                }
            }
            finally
            {
                Volatile.Write(ref _completing, 0);
            }
        });
    }

    /// <summary>How long no reader may have asked for a variant before the background goes on with the next image.</summary>
    private static readonly TimeSpan QuietBeforeCompleting = TimeSpan.FromSeconds(1);

    /// <summary>
    /// An image whose variants wait for their first reader. Its bytes wait in the entry's folder (<c>bron</c>), so a photo
    /// replaced or removed meanwhile (the preview still serves the last good build) gives the variants its page shows.
    /// When every variant is there, the entry gets its index, like one made at once, and the copy goes.
    /// </summary>
    private sealed class Pending(ImageStore store, ProcessedImage image, string dir, int widest)
    {
        public const string SourceName = "bron";

        public string Source { get; } = Path.Combine(dir, SourceName);

        public string Make(ImageVariant variant)
        {
            if (!File.Exists(variant.CachePath))
            {
                Volatile.Write(ref store._lastAsked, Environment.TickCount64);
                using (var upright = Decode())
                {
                    if (upright is null) return variant.CachePath; // made by another reader meanwhile
                    MakeVariants(upright, image.Variants, [variant]);
                }
                if (image.Variants.All(v => File.Exists(v.CachePath))) Finish();
            }
            return variant.CachePath;
        }

        public void MakeAll()
        {
            if (image.Variants.All(v => File.Exists(v.CachePath)))
            {
                Finish();
                return;
            }
            using var upright = Decode();
            if (upright is not null) MakeVariants(upright, image.Variants, image.Variants);
            Finish();
        }

        /// <summary>The upright pixels, or null when every variant was made (and the copy removed) by another reader.</summary>
        private SKBitmap? Decode()
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(Source);
            }
            catch (FileNotFoundException) when (image.Variants.All(v => File.Exists(v.CachePath)))
            {
                return null;
            }
            return ImageEncoder.DecodeUpright(bytes, widest) ?? throw new InvalidOperationException("Een foto kan niet opnieuw worden gelezen.");
        }

        private void Finish()
        {
            WholeFile.Write(Path.Combine(dir, "index.txt"), Encoding.UTF8.GetBytes(IndexText(image)));
            File.Delete(Source);
            store._pending.TryRemove(image.Hash, out _);
        }
    }

    /// <summary>The formats an image of <paramref name="format"/> is published in at width <paramref name="w"/>: WebP, and its own once.</summary>
    private static ImageFormat[] Formats(ImageFormat format, int w, int[] widths) =>
        format == ImageFormat.Webp || w != FallbackWidth(widths) ? [ImageFormat.Webp] : [ImageFormat.Webp, format];

    /// <summary>240, 480, 800, 1200 and 1600 where the source is wider, and the source's own width when that is 1600 or less.</summary>
    public static int[] WidthsFor(int width)
    {
        var list = Widths.Where(w => w < width).ToList();
        if (width <= Widths[^1] || list.Count == 0) list.Add(Math.Min(width, Widths[^1]));
        return list.Distinct().ToArray();
    }

    /// <summary>
    /// A derived file (a share card, a crop): the path of the cached file, made by <paramref name="make"/> when the path
    /// is first asked for, unless the cache holds one for <paramref name="key"/> already. Made only when needed: a preview
    /// serves a page long before anyone asks for its share card, and a title edited in the preview would otherwise paint
    /// a card on every save.
    /// </summary>
    public Lazy<string> Derived(string key, string extension, Func<byte[]> make) =>
        Derived(key, extension, (Action<string>)(temp => File.WriteAllBytes(temp, make())));

    /// <summary>The same for a file too large to hold in memory (a video): <paramref name="write"/> writes it to the path it is given.</summary>
    public Lazy<string> Derived(string key, string extension, Action<string> write)
    {
        var hash = XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(Parameters + "|" + key));
        return Use(_files, hash, h => new Lazy<string>(() =>
        {
            var path = Path.Combine(Folder, "derived", h.ToString("x16") + extension);
            if (InUse(path)) return path;
            try
            {
                WholeFile.Write(path, write);
                Interlocked.Increment(ref _encoded);
                return path;
            }
            catch
            {
                _files.TryRemove(h, out _); // the next build tries again (a Lazy would keep the failure for good)
                throw;
            }
        }));
    }

    /// <summary>
    /// A JPEG of a processed image that has none (a WebP), at most <paramref name="maxWidth"/> wide, on white: for the
    /// programs that show no WebP (Outlook for Windows in a Mailchimp mail). Made the first time its path is read, and
    /// only for the images that ask (a feed's), not for every WebP. It is keyed by the processed image, so by the photo's
    /// bytes: a photo replaced under the same name gets a JPEG of its own (<c>jpeg-v1</c>: raise it when the drawing
    /// changes). It is drawn from the photo itself while the file still holds those bytes, else from the widest variant.
    /// </summary>
    public Lazy<string> Jpeg(ProcessedImage image, string? sourcePath, int maxWidth) =>
        Derived($"jpeg-v1|{image.Hash:x16}|{maxWidth}", ".jpg", () =>
        {
            var width = Math.Min(maxWidth, image.Width);
            var bytes = sourcePath is not null && File.Exists(sourcePath) ? File.ReadAllBytes(sourcePath) : null;
            if (bytes is null || Combine(XxHash3.HashToUInt64(bytes), Parameters + image.Format) != image.Hash)
                bytes = File.ReadAllBytes(image.Widest.MadePath);
            using var decoded = ImageEncoder.DecodeUpright(bytes, width)
                ?? throw new InvalidOperationException("Een bewerkte foto kan niet opnieuw worden gelezen.");
            using var flat = ImageEncoder.OnWhite(decoded, width);
            return ImageEncoder.Encode(flat, ImageFormat.Jpeg);
        });

    private static ulong Combine(ulong hash, string parameters) =>
        XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(hash.ToString("x16") + "|" + parameters));

    private static string IndexText(ProcessedImage p)
    {
        var text = new StringBuilder($"{p.Width} {p.Height} {p.Format}\n");
        foreach (var v in p.Variants) text.Append($"{v.Width} {v.Height} {v.Format} {Path.GetFileName(v.CachePath)}\n");
        return text.ToString();
    }

    /// <summary>A cache entry written completely before (its index is written last), or null.</summary>
    private static ProcessedImage? ReadIndex(string dir, ulong hash)
    {
        var index = Path.Combine(dir, "index.txt");
        if (!InUse(index)) return null;
        try
        {
            var lines = File.ReadAllLines(index);
            var head = lines[0].Split(' ');
            var format = Enum.Parse<ImageFormat>(head[2]);
            var widths = WidthsFor(int.Parse(head[0], CultureInfo.InvariantCulture));
            var variants = new List<ImageVariant>();
            var unused = new List<string>();
            foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
            {
                var p = line.Split(' ');
                var (w, f) = (int.Parse(p[0], CultureInfo.InvariantCulture), Enum.Parse<ImageFormat>(p[2]));
                var path = Path.Combine(dir, p[3]);
                // An entry of an earlier version holds every width in the source's format too: the same bytes, of which
                // this version publishes one (see FallbackMaxWidth). The entry is used, without encoding the photo again.
                if (!Formats(format, w, widths).Contains(f)) { unused.Add(path); continue; }
                if (!File.Exists(path)) return null;
                variants.Add(new ImageVariant(w, int.Parse(p[1], CultureInfo.InvariantCulture), f, path));
            }
            if (variants.Count == 0) return null;
            var image = new ProcessedImage(hash, int.Parse(head[0], CultureInfo.InvariantCulture), int.Parse(head[1], CultureInfo.InvariantCulture), format, variants);
            if (unused.Count > 0) Shrink(index, image, unused);
            return image;
        }
        catch (Exception e) when (e is FormatException or IndexOutOfRangeException or ArgumentException or IOException)
        {
            return null; // a damaged entry is made again
        }
    }

    /// <summary>
    /// Takes the files this version does not publish out of an earlier version's entry (about 1 MB a phone photo, in a
    /// cache a host keeps between deploys): the index first, so that an entry is never listed with a file it lacks.
    /// </summary>
    private static void Shrink(string index, ProcessedImage image, IEnumerable<string> unused)
    {
        try
        {
            WholeFile.Write(index, Encoding.UTF8.GetBytes(IndexText(image)));
            foreach (var file in unused) File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // a cache that may be read but not changed: the entry is used as it is
        }
    }

    /// <summary>
    /// Whether an entry's file is there (the same one status call as <see cref="File.Exists"/>); when it is and was last
    /// marked a while ago, it gets the time of now (see <see cref="KeepUnused"/>).
    /// </summary>
    private static bool InUse(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) return false;
        var now = DateTime.UtcNow;
        try
        {
            if (now - info.LastWriteTimeUtc > MarkAfter) info.LastWriteTimeUtc = now;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // a cache that may be read but not changed: its entries are used as they are, and pruned by whoever owns it
        }
        return true;
    }

    /// <summary>
    /// Removes the entries unused for <see cref="KeepUnused"/> (an entry's time is its index's, or a derived file's own),
    /// at most once a day. Called after a build that succeeded: what it used was just marked. A preview marks what it
    /// uses the same way, so only one left running for weeks could miss an entry of a draft; it would make it again.
    /// </summary>
    /// <returns>How many entries were removed.</returns>
    public int Prune(DateTime nowUtc)
    {
        var stamp = Path.Combine(Folder, "opgeruimd");
        if (!Directory.Exists(Folder) || (File.Exists(stamp) && nowUtc - File.GetLastWriteTimeUtc(stamp) < TimeSpan.FromDays(1))) return 0;
        var before = nowUtc - KeepUnused;
        var removed = 0;
        try
        {
            PruneEntries(before, ref removed);
            File.WriteAllBytes(stamp, []);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // the output is written already; cleaning up is tried again by the next build
        }
        return removed;
    }

    private void PruneEntries(DateTime before, ref int removed)
    {
        foreach (var dir in Directory.EnumerateDirectories(Folder))
        {
            if (Path.GetFileName(dir) == "derived")
            {
                foreach (var file in Directory.EnumerateFiles(dir).Where(f => File.GetLastWriteTimeUtc(f) < before))
                    removed += Delete(() => File.Delete(file));
                continue;
            }
            var index = Path.Combine(dir, "index.txt");
            if ((File.Exists(index) ? File.GetLastWriteTimeUtc(index) : Directory.GetLastWriteTimeUtc(dir)) < before)
                removed += Delete(() => Directory.Delete(dir, recursive: true));
        }
    }

    /// <summary>1 when removed; 0 when another process has it open or removed it first (the next clean-up tries again).</summary>
    private static int Delete(Action delete)
    {
        try { delete(); return 1; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return 0; }
    }

}
