using Thuisbasis.Content;
using Thuisbasis.Pipeline;
using Thuisbasis.Rendering;
using Thuisbasis.Model;

namespace Thuisbasis.Tests.Preview;

/// <summary>
/// The preview hands out last build's view or page object when a new build makes one with the same contents; any
/// difference a template could show must make them unequal, or the page would keep showing the old value.
/// </summary>
public sealed class SameValueTests
{
    private static readonly DateTimeOffset Date = new(2026, 2, 14, 10, 0, 0, TimeSpan.FromHours(1));

    private static Story Story(string title = "Wandelen", DateTimeOffset? date = null, string body = "Tekst.", params Tag[] tags) =>
        new(new Entry("input/stories/wandelen.md", 42, "wandelen", "/verhalen/wandelen/", body, 6), title, date ?? Date,
            new Author("Anna", null, "anna"), true, tags.Length == 0 ? [new Tag("Buren", "buren")] : tags, null, null, [], false, []);

    [Fact]
    public void EqualContentsInNewObjectsAreTheSame()
    {
        Assert.True(SameValue.Of(Story(), Story()));
        Assert.True(SameValue.Of(new List<object> { Story(), "x", 3 }, new List<object> { Story(), "x", 3 }));
        Assert.True(SameValue.Of(new Dictionary<string, string> { ["a"] = "1" }, new Dictionary<string, string> { ["a"] = "1" }));
    }

    [Fact]
    public void AnyDifferenceATemplateCouldShowMakesThemDifferent()
    {
        Assert.False(SameValue.Of(Story(), Story(title: "Samen wandelen")));
        Assert.False(SameValue.Of(Story(), Story(body: "Andere tekst.")));
        // The same moment in another time zone reads differently on the page.
        Assert.False(SameValue.Of(Story(), Story(date: Date.ToOffset(TimeSpan.FromHours(2)))));
        Assert.False(SameValue.Of(Story(), Story(tags: [new Tag("Buren", "buren"), new Tag("Taal", "taal")])));
        Assert.False(SameValue.Of(Story(), Story(tags: [new Tag("buren", "buren")])));
        Assert.False(SameValue.Of(1.0m, 1.00m)); // written as 1,0 and 1,00
        Assert.False(SameValue.Of(new RawHtml("<p>a</p>"), new RawHtml("<p>b</p>")));
        Assert.False(SameValue.Of(new Dictionary<string, string> { ["a"] = "1" }, new Dictionary<string, string> { ["a"] = "2" }));
        Assert.False(SameValue.Of(new List<string> { "a" }, new List<string> { "a", "b" }));
        Assert.False(SameValue.Of(Story(), null));
    }

    [Fact]
    public void APageDiffersWhenWhatItListsDiffers()
    {
        PageModel Listing(params Story[] stories) => new()
        {
            Url = "/verhalen/", Layout = "layouts/stories.sbn-html", Kind = "stories", Source = "(alle verhalen)", Title = "Verhalen",
            Items = stories.Cast<object>().ToList(),
        };
        Assert.True(SameValue.Of(Listing(Story()), Listing(Story())));
        Assert.False(SameValue.Of(Listing(Story()), Listing(Story(title: "Anders"))));
        Assert.False(SameValue.Of(Listing(Story()), Listing(Story(), Story())));
    }
}
