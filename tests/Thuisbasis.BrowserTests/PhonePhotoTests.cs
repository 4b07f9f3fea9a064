using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SkiaSharp;
using Thuisbasis.BrowserTests.Infrastructure;
using Thuisbasis.Pipeline;
using Thuisbasis.Model;

namespace Thuisbasis.BrowserTests;

/// <summary>
/// The sample site with a real phone photo (4000×3000 JPEG, several MB) as the cover and in the text of a story, seen
/// on a phone: what it downloads, and that the page stays accessible.
/// </summary>
public sealed class PhonePhotoTests(Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime
{
    private const string Story = "/verhalen/ria-gaat-weer-naar-de-markt/";
    private readonly string _work = Path.Combine(Path.GetTempPath(), $"thuisbasis-phone-{Guid.NewGuid():N}");
    private StaticSiteServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private long _photoBytes;

    public async Task InitializeAsync()
    {
        var root = Path.Combine(_work, "root");
        var repo = RepositoryRoot.Find();
        EditorFixture.CopyFolder(Path.Combine(repo, "input"), Path.Combine(root, "input"));
        // Search off in this copy: Pagefind is installed next to the repository, not next to a temporary copy (SearchTests cover it).
        File.WriteAllText(Path.Combine(root, "statiq.config"),
            File.ReadAllText(Path.Combine(repo, "statiq.config")).Replace("search: true", "search: false", StringComparison.Ordinal));
        var photo = PhonePhoto(4000, 3000);
        _photoBytes = photo.Length;
        File.WriteAllBytes(Path.Combine(root, "input/assets/img/markt-telefoon.jpg"), photo);
        var storyFile = Directory.GetFiles(Path.Combine(root, "input/stories"), "*ria-gaat-weer-naar-de-markt*.md").Single();
        var text = File.ReadAllText(storyFile).Replace("image: /assets/img/verhaal-markt.png", "image: /assets/img/markt-telefoon.jpg");
        File.WriteAllText(storyFile, text + "\n\n![Kramen met groente op de markt, van dichtbij](/assets/img/markt-telefoon.jpg)\n");

        var site = Path.Combine(_work, "site");
        _server = StaticSiteServer.Start(site);
        var result = new SiteEngine(new BuildOptions { Root = root, Output = site, Date = SiteFixture.BuildDate, BaseUrl = _server.BaseUrl }).BuildAndWrite();
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.IsError)));
        _playwright = await Playwright.CreateAsync();
        _browser = await ChromiumLauncher.LaunchAsync(_playwright);
    }

    /// <summary>A photo-like picture (gradients and grain, which JPEG cannot squeeze much), as a phone stores it.</summary>
    private static byte[] PhonePhoto(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint())
        {
            paint.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height),
                [new SKColor(40, 120, 60), new SKColor(200, 180, 90), new SKColor(90, 60, 160)], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, width, height, paint);
            paint.Shader = SKShader.CreatePerlinNoiseFractalNoise(0.02f, 0.02f, 4, 7);
            paint.BlendMode = SKBlendMode.Overlay;
            canvas.DrawRect(0, 0, width, height, paint);
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 95);
        return data.ToArray();
    }

    private async Task<IPage> PhoneAsync()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _server!.BaseUrl, ViewportSize = new ViewportSize { Width = 375, Height = 812 }, DeviceScaleFactor = 2,
            IsMobile = true, HasTouch = true, Locale = "nl-NL",
        });
        return await context.NewPageAsync();
    }

    [Fact]
    public async Task AStoryWithAPhonePhotoDownloadsAtMost200KilobytesOfImagesOnAPhone()
    {
        Assert.True(_photoBytes > 1_000_000, $"the test photo is only {_photoBytes} bytes");
        var page = await PhoneAsync();
        try
        {
            var sizes = new List<Task<(string Url, int Bytes)>>();
            page.Response += (_, response) =>
            {
                if (response.Request.ResourceType == "image")
                    lock (sizes) sizes.Add(Task.Run(async () => (response.Url, (await response.BodyAsync()).Length)));
            };
            await page.GotoAsync(Story);
            await page.LoadEverythingAsync();
            (string Url, int Bytes)[] images;
            lock (sizes) images = [.. sizes.Select(s => s.Result)];

            var total = images.Sum(i => i.Bytes);
            var list = string.Join(", ", images.Select(i => $"{new Uri(i.Url).AbsolutePath} {i.Bytes / 1024} KB"));
            output.WriteLine($"photo {_photoBytes / 1024} KB; downloaded {total / 1024} KB of images: {list}");
            Assert.Contains(images, i => i.Url.Contains("/assets/img/markt-telefoon-", StringComparison.Ordinal));
            Assert.True(total <= 200 * 1024, $"the phone downloaded {total / 1024} KB of images: {list}");
            Assert.DoesNotContain(images, i => i.Url.EndsWith("/assets/img/markt-telefoon.jpg", StringComparison.Ordinal));

            var axe = await page.RunAxe();
            Assert.True(axe.Passes is { Length: > 0 }, "axe checked nothing: did the page load?");
            Assert.True(axe.Violations is not { Length: > 0 }, AxeReport.Describe(page.Url, "375×812 @2x", axe.Violations ?? []));
        }
        finally
        {
            await page.CloseWithContextAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        try { Directory.Delete(_work, recursive: true); }
        catch (IOException) { /* a temp folder left behind is harmless */ }
    }
}
