namespace Thuisbasis.Model;

/// <summary>How to build: which site, where to, and as if on which day.</summary>
public sealed record BuildOptions
{
    /// <summary>The site folder: <c>statiq.config</c>, <c>input/</c> and optionally <c>themes/</c> and <c>overrides/</c>.</summary>
    public required string Root { get; init; }
    /// <summary>Where the site is written; default <c>&lt;root&gt;/output</c>.</summary>
    public string? Output { get; init; }
    /// <summary>Drafts and scheduled items too, visibly marked (preview and <c>--drafts</c>). Such a build is never indexed.</summary>
    public bool IncludeDrafts { get; init; }
    /// <summary>Build as if today were this day (scheduled items and closing dates follow it). Default: today in the site's time zone.</summary>
    public DateOnly? Date { get; init; }
    /// <summary>Overrides <c>url</c> from the settings (deploy previews, local serving).</summary>
    public string? BaseUrl { get; init; }
    /// <summary><c>production</c>, <c>preview</c> (the live preview server) or <c>deploy-preview</c>; templates and extensions may differ by mode.</summary>
    public string Mode { get; init; } = "production";

    public string OutputPath => Path.GetFullPath(Output ?? Path.Combine(Root, "output"));

    /// <summary>
    /// The build day: <see cref="Date"/> when it is set, else the day it is at <paramref name="now"/> in the site's time
    /// zone. Whatever asks which day a build is for (the build, its stamp, the preview's watch for midnight) asks here.
    /// </summary>
    public DateOnly Today(TimeZoneInfo zone, DateTimeOffset now) => Date ?? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
}
