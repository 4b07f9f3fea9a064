using Thuisbasis.Model;
using Thuisbasis.Output;

namespace Thuisbasis.Rendering;

/// <summary>
/// Writes <c>/assets/css/brand.css</c> with the brand colours from the settings as CSS custom properties, so a theme
/// restyles by settings alone and no page needs an inline style (which a strict Content-Security-Policy would block):
/// <c>--brand-primary</c> and <c>--brand-accent</c> as chosen, and for text <c>--brand-link</c> (the brand colour, or a
/// darker shade where it would not read) and <c>--brand-on-primary</c> (white or dark text on the brand colour).
/// </summary>
public sealed class BrandCssGenerator : IOutputGenerator
{
    public IEnumerable<OutputFile> Generate(Site site, IReadOnlyList<PageModel> pages)
    {
        // Colours are validated as #rgb / #rrggbb by SettingsReader, so they are safe to write into CSS.
        var b = site.Settings.Brand;
        // Text in the brand colour and on it, readable whatever colour was chosen (see BrandColours).
        var link = Content.Settings.BrandColours.Link(b.Primary) ?? b.Primary;
        var onPrimary = Content.Settings.BrandColours.OnPrimary(b.Primary);
        yield return OutputFile.Text("assets/css/brand.css",
            $":root {{\n  --brand-primary: {b.Primary};\n  --brand-accent: {b.Accent};\n  --brand-link: {link};\n  --brand-on-primary: {onPrimary};\n}}\n",
            "statiq.config");
    }
}
