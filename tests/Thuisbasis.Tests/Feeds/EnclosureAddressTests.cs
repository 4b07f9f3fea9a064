using System.Text.Json;
using System.Xml.Linq;
using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Feeds;

/// <summary>
/// RSS wants a URL in <c>enclosure url</c>, and feed validators and some RSS-to-email tools reject an address with a
/// letter such as é in it: a cover image named <c>Foto café.png</c> is given percent-encoded, as in the text.
/// </summary>
public sealed class EnclosureAddressTests : IDisposable
{
    private const string Encoded = "https://www.buurtkracht.example/assets/img/Foto%20caf%C3%A9.png";
    private static readonly XNamespace Media = "http://search.yahoo.com/mrss/";
    private readonly FixtureSite _site = new();
    private readonly Pipeline.BuildResult _result;

    public EnclosureAddressTests()
    {
        _site.Write("statiq.config", "name: Buurtkracht\nurl: https://www.buurtkracht.example\nfeeds:\n  formats: [atom, json]\n");
        _site.Write("input/pages/home.md", "---\ntitle: Welkom\n---\nWelkom.\n");
        _site.Write("input/team/anouk.md", "---\nname: Anouk Visser\nrole: Coördinator\n---\nAnouk.\n");
        _site.Write("input/stories/cafe.md", "---\ntitle: In het café\ndate: 2026-11-10\nauthor: anouk\nsummary: Koffie.\nimage: /assets/img/Foto café.png\nimage_alt: Mensen aan de koffie.\n---\nTekst.\n");
        _site.WriteBytes("input/assets/img/Foto café.png", FeedTestSupport.Png(800, 450));
        _result = _site.Build();
        _result.AssertSucceeded();
    }

    [Fact]
    public void TheCoverImageOfAnItemIsAPercentEncodedAddressInEveryFormat()
    {
        var item = XDocument.Parse(_result.Text("verhalen/feed.xml")).Descendants("item").Single();
        Assert.Equal(Encoded, item.Element("enclosure")!.Attribute("url")!.Value);
        Assert.Equal(Encoded, item.Element(Media + "content")!.Attribute("url")!.Value);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var enclosure = XDocument.Parse(_result.Text("verhalen/atom.xml")).Descendants(atom + "link")
            .Single(l => (string?)l.Attribute("rel") == "enclosure");
        Assert.Equal(Encoded, enclosure.Attribute("href")!.Value);
        using var json = JsonDocument.Parse(_result.Text("verhalen/feed.json"));
        var jsonItem = json.RootElement.GetProperty("items")[0];
        Assert.Equal(Encoded, jsonItem.GetProperty("image").GetString());
        Assert.Equal(Encoded, jsonItem.GetProperty("attachments")[0].GetProperty("url").GetString());
        Assert.True(_result.Has(Uri.UnescapeDataString(new Uri(Encoded).AbsolutePath).TrimStart('/')));
    }

    public void Dispose() => _site.Dispose();
}
