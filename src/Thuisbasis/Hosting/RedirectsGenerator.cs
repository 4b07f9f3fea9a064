using System.Text;
using Thuisbasis.Output;
using Thuisbasis.Rendering;
using Thuisbasis.Model;

namespace Thuisbasis.Hosting;

/// <summary>
/// Writes Netlify's <c>_redirects</c>: every old address from <c>redirect_from:</c> moves permanently (301) to its page,
/// so links and search results from a migrated site keep working.
/// </summary>
public sealed class RedirectsGenerator : IOutputGenerator
{
    public IEnumerable<OutputFile> Generate(Site site, IReadOnlyList<PageModel> pages)
    {
        var text = new StringBuilder("# Gemaakt door Thuisbasis uit `redirect_from:` in de pagina's; wijzigingen hier gaan bij de volgende bouw verloren.\n");
        foreach (var r in RedirectRules.Unique(site))
            text.Append($"{r.From}  {r.To}  301\n");
        yield return OutputFile.Text("_redirects", text.ToString(), "(redirects)");
    }
}
