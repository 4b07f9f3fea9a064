using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Activities;

/// <summary>
/// A small site with an agenda, built on <see cref="FixtureSite.Today"/> (Monday 23 November 2026): a weekly taalcafé
/// with a skipped and a cancelled date, a monthly evening, an online meeting, an all-day open day, an activity that
/// ended, and a draft.
/// </summary>
internal static class AgendaSite
{
    public static FixtureSite Create()
    {
        var site = new FixtureSite();
        site.Write("input/services/taalcafe.md", "---\ntitle: Taalcafé\nsummary: Samen Nederlands praten.\n---\nElke week.\n");
        site.Write("input/activities/taalcafe.md", """
            ---
            title: Taalcafé
            start: 2026-11-24 10:00
            end: "12:00"
            repeat: { every: week, until: 2027-06-29, except: [2026-12-29] }
            cancelled: [2026-12-01]
            location: { name: Buurthuis De Linde, street: Lindelaan 4, postal_code: 1091 AB, city: Amsterdam }
            price: € 2,50 per keer
            registration: { required: false, email: taal@test.example }
            contact: anouk-visser
            service: taalcafe
            tags: [taal, "#ontmoeten"]
            audience: [clients]
            summary: Samen Nederlands praten bij een kop koffie.
            ---
            Iedereen is welkom.
            """);
        site.Write("input/activities/mantelzorgavond.md", """
            ---
            title: Mantelzorgavond
            start: 01-12-2026 19:30
            end: "21:30"
            repeat: { every: month }
            location: Buurthuis De Linde
            price: gratis
            registration: { required: true, url: "https://www.test.example/aanmelden", places: 20 }
            audience: [carers]
            ---
            Even op adem komen.
            """);
        site.Write("input/activities/online-spreekuur.md",
            "---\ntitle: Online spreekuur\nstart: 2026-11-26 19:30\nlocation: online\nonline_url: https://meet.test.example/spreekuur\n---\nVia de computer.\n");
        site.Write("input/activities/open-dag.md", "---\ntitle: Open dag\nstart: 2027-04-10\nlocation: Buurthuis De Linde\n---\nKom kijken.\n");
        site.Write("input/activities/herfstmarkt.md", "---\ntitle: Herfstmarkt\nstart: 2026-11-01 11:00\nend: \"16:00\"\nlocation: Plein\n---\nWas leuk.\n");
        site.Write("input/activities/concept.md", "---\ntitle: Nog geheim\nstart: 2026-12-10 10:00\nlocation: Buurthuis\ndraft: true\n---\nNog niet.\n");
        return site;
    }
}
