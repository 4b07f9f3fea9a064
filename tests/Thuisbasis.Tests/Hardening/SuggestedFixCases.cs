namespace Thuisbasis.Tests.Hardening;

/// <summary>One mistake as a writer makes it: the files to add to a <see cref="Support.FixtureSite"/>, the file the
/// diagnostic is about and its code; a file without text is taken away. <paramref name="Check"/>: the mistake is found by <c>check</c>, after the build.</summary>
public sealed record SuggestedFixCase(string Name, string Code, string File, IReadOnlyDictionary<string, string?> Files, bool Check = false);

/// <summary>The mistakes of <see cref="SuggestedFixTests"/>, and the codes whose help has nothing literal to write.</summary>
internal static class SuggestedFixCases
{
    private const string Story = "input/stories/a.md";
    private const string Activity = "input/activities/a.md";
    private const string Vacancy = "input/vacancies/a.md";
    private const string Settings = "statiq.config";
    private const string SettingsStart = Support.AnalyticsSites.BaseConfig + "\n";

    private static SuggestedFixCase Md(string name, string code, string path, string frontMatter, string body = "Tekst.\n", params (string, string)[] more) =>
        new(name, code, path, new Dictionary<string, string?>(more.Select(m => KeyValuePair.Create(m.Item1, (string?)m.Item2)))
        {
            [path] = "---\n" + frontMatter + "\n---\n" + body,
        });

    private static SuggestedFixCase Raw(string name, string code, string path, string text, params (string, string)[] more) =>
        new(name, code, path, new Dictionary<string, string?>(more.Select(m => KeyValuePair.Create(m.Item1, (string?)m.Item2))) { [path] = text });

    private const string Svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1200\" height=\"800\"><rect width=\"1200\" height=\"800\" fill=\"#ccc\"/></svg>";
    private const string Other = "---\ntitle: Ander verhaal\ndate: 2026-01-02\nauthor: anouk-visser\n---\nTekst.\n";

    private static SuggestedFixCase InSettings(string name, string code, string extra) =>
        new(name, code, Settings, new Dictionary<string, string?> { [Settings] = SettingsStart + extra });

    private static SuggestedFixCase StoryCase(string name, string code, string frontMatter, string body = "Tekst.\n", params (string, string)[] more) =>
        Md(name, code, Story, frontMatter, body, more);

    private static SuggestedFixCase ActivityCase(string name, string code, string frontMatter) => Md(name, code, Activity, frontMatter);

    private const string Job = "title: Vrijwilliger\ndate: 2026-11-01\nclosing_date: 2026-12-31\nkind: volunteer\nlocation: Amsterdam\n" +
                               "contact: { name: Anouk, email: anouk@test.example }\napply_email: werken@test.example";

    public static readonly IReadOnlyList<SuggestedFixCase> All =
    [
        StoryCase("TB0100 dubbele punt in de titel", "TB0100", "title: Werken bij ons: vacatures\ndate: 2026-01-01\nauthor: anouk-visser"),
        StoryCase("TB0100 titel begint met 't", "TB0100", "title: 't Buurthuis gaat open\ndate: 2026-01-01\nauthor: anouk-visser"),
        StoryCase("TB0100 titel begint met !", "TB0100", "title: !Nieuw in de wijk\ndate: 2026-01-01\nauthor: anouk-visser"),
        StoryCase("TB0100 dubbele punt en aanhalingstekens", "TB0100", "title: Ria zegt \"kom erbij\": welkom\ndate: 2026-01-01\nauthor: anouk-visser"),
        StoryCase("TB0100 't met aanhalingstekens en dubbele punt", "TB0100", "title: 't Is \"feest\": kom\ndate: 2026-01-01\nauthor: anouk-visser"),
        StoryCase("TB0100 dubbele punt en backslash", "TB0100", "title: Map C:\\Users: weg ermee\ndate: 2026-01-01\nauthor: anouk-visser"),
        StoryCase("TB0100 niet gesloten met backslash", "TB0100", "title: \"Map C:\\Users\ndate: 2026-01-01\nauthor: anouk-visser"),
        StoryCase("TB0100 apostrof binnen enkele aanhalingstekens", "TB0100", "title: 'Ria's tuin'\ndate: 2026-01-01\nauthor: anouk-visser"),
        StoryCase("TB0100 begint met @ en heeft een backslash", "TB0100", "title: @buurthuis op C:\\Users\ndate: 2026-01-01\nauthor: anouk-visser"),
        StoryCase("TB0100 dubbele punt vergeten", "TB0100", "title Nieuw in de wijk\ndate: 2026-01-01\nauthor: anouk-visser"),
        StoryCase("TB0100 dubbele punt vergeten voor 't", "TB0100", "title 't Buurthuis gaat open\ndate: 2026-01-01\nauthor: anouk-visser"),
        StoryCase("TB0100 spatie na de dubbele punt vergeten", "TB0100", "title:Nieuw in de wijk\ndate: 2026-01-01\nauthor: anouk-visser"),
        StoryCase("TB0100 harde spatie na de dubbele punt", "TB0100", "title:\u00A0Nieuw in de wijk\ndate: 2026-01-01\nauthor: anouk-visser"),
        StoryCase("TB0100 datum zonder spatie", "TB0100", "title: Nieuw\ndate:2026-01-01\nauthor: anouk-visser"),
        StoryCase("TB0100 laatste regel zonder spatie", "TB0100", "title: Nieuw\ndate: 2026-01-01\nauthor:anouk-visser"),
        StoryCase("TB0100 sleutel in een blok zonder spatie", "TB0100", "title: Nieuw\ndate: 2026-01-01\nauthor:\n  name: Joke\n  role:mantelzorger\nconsent: true"),
        StoryCase("TB0171 jaartal verschreven", "TB0171", "title: A\ndate: 2062-05-20\nauthor: anouk-visser"),
        StoryCase("TB0100 blokhaak niet gesloten", "TB0100", "title: A\ndate: 2026-01-01\nauthor: anouk-visser\ntags: [koken, eten"),
        StoryCase("TB0100 accolade niet gesloten", "TB0100", "title: A\ndate: 2026-01-01\nauthor: { name: Joke, role: mantelzorger\nconsent: true"),
        ActivityCase("TB0146 eindtijd als 16u", "TB0146", "title: Koffie\nstart: 2026-12-08 14:00\nend: 16u\nlocation: Buurthuis"),
        ActivityCase("TB0102 start met verkeerde weekdag", "TB0102", "title: Koffie\nstart: vrijdag 5 december 10:00\nlocation: Buurthuis"),
        StoryCase("TB0102 datum in woorden", "TB0102", "title: A\ndate: 5 november 2026\nauthor: anouk-visser"),
        StoryCase("TB0102 datum die niet bestaat", "TB0102", "title: A\ndate: 31-11-2025\nauthor: anouk-visser"),
        ActivityCase("TB0102 start in woorden", "TB0102", "title: Koffie\nstart: 8 december 10:00\nlocation: Buurthuis"),
        ActivityCase("TB0102 start met punt in de tijd", "TB0102", "title: Koffie\nstart: 8 december 10.00\nlocation: Buurthuis"),
        ActivityCase("TB0102 start met begin en einde", "TB0102", "title: Koffie\nstart: 2026-12-08 10:00-12:00\nlocation: Buurthuis"),
        ActivityCase("TB0102 end met begin en einde", "TB0102", "title: Koffie\nstart: 2026-12-08 10:00\nend: 10:00-12:00\nlocation: Buurthuis"),
        ActivityCase("TB0102 start met tijdzone", "TB0102", "title: Koffie\nstart: 2026-12-08T10:00:00+02:00\nlocation: Buurthuis"),
        ActivityCase("TB0102 end om 24:00", "TB0102", "title: Koffie\nstart: 2026-12-08 20:00\nend: \"24:00\"\nlocation: Buurthuis"),
        ActivityCase("TB0102 except in woorden", "TB0102", "title: Koffie\nstart: 2026-12-01 10:00\nrepeat: { every: week, except: [29 december] }\nlocation: Buurthuis"),
        ActivityCase("TB0102 except die niet bestaat", "TB0102", "title: Koffie\nstart: 2026-12-01 10:00\nrepeat: { every: week, except: [31-11-2026] }\nlocation: Buurthuis"),
        ActivityCase("TB0102 cancelled in woorden", "TB0102", "title: Koffie\nstart: 2026-12-01 10:00\nrepeat: { every: week }\ncancelled: [8 december]\nlocation: Buurthuis"),
        ActivityCase("TB0102 tijd zonder ochtend of avond", "TB0102", "title: Koffie\nstart: 2026-12-08 7 uur\nlocation: Buurthuis"),
        StoryCase("TB0103 draft is misschien", "TB0103", "title: A\ndate: 2026-01-01\nauthor: anouk-visser\ndraft: misschien"),
        StoryCase("TB0103 doelgroep bijna goed", "TB0103", "title: A\ndate: 2026-01-01\nauthor: anouk-visser\naudience: [carer]"),
        Md("TB0103 soort vacature in het Nederlands", "TB0103", Vacancy, Job.Replace("kind: volunteer", "kind: vrijwilliger")),
        Md("TB0103 layout met map", "TB0103", "input/pages/extra-pagina.md", "title: Extra\nlayout: layouts/page.sbn-html"),
        InSettings("TB0103 search is misschien", "TB0103", "search: misschien\n"),
        StoryCase("TB0104 cliëntverhaal zonder consent", "TB0104", "title: A\ndate: 2026-01-01\nauthor: { name: Ria, role: cliënt }"),
        Md("TB0104 aanbeveling zonder consent", "TB0104", "input/testimonials/ria.md", "name: Ria\nrole: cliënt", "Fijn dat jullie er zijn.\n"),
        StoryCase("TB0106 auteur verkeerd gespeld", "TB0106", "title: A\ndate: 2026-01-01\nauthor: anouk-viser"),
        StoryCase("TB0106 auteur met naam", "TB0106", "title: A\ndate: 2026-01-01\nauthor: Anouk Visser"),
        Md("TB0106 dienst verkeerd gespeld", "TB0106", Activity, "title: Koffie\nstart: 2026-12-08 10:00\nlocation: Buurthuis\nservice: taalcafee", more:
            ("input/services/taalcafe.md", "---\ntitle: Taalcafé\nsummary: Samen praten.\n---\nTekst.\n")),
        StoryCase("TB0107 hoofdletters in de foto", "TB0107", "title: A\ndate: 2026-01-01\nauthor: anouk-visser\nimage: /assets/img/Markt.svg\nimage_alt: De markt",
            more: ("input/assets/img/markt.svg", Svg)),
        Md("TB0108 volgorde in woorden", "TB0108", "input/services/koken.md", "title: Koken\nsummary: Samen koken.\norder: drie"),
        Md("TB0108 volgorde veel te groot", "TB0108", "input/services/koken.md", "title: Koken\nsummary: Samen koken.\norder: 99999999999"),
        Md("TB0108 volgorde met een komma", "TB0108", "input/services/koken.md", "title: Koken\nsummary: Samen koken.\norder: 2.7"),
        InSettings("TB0108 page_size veel te groot", "TB0108", "page_size: 99999999999\n"),
        ActivityCase("TB0108 plaatsen in woorden", "TB0108", "title: Koffie\nstart: 2026-12-08 10:00\nlocation: Buurthuis\nregistration: { required: true, places: twaalf }"),
        Md("TB0109 vacature zonder sollicitatie", "TB0109", Vacancy, Job.Replace("\napply_email: werken@test.example", "")),
        Md("TB0111 sollicitatie-adres zonder @", "TB0111", Vacancy, Job.Replace("werken@test.example", "werken bij test.example")),
        Md("TB0170 mailto: voor het sollicitatie-adres", "TB0170", Vacancy, Job.Replace("apply_email: werken@test.example", "apply_email: mailto:werken@test.example")),
        Md("TB0172 contactpersoon werkt hier niet meer", "TB0172", "input/activities/koffie.md", "title: Koffie\nstart: 2026-12-08 10:00\nlocation: Buurthuis\ncontact: sanne", more: ("input/team/sanne.md", "---\nname: Sanne\nrole: Buurtwerker\nformer: true\n---\nSanne.\n")),
        StoryCase("TB0111 oud adres met #", "TB0111", "title: A\ndate: 2026-01-01\nauthor: anouk-visser\nredirect_from: [/nieuws.html#oud]"),
        StoryCase("TB0116 hashtag zonder aanhalingstekens", "TB0116", "title: A\ndate: 2026-01-01\nauthor: anouk-visser\ntags: #mantelzorg"),
        StoryCase("TB0117 gekrulde aanhalingstekens", "TB0117", "title: “Werken bij ons: vacatures”\ndate: 2026-01-01\nauthor: anouk-visser"),
        StoryCase("TB0119 onderwerpen als zin", "TB0119", "title: A\ndate: 2026-01-01\nauthor: anouk-visser\ntags: mantelzorg en buurt"),
        Md("TB0120 bestandsnaam zonder letters", "TB0120", "input/stories/___.md", "title: A\ndate: 2026-01-01\nauthor: anouk-visser"),
        StoryCase("TB0121 onderwerp met spatie", "TB0121", "title: A\ndate: 2026-01-01\nauthor: anouk-visser\ntags: [samen koken]"),
        Md("TB0123 verhaal in de map vacatures", "TB0123", "input/vacancies/b.md", "title: A\ndate: 2026-01-01\nauthor: anouk-visser"),
        StoryCase("TB0127 onderwerp als emoji", "TB0127", "title: A\ndate: 2026-01-01\nauthor: anouk-visser\ntags: [\"❤️\"]"),
        StoryCase("TB0128 kop zonder spatie", "TB0128", "title: A\ndate: 2026-01-01\nauthor: anouk-visser", "Tekst.\n\n##Wat we doen\n\nMeer tekst.\n"),
        StoryCase("TB0138 link naar een bestand met een typfout", "TB0138", "title: A\ndate: 2026-01-01\nauthor: anouk-visser",
            "Lees ook [het andere verhaal](andre.md).\n", ("input/stories/ander.md", "---\ntitle: Ander\ndate: 2026-01-02\nauthor: anouk-visser\n---\nTekst.\n")),
        StoryCase("TB0139 link zonder https", "TB0139", "title: A\ndate: 2026-01-01\nauthor: anouk-visser", "Kijk op [de gemeente](www.amsterdam.nl).\n"),
        StoryCase("TB0139 e-mail zonder mailto", "TB0139", "title: A\ndate: 2026-01-01\nauthor: anouk-visser", "Mail [ons](info@test.example).\n"),
        StoryCase("TB0139 adres met een spatie", "TB0139", "title: A\ndate: 2026-01-01\nauthor: anouk-visser", "Lees [de folder](/assets/folder mantelzorg.pdf) eerst.\n", ("input/assets/folder mantelzorg.pdf", "%PDF-1.4\n")),
        ActivityCase("TB0139 online_url zonder https", "TB0139", "title: Koffie\nstart: 2026-12-08 10:00\nlocation: online\nonline_url: www.meet.example/koffie"),
        ActivityCase("TB0140 eindtijd bij een dag", "TB0140", "title: Koffie\nstart: 2026-12-08\nend: \"12:00\"\nlocation: Buurthuis"),
        ActivityCase("TB0140 einddatum zonder tijd", "TB0140", "title: Koffie\nstart: 2026-12-08 10:00\nend: 2026-12-09\nlocation: Buurthuis"),
        ActivityCase("TB0140 eind met tijd bij een dag", "TB0140", "title: Koffie\nstart: 2026-12-08\nend: 2026-12-09 16:00\nlocation: Buurthuis"),
        ActivityCase("TB0141 herhaling in woorden", "TB0141", "title: Koffie\nstart: 2026-12-08 10:00\nrepeat: wekelijks\nlocation: Buurthuis"),
        ActivityCase("TB0141 every in woorden", "TB0141", "title: Koffie\nstart: 2026-12-08 10:00\nrepeat:\n  every: elke week\nlocation: Buurthuis"),
        ActivityCase("TB0141 every bijna goed", "TB0141", "title: Koffie\nstart: 2026-12-08 10:00\nrepeat: { every: weeks }\nlocation: Buurthuis"),
        ActivityCase("TB0143 except op een andere dag", "TB0143", "title: Koffie\nstart: 2026-12-01 10:00\nrepeat: { every: week, except: [2026-12-30] }\nlocation: Buurthuis"),
        ActivityCase("TB0143 cancelled op een andere dag", "TB0143", "title: Koffie\nstart: 2026-12-01 10:00\nrepeat: { every: week }\ncancelled: [2026-12-09]\nlocation: Buurthuis"),
        ActivityCase("TB0146 tijd als 10u", "TB0146", "title: Koffie\nstart: 2026-12-08 14u\nlocation: Buurthuis"),
        ActivityCase("TB0147 start in het verkeerde jaar", "TB0147", "title: Koffie\ndate: 2026-11-20\nstart: 2025-12-08 10:00\nlocation: Buurthuis"),
        ActivityCase("TB0148 cancelled_on zonder cancelled", "TB0148",
            "title: Koffie\nstart: 2026-12-01 10:00\nrepeat: { every: week }\ncancelled_on: 2026-11-20\nlocation: Buurthuis"),
        StoryCase("TB0201 sleutel in het Nederlands", "TB0201", "titel: A\ndate: 2026-01-01\nauthor: anouk-visser"),
        StoryCase("TB0201 sleutel met typfout", "TB0201", "title: A\ndate: 2026-01-01\nauthor: anouk-visser\nsumary: Kort."),
        StoryCase("TB0202 verhaal zonder toestemming", "TB0202", "title: A\ndate: 2026-01-01\nauthor: { name: Ria, role: cliënt }\nconsent: false"),
        StoryCase("TB0202 verhaal van een medewerker zonder toestemming", "TB0202", "title: A\ndate: 2026-01-01\nauthor: anouk-visser\nconsent: false"),
        StoryCase("TB0107 omslagfoto van een andere site", "TB0107", "title: A\ndate: 2026-01-01\nauthor: anouk-visser\nimage: https://beelden.example/Markt%20Plein.SVG\nimage_alt: De markt").With("input/assets/img/markt-plein.svg", Svg),
        StoryCase("TB0108 consent als lijst", "TB0108", "title: A\ndate: 2026-01-01\nauthor: { name: Ria, role: cliënt }\nconsent: [true]"),
        Md("TB0202 aanbeveling zonder toestemming", "TB0202", "input/testimonials/ria.md", "name: Ria\nrole: cliënt\nconsent: false", "Fijn.\n"),
        Md("TB0205 Nederlandse mapnaam", "TB0205", "input/verhalen/a.md", "title: A\ndate: 2026-01-01\nauthor: anouk-visser"),
        new("TB0206 pagina ontbreekt", "TB0206", "input/pages/method.md", new Dictionary<string, string?> { ["input/pages/method.md"] = null }),
        Md("TB0207 sluitdatum in het vorige jaar", "TB0207", Vacancy, Job.Replace("closing_date: 2026-12-31", "closing_date: 2025-12-31")),
        new("TB0206 pagina ontbreekt, titel met dubbele punt", "TB0206", "input/pages/method.md", new Dictionary<string, string?>
        {
            ["input/pages/method.md"] = null, [Settings] = SettingsStart + "pages:\n  method:\n    title: \"Werkwijze: zo doen wij het\"\n",
        }),
        StoryCase("TB0137 foto van de eigen computer met een spatie", "TB0137", "title: A\ndate: 2026-01-01\nauthor: anouk-visser",
            "![De markt](C:\\Users\\ria\\Mijn markt.svg)\n", ("input/assets/img/Mijn markt.svg", Svg)),
        InSettings("TB0280 oude naam van een instelling", "TB0280", "feeds:\n  count: 10\n"),
        InSettings("TB0302 url zonder https", "TB0302", "").With(Settings, SettingsStart.Replace("https://www.test.example", "www.test.example")),
        InSettings("TB0302 sociale media zonder https", "TB0302", "socials:\n  facebook: facebook.com/buurtkracht\n"),
        InSettings("TB0302 tijdzone die niet bestaat", "TB0302", "timezone: Amsterdam\n"),
        InSettings("TB0302 taal in woorden", "TB0302", "language: Nederlands\n"),
        InSettings("TB0302 taal met HTML", "TB0302", "language: \"nl\\\"><b>\"\n"),
        InSettings("TB0302 thema met map", "TB0302", "theme: themes/default\n"),
        InSettings("TB0302 kleur zonder aanhalingstekens", "TB0302", "brand:\n  primary: 0b5f7a\n"),
        InSettings("TB0302 status toegankelijkheid bijna goed", "TB0302", "accessibility:\n  status: C\n"),
        InSettings("TB0302 feedformaat", "TB0302", "feeds:\n  formats: [rss, xml]\n"),
        InSettings("TB0302 logo zonder /", "TB0302", "logo: logo.svg\n").With("input/assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>"),
        InSettings("TB0302 Plausible met het hele adres", "TB0302", "analytics:\n  provider: plausible\n  site: https://www.test.example/\n"),
        InSettings("TB0103 search bijna goed", "TB0103", "search: treu\n"),
        ActivityCase("TB0102 until in woorden", "TB0102", "title: Koffie\nstart: 2026-12-08 10:00\nrepeat: { every: week, until: 29 juni 2027 }\nlocation: Buurthuis"),
        Md("TB0106 contactpersoon verkeerd gespeld", "TB0106", Activity, "title: Koffie\nstart: 2026-12-08 10:00\nlocation: Buurthuis\ncontact: anouk"),
        ActivityCase("TB0111 e-mail voor aanmelden zonder @", "TB0111", "title: Koffie\nstart: 2026-12-08 10:00\nlocation: Buurthuis\nregistration: { required: true, email: aanmelden }"),
        InSettings("TB0110 twee pagina's op één adres", "TB0110", "pages:\n  clients:\n    url: /over-ons/\n"),
        InSettings("TB0304 url met http", "TB0304", "").With(Settings, SettingsStart.Replace("https://", "http://")),
        InSettings("TB0310 statistiek zonder toestemming", "TB0310", "analytics:\n  provider: ga4\n  site: G-ABC123\n  consent: never\n"),
        Md("TB0101 aanbeveling zonder naam", "TB0101", "input/testimonials/ria.md", "role: cliënt\nconsent: true", "Fijn dat jullie er zijn.\n"),
        Md("TB0101 vacature zonder sluitingsdatum", "TB0101", Vacancy, Job.Replace("closing_date: 2026-12-31\n", "")),
        InSettings("TB0101 instellingen zonder url", "TB0101", "").With(Settings, SettingsStart.Replace("url: https://www.test.example\n", "")),
        InSettings("TB0100 naam begint met 't", "TB0100", "").With(Settings, SettingsStart.Replace("Testorganisatie", "'t Buurthuis")),
        Raw("TB0113 lange streepjes bovenaan", "TB0113", Story, "–––\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\n---\nTekst.\n"),
        Raw("TB0113 lange streepjes als afsluiting", "TB0113", Story, "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\n——\nTekst.\n"),
        Md("TB0160 pagina als concept", "TB0160", "input/pages/contact.md", "title: Contact\ndraft: true"),
        Md("TB0210 onbekende opmaak", "TB0210", "input/pages/spreekuur.md", "title: Spreekuur\nlayout: paginaa"),
        Raw("TB0204 tekstbestand in data", "TB0204", "input/data/lijst.txt", "koffie, thee\n"),
        Raw("TB0205 verhaal los in input", "TB0205", "input/a.md", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\n---\nTekst.\n"),
        Raw("TB0114 groot bestand tussen de verhalen", "TB0114", "input/stories/export.md", new string('a', 6 * 1024 * 1024)),
        Raw("TB0002 geen tekstbestand tussen de verhalen", "TB0002", "input/stories/scan.md", "PDF\0\0\u0001binair"),
        StoryCase("TB0126 link naar een oud adres", "TB0126", "title: A\ndate: 2026-01-01\nauthor: anouk-visser", "Lees [het andere verhaal](/nieuws/ander.html).\n",
            ("input/stories/ander-verhaal.md", Other.Replace("author: anouk-visser", "author: anouk-visser\nredirect_from: [/nieuws/ander.html]"))),
        StoryCase("TB0129 link met een typfout", "TB0129", "title: A\ndate: 2026-01-01\nauthor: anouk-visser", "Lees [het andere verhaal](/verhalen/ander-verhal/).\n",
            ("input/stories/ander-verhaal.md", Other)),
        StoryCase("TB0137 foto van de eigen computer", "TB0137", "title: A\ndate: 2026-01-01\nauthor: anouk-visser", "![De markt](C:\\Users\\ria\\Pictures\\markt.svg)\n",
            ("input/assets/img/markt.svg", Svg)),
        StoryCase("TB0107 foto in de tekst met hoofdletter", "TB0107", "title: A\ndate: 2026-01-01\nauthor: anouk-visser", "![De markt](/assets/img/Markt.svg)\n",
            ("input/assets/img/markt.svg", Svg)),
        StoryCase("TB0107 foto midden in een zin", "TB0107", "title: A\ndate: 2026-01-01\nauthor: anouk-visser", "Kijk: ![De markt](/assets/img/markt.sv) en lees verder.\n",
            ("input/assets/img/markt.svg", Svg)),
        InSettings("TB0280 oude en nieuwe naam allebei", "TB0280", "feeds:\n  count: 10\n  items: 10\n"),
        StoryCase("TB0201 sleutel van een vacature in een verhaal", "TB0201", "title: A\ndate: 2026-01-01\nauthor: anouk-visser\nclosing_date: 2026-12-31"),
        InSettings("TB0311 code bij een gewone statistiekdienst", "TB0311",
            "analytics:\n  provider: plausible\n  site: test.example\n  head: <script src=\"https://stats.test.example/s.js\"></script>\n"),
        Raw("TB0204 verhaal als .txt", "TB0204", "input/stories/verhaal.md.txt", "---\ntitle: A\ndate: 2026-01-01\nauthor: anouk-visser\n---\nTekst.\n"),
        Raw("TB0204 plaatje tussen de verhalen", "TB0204", "input/stories/markt.svg", Svg),
        InSettings("TB0306 kleur met te weinig contrast", "TB0306", "brand:\n  primary: \"#ffdd00\"\n") with { Check = true },
        StoryCase("TB0163 tweede hoofdkop", "TB0163", "title: A\ndate: 2026-01-01\nauthor: anouk-visser", "Tekst.\n\n# Nog een titel\n\nMeer.\n") with { Check = true },
        StoryCase("TB0168 kopje zonder tekst", "TB0168", "title: A\ndate: 2026-01-01\nauthor: anouk-visser", "Tekst.\n\n##\n\nMeer.\n"),
        StoryCase("TB0501 link naar een kopje met een typfout", "TB0501", "title: A\ndate: 2026-01-01\nauthor: anouk-visser",
            "Lees [wat we doen](/verhalen/ander-verhaal/#wat-we-dooen).\n", ("input/stories/ander-verhaal.md", Other + "\n## Wat we doen\n\nVeel.\n")) with { Check = true },
        StoryCase("TB0163 tweede hoofdkop na een kopje", "TB0163", "title: A\ndate: 2026-01-01\nauthor: anouk-visser",
            "## Eerst dit\n\nTekst.\n\n# Nog een titel\n\nMeer.\n") with { Check = true },
        StoryCase("TB0504 kopniveau overgeslagen", "TB0504", "title: A\ndate: 2026-01-01\nauthor: anouk-visser", "Tekst.\n\n#### Wat we doen\n\nMeer.\n") with { Check = true },
        StoryCase("TB0504 kop met de woorden van de titel", "TB0504", "title: Samen koken\ndate: 2026-01-01\nauthor: anouk-visser",
            "Tekst.\n\n#### Samen koken\n\nMeer.\n") with { Check = true },
        StoryCase("TB0602 moeilijk woord", "TB0602", "title: A\ndate: 2026-01-01\nauthor: anouk-visser", "Wij faciliteren de bijeenkomst.\n") with { Check = true },
    ];

    private static SuggestedFixCase With(this SuggestedFixCase c, string path, string text) =>
        c with { Files = new Dictionary<string, string?>(c.Files) { [path] = text } };

    /// <summary>Codes whose help says what to do without literal text to write (or asks for a choice only the writer can
    /// make), so following it cannot be done mechanically.</summary>
    public static readonly IReadOnlyDictionary<string, string> NotLiteral = new Dictionary<string, string>
    {
        ["TB0001"] = "leesrecht geven op een bestand",
        ["TB0150"] = "een SVG-bestand opnieuw exporteren",
        ["TB0003"] = "een map input/ maken",
        ["TB0004"] = "het bestand zelf kopiëren in plaats van een snelkoppeling",
        ["TB0005"] = "een kortere naam bedenken",
        ["TB0105"] = "zelf beschrijven wat er op de afbeelding staat",
        ["TB0006"] = "het bestand een naam geven zonder letters met accenten; de naam is niet als tekst te schrijven",
        ["TB0151"] = "een bewegend plaatje als GIF opslaan, of laten zo; beschreven (eigen test in Images)",
        ["TB0173"] = "een keuze: publiceren (de _ weghalen) of verbergen (draft: true); beschreven",
        ["TB0209"] = "de voorbeeldtekst vervangen door eigen tekst",
        ["TB0112"] = "kiezen welke van twee versies na een samenvoeging in Git blijft",
        ["TB0115"] = "een tab door spaties vervangen; beschreven",
        ["TB0118"] = "minder diep nesten",
        ["TB0122"] = "tekens of spaties weghalen",
        ["TB0124"] = "een kopie weghalen of een eigen titel geven",
        ["TB0125"] = "een kopie weghalen",
        ["TB0165"] = "twee versies vergelijken en de kopie weghalen",
        ["TB0166"] = "een bestand een andere naam geven (een naam, geen tekst in het bestand)",
        ["TB0130"] = "een foto verkleinen",
        ["TB0131"] = "een foto opnieuw opslaan",
        ["TB0132"] = "een SVG opnieuw exporteren",
        ["TB0133"] = "een grotere foto kiezen",
        ["TB0134"] = "zelf beschrijven wat er op de foto staat",
        ["TB0135"] = "een HEIC-foto als JPEG opslaan",
        ["TB0136"] = "zelf beschrijven wat er op de foto staat",
        ["TB0164"] = "zelf beschrijven wat er op de foto staat",
        ["TB0142"] = "zelf de laatste datum kiezen",
        ["TB0144"] = "de link van de online activiteit invullen (`https://...`)",
        ["TB0145"] = "een andere tijd kiezen rond de klokwisseling",
        ["TB0161"] = "kiezen bij welke pagina een oud adres hoort",
        ["TB0162"] = "kiezen welke pagina een adres houdt",
        ["TB0169"] = "kiezen of het bestand al online mag (`draft: true` of de regel weg)",
        ["TB0203"] = "opslaan als UTF-8 in de editor",
        ["TB0208"] = "zelf tekst of een samenvatting schrijven",
        ["TB0240"] = "geplakte HTML; beschreven",
        ["TB0241"] = "een titel voor een video bedenken",
        ["TB0242"] = "foto's en video's uit WordPress opnieuw neerzetten; beschreven",
        ["TB0260"] = "een eigen titel bedenken",
        ["TB0261"] = "een aanbeveling inkorten",
        ["TB0262"] = "een kop weghalen of vet maken; beschreven",
        ["TB0263"] = "een telefoonnummer; het voorbeeld is geen nummer van de organisatie",
        ["TB0264"] = "een titel inkorten",
        ["TB0283"] = "een eigen kopie van een themabestand vergelijken met het nieuwe; beschreven (eigen tests in Cli)",
        ["TB0282"] = "een bestand in overrides/ een andere naam geven of weghalen; beschreven (eigen tests in Upgrading)",
        ["TB0281"] = "een themabestand dat een versie hernoemde; de tabel noemt er nog geen (eigen tests in Upgrading)",
        ["TB0290"] = "opmaak uit een samenvatting halen; beschreven",
        ["TB0300"] = "statiq.config aanmaken met eigen naam en adres",
        ["TB0303"] = "het eigen Mailchimp-adres invullen",
        ["TB0305"] = "een eigen domeinnaam regelen",
        ["TB0307"] = "het adres van de plek invullen; de regel in de melding heeft `...` waar het adres komt",
        ["TB0308"] = "de privacyverklaring zelf schrijven",
        ["TB0309"] = "hangt af van waar de site online komt (THUISBASIS_HOST van de workflow); de regel zelf staat in NetlifyFormTests",
        ["TB0340"] = "Pagefind installeren",
        ["TB0341"] = "Pagefind opnieuw installeren",
        ["TB0400"] = "een fout in een template van het thema",
        ["TB0401"] = "een fout in een template van het thema",
        ["TB0402"] = "een opmaak toevoegen aan het thema",
        ["TB0500"] = "een dode link; welke pagina bedoeld is weet de schrijver",
        ["TB0502"] = "zelf beschrijven wat er op de afbeelding staat",
        ["TB0503"] = "een tweede h1 in geplakte HTML of een opmaak zonder h1; een # in de tekst is TB0163",
        ["TB0505"] = "HTML afsluiten; beschreven",
        ["TB0601"] = "een lange zin in stukken knippen",
    };
}
