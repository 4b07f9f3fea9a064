namespace Thuisbasis.Content.Model;

/// <summary>
/// The parts of <c>statiq.config</c> a writer may change in the web editor's settings screen, with the same labels as the
/// handleiding. <see cref="SettingsReader"/> takes the keys of these groups from here.
/// </summary>
public static class SettingsScreen
{
    public static readonly FieldSpec Contact = new("contact", FieldKind.Group, "Contactgegevens")
    {
        Hint = "Staan onderaan elke pagina en op de pagina Contact.",
        Fields =
        [
            FieldSpec.Text("street", "Straat en huisnummer"), FieldSpec.Text("postal_code", "Postcode"), FieldSpec.Text("city", "Plaats"),
            FieldSpec.Text("phone", "Telefoonnummer"), FieldSpec.Text("email", "E-mailadres"), FieldSpec.Text("whatsapp", "WhatsApp-nummer"),
            FieldSpec.Text("kvk", "KvK-nummer"), FieldSpec.Text("opening_hours", "Openingstijden"),
        ],
    };

    public static readonly FieldSpec Brand = new("brand", FieldKind.Group, "Huisstijlkleuren")
    {
        Hint = "De hoofdkleur kleurt links, knoppen en lijnen; is hij te licht om te lezen, dan neemt de site voor tekst een donkerdere tint. De accentkleur kleurt het streepje naast een citaat.",
        Fields = [new("primary", FieldKind.Colour, "Hoofdkleur"), new("accent", FieldKind.Colour, "Accentkleur")],
    };

    public static readonly FieldSpec Feeds = new("feeds", FieldKind.Group, "Feeds")
    {
        Fields =
        [
            new("items", FieldKind.Number, "Aantal berichten per feed") { Hint = "Tussen 1 en 1000; 20 is gebruikelijk." },
            new("content", FieldKind.Choice, "Inhoud") { Options = [("full", "De hele tekst"), ("summary", "Alleen de samenvatting")] },
            new("formats", FieldKind.Choices, "Soorten feeds") { Options = [("rss", "RSS"), ("atom", "Atom"), ("json", "JSON Feed")] },
            new("utm", FieldKind.Flag, "Bezoek via feeds herkenbaar maken")
            {
                Hint = "Zet dit aan als uw statistieken moeten laten zien hoeveel bezoekers via de feeds (en dus sociale media) komen.",
            },
        ],
    };

    /// <summary>The settings screen, top to bottom. Sections not listed here (pages, analytics, newsletter…) stay as they are written.</summary>
    public static readonly IReadOnlyList<FieldSpec> Fields =
    [
        FieldSpec.Text("name", "Naam van de organisatie", required: true),
        FieldSpec.Text("url", "Webadres van de site", required: true, hint: "Met https:// ervoor, bijvoorbeeld https://www.voorbeeld.nl."),
        new("description", FieldKind.LongText, "Omschrijving") { Hint = "Eén zin over de organisatie; zoekmachines laten die zien." },
        new("tagline", FieldKind.LongText, "Wie wij helpen") { Hint = "De zin bovenaan de voorpagina: wie helpt u, en waarmee?" },
        .. FieldSpec.ImageWithAlt("logo", "logo_alt", "Logo"),
        .. FieldSpec.ImageWithAlt("share_image", "share_image_alt", "Deelafbeelding", "De afbeelding die sociale media tonen bij een pagina zonder eigen afbeelding."),
        Contact,
        new("socials", FieldKind.Group, "Sociale media")
        {
            Hint = "Het volledige adres van elk profiel, met https:// ervoor.",
            Fields = [.. SocialNetworks.Keys.Select(n => FieldSpec.Text(n, SocialNetworks.Label(n)))],
        },
        Brand,
        Feeds,
    ];

    public static string[] Keys(FieldSpec group) => [.. group.Fields.Select(f => f.Key)];
}
