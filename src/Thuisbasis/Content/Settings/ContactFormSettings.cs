namespace Thuisbasis.Content.Settings;

/// <summary>
/// <c>contact_form:</c> where the contact page's form sends its messages. Netlify Forms by default (also for <c>true</c>); <c>false</c> for no
/// form (the page keeps the phone number, e-mail address and WhatsApp); or the https address of a form service
/// (Formspree, Basin, the organisation's own), which the form posts to and the Content-Security-Policy allows.
/// </summary>
public static partial class SettingsReader
{
    /// <summary>The form is Netlify's (<c>data-netlify</c>): only Netlify receives its messages.</summary>
    public const string NetlifyForm = "netlify";
    /// <summary>No form on the contact page.</summary>
    public const string NoForm = "none";

    /// <summary>
    /// The host the site is published on when the deploy says so (<c>THUISBASIS_HOST=github-pages</c> in the GitHub Pages
    /// workflow): GitHub Pages answers a form's message with an error, so the visitor's message is lost.
    /// </summary>
    public const string HostVariable = "THUISBASIS_HOST";

    /// <summary>Whether the deploy says the site goes to GitHub Pages, which has no redirects and no forms.</summary>
    public static bool OnGitHubPages => Environment.GetEnvironmentVariable(HostVariable) is { } host && host.Equals("github-pages", StringComparison.OrdinalIgnoreCase);

    private static string ReadContactForm(FieldReader r, Diagnostics.DiagnosticBag diagnostics)
    {
        var written = r.Text("contact_form");
        var form = NetlifyForm;
        // `true` (or `ja`) asks for a form, and the form a site has without a service is Netlify's.
        if (written is null || written.ToLowerInvariant() is NetlifyForm or "true" or "yes" or "ja" or "on") { }
        else if (written.ToLowerInvariant() is "false" or "no" or "nee" or "off" or "none" or "geen") form = NoForm;
        else if (written.StartsWith("https://", StringComparison.OrdinalIgnoreCase) && Links.IsWebAddress(written) &&
                 Uri.TryCreate(written, UriKind.Absolute, out var service) && service.UserInfo.Length == 0)
            form = SiteAddress.Read(written, diagnostics, r.At("contact_form"), "TB0302", "contact_form") ?? NetlifyForm;
        else
            diagnostics.Error("TB0302", r.At("contact_form"), $"`contact_form` is `{written}`.",
                "Schrijf `contact_form: netlify` (het formulier van Netlify), `contact_form: false` (geen formulier, alleen telefoon en e-mail) " +
                "of het adres van uw formulierdienst met https:// ervoor.");
        if (form == NetlifyForm && OnGitHubPages)
            diagnostics.Error("TB0309", written is null ? Diagnostics.SourcePosition.StartOf(FileName) : r.At("contact_form"),
                "De site komt op GitHub Pages, maar het contactformulier is dat van Netlify: GitHub Pages ontvangt geen formulieren, dus elk bericht van een bezoeker gaat verloren.",
                "Schrijf `contact_form: false` in statiq.config (de contactpagina toont dan telefoon en e-mail), of het adres van een formulierdienst met https:// ervoor.");
        return form;
    }
}
