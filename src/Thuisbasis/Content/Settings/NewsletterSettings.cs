namespace Thuisbasis.Content.Settings;

/// <summary>
/// The optional newsletter signup (<c>newsletter:</c> in <c>statiq.config</c>): an ordinary form that posts to the
/// provider. Only the form's action points there; the page loads nothing from it.
/// </summary>
/// <param name="Provider"><c>mailchimp</c>, <c>laposta</c> or <c>form</c> (any form action).</param>
/// <param name="Action">The provider's https address the form posts to.</param>
/// <param name="Field">The name the provider expects for the e-mail field.</param>
public sealed record NewsletterSettings(string Provider, string Action, string Field, string Title, string? Text, string Label,
    string Button);

public static partial class SettingsReader
{
    private static readonly string[] NewsletterKeys = ["provider", "action", "field", "title", "text", "label", "button"];
    private static readonly string[] NewsletterProviders = ["mailchimp", "laposta", "form"];

    /// <summary>Mailchimp's signup handler reads <c>EMAIL</c>; for the others the name can be set with <c>field:</c>.</summary>
    private static string DefaultEmailField(string provider) => provider == "mailchimp" ? "EMAIL" : "email";

    private static NewsletterSettings? ReadNewsletter(FieldReader r)
    {
        if (!r.Has("newsletter")) return null;
        var n = r.Map("newsletter", help:
            "Schrijf het als `newsletter: { provider: mailchimp, action: https://... }`; het adres staat in de aanmeldcode van uw nieuwsbriefdienst.");
        if (n is null) return null;
        n.WarnUnknownKeys(NewsletterKeys);
        var provider = n.OneOf("provider", NewsletterProviders, required: true);
        var action = n.Text("action", required: true,
            help: "Voeg `action: https://...` toe: het adres uit het aanmeldformulier van uw nieuwsbriefdienst (bij `<form action=\"...\">`).");
        if (action is not null && !(Links.IsWebAddress(action) && action.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
        {
            n.Diagnostics.Error("TB0302", n.At("action"), $"`newsletter.action` is `{action}`; dat is geen https-adres.",
                "Schrijf het volledige adres met https:// ervoor, zodat e-mailadressen versleuteld verstuurd worden.");
            action = null;
        }
        else if (action is not null) action = SiteAddress.Read(action, n.Diagnostics, n.At("action"), "TB0302", "newsletter.action");
        if (provider == "mailchimp" && action is not null && !new Uri(action).Host.EndsWith(".list-manage.com", StringComparison.OrdinalIgnoreCase))
            n.Diagnostics.Warning("TB0303", n.At("action"), $"`newsletter.action` is `{action}`; dat lijkt geen Mailchimp-adres.",
                "Een Mailchimp-formulier post naar een adres als `https://....list-manage.com/subscribe/post?u=...&id=...`.");
        var field = n.Text("field");
        var title = n.Text("title");
        var text = n.Text("text");
        var label = n.Text("label");
        var button = n.Text("button");
        if (provider is null || action is null) return null;
        return new NewsletterSettings(provider, action, field ?? DefaultEmailField(provider), title ?? "Nieuwsbrief", text,
            label ?? "Uw e-mailadres", button ?? "Aanmelden");
    }
}
