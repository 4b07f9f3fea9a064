using Thuisbasis.Output;
using Thuisbasis.Pipeline;
using Thuisbasis.Rendering;

namespace Thuisbasis.Analytics;

/// <summary>Writes the fingerprinted first-party scripts the analytics plan refers to (events, consent, provider configuration).</summary>
public sealed class AnalyticsFilesGenerator : IOutputGenerator
{
    public IEnumerable<OutputFile> Generate(Site site, IReadOnlyList<PageModel> pages) => site.Analytics.Files;
}
