namespace Thuisbasis.Content.Settings;

/// <summary>
/// <c>accessibility:</c> in <c>statiq.config</c>: what the generated accessibility statement (toegankelijkheidsverklaring)
/// says: when the site was last checked, how far it complies, and where visitors report a problem.
/// </summary>
public sealed record AccessibilitySettings
{
    /// <summary>The statuses of the Dutch register of accessibility statements, A to E.</summary>
    public static readonly string[] Statuses =
        ["voldoet volledig", "voldoet gedeeltelijk", "eerste maatregelen genomen", "voldoet niet", "geen verklaring"];

    public DateOnly? Checked { get; init; }
    public string Status { get; init; } = "voldoet gedeeltelijk";
    /// <summary>Where to report a barrier; the site's contact e-mail when absent.</summary>
    public string? ContactEmail { get; init; }

    internal static AccessibilitySettings Read(FieldReader root, TimeZoneInfo zone)
    {
        if (root.Map("accessibility") is not { } a) return new AccessibilitySettings();
        a.WarnUnknownKeys(["checked", "status", "contact_email"]);
        var email = a.EmailText("contact_email");
        if (email is not null && !Links.IsEmail(email))
        {
            a.Diagnostics.Error("TB0302", a.At("contact_email"), $"`accessibility.contact_email` is `{email}`; dat is geen e-mailadres.",
                "Schrijf het adres zoals `toegankelijkheid@voorbeeld.nl`.");
            email = null;
        }
        var date = a.Date("checked", zone);
        var status = a.Text("status");
        if (status is not null && !Statuses.Contains(status, StringComparer.OrdinalIgnoreCase))
        {
            var near = Suggest.Closest(status, Statuses);
            a.Diagnostics.Error("TB0302", a.At("status"), $"`accessibility.status` is `{status}`; dat is geen status uit het register.",
                (near is null ? "" : $"Bedoelde u `{near}`? ") + $"Kies uit {string.Join(", ", Statuses.Select(s => $"`{s}`"))}.");
            status = null;
        }
        return new AccessibilitySettings
        {
            Checked = date is { } d ? DateOnly.FromDateTime(d.DateTime) : null,
            Status = status ?? new AccessibilitySettings().Status,
            ContactEmail = email,
        };
    }
}
