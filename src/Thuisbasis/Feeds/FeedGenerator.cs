using Thuisbasis.Output;
using Thuisbasis.Pipeline;
using Thuisbasis.Rendering;

namespace Thuisbasis.Feeds;

/// <summary>
/// Writes every feed of <see cref="FeedCatalog"/> in its formats: <c>/feed.xml</c>, <c>/atom.xml</c>, <c>/feed.json</c>, the
/// same three under <c>/verhalen/</c> and <c>/vacatures/</c>, and <c>feed.xml</c> in every tag and author folder.
/// </summary>
public sealed class FeedGenerator : IOutputGenerator
{
    public IEnumerable<OutputFile> Generate(Site site, IReadOnlyList<PageModel> pages)
    {
        var s = site.Settings;
        var siteUrl = site.Absolute("/");
        // With no items, "updated" is the build day (not the build time), so an empty feed does not change every build.
        var today = site.Today.ToDateTime(TimeOnly.MinValue);
        var fallback = new DateTimeOffset(today, s.TimeZone.GetUtcOffset(today));
        foreach (var feed in new FeedCatalog(site).Build())
        {
            foreach (var format in feed.Formats)
            {
                var path = format.PathIn(feed.Folder);
                var self = site.Absolute(path);
                var source = $"(feed {path})";
                yield return format.Key switch
                {
                    "atom" => OutputFile.Text(path.TrimStart('/'), AtomFeedWriter.Write(feed, self, s.Language, s.Name, siteUrl, fallback), source),
                    "json" => new OutputFile(path.TrimStart('/'), JsonFeedWriter.Write(feed, self, s.Language, s.Name, siteUrl), null, source),
                    _ => OutputFile.Text(path.TrimStart('/'), RssFeedWriter.Write(feed, self, s.Language, fallback), source),
                };
            }
        }
    }
}
