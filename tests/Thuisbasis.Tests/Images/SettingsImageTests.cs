using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Images;

/// <summary>The logo and share image named in <c>statiq.config</c>: shown on every page, so a wrong path must not pass in silence.</summary>
public sealed class SettingsImageTests : IDisposable
{
    private readonly FixtureSite _site = new();

    public void Dispose() => _site.Dispose();

    private void Settings(string extra) => _site.Write("statiq.config", $"""
        name: Testorganisatie
        url: https://www.test.example
        contact:
          phone: 020 123 45 67
          email: info@test.example
        {extra}
        """);

    [Fact]
    public void ALogoAndShareImageThatDoNotExistAreErrorsAtTheirLinesWithTheFileMeant()
    {
        _site.WriteBytes("input/assets/img/logo-buurt.png", TestImages.PngWithText(400, 400, "x"));
        _site.WriteBytes("input/assets/img/deelfoto.jpg", TestImages.PhonePhoto(1600, 1200, orientation: 1));
        Settings("logo: /assets/img/Logo-buurt.png\nlogo_alt: Testorganisatie\nshare_image: /assets/img/deelfotoo.jpg\nshare_image_alt: Buren op het plein.");

        var result = _site.Build();

        Assert.False(result.Succeeded);
        var errors = result.Diagnostics.Where(d => d.Code == "TB0107").ToList();
        Assert.Equal([("statiq.config", 6, 7), ("statiq.config", 8, 14)], errors.Select(e => (e.Path, e.Line, e.Column)));
        Assert.All(errors, e => Assert.True(e.IsError));
        Assert.Contains("`logo`", errors[0].Message);
        Assert.Contains("Let op hoofdletters: het bestand heet `/assets/img/logo-buurt.png`.", errors[0].Help);
        Assert.Contains("`share_image`", errors[1].Message);
        Assert.Contains("Bedoelde u `/assets/img/deelfoto.jpg`?", errors[1].Help);
    }

    [Fact]
    public void ALogoAndShareImageThatExistOrAreOnAnotherSiteGiveNoError()
    {
        _site.WriteBytes("input/assets/img/logo-buurt.png", TestImages.PngWithText(400, 400, "x"));
        Settings("logo: /assets/img/logo-buurt.png\nlogo_alt: Testorganisatie\nshare_image: https://cdn.test.example/deel.jpg\nshare_image_alt: Buren op het plein.");

        var result = _site.Build();

        Assert.True(result.Succeeded, result.Describe());
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "TB0107");
    }

    [Fact]
    public void ASettingsImageWithASpaceInItsNameSaysToRenameTheFileNotThatItIsMissing()
    {
        _site.WriteBytes("input/assets/img/Logo Buurt.png", TestImages.PngWithText(400, 400, "x"));
        Settings("logo: /assets/img/Logo Buurt.png\nlogo_alt: Testorganisatie");

        var result = _site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Code == "TB0302");
        Assert.Equal(("statiq.config", 6, 7), (error.Path, error.Line, error.Column));
        Assert.DoesNotContain("geen bestand", error.Message);
        Assert.Contains("spatie", error.Message);
        Assert.Contains("`/assets/img/logo-buurt.png`", error.Help);
    }
}
