using Thuisbasis.Model;
using Thuisbasis.Output;

namespace Thuisbasis.Rendering;

/// <summary>
/// Makes extra files from the finished site (sitemap, robots.txt, feeds, headers, redirects). Built-in features use this
/// same extension point that a site's own code would. The generators of a build run side by side, each reading the
/// finished site; one must not count on what another does.
/// </summary>
public interface IOutputGenerator
{
    IEnumerable<OutputFile> Generate(Site site, IReadOnlyList<PageModel> pages);

    /// <summary>
    /// The same, in a one-off build that writes into a staging folder as it goes: a generator that makes large files
    /// may write them there with <see cref="OutputWriter.Staging.AddBytes"/> and return them without bytes.
    /// <paramref name="sink"/> is null when the files stay in memory (the preview).
    /// </summary>
    IEnumerable<OutputFile> Generate(Site site, IReadOnlyList<PageModel> pages, OutputWriter.Staging? sink) =>
        Generate(site, pages);
}
