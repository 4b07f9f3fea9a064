namespace Thuisbasis.Content.Model;

/// <summary>
/// Every content type of CONTENT-MODEL.md with its keys, labels and hints. <see cref="KnownKeys"/> takes its key lists from
/// here and the web editor's configuration is generated from here; a new type is one more entry in <see cref="All"/>.
/// </summary>
public static class ContentTypes
{
    public static readonly IReadOnlyList<(string Value, string Label)> Audiences =
    [
        ("clients", "Cliënten en bewoners die hulp zoeken"), ("carers", "Mantelzorgers"), ("volunteers", "Vrijwilligers"),
        ("professionals", "Professionals, zoals huisartsen en wijkteams"), ("funders", "Financiers, zoals de gemeente en fondsen"),
    ];

    public static readonly IReadOnlyList<(string Value, string Label)> VacancyKinds =
        [("paid", "Betaald werk"), ("volunteer", "Vrijwilligerswerk"), ("internship", "Stage")];

    public static readonly IReadOnlyList<(string Value, string Label)> SalaryPeriods =
        [("hour", "Per uur"), ("month", "Per maand"), ("year", "Per jaar")];

    /// <summary>The values <c>repeat.every</c> accepts that the editor offers; the reader also takes 3 weeks and Dutch words.</summary>
    private const string NoWayToApply = "Vul een e-mailadres of een webadres in om te solliciteren: zonder een van de twee kan niemand reageren.";

    public static readonly IReadOnlyList<(string Value, string Label)> RepeatEvery =
    [
        ("week", "Elke week, op dezelfde dag"), ("2 weeks", "Om de week"),
        ("month", "Elke maand, op dezelfde weekdag (bijvoorbeeld elke eerste dinsdag)"),
    ];

    private static FieldSpec Audience(string hint) =>
        new("audience", FieldKind.Choices, "Voor wie") { Options = Audiences, Hint = hint };

    private static FieldSpec Tags => new("tags", FieldKind.TextList, "Onderwerpen")
    {
        Hint = "Zet een komma tussen de onderwerpen en laat het # weg. Gebruik liefst een onderwerp dat al bestaat.",
    };

    private static FieldSpec Summary(string hint, bool required = false) =>
        new("summary", FieldKind.LongText, "Samenvatting") { Hint = hint, Required = required };

    private static FieldSpec Draft => new("draft", FieldKind.Flag, "Concept")
    {
        Hint = "Aan: het komt niet op de echte site, wel in het voorbeeld.",
    };

    private static FieldSpec Order(string hint) => new("order", FieldKind.Number, "Volgorde") { Hint = hint };

    private static FieldSpec RedirectFrom => new("redirect_from", FieldKind.TextList, "Oude adressen")
    {
        Hint = "Had deze pagina eerder een ander adres? Zet het hier, beginnend met /; bezoekers van het oude adres komen dan hier.",
    };

    private static FieldSpec Date(string key, string label, bool required, string hint) =>
        new(key, FieldKind.Date, label) { Required = required, Hint = hint };

    private static FieldSpec Consent(string hint) => new("consent", FieldKind.Flag, "Toestemming om te publiceren")
    {
        IsConsent = true,
        Hint = hint,
    };

    private static FieldSpec ConsentDate => Date("consent_date", "Datum van de toestemming", false,
        "Vult zichzelf in als u de toestemming aanzet; pas hem aan als de toestemming eerder gegeven is.");

    private static FieldSpec Socials(IEnumerable<string> networks) => new("socials", FieldKind.Group, "Sociale media")
    {
        Hint = "Het volledige adres van elk profiel, met https:// ervoor.",
        Fields = [.. networks.Select(n => FieldSpec.Text(n, SocialNetworks.Label(n)))],
    };

    public static readonly ContentType Page = new("pages", "input/pages", "Pagina's", "Pagina",
    [
        FieldSpec.Text("title", "Titel", required: true, hint: "De titel van de pagina."),
        new("description", FieldKind.LongText, "Omschrijving") { Hint = "Eén zin over de pagina; zoekmachines laten die zien onder de titel." },
        FieldSpec.Text("menu_title", "Titel in het menu", hint: "Een kortere titel voor in het menu."),
        Order("De plek in het menu: een getal, laag eerst."),
        RedirectFrom,
        Draft,
        FieldSpec.Text("layout", "Opmaak", hint: "Alleen nodig voor een andere opmaak dan gewoon, bijvoorbeeld `page`."),
    ]);

    public static readonly ContentType Story = new("stories", "input/stories", "Verhalen", "Verhaal",
    [
        FieldSpec.Text("title", "Titel", required: true, hint: "De titel van het verhaal."),
        Date("date", "Datum", true, "De datum waarop het verhaal online komt; ligt die in de toekomst, dan is het verhaal ingepland."),
        new("author", FieldKind.Author, "Auteur")
        {
            Required = true,
            Hint = "Kies een medewerker, of kies 'Een cliënt' en vul naam en rol in zoals die online mogen.",
        },
        Consent("Alleen bij een verhaal van een cliënt: zet dit pas aan als de cliënt ja heeft gezegd; zonder toestemming komt het verhaal niet online."),
        ConsentDate,
        Tags,
        Summary("Eén of twee zinnen zonder opmaak, voor overzichten, de feed en sociale media. Leeg: de eerste alinea."),
        .. FieldSpec.ImageWithAlt("image", "image_alt", "Afbeelding", "Een afbeelding boven het verhaal."),
        Audience("Voor wie het verhaal vooral is."),
        Draft,
        RedirectFrom,
    ])
    // The story's own date, not the day it was typed (Decap's {{year}} is that day: it infers no date from a custom widget);
    // without the time the editor adds to a story published today (see thuisbasis-editor.js).
    { NewFileName = "{{fields.date | date('YYYY-MM-DD')}}-{{slug}}" };

    public static readonly ContentType Vacancy = new("vacancies", "input/vacancies", "Vacatures", "Vacature",
    [
        FieldSpec.Text("title", "Titel", required: true, hint: "De naam van de functie."),
        Date("date", "Datum", true, "De datum waarop de vacature online komt."),
        Date("closing_date", "Sluitingsdatum", true, "De laatste dag om te reageren; daarna verdwijnt de vacature uit de overzichten."),
        new("kind", FieldKind.Choice, "Soort werk") { Required = true, Options = VacancyKinds },
        FieldSpec.Text("hours", "Uren per week", hint: "Bijvoorbeeld 24-32."),
        FieldSpec.Text("location", "Plaats", required: true, hint: "De plaats waar iemand werkt."),
        new("salary", FieldKind.Group, "Salaris")
        {
            Hint = "Laat leeg bij vrijwilligerswerk.",
            Fields =
            [
                new("min", FieldKind.Number, "Vanaf (euro)") { Cents = true },
                new("max", FieldKind.Number, "Tot en met (euro)") { Cents = true },
                new("period", FieldKind.Choice, "Per") { Options = SalaryPeriods },
                FieldSpec.Text("scale", "Schaal", hint: "Bijvoorbeeld CAO Sociaal Werk schaal 8."),
            ],
        },
        new("contact", FieldKind.Group, "Contactpersoon")
        {
            Required = true,
            Hint = "Wie vragen beantwoordt: een naam en een e-mailadres of telefoonnummer.",
            Fields =
            [
                FieldSpec.Text("name", "Naam", required: true),
                FieldSpec.Text("email", "E-mailadres"),
                FieldSpec.Text("phone", "Telefoonnummer"),
            ],
        },
        FieldSpec.Text("apply_email", "Solliciteren per e-mail", hint: "Het e-mailadres voor sollicitaties. Vul dit of het webadres hieronder in.") with
        {
            OneOf = ("apply_url", NoWayToApply),
        },
        FieldSpec.Text("apply_url", "Solliciteren via een website", hint: "Het webadres om te solliciteren, met https:// ervoor.") with
        {
            OneOf = ("apply_email", NoWayToApply),
        },
        new("filled", FieldKind.Flag, "Vervuld") { Hint = "Aan: de vacature is al vervuld, ook al is de sluitingsdatum nog niet voorbij." },
        Summary("Een korte samenvatting, zonder opmaak."),
        Tags,
        Draft,
        .. FieldSpec.ImageWithAlt("image", "image_alt", "Afbeelding"),
        RedirectFrom,
    ]);

    public static readonly ContentType Testimonial = new("testimonials", "input/testimonials", "Aanbevelingen", "Aanbeveling",
    [
        FieldSpec.Text("name", "Naam", required: true, hint: "De naam zoals die op de site mag: 'Ria' of 'Ria de Vries'."),
        FieldSpec.Text("role", "Rol", required: true, hint: "Bijvoorbeeld cliënt, mantelzorger, vrijwilliger of partner."),
        Consent("Zet dit pas aan als de persoon ja heeft gezegd; zonder toestemming komt de aanbeveling nergens op de site."),
        ConsentDate,
        new("featured", FieldKind.Flag, "Op de voorpagina") { Hint = "Aan: de aanbeveling staat op de voorpagina." },
        new("service", FieldKind.Service, "Dienst") { Hint = "De dienst waar de aanbeveling bij hoort." },
        .. FieldSpec.ImageWithAlt("photo", "photo_alt", "Foto"),
    ])
    { TitleKey = "name", BodyLabel = "Wat de persoon zegt", BodyHint = "De woorden van de persoon zelf, zonder aanhalingstekens." };

    public static readonly ContentType Service = new("services", "input/services", "Diensten", "Dienst",
    [
        FieldSpec.Text("title", "Naam van de dienst", required: true),
        Summary("Eén of twee zinnen over de dienst.", required: true),
        Order("De volgorde op de pagina Diensten: laag eerst."),
        Audience("Voor wie de dienst is."),
        .. FieldSpec.ImageWithAlt("image", "image_alt", "Afbeelding"),
        RedirectFrom,
    ]);

    public static readonly ContentType Person = new("team", "input/team", "Medewerkers", "Medewerker",
    [
        FieldSpec.Text("name", "Naam", required: true, hint: "Voornaam en achternaam."),
        FieldSpec.Text("role", "Functie", required: true),
        .. FieldSpec.ImageWithAlt("photo", "photo_alt", "Foto", "Een foto, bij voorkeur vierkant (400 bij 400 pixels)."),
        FieldSpec.Text("email", "E-mailadres"),
        FieldSpec.Text("phone", "Telefoonnummer"),
        Socials(SocialNetworks.Keys),
        Order("De volgorde op de pagina Over ons: laag eerst."),
        new("former", FieldKind.Flag, "Werkt hier niet meer")
        {
            Hint = "Aan: de verhalen houden de naam en functie, zonder foto en contactgegevens, en de persoon staat niet meer bij Over ons.",
        },
    ])
    { TitleKey = "name", BodyLabel = "Over deze medewerker", BodyHint = "Een paar zinnen: wie is dit en waarvoor kunt u bij hem of haar terecht?", NewFileName = "{{slug}}" };

    /// <summary>
    /// The agenda. The editor offers <c>location</c> as an address (a place name alone or <c>online</c> is still read from a
    /// file written by hand) and <c>cancelled</c> as a list of dates or the whole activity.
    /// </summary>
    public static readonly ContentType Activity = new("activities", "input/activities", "Agenda", "Activiteit",
    [
        FieldSpec.Text("title", "Titel", required: true, hint: "De naam van de activiteit."),
        new("start", FieldKind.DateTime, "Begint op")
        {
            Required = true,
            Hint = "De datum en de begintijd. Alleen een datum, zonder tijd, betekent: de hele dag.",
        },
        FieldSpec.Text("end", "Eindigt om", hint: "De eindtijd op dezelfde dag, zoals 12:00. Duurt het langer dan een dag, schrijf dan datum en tijd: 2026-12-09 16:00. Is het de hele dag (een begin zonder tijd)? Schrijf dan alleen de laatste datum: 2026-12-09. Leeg: het duurt een uur, of die ene hele dag."),
        new("repeat", FieldKind.Group, "Herhalen")
        {
            Hint = "Alleen als de activiteit terugkomt. Laat leeg voor één keer.",
            Fields =
            [
                new("every", FieldKind.Choice, "Hoe vaak")
                {
                    Options = RepeatEvery, Hint = "Nodig als de activiteit terugkomt.",
                    NeededWithGroup = "Kies hoe vaak de activiteit terugkomt, of maak Tot en met en Behalve op leeg als ze maar één keer is.",
                },
                new("until", FieldKind.Date, "Tot en met") { Hint = "De laatste mogelijke datum. Leeg: het gaat door tot u het aanpast." },
                new("except", FieldKind.DateList, "Behalve op")
                {
                    Hint = "Dagen dat het er gewoon niet is, zoals in de vakantie of op Koningsdag. Die dagen staan niet in de agenda.",
                },
            ],
        },
        new("location", FieldKind.Group, "Waar")
        {
            Required = true,
            MayBeOneLine = true,
            Hint = "De plek en het adres; op de pagina staat dan een link naar de kaart. Is het online? Schrijf dan bij Naam van de plek: online, laat het adres leeg en vul hieronder de link in.",
            Fields =
            [
                FieldSpec.Text("name", "Naam van de plek", required: true, hint: "Bijvoorbeeld Buurthuis De Lindenhof, of online."),
                FieldSpec.Text("street", "Straat en huisnummer"),
                FieldSpec.Text("postal_code", "Postcode"),
                FieldSpec.Text("city", "Plaats"),
            ],
        },
        FieldSpec.Text("online_url", "Link om online mee te doen", hint: "Alleen bij een online activiteit: het volledige adres, met https:// ervoor."),
        FieldSpec.Text("price", "Kosten", hint: "Schrijf het zoals het er moet staan: gratis, of € 2,50 per keer."),
        new("registration", FieldKind.Group, "Aanmelden")
        {
            Hint = "Hoe mensen zich aanmelden. Leeg: er staat 'U hoeft zich niet aan te melden'.",
            Fields =
            [
                new("required", FieldKind.Flag, "Aanmelden is verplicht") { Hint = "Uit: aanmelden mag, maar hoeft niet." },
                FieldSpec.Text("url", "Aanmelden via een website", hint: "Het volledige adres, met https:// ervoor."),
                FieldSpec.Text("email", "Aanmelden per e-mail"),
                FieldSpec.Text("phone", "Aanmelden per telefoon"),
                new("places", FieldKind.Number, "Aantal plekken"),
            ],
        },
        new("cancelled", FieldKind.CancelledDates, "Gaat niet door op")
        {
            Hint = "De datum blijft zichtbaar, met 'gaat niet door' erbij. Gaat de hele activiteit niet door? Zet dan het vakje aan.",
        },
        Date("cancelled_on", "Afgezegd op", false,
            "De dag dat u het afzegt. Vult zichzelf in met vandaag als u hierboven een dag of de hele activiteit afzegt. Dan meldt de feed het één keer, in de nieuwsbrief en op sociale media."),
        new("contact", FieldKind.Staff, "Contactpersoon") { Hint = "De medewerker voor vragen." },
        new("service", FieldKind.Service, "Dienst") { Hint = "De dienst waar de activiteit bij hoort; hij staat dan ook op de pagina van die dienst." },
        Summary("Eén of twee zinnen zonder opmaak, voor de agenda en de feed."),
        Date("date", "Aankondigen op", false,
            "Wanneer de activiteit in de feed komt, en daarmee in de nieuwsbrief en op sociale media. Leeg: op de eerste datum. Kiest u later een nieuwe datum, dan wordt hij opnieuw aangekondigd."),
        Tags,
        Audience("Voor wie de activiteit vooral is."),
        .. FieldSpec.ImageWithAlt("image", "image_alt", "Afbeelding"),
        Draft,
        RedirectFrom,
    ])
    { BodyHint = "Wat er gebeurt en wat mensen kunnen verwachten." };

    /// <summary>Every content type the editor offers, in the order of its menu.</summary>
    public static readonly IReadOnlyList<ContentType> All = [Story, Activity, Vacancy, Testimonial, Service, Person, Page];
}
