using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Thuisbasis.Preview.Editor;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Editor;

/// <summary>The preview's local backend (Decap's proxy protocol): who may ask, which files, and what a save writes.</summary>
public sealed class LocalBackendTests : IDisposable
{
    private readonly FixtureSite _site = new();
    private readonly LocalBackend _backend;

    public LocalBackendTests() => _backend = new LocalBackend(_site.Root);

    private static JsonObject Params(string json) => (JsonObject)JsonNode.Parse(json)!;

    /// <summary>A persistEntry request as Decap's proxy backend sends it.</summary>
    private static JsonObject Save(string path, string raw) => new()
    {
        ["entry"] = new JsonObject { ["slug"] = Path.GetFileNameWithoutExtension(path), ["path"] = path, ["raw"] = raw },
        ["assets"] = new JsonArray(),
        ["options"] = new JsonObject { ["commitMessage"] = "Opgeslagen" },
    };

    private static HttpContext Request(string? origin, string remote = "127.0.0.1", string host = "localhost:5080")
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.Scheme = "http";
        context.Request.Host = new HostString(host);
        context.Request.ContentType = "application/json";
        context.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        if (origin is not null) context.Request.Headers.Origin = origin;
        return context;
    }

    [Fact]
    public void TheEditorOnThePreviewsOwnAddressIsLetIn() =>
        Assert.Null(RequestGuard.Refusal(Request("http://localhost:5080")));

    [Theory]
    [InlineData("https://evil.example", "127.0.0.1", "localhost:5080")]
    [InlineData("http://localhost:3000", "127.0.0.1", "localhost:5080")]
    [InlineData(null, "127.0.0.1", "localhost:5080")]
    [InlineData("http://localhost:5080", "192.168.1.20", "localhost:5080")]
    [InlineData("http://evil.example:5080", "127.0.0.1", "evil.example:5080")]
    public void ARequestFromAnotherOriginComputerOrHostIsRefused(string? origin, string remote, string host)
    {
        var refused = RequestGuard.Refusal(Request(origin, remote, host));

        Assert.NotNull(refused);
        Assert.Equal(StatusCodes.Status403Forbidden, refused.Status);
    }

    [Fact]
    public void AFormPostWithoutJsonIsRefused()
    {
        var context = Request("http://localhost:5080");
        context.Request.ContentType = "application/x-www-form-urlencoded";

        Assert.Equal(StatusCodes.Status415UnsupportedMediaType, RequestGuard.Refusal(context)?.Status);
    }

    [Theory]
    [InlineData("../geheim.md")]
    [InlineData("input/../../geheim.md")]
    [InlineData("/etc/passwd")]
    [InlineData("input/./stories/a.md")]
    [InlineData("input\\stories\\a.md")]
    [InlineData("themes/default/layouts/base.sbn-html")]
    [InlineData("input/.git/config")]
    [InlineData("output/index.html")]
    [InlineData("C:/Windows/win.ini")]
    public void APathOutsideInputIsRefusedAndNothingIsWritten(string path)
    {
        var before = Snapshot();
        Assert.Null(new SitePaths(_site.Root).Resolve(path));

        var ex = Record.Exception(() => _backend.Run("persistEntry", Save(path, "---\ntitle: x\n---\n")));

        Assert.NotNull(ex);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void ASymbolicLinkInsideInputThatLeadsOutIsRefused()
    {
        var outside = Directory.CreateTempSubdirectory("tb-outside-");
        try
        {
            Directory.CreateSymbolicLink(Path.Combine(_site.Root, "input", "uitweg"), outside.FullName);

            Assert.Null(new SitePaths(_site.Root).Resolve("input/uitweg/a.md"));
            Assert.ThrowsAny<Exception>(() => _backend.Run("getEntry", Params("""{"path":"input/uitweg/a.md"}""")));
            Assert.Empty(outside.EnumerateFiles());
        }
        finally { outside.Delete(true); }
    }

    [Fact]
    public void PersistEntryWritesExactlyTheFileItNamesAndNothingElse()
    {
        var before = Snapshot();
        const string raw = "---\ntitle: Koffie op het plein\ndate: 2026-05-04\nauthor: anouk-visser\ntags:\n  - mantelzorg\ndraft: false\n---\nElke vrijdag koffie.\n";

        var (status, _) = _backend.Run("persistEntry", Save("input/stories/2026-05-04-koffie.md", raw));

        Assert.Equal(200, status);
        Assert.Equal(raw, File.ReadAllText(Path.Combine(_site.Root, "input/stories/2026-05-04-koffie.md")));
        Assert.Equal(before.Append("input/stories/2026-05-04-koffie.md").Order(StringComparer.Ordinal), Snapshot());
        // What the editor saved, the engine accepts.
        var result = _site.Build();
        Assert.True(result.Diagnostics.Count == 0, result.Describe());
        Assert.True(result.Has("verhalen/koffie/index.html"));
    }

    [Fact]
    public void AVacancyAndATestimonialAsTheEditorWritesThemBuildWithoutAnyMessage()
    {
        const string vacancy = "---\ntitle: Vrijwilliger taalcafé\ndate: 2026-11-01\nclosing_date: 2026-12-31\nkind: volunteer\nlocation: Amsterdam\n" +
            "salary:\n  min: 2800\n  max: 3600\n  period: month\n  scale: CAO Sociaal Werk schaal 7\ncontact:\n  name: Anouk Visser\n  email: anouk@test.example\n" +
            "apply_email: werken@test.example\nfilled: false\ndraft: false\n---\nHelp mee.\n";
        const string testimonial = "---\nname: Ria\nrole: cliënt\nconsent: true\nconsent_date: 2026-11-20\nfeatured: false\n---\nIk kom hier graag.\n";
        _backend.Run("persistEntry", Save("input/vacancies/vrijwilliger.md", vacancy));
        _backend.Run("persistEntry", Save("input/testimonials/ria.md", testimonial));

        var result = _site.Build();

        Assert.True(result.Diagnostics.Count == 0, result.Describe());
        Assert.True(result.Has("vacatures/vrijwilliger/index.html"));
    }

    [Fact]
    public void AnEditorSaveKeepsTheWritersCommentsAboveTheirKeysAndAfterTheirValues()
    {
        _site.Write("input/activities/wandelen.md",
            "---\n# Gemaakt door Bram.\ntitle: Wandelen\nstart: 2026-10-09 10:00\n# Op nieuwjaarsdag wandelen we niet.\n" +
            "cancelled: [2027-01-01]\nlocation: { name: Flevopark }   # de ingang aan de Insulindeweg\nprice: gratis # altijd\n---\nLopen.\n");
        // As Decap writes it back: keys in the form's order, lists as blocks, every comment gone, the title changed.
        const string raw = "---\ntitle: Wandelen in het park\nstart: 2026-10-09 10:00\nlocation:\n  name: Flevopark\ncancelled:\n  - 2027-01-01\n" +
            "price: gratis\n---\nLopen.\n";

        _backend.Run("persistEntry", Save("input/activities/wandelen.md", raw));

        // Only the title changed, so the rest keeps the writer's text, order and comments (KeptLayout; see KeptLayoutTests).
        Assert.Equal(
            "---\n# Gemaakt door Bram.\ntitle: Wandelen in het park\nstart: 2026-10-09 10:00\n# Op nieuwjaarsdag wandelen we niet.\n" +
            "cancelled: [2027-01-01]\nlocation: { name: Flevopark }   # de ingang aan de Insulindeweg\nprice: gratis # altijd\n---\nLopen.\n",
            File.ReadAllText(Path.Combine(_site.Root, "input/activities/wandelen.md")));
    }

    [Fact]
    public void SavingTheSettingsKeepsTheirCommentsAndANewFileIsWrittenAsSent()
    {
        _site.Write("statiq.config", "# Instellingen van de site.\nname: De Linde\nbrand:\n  primary: \"#0b5f7a\"     # contrast 7,2 : 1\n" +
            "# Zoeken op de site.\nsearch: false\n");
        const string raw = "name: De Linde Oost\nbrand:\n  primary: \"#0b5f7a\"\nsearch: false\n";

        _backend.Run("persistEntry", Save("statiq.config", raw));
        _backend.Run("persistEntry", Save("input/pages/nieuw.md", "---\ntitle: Nieuw # geen commentaar\n---\n"));

        Assert.Equal("# Instellingen van de site.\nname: De Linde Oost\nbrand:\n  primary: \"#0b5f7a\"     # contrast 7,2 : 1\n" +
            "# Zoeken op de site.\nsearch: false\n", File.ReadAllText(Path.Combine(_site.Root, "statiq.config")));
        Assert.Equal("---\ntitle: Nieuw # geen commentaar\n---\n", File.ReadAllText(Path.Combine(_site.Root, "input/pages/nieuw.md")));
    }

    [Fact]
    public void CommentsAtTheEndOfTheSettingsStayAtTheEndAndTheFileStillEndsInANewline()
    {
        // As in the sample statiq.config: a commented-out block after the last key, for a writer to switch on later.
        _site.Write("statiq.config", "name: De Linde\nsearch: false\n# Statistieken: standaard meet de site niets.\n# analytics:\n#   provider: plausible\n");

        _backend.Run("persistEntry", Save("statiq.config", "name: De Linde Oost\nsearch: false\n"));

        Assert.Equal("name: De Linde Oost\nsearch: false\n# Statistieken: standaard meet de site niets.\n# analytics:\n#   provider: plausible\n",
            File.ReadAllText(Path.Combine(_site.Root, "statiq.config")));
    }

    /// <summary>A persistEntry request with one upload, as Decap sends a new entry with a photo chosen in its form.</summary>
    private static JsonObject SaveWithUpload(string path, string raw, string assetPath, byte[] bytes)
    {
        var request = Save(path, raw);
        request["assets"] = new JsonArray(new JsonObject
        {
            ["path"] = assetPath, ["content"] = Convert.ToBase64String(bytes), ["encoding"] = "base64",
        });
        return request;
    }

    [Fact]
    public void ASaveAppearsWholeWhereThePreviewWatchesPhotoFirstAndLeavesNothingBehind()
    {
        // A file written in place is seen empty first (created, then changed): the preview would build half a story.
        // Written whole, it appears in one rename, and the photo before the story that shows it.
        // One watcher over the whole input folder, as the preview has: two watchers raise their events on threads of
        // their own, and the order between them says nothing (CI saw the story before the photo that way).
        var folders = new[] { "input/stories", "input/assets/img" }.Select(f => Path.Combine(_site.Root, f)).ToList();
        foreach (var f in folders) Directory.CreateDirectory(f);
        var seen = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var watcher = new FileSystemWatcher(Path.Combine(_site.Root, "input")) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        watcher.Created += (_, e) => seen.Enqueue($"created {Path.GetFileName(e.Name)}");
        watcher.Renamed += (_, e) => seen.Enqueue($"renamed {Path.GetFileName(e.Name)}");
        try
        {
            var (status, _) = _backend.Run("persistEntry", SaveWithUpload("input/stories/2026-05-04-markt.md",
                "---\ntitle: Markt\nimage: /assets/img/markt.png\nimage_alt: Kramen.\n---\nTekst.\n", "input/assets/img/markt.png", Feeds.FeedTestSupport.Png(8, 8)));
            Assert.Equal(200, status);
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (!seen.Any(e => e == "renamed 2026-05-04-markt.md") && DateTime.UtcNow < deadline) Thread.Sleep(20);
            Thread.Sleep(200);
        }
        finally
        {
            watcher.Dispose();
        }
        var named = seen.Where(e => !e.Split(' ')[1].StartsWith('.')).ToList();
        Assert.Equal(["renamed markt.png", "renamed 2026-05-04-markt.md"], named);
        Assert.DoesNotContain(folders.SelectMany(Directory.EnumerateFileSystemEntries), f => Path.GetFileName(f).StartsWith('.'));
    }

    [Theory]
    [InlineData("input/assets/img/IMG 0001.HEIC")]
    [InlineData("input/assets/img/vakantie.jpg")]
    public void AHeicPhotoIsRefusedWithAPlainReasonAndNothingOfTheEntryIsSaved(string assetPath)
    {
        byte[] heic = [0, 0, 0, 0x18, .. "ftypheic"u8, 0, 0, 0, 0];
        var before = Snapshot();

        var refused = Record.Exception(() => _backend.Run("persistEntry",
            SaveWithUpload("input/stories/2026-05-04-vakantie.md", "---\ntitle: Vakantie\nimage: /assets/img/x.jpg\n---\n", assetPath, heic)));

        Assert.NotNull(refused);
        Assert.Contains("HEIC", refused.Message);
        Assert.Contains("JPEG", refused.Message);
        Assert.Equal(before, Snapshot());
    }

    /// <summary>
    /// A photo that the build would refuse (TB0131: an empty file, a copy that broke off halfway, bytes that are no image)
    /// is refused at the upload with the build's own words, before anything is saved: saved, it stopped every page of the
    /// preview until the writer found and deleted it in the media library.
    /// </summary>
    [Theory]
    [InlineData("leeg", "leeg (0 bytes)")]
    [InlineData("afgebroken", "niet compleet")]
    [InlineData("geen-foto", "kan niet worden gelezen")]
    public void AnEmptyOrBrokenPhotoIsRefusedAtTheUploadWithTheBuildsReasonAndNothingIsSaved(string kind, string reason)
    {
        var jpeg = Images.TestImages.Encode(Images.TestImages.TwoHalves(800, 600, SkiaSharp.SKColors.Red, SkiaSharp.SKColors.Blue), SkiaSharp.SKEncodedImageFormat.Jpeg);
        byte[] bytes = kind switch { "leeg" => [], "afgebroken" => jpeg[..(jpeg.Length / 2)], _ => "Dit is tekst, geen foto."u8.ToArray() };
        var before = Snapshot();

        var alone = Record.Exception(() => _backend.Run("persistMedia", new JsonObject
        {
            ["asset"] = new JsonObject { ["path"] = "input/assets/img/IMG_1234 (1).JPG", ["content"] = Convert.ToBase64String(bytes), ["encoding"] = "base64" },
        }));
        var withEntry = Record.Exception(() => _backend.Run("persistEntry",
            SaveWithUpload("input/stories/2026-05-04-markt.md", "---\ntitle: Markt\nimage: /assets/img/markt.jpg\n---\n", "input/assets/img/markt.jpg", bytes)));

        foreach (var refused in new[] { alone, withEntry })
        {
            Assert.NotNull(refused);
            Assert.Contains(reason, refused.Message);
        }
        Assert.Equal(before, Snapshot());
    }

    /// <summary>A photo as a phone makes one: noise compresses badly, so it is megabytes, as a real one is.</summary>
    private static byte[] NoisyJpeg(int width, int height, int seed)
    {
        var pixels = new byte[width * height * 4];
        new Random(seed).NextBytes(pixels);
        using var bitmap = new SkiaSharp.SKBitmap(new SkiaSharp.SKImageInfo(width, height, SkiaSharp.SKColorType.Rgba8888, SkiaSharp.SKAlphaType.Opaque));
        System.Runtime.InteropServices.Marshal.Copy(pixels, 0, bitmap.GetPixels(), pixels.Length);
        return Images.TestImages.Encode(bitmap, SkiaSharp.SKEncodedImageFormat.Jpeg);
    }

    /// <summary>
    /// A photo more like a real one: detail at every scale but not pure noise, so the file is large at 4000 pixels and its
    /// 1200-pixel JPEG is a few hundred KB, as a phone photo's is.
    /// </summary>
    private static byte[] PhotoLikeJpeg(int width, int height, int seed)
    {
        var small = NoisyBitmap(width / 32, height / 32, seed);
        using var large = Images.TestImages.Scale(small, width, height);
        small.Dispose();
        return Images.TestImages.Encode(large, SkiaSharp.SKEncodedImageFormat.Jpeg, 95);
    }

    private static SkiaSharp.SKBitmap NoisyBitmap(int width, int height, int seed)
    {
        var pixels = new byte[width * height * 4];
        new Random(seed).NextBytes(pixels);
        var bitmap = new SkiaSharp.SKBitmap(new SkiaSharp.SKImageInfo(width, height, SkiaSharp.SKColorType.Rgba8888, SkiaSharp.SKAlphaType.Opaque));
        System.Runtime.InteropServices.Marshal.Copy(pixels, 0, bitmap.GetPixels(), pixels.Length);
        return bitmap;
    }

    private Dictionary<string, JsonObject> ListedMedia() =>
        ((JsonArray)_backend.Run("getMedia", Params("""{"branch":"main","mediaFolder":"input/assets/img"}""")).Answer!)
            .OfType<JsonObject>().ToDictionary(f => (string)f["name"]!);

    /// <summary>
    /// The media library gets every file of the folder, whole, each time the editor opens: a folder of phone photos made
    /// that answer hundreds of megabytes. A large photo is listed as a copy 800 pixels wide, under its own name, path and
    /// fingerprint; a small one as it is; asked for by its path, and on disk, the photo is whole; a new version is listed anew.
    /// </summary>
    [Fact]
    public void ALargePhotoIsListedAsASmallerCopyAndStaysWholeOnDisk()
    {
        var large = NoisyJpeg(2000, 1500, seed: 1);
        var small = Images.TestImages.Encode(Images.TestImages.TwoHalves(1200, 900, SkiaSharp.SKColors.Red, SkiaSharp.SKColors.Blue), SkiaSharp.SKEncodedImageFormat.Jpeg);
        Assert.True(large.Length > LocalBackend.ListedAsIs && small.Length <= LocalBackend.ListedAsIs);
        _site.WriteBytes("input/assets/img/markt.jpg", large);
        _site.WriteBytes("input/assets/img/klein.jpg", small);

        var listed = ListedMedia();

        var copy = Convert.FromBase64String((string)listed["markt.jpg"]["content"]!);
        using (var bitmap = SkiaSharp.SKBitmap.Decode(copy)) Assert.Equal((800, 600), (bitmap.Width, bitmap.Height));
        Assert.True(copy.Length < large.Length / 4, $"{copy.Length} of {large.Length} bytes");
        Assert.Equal("input/assets/img/markt.jpg", (string)listed["markt.jpg"]["path"]!);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(large)), (string)listed["markt.jpg"]["id"]!);
        Assert.Equal(small, Convert.FromBase64String((string)listed["klein.jpg"]["content"]!));
        var asked = (JsonObject)_backend.Run("getMediaFile", Params("""{"branch":"main","path":"input/assets/img/markt.jpg"}""")).Answer!;
        Assert.Equal(large, Convert.FromBase64String((string)asked["content"]!));
        Assert.Equal(large, File.ReadAllBytes(Path.Combine(_site.Root, "input/assets/img/markt.jpg")));

        var square = NoisyJpeg(1600, 1600, seed: 2);
        _site.WriteBytes("input/assets/img/markt.jpg", square);
        File.SetLastWriteTimeUtc(Path.Combine(_site.Root, "input/assets/img/markt.jpg"), DateTime.UtcNow.AddMinutes(1));
        var again = ListedMedia()["markt.jpg"];
        using (var bitmap = SkiaSharp.SKBitmap.Decode(Convert.FromBase64String((string)again["content"]!))) Assert.Equal((800, 800), (bitmap.Width, bitmap.Height));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(square)), (string)again["id"]!);
    }

    /// <summary>
    /// A large photo is listed as the file the site publishes at its address (1200 px), to the byte, once the image cache holds it (the preview
    /// makes every photo's variants in the background, and they are there when it starts again); before that, as a quick
    /// copy 800 pixels wide made once. Either way the photo on disk stays as it is.
    /// </summary>
    [Fact]
    public void ALargePhotoIsListedAsTheVariantTheSitePublishesOnceTheCacheHoldsIt()
    {
        var large = PhotoLikeJpeg(4000, 3000, seed: 3);
        Assert.True(large.Length > LocalBackend.ListedAsIs, $"{large.Length} bytes");
        _site.WriteBytes("input/assets/img/markt.jpg", large);

        var quick = Convert.FromBase64String((string)ListedMedia()["markt.jpg"]["content"]!);
        using (var bitmap = SkiaSharp.SKBitmap.Decode(quick)) Assert.Equal((800, 600), (bitmap.Width, bitmap.Height));
        Assert.Equal(1, _backend.CopiesMade);
        Assert.Equal(quick, Convert.FromBase64String((string)ListedMedia()["markt.jpg"]["content"]!));
        Assert.Equal(1, _backend.CopiesMade);

        var built = _site.Build();
        var published = built.Files.Single(f => f.Path == "assets/img/markt.jpg");
        var variant = published.Bytes ?? File.ReadAllBytes(published.CopyFrom!);
        Assert.True(variant.Length <= LocalBackend.ListedAsIs, $"the 1200-pixel JPEG is {variant.Length} bytes");
        Assert.Equal(variant, Convert.FromBase64String((string)ListedMedia()["markt.jpg"]["content"]!));
        var restarted = new LocalBackend(_site.Root);
        var again = ((JsonArray)restarted.Run("getMedia", Params("""{"branch":"main","mediaFolder":"input/assets/img"}""")).Answer!)
            .OfType<JsonObject>().Single(f => (string)f["name"]! == "markt.jpg");
        Assert.Equal(variant, Convert.FromBase64String((string)again["content"]!));
        Assert.Equal(0, restarted.CopiesMade);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(large)), (string)again["id"]!);
        Assert.Equal(large, File.ReadAllBytes(Path.Combine(_site.Root, "input/assets/img/markt.jpg")));
    }

    [Fact]
    public void APhotoWhoseNameIsTakenGetsAFreeNameAndTheEntryPointsAtTheNewPhoto()
    {
        var old = Feeds.FeedTestSupport.Png(8, 8);
        var fresh = Feeds.FeedTestSupport.Png(9, 8);
        _site.Write("input/assets/img/foto.png", "");
        File.WriteAllBytes(Path.Combine(_site.Root, "input/assets/img/foto.png"), old);
        const string raw = "---\ntitle: Markt\nimage: /assets/img/foto.png\nimage_alt: Kramen.\n---\n![Kramen](/assets/img/foto.png)\n";

        _backend.Run("persistEntry", SaveWithUpload("input/services/markt.md", raw, "input/assets/img/foto.png", fresh));

        Assert.Equal(old, File.ReadAllBytes(Path.Combine(_site.Root, "input/assets/img/foto.png")));
        Assert.Equal(fresh, File.ReadAllBytes(Path.Combine(_site.Root, "input/assets/img/foto-2.png")));
        Assert.Equal("---\ntitle: Markt\nimage: /assets/img/foto-2.png\nimage_alt: Kramen.\n---\n![Kramen](/assets/img/foto-2.png)\n",
            File.ReadAllText(Path.Combine(_site.Root, "input/services/markt.md")));
    }

    [Fact]
    public void AnUploadGetsASafeNameAndNeverReplacesAFile()
    {
        var bytes = Feeds.FeedTestSupport.Png(8, 8);
        var png = Convert.ToBase64String(bytes);
        JsonObject Upload() => (JsonObject)_backend.Run("persistMedia", new JsonObject
        {
            ["asset"] = new JsonObject { ["path"] = "input/assets/img/Één Foto van Ria.PNG", ["content"] = png, ["encoding"] = "base64" },
        }).Answer!;

        var first = Upload();
        var second = Upload();

        Assert.Equal("input/assets/img/een-foto-van-ria.png", (string?)first["path"]);
        Assert.Equal("input/assets/img/een-foto-van-ria-2.png", (string?)second["path"]);
        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(_site.Root, "input/assets/img/een-foto-van-ria.png")));
    }

    [Fact]
    public void EntriesByFolderListsTheMarkdownFilesWithTheirTextAndId()
    {
        var answer = (JsonArray)_backend.Run("entriesByFolder", Params("""{"folder":"input/team","extension":"md","depth":1}""")).Answer!;

        var entry = (JsonObject)Assert.Single(answer)!;
        Assert.Equal("input/team/anouk-visser.md", (string?)entry["file"]!["path"]);
        Assert.Contains("name: Anouk Visser", (string?)entry["data"]);
        Assert.Equal(64, ((string?)entry["file"]!["id"])!.Length);
    }

    private List<string> Snapshot() =>
        [.. Directory.EnumerateFiles(_site.Root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_site.Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    public void Dispose() => _site.Dispose();
}
