using System.Text;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Hardening;

/// <summary>Files saved by Word, Notepad and phones are read correctly when the encoding is certain, and refused by name otherwise.</summary>
public sealed class EncodingTests
{
    private const string Story = "---\ntitle: Café één\ndate: 2026-01-01\nauthor: anouk-visser\n---\nDe crème brûlée.\n";

    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string> CertainEncodings => ["utf-8", "utf-8-bom", "utf-16le-bom", "utf-16be-bom", "utf-8-crlf", "utf-16le-bom-crlf"];

    private static byte[] Encode(string kind, string text) => kind switch
    {
        "utf-8" => new UTF8Encoding(false).GetBytes(text),
        "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
        "utf-16le-bom" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        "utf-16be-bom" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        "utf-8-crlf" => Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n")),
        "utf-16le-bom-crlf" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text.Replace("\n", "\r\n"))],
        _ => throw new ArgumentException(kind),
    };

    [Theory]
    [MemberData(nameof(CertainEncodings))]
    public void CertainEncodingsAreReadCorrectly(string kind)
    {
        using var site = new FixtureSite();
        site.WriteBytes("input/stories/a.md", Encode(kind, Story));
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        Assert.DoesNotContain(result.Diagnostics, d => d.Path == "input/stories/a.md");
        var doc = result.Html("verhalen/a/index.html");
        Assert.Equal("Café één", doc.QuerySelector("h1")!.TextContent);
        Assert.Contains("De crème brûlée.", doc.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public void Windows1252IsReadWithAWarningToResave()
    {
        using var site = new FixtureSite();
        site.WriteBytes("input/stories/a.md", Encoding.GetEncoding(1252).GetBytes(Story.Replace("\n", "\r\n")));
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var d = Assert.Single(result.Diagnostics, x => x.Path == "input/stories/a.md");
        Assert.Equal("TB0203", d.Code);
        Assert.Contains("Windows-1252", d.Message);
        // The first letter that is not UTF-8 is named where it stands: the é of `Café` on line 2 (CRLF or not).
        Assert.Equal((2, 11), (d.Line, d.Column));
        Assert.Contains("`é`", d.Message);
        Assert.Equal("Café één", result.Html("verhalen/a/index.html").QuerySelector("h1")!.TextContent);
    }

    /// <summary>
    /// A UTF-8 file that an old editor added one line to (é as the single byte 0xE9): the UTF-8 letters stay what they
    /// are, and the one odd letter is read as Windows-1252; reading the whole file as Windows-1252 put `CafÃ©` on the site.
    /// </summary>
    [Fact]
    public void UtfEightFileWithOneWindows1252LineKeepsEveryLetter()
    {
        using var site = new FixtureSite();
        site.WriteBytes("input/stories/a.md", [.. Encoding.UTF8.GetBytes(Story.Replace("\n", "\r\n")), .. Encoding.GetEncoding(1252).GetBytes("\r\nHet caf\u00e9 is open.\r\n")]);
        var result = site.Build();
        Assert.True(result.Succeeded, result.Describe());
        var d = Assert.Single(result.Diagnostics, x => x.Path == "input/stories/a.md");
        Assert.Equal("TB0203", d.Code);
        Assert.Equal((8, 8), (d.Line, d.Column));
        var doc = result.Html("verhalen/a/index.html");
        Assert.Equal("Café één", doc.QuerySelector("h1")!.TextContent);
        var main = doc.QuerySelector("main")!.TextContent;
        Assert.Contains("De crème brûlée.", main);
        Assert.Contains("Het café is open.", main);
        Assert.DoesNotContain("Ã", main);
    }

    [Theory]
    [InlineData("utf-16le", "UTF-16")]
    [InlineData("utf-32", "UTF-32")]
    [InlineData("latin-with-controls", "tekenset")]
    public void UncertainEncodingsAreRefusedByName(string kind, string named)
    {
        using var site = new FixtureSite();
        byte[] bytes = kind switch
        {
            "utf-16le" => Encoding.Unicode.GetBytes(Story),
            "utf-32" => [0xFF, 0xFE, 0, 0, .. Encoding.UTF32.GetBytes(Story)],
            _ => [.. Encoding.GetEncoding(1252).GetBytes(Story), 0x01, 0xE9],
        };
        site.WriteBytes("input/stories/a.md", bytes);
        var d = Assert.Single(site.Build().Diagnostics, x => x.Path == "input/stories/a.md");
        Assert.Equal("TB0002", d.Code);
        Assert.Contains(named, d.Message);
        Assert.Contains("UTF-8", d.Help);
    }

    [Fact]
    public void TextFileOverFiveMegabytesIsRefusedUnread()
    {
        using var site = new FixtureSite();
        site.Write("input/stories/a.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\n---\n" + new string('x', 6 * 1024 * 1024));
        var d = Assert.Single(site.Build().Diagnostics, x => x.Path == "input/stories/a.md");
        Assert.Equal("TB0114", d.Code);
        Assert.Contains("5 MB", d.Message);
    }
}
