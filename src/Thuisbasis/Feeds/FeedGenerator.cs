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
    /// <summary>
    /// The last file written for each feed address, with what it was written from. The preview rebuilds with the same
    /// generator after every save; a feed whose items did not change is not written again (writing ~70 feeds in full
    /// was the largest part of a story edit's rebuild).
    /// </summary>
    private readonly Dictionary<string, (Feed Feed, string Context, OutputFile File)> _last = new(StringComparer.Ordinal);

    /// <summary>The feed items of the last build, reused for views that are the same objects (the preview's unchanged stories).</summary>
    private readonly FeedItemMemo _items = new();

    public IEnumerable<OutputFile> Generate(Site site, IReadOnlyList<PageModel> pages) => Generate(site, pages, null);

    /// <summary>With a <paramref name="sink"/>, each feed goes from the thread's buffer straight into the staging folder.</summary>
    public IEnumerable<OutputFile> Generate(Site site, IReadOnlyList<PageModel> pages, OutputWriter.Staging? sink)
    {
        var s = site.Settings;
        var siteUrl = site.Absolute("/");
        // With no items, "updated" is the build day (not the build time), so an empty feed does not change every build.
        var today = site.Today.ToDateTime(TimeOnly.MinValue);
        var fallback = new DateTimeOffset(today, s.TimeZone.GetUtcOffset(today));
        var jobs = new FeedCatalog(site, _items).Build().SelectMany(feed => feed.Formats.Select(format => (Feed: feed, Format: format))).ToList();
        _items.EndBuild();
        // Feeds are independent of each other: written on all cores, kept in catalog order.
        var files = new OutputFile[jobs.Count];
        Parallel.For(0, jobs.Count, i =>
        {
            var (feed, format) = jobs[i];
            var path = format.PathIn(feed.Folder);
            var self = site.Absolute(path);
            var source = $"(feed {path})";
            var context = $"{format.Key}|{self}|{s.Language}|{s.Name}|{siteUrl}|{fallback:O}";
            (Feed Feed, string Context, OutputFile File) last;
            bool known;
            lock (_last) known = _last.TryGetValue(path, out last);
            // A staged file belongs to one staging folder: a build that writes into one never reuses a file from before.
            if (sink is null && known && last.Context == context && SameValue.Of(last.Feed, feed))
            {
                files[i] = last.File;
                return;
            }
            var buffer = format.Key switch
            {
                "atom" => AtomFeedWriter.WriteToBuffer(feed, self, s.Language, s.Name, siteUrl, fallback),
                "json" => JsonFeedWriter.WriteToBuffer(feed, self, s.Language, s.Name, siteUrl),
                _ => RssFeedWriter.WriteToBuffer(feed, self, s.Language, fallback),
            };
            var file = sink is null
                ? new OutputFile(path.TrimStart('/'), buffer.ToArray(), null, source)
                : sink.AddBytes(path.TrimStart('/'), buffer.GetBuffer().AsSpan(0, (int)buffer.Length), source);
            if (sink is null) lock (_last) _last[path] = (feed, context, file);
            files[i] = file;
        });
        return files;
    }
}
