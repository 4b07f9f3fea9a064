using Thuisbasis.Model;

namespace Thuisbasis.Tests.Content;

/// <summary>A file's name as an address: what may not stand in a path is encoded, what is encoded already stays.</summary>
public sealed class UrlPathTests
{
    [Theory]
    [InlineData("/assets/img/markt.jpg", "/assets/img/markt.jpg")]
    [InlineData("/assets/img/Foto markt.jpg", "/assets/img/Foto%20markt.jpg")]
    [InlineData("/assets/img/Foto%20markt.jpg", "/assets/img/Foto%20markt.jpg")]
    [InlineData("/assets/img/Actie 100%.jpg", "/assets/img/Actie%20100%25.jpg")]
    [InlineData("/assets/img/100%", "/assets/img/100%25")]
    [InlineData("/assets/img/Foto #2?.jpg", "/assets/img/Foto%20%232%3F.jpg")]
    [InlineData("/assets/img/Foto café.jpg", "/assets/img/Foto%20café.jpg")]
    public void EscapeEncodesWhatMayNotStandInAPath(string path, string expected) =>
        Assert.Equal(expected, UrlPath.Escape(path));

    [Theory]
    [InlineData("/assets/img/Foto café.jpg", "/assets/img/Foto%20caf%C3%A9.jpg")]
    [InlineData("/assets/img/hart 💙.png", "/assets/img/hart%20%F0%9F%92%99.png")]
    [InlineData("/verhalen/een-verhaal/", "/verhalen/een-verhaal/")]
    public void AsciiEncodesLettersOutsideAsciiAsUtf8(string path, string expected)
    {
        var url = UrlPath.Ascii(path);
        Assert.Equal(expected, url);
        Assert.Equal(path, Uri.UnescapeDataString(url));
    }
}
