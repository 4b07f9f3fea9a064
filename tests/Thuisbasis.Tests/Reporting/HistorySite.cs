using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Reporting;

/// <summary>
/// A site with a known history over two years, built for 23 November 2026 (a Monday): staff and client stories, old
/// and missing consent dates, a draft, a scheduled story, items without consent, open and closed vacancies, a service
/// nobody talks about and a team member who never wrote. Every figure of the health report follows from these files;
/// the expected numbers in the tests are worked out by hand from them.
/// </summary>
internal static class HistorySite
{
    public static FixtureSite Create(string extraSettings = "")
    {
        var site = new FixtureSite();
        site.Write("statiq.config", $"""
            name: Testorganisatie
            url: https://www.test.example
            contact:
              phone: 020 123 45 67
              email: info@test.example
            socials:
              facebook: https://www.facebook.com/test
              linkedin: https://www.linkedin.com/company/test
              instagram: https://www.instagram.com/test
              x: https://x.com/test
              whatsapp: https://wa.me/31612345678
            rhythm: {"{"} stories_per_month: 2 {"}"}
            {extraSettings}
            """);
        site.Write("input/team/joost-de-boer.md", "---\nname: Joost de Boer\nrole: Buurtwerker\n---\nJoost.\n");
        site.Write("input/team/fatima-el-amrani.md", "---\nname: Fatima el Amrani\nrole: Coördinator\n---\nFatima.\n");
        foreach (var (slug, title) in new[] { ("mantelzorg", "Steun voor mantelzorgers"), ("taalcafe", "Taalcafé"), ("geldzaken", "Hulp bij geldzaken"), ("buurtbus", "Buurtbus") })
            site.Write($"input/services/{slug}.md", $"---\ntitle: {title}\nsummary: Over {title}.\n---\nTekst.\n");

        Story(site, "2024-12-10-eerste-verhaal", "Het eerste verhaal", "2024-12-10", "anouk-visser", "tags: [\"#Mantelzorg\"]\nsummary: Het begin.");
        Story(site, "2025-06-01-ria-vertelt", "Ria vertelt", "2025-06-01", "{ name: Ria, role: cliënt }",
            "consent: true\nconsent_date: 2023-05-01\naudience: [clients]\ntags: [mantelzorg]\nsummary: Ria over haar moeder.");
        Story(site, "2025-12-03-taalcafe-open", "Het taalcafé is open", "2025-12-03", "joost-de-boer",
            "tags: [taalcafe]\naudience: [volunteers]\nsummary: Elke dinsdag.");
        Story(site, "2026-03-10-mehmet-en-geld", "Mehmet en zijn rekeningen", "2026-03-10", "{ name: Mehmet, role: cliënt }",
            "consent: true\naudience: [clients, carers]\nsummary: Weer overzicht.", "Mehmet kreeg hulp van [geldzaken](/diensten/geldzaken/).");
        Story(site, "2026-03-12-samen-minder-alleen", "Samen minder alleen", "2026-03-12", "anouk-visser",
            "tags: [mantelzorg, eenzaamheid]",
            "De gemeentelijke maatschappelijke ondersteuningsvoorzieningen faciliteren integrale samenwerkingsverbanden teneinde zelfredzaamheid en " +
            "participatiemogelijkheden van kwetsbare inwoners structureel te bevorderen, hetgeen consequenties heeft voor de organisatorische inrichting " +
            "van wijkgerichte dienstverlening en de bijbehorende financieringssystematiek binnen het sociaal domein.");
        Story(site, "2026-09-01-na-de-zomer", "Na de zomer", "2026-09-01", "anouk-visser",
            "tags: [Mantelzorg]\naudience: [carers]\nsummary: Weer aan de slag.");
        Story(site, "2026-11-20-sara-en-anouk", "Sara en Anouk", "2026-11-20", "{ name: Sara, role: mantelzorger }",
            "consent: true\nconsent_date: 2026-10-01\naudience: [carers]\ntags: [mantelzorg, Vrijwillige inzet]\nsummary: Sara zorgt voor haar man; Anouk hielp haar.");
        // Not on the site: a draft, a scheduled story, a client story without consent.
        Story(site, "2026-11-01-concept", "Nog niet af", "2026-11-01", "anouk-visser", "draft: true\nsummary: Concept.");
        Story(site, "2026-12-01-ingepland", "Komt nog", "2026-12-01", "anouk-visser", "summary: Later.");
        Story(site, "2026-05-05-kees", "Kees", "2026-05-05", "{ name: Kees, role: cliënt }", "consent: false\nsummary: Kees.");

        site.Write("input/testimonials/lies.md", "---\nname: Lies\nrole: mantelzorger\nconsent: true\nconsent_date: 2024-01-15\nservice: mantelzorg\n---\nFijn.\n");
        site.Write("input/testimonials/henk.md", "---\nname: Henk\nrole: deelnemer\nconsent: true\nservice: taalcafe\n---\nGezellig.\n");
        site.Write("input/testimonials/anoniem.md", "---\nname: Piet\nrole: cliënt\nconsent: false\n---\nGeheim.\n");

        Vacancy(site, "coordinator-vrijwilligers", "Coördinator vrijwilligers", "2026-11-01", "2026-12-01", "tags: [vrijwilligers]");
        Vacancy(site, "sociaal-werker", "Sociaal werker", "2026-10-15", "2027-01-31", "");
        Vacancy(site, "stage-welzijn", "Stage welzijn", "2026-02-01", "2026-03-01", "");
        Vacancy(site, "oude-vacature", "Oude vacature", "2025-06-01", "2025-07-01", "");
        Vacancy(site, "concept-vacature", "Concept", "2026-11-10", "2026-12-31", "draft: true");

        // Activities count in the week of their first date: the weekly taalcafé (6 October, week 44), the walk (15 April,
        // week 19) and the summer party (4 July, week 30). Not counted: the meeting before the 52 weeks, the Christmas
        // market that has not begun yet, and the draft. Only the taalcafé and the market are coming, so only they get posts.
        Activity(site, "taalcafe-dinsdag", "Taalcafé op dinsdag", "start: 2026-10-06 10:00\nend: \"12:00\"\nrepeat: { every: week }\ntags: [taalcafe, Vrijwillige inzet]\nsummary: Samen Nederlands praten.");
        Activity(site, "voorjaarswandeling", "Voorjaarswandeling", "start: 2026-04-15 14:00\nend: \"16:00\"");
        Activity(site, "zomerfeest", "Zomerfeest", "start: 2026-07-04 14:00\nend: \"17:00\"\ntags: [buurt]");
        Activity(site, "oude-bijeenkomst", "Oude bijeenkomst", "start: 2025-06-10 19:30\nend: \"21:00\"");
        Activity(site, "kerstmarkt", "Kerstmarkt", "start: 2026-12-08 10:00\nend: \"15:00\"\ntags: [\"#Mantelzorg\", buurt]\nsummary: Kraampjes, warme chocolademelk en muziek.");
        Activity(site, "geheime-activiteit", "Geheime activiteit", "start: 2026-11-10 10:00\nend: \"11:00\"\ndraft: true");
        return site;
    }

    private static void Story(FixtureSite site, string file, string title, string date, string author, string extra, string body = "Een kort verhaal. Het gaat goed.") =>
        site.Write($"input/stories/{file}.md", $"---\ntitle: {title}\ndate: {date}\nauthor: {author}\n{extra}\n---\n{body}\n");

    private static void Activity(FixtureSite site, string slug, string title, string extra) =>
        site.Write($"input/activities/{slug}.md", $"---\ntitle: {title}\n{extra}\nlocation: {"{"} name: Buurthuis De Linde, city: Amsterdam {"}"}\n---\nWelkom.\n");

    private static void Vacancy(FixtureSite site, string slug, string title, string date, string closing, string extra) =>
        site.Write($"input/vacancies/{slug}.md", $"""
            ---
            title: {title}
            date: {date}
            closing_date: {closing}
            kind: volunteer
            location: Amsterdam
            contact: {"{"} name: Anouk Visser, email: anouk@test.example {"}"}
            apply_email: werken@test.example
            summary: Kom ons helpen.
            {extra}
            ---
            Wat ga je doen?
            """);
}
