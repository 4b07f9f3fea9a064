using System.Collections.Concurrent;
using Thuisbasis.Diagnostics;
using Thuisbasis.Content.Settings;

namespace Thuisbasis.Content.Readers;

/// <summary>What the readers share while reading files in parallel: settings, the build day, diagnostics and references to check afterwards.</summary>
public sealed class ReadContext(SiteSettings settings, DiagnosticBag diagnostics, DateOnly today)
{
    public SiteSettings Settings { get; } = settings;
    public DiagnosticBag Diagnostics { get; } = diagnostics;
    /// <summary>The day the site is built for (a date in words without a year is suggested in its year).</summary>
    public DateOnly Today { get; } = today;
    public TagFolder Tags { get; } = new();
    public ConcurrentBag<PendingRef> AuthorRefs { get; } = [];
    public ConcurrentBag<PendingRef> ServiceRefs { get; } = [];
    /// <summary>Staff ids named as an activity's <c>contact</c>.</summary>
    public ConcurrentBag<PendingRef> ContactRefs { get; } = [];
    public ConcurrentDictionary<string, List<PendingImage>> ImagesByFile { get; } = new();

    public List<PendingImage> Images(string path) => ImagesByFile.GetOrAdd(path, _ => []);
}

/// <summary>An id named in one file that must exist in another folder (an author, a service).</summary>
public sealed record PendingRef(string FromPath, string Id, SourcePosition At);
