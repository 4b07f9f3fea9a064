using SkiaSharp;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Images;

/// <summary>What a writer hears about the images they use, with file and line, in a plain build.</summary>
public sealed class ImageProblemTests : IDisposable
{
    private readonly FixtureSite _site = new();

    public void Dispose() => _site.Dispose();

    private void Story(string name, string frontMatter, string body) =>
        _site.Write($"input/stories/2026-11-01-{name}.md", $"---\ntitle: Verhaal {name}\ndate: 2026-11-01\nauthor: anouk-visser\n{frontMatter}---\n{body}\n");

    private void Jpeg(string name, int width, int height)
    {
        using var bitmap = TestImages.TwoHalves(width, height, SKColors.Red, SKColors.Blue);
        _site.WriteBytes($"input/assets/img/{name}", TestImages.Encode(bitmap, SKEncodedImageFormat.Jpeg));
    }

    [Fact]
    public void AnImageInTheTextThatDoesNotExistIsAnErrorWithLineAndDidYouMean()
    {
        Jpeg("wandeling.jpg", 900, 600);
        Story("wandelen", "", "Eerste alinea.\n\nTweede alinea met ![Wandelaars in het park](/assets/img/wandelng.jpg).");

        var result = _site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Code == "TB0107");
        Assert.True(error.IsError);
        Assert.Equal("input/stories/2026-11-01-wandelen.md", error.Path);
        Assert.Equal(8, error.Line);
        Assert.Equal(19, error.Column);
        Assert.Contains("`/assets/img/wandelng.jpg`", error.Message);
        Assert.Contains("Bedoelde u `/assets/img/wandeling.jpg`?", error.Help);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void AnHtmlImageInTheTextThatDoesNotExistIsAnErrorToo()
    {
        Story("html", "", "<img src=\"/assets/img/weg.png\" alt=\"Een lege stoel\">");
        var result = _site.Build();
        var error = Assert.Single(result.Diagnostics, d => d.Code == "TB0107");
        Assert.Equal((6, 1), (error.Line, error.Column));
    }

    [Fact]
    public void ACoverNarrowerThan800PixelsIsAWarning()
    {
        Jpeg("klein.jpg", 640, 480);
        Story("klein", "image: /assets/img/klein.jpg\nimage_alt: Twee buren op een bankje.\n", "Tekst.");

        var result = _site.Build();

        var warning = Assert.Single(result.Diagnostics, d => d.Code == "TB0133");
        Assert.False(warning.IsError);
        Assert.Equal((5, 8), (warning.Line, warning.Column));
        Assert.Contains("640 pixels", warning.Message);
        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData("foto")]
    [InlineData("Afbeelding")]
    [InlineData("image")]
    [InlineData("IMG_2041.jpg")]
    [InlineData("IMG_2041")]
    [InlineData("buren")]
    public void AltTextThatSaysNothingIsAWarning(string alt)
    {
        Jpeg("buren.jpg", 1200, 800);
        Story("alt", $"image: /assets/img/buren.jpg\nimage_alt: {alt}\n", $"En ook hier: ![{alt}](/assets/img/buren.jpg)");

        var warnings = _site.Build().Diagnostics.Where(d => d.Code == "TB0134").ToList();

        Assert.Equal(2, warnings.Count);
        Assert.Equal((6, 12), (warnings[0].Line, warnings[0].Column));
        Assert.Equal(8, warnings[1].Line);
    }

    [Fact]
    public void AltTextThatDescribesTheImageGivesNoWarning()
    {
        Jpeg("buren.jpg", 1200, 800);
        Story("alt", "image: /assets/img/buren.jpg\nimage_alt: Twee buren lachen bij de voordeur.\n", "Tekst.");
        Assert.DoesNotContain(_site.Build().Diagnostics, d => d.Code is "TB0134" or "TB0133");
    }

    [Fact]
    public void AnSvgWithScriptIsAnErrorNamingTheFile()
    {
        _site.Write("input/assets/img/kaart.svg",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">\n<rect width=\"10\" height=\"10\" onclick=\"alert(1)\"/>\n<script>alert(2)</script>\n<a href=\"javascript:alert(3)\"><text>x</text></a>\n</svg>");
        _site.Write("input/assets/img/schoon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>");

        var result = _site.Build();

        var errors = result.Diagnostics.Where(d => d.Code == "TB0132").ToList();
        Assert.Equal(3, errors.Count);
        Assert.All(errors, e => Assert.Equal("input/assets/img/kaart.svg", e.Path));
        Assert.Equal([2, 3, 4], errors.Select(e => e.Line));
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void AnSvgThatLoadsFromAnotherSiteWhenOpenedIsAWarningAtThatPlace()
    {
        // A design program's logo with its web font: nothing runs, but whoever opens the file contacts that site.
        _site.Write("input/assets/img/logo-buurt.svg", """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="80">
              <style>@import url("https://fonts.voorbeeld.example/css?family=Buurt");</style>
              <image xlink:href="https://beelden.example/achtergrond.png" width="200" height="80"/>
              <use href="#blad"/>
              <a href="https://www.buurtkracht.example/"><text>Naar de site</text></a>
              <rect style="fill: url(#verloop)" width="10" height="10"/>
              <text style="font-family: Buurt">Buurtkracht</text>
            </svg>
            """);
        var result = _site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var warnings = result.Diagnostics.Where(d => d.Code == "TB0150").ToList();
        Assert.All(warnings, w => Assert.Equal(("input/assets/img/logo-buurt.svg", false), (w.Path, w.IsError)));
        Assert.Equal([2, 3], warnings.Select(w => w.Line));
        Assert.Contains("`https://fonts.voorbeeld.example/css?family=Buurt`", warnings[0].Message);
        Assert.Contains("`https://beelden.example/achtergrond.png`", warnings[1].Message);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "TB0132");
        Assert.True(result.Has("assets/img/logo-buurt.svg"));
    }

    /// <summary>
    /// An error where a page shows it; a warning where none does, and not published: one stray file in the folder stopped
    /// every build (and with it the daily one that publishes scheduled stories and closes vacancies).
    /// </summary>
    [Fact]
    public void AFileThatIsNoImageIsAnErrorWhereAPageShowsItAndAWarningWhereNoneDoes()
    {
        _site.Write("input/assets/img/kapot.jpg", "dit is geen foto");
        var result = _site.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.Contains(result.Diagnostics, d => d.Code == "TB0131" && d.Path == "input/assets/img/kapot.jpg" && !d.IsError);
        Assert.False(result.Has("assets/img/kapot.jpg"));

        _site.Write("input/stories/2026-01-05-kapot.md", "---\ntitle: Kapot\ndate: 2026-01-05\nauthor: anouk-visser\n---\n![De markt](/assets/img/kapot.jpg)\n");
        result = _site.Build();
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "TB0131" && d.Path == "input/assets/img/kapot.jpg" && d.IsError);
    }
}
