using Thuisbasis.Output;
using Thuisbasis.Rendering;
using Thuisbasis.Model;

namespace Thuisbasis.Analytics;

/// <summary>Writes the fingerprinted first-party scripts the analytics plan refers to (events, consent, provider configuration).</summary>
public sealed class AnalyticsFilesGenerator : IOutputGenerator
{
    public IEnumerable<OutputFile> Generate(Site site, IReadOnlyList<PageModel> pages) => AnalyticsPlan.Of(site).Files;
}
