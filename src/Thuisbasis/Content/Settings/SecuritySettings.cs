using YamlDotNet.RepresentationModel;

namespace Thuisbasis.Content.Settings;

/// <summary>
/// The <c>security:</c> section of <c>statiq.config</c>. The defaults are strict; the settings only loosen what an
/// organisation really needs, so a stray line cannot open the site to every third party.
/// </summary>
public sealed record SecuritySettings
{
    /// <summary>Who may show the site in a frame: <c>none</c> (nobody, the default) or <c>self</c> (only the site itself).</summary>
    public string FrameAncestors { get; init; } = "none";
    /// <summary>Origins forms may post to besides the site itself (the newsletter service), taken from <c>newsletter.action</c>.</summary>
    public IReadOnlyList<string> FormTargets { get; init; } = [];
    /// <summary>
    /// <c>raw_html: true</c> publishes HTML in Markdown bodies as it was typed, scripts included. Off by default: pasted
    /// HTML is then cleaned, and what is left out is reported (see <c>Rendering/SafeHtml</c>).
    /// </summary>
    public bool RawHtml { get; init; }

    private static readonly string[] Keys = ["frame_ancestors", "raw_html"];

    /// <param name="contactForm">What <c>contact_form</c> was read as (<see cref="SiteSettings.ContactForm"/>): a form service's address adds its origin.</param>
    public static SecuritySettings Read(FieldReader root, string contactForm)
    {
        var result = new SecuritySettings { FormTargets = [.. NewsletterOrigin(root), .. ContactFormOrigin(contactForm)] };
        if (!root.Has("security")) return result;
        if (root.Map("security", help: "Schrijf het als `security: { frame_ancestors: none }`.") is not { } s) return result;
        s.WarnUnknownKeys(Keys);
        return result with { FrameAncestors = s.OneOf("frame_ancestors", ["none", "self"]) ?? "none", RawHtml = s.Flag("raw_html") ?? false };
    }

    /// <summary>A form service named by <c>contact_form</c>, as the settings reader took it (checked there).</summary>
    private static IReadOnlyList<string> ContactFormOrigin(string contactForm) =>
        contactForm.StartsWith("https://", StringComparison.OrdinalIgnoreCase) && Uri.TryCreate(contactForm, UriKind.Absolute, out var service)
            ? [service.GetLeftPart(UriPartial.Authority)] : [];

    /// <summary>
    /// The newsletter form posts to its provider; <c>form-action</c> must allow exactly that origin. Read quietly:
    /// the newsletter settings report their own mistakes.
    /// </summary>
    private static IReadOnlyList<string> NewsletterOrigin(FieldReader root)
    {
        if (root.Node("newsletter") is not YamlMappingNode map) return [];
        foreach (var (k, v) in map.Children)
            if (k is YamlScalarNode { Value: "action" } && v is YamlScalarNode { Value: { } action } &&
                Links.IsWebAddress(action) && action.StartsWith("https://", StringComparison.OrdinalIgnoreCase) && SiteAddress.Ascii(action) is { } ascii)
                return [new Uri(ascii).GetLeftPart(UriPartial.Authority)];
        return [];
    }
}
