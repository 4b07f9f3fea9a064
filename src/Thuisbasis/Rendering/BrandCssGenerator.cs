using Thuisbasis.Model;
using Thuisbasis.Output;

namespace Thuisbasis.Rendering;

/// <summary>
/// Writes <c>/assets/css/brand.css</c> with the brand colours from the settings as CSS custom properties, so a theme
/// restyles by settings alone and no page needs an inline style (which a strict Content-Security-Policy would block).
/// </summary>
public sealed class BrandCssGenerator : IOutputGenerator
{
    public IEnumerable<OutputFile> Generate(Site site, IReadOnlyList<PageModel> pages)
    {
        // Colours are validated as #rgb / #rrggbb by SettingsReader, so they are safe to write into CSS.
        var b = site.Settings.Brand;
        yield return OutputFile.Text("assets/css/brand.css",
            $":root {{\n  --brand-primary: {b.Primary};\n  --brand-accent: {b.Accent};\n}}\n", "statiq.config");
    }
}
