namespace Thuisbasis.Pipeline;

/// <summary>
/// Everything an engine keeps from one build to the next, in one place: the preview rebuilds from it after every save,
/// and a one-off build uses only the compiled templates and the processed images. What is in here is proven by the
/// differential tests (tests/Thuisbasis.Tests/Preview): a rebuild from it gives what a fresh engine gives, byte for byte.
/// </summary>
public sealed class PreviewMemory
{
    /// <summary>Parsed content files, by file (a rebuild reads only what changed on disk).</summary>
    public Content.ReadCache Files { get; } = new();

    /// <summary>Bodies rendered to HTML, by file and fingerprint.</summary>
    public MarkdownCache Markdown { get; } = new();

    /// <summary>Views that came out the same as last time, as the same objects (so later steps compare references).</summary>
    public ViewReuse Views { get; } = new();

    /// <summary>Rendered pages with what they read.</summary>
    public RenderCache Pages { get; } = new();

    /// <summary>Feed items and feed files, by view and by address.</summary>
    public Feeds.FeedMemory Feeds { get; } = new();

    /// <summary>The template engine of the theme in use, with its compiled templates.</summary>
    public Rendering.TemplateEngine? Templates { get; set; }

    /// <summary>After a build that stopped halfway: forget what it may have left half-made.</summary>
    public void AfterFailedBuild()
    {
        Files.ForgetListing(); // a file that vanished mid-read: list everything again next time
        Views.Clear();
    }
}
