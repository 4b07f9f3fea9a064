using Thuisbasis.Output;
using Thuisbasis.Rendering;
using Thuisbasis.Model;
using Thuisbasis.Content.Settings;

namespace Thuisbasis.Feeds;

/// <summary>
/// Writes every feed of <see cref="FeedCatalog"/> in its formats: <c>/feed.xml</c>, <c>/atom.xml</c>, <c>/feed.json</c>, the
/// same three under <c>/verhalen/</c> and <c>/vacatures/</c>, and <c>feed.xml</c> in every tag and author folder.
/// </summary>
/// <param name="memory">What is kept between builds (the engine's); null keeps nothing.</param>
public sealed class FeedGenerator(FeedMemory? memory = null) : IOutputGenerator
{
    private readonly FeedMemory _memory = memory ?? new FeedMemory();

    public IEnumerable<OutputFile> Generate(Site site, IReadOnlyList<PageModel> pages) => Generate(site, pages, null);

    /// <summary>With a <paramref name="sink"/>, each feed goes from the thread's buffer straight into the staging folder.</summary>
    public IEnumerable<OutputFile> Generate(Site site, IReadOnlyList<PageModel> pages, OutputWriter.Staging? sink)
    {
        var s = site.Settings;
        var siteUrl = site.Absolute("/");
        // The feed-level author of Atom and JSON Feed: a setting, so not cleaned with the feeds' own texts.
        var siteName = FeedText.Clean(s.Name);
        // With no items, "updated" is the build day (not the build time), so an empty feed does not change every build.
        var today = site.Today.ToDateTime(TimeOnly.MinValue);
        var fallback = new DateTimeOffset(today, s.TimeZone.GetUtcOffset(today));
        _memory.Start(site);
        var jobs = new FeedCatalog(site, _memory.Items).Build().SelectMany(feed => feed.Formats.Select(format => (Feed: feed, Format: format))).ToList();
        _memory.Items.EndBuild();
        // Feeds are independent of each other: written on all cores, kept in catalog order.
        var files = new OutputFile[jobs.Count];
        Parallel.For(0, jobs.Count, i =>
        {
            var (feed, format) = jobs[i];
            var path = format.PathIn(feed.Folder);
            var self = site.Absolute(path);
            var source = $"(feed {path})";
            (Feed Feed, OutputFile File) last;
            bool known;
            lock (_memory.Files) known = _memory.Files.TryGetValue(path, out last);
            // A staged file belongs to one staging folder: a build that writes into one never reuses a file from before.
            if (sink is null && known && SameValue.Of(last.Feed, feed))
            {
                files[i] = last.File;
                return;
            }
            var buffer = format.Key switch
            {
                "atom" => AtomFeedWriter.WriteToBuffer(feed, self, s.Language, siteName, siteUrl, fallback),
                "json" => JsonFeedWriter.WriteToBuffer(feed, self, s.Language, siteName, siteUrl),
                _ => RssFeedWriter.WriteToBuffer(feed, self, s.Language, fallback),
            };
            var file = sink is null
                ? new OutputFile(path.TrimStart('/'), buffer.ToArray(), null, source)
                : sink.AddBytes(path.TrimStart('/'), buffer.GetBuffer().AsSpan(0, (int)buffer.Length), source);
            if (sink is null) lock (_memory.Files) _memory.Files[path] = (feed, file);
            files[i] = file;
        });
        if (sink is null) _memory.KeepOnly(jobs.Select(j => j.Format.PathIn(j.Feed.Folder)));
        // The image files only feeds use (the JPEG of a WebP photo), known once the items are made.
        return [.. files, .. Images.FeedImages.Of(site).Files()];
    }
}

/// <summary>
/// What feeds keep between builds of one engine: the items by view, and the last file written for each feed address
/// with what it was written from; a feed whose items did not change is not written again. Both hold only while the
/// settings (compared whole) and the build day are those of the last build.
/// </summary>
public sealed class FeedMemory
{
    private SiteSettings? _settings;
    private DateOnly _today;

    internal FeedItemMemo Items { get; } = new();
    internal Dictionary<string, (Feed Feed, OutputFile File)> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>Starts a build: forgets everything when the settings or the day differ from the last build's.</summary>
    internal void Start(Site site)
    {
        if (_today != site.Today || !ReferenceEquals(_settings, site.Settings) && !SameValue.Of(_settings, site.Settings))
        {
            Items.Forget();
            Files.Clear();
        }
        (_settings, _today) = (site.Settings, site.Today);
    }

    /// <summary>
    /// Forgets the feeds this build did not make (a tag no story has any more, a deleted author): a preview left running all
    /// day would otherwise keep the last file of every feed address it ever wrote, full texts and all.
    /// </summary>
    internal void KeepOnly(IEnumerable<string> paths)
    {
        lock (Files)
        {
            var made = paths.ToHashSet(StringComparer.Ordinal);
            if (Files.Count <= made.Count && Files.Keys.All(made.Contains)) return;
            foreach (var gone in Files.Keys.Where(k => !made.Contains(k)).ToList()) Files.Remove(gone);
        }
    }
}
