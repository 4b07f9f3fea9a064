using Thuisbasis.Tests.Support;

namespace Thuisbasis.Tests.Feeds;

/// <summary>
/// One fixture site for the feed, social and structured-data tests: published stories (one with a title full of
/// characters that need escaping), a draft, a scheduled story, a client story without consent, open, closed, filled
/// and draft vacancies. Built once per test class.
/// </summary>
public sealed class FeedSite : IDisposable
{
    public const string TrickyTitle = "Koffie & <script>alert(\"x\")</script> 'n \"borrel\" 🎉";

    private readonly FixtureSite _site = new();

    public FeedSite()
    {
        _site.Write("statiq.config", """
            name: Buurthuis De Linde
            url: https://www.delinde.example
            description: Buurthuis De Linde helpt bewoners van de wijk.
            logo: /assets/img/logo.svg
            logo_alt: De Linde
            share_image: /assets/img/deel.png
            share_image_alt: Het buurthuis met een grote linde ervoor.
            contact:
              street: Lindeplein 1
              postal_code: 1234 AB
              city: Utrecht
              phone: 030 123 45 67
              email: info@delinde.example
            socials:
              facebook: https://www.facebook.com/delinde
              linkedin: https://www.linkedin.com/company/delinde
            feeds:
              items: 4
            """);
        _site.Write("input/pages/home.md", "---\ntitle: Welkom\ndescription: Het buurthuis van de wijk.\n---\nWelkom bij De Linde.\n");
        _site.Write("input/pages/contact.md", "---\ntitle: Contact\n---\nBel ons.\n");
        _site.Write("input/team/anouk.md", """
            ---
            name: Anouk Visser
            role: Coördinator
            photo: /assets/img/anouk.png
            photo_alt: Anouk lacht.
            ---
            Anouk kent iedereen.
            """);
        for (var i = 1; i <= 5; i++)
            _site.Write($"input/stories/verhaal-{i}.md", $"""
                ---
                title: Verhaal {i}
                date: 2026-0{i}-10
                author: anouk
                tags: [mantelzorg{(i % 2 == 0 ? ", taal" : "")}]
                summary: Samenvatting {i}.
                image: /assets/img/verhaal.png
                image_alt: Mensen aan tafel.
                ---
                Lees [meer](/verhalen/verhaal-1/) of kijk naar ![plaatje](/assets/img/verhaal.png) en [elders](https://example.org/x).
                """);
        _site.Write("input/stories/lastig.md", $$"""
            ---
            title: '{{TrickyTitle.Replace("'", "''")}}'
            date: 2026-11-01 09:30
            author: anouk
            tags: [taal]
            summary: '{{TrickyTitle.Replace("'", "''")}}'
            ---
            Een avond met koffie.
            """);
        _site.Write("input/stories/concept.md", "---\ntitle: Concept verhaal\ndate: 2026-11-20\nauthor: anouk\ndraft: true\ntags: [mantelzorg]\n---\nNog niet af.\n");
        _site.Write("input/stories/later.md", "---\ntitle: Later verhaal\ndate: 2026-12-24\nauthor: anouk\ntags: [mantelzorg]\n---\nKerst.\n");
        _site.Write("input/stories/geheim.md", "---\ntitle: Geheim verhaal\ndate: 2026-11-22\nauthor: { name: Ria, role: cliënt }\nconsent: false\n---\nNiet delen.\n");
        _site.Write("input/vacancies/sociaal-werker.md", """
            ---
            title: Sociaal werker
            date: 2026-11-10
            closing_date: 2026-12-31
            kind: paid
            hours: 32-36
            location: Utrecht
            salary: { min: 3100, max: 4400, period: month, scale: "CAO Sociaal Werk schaal 8" }
            contact: { name: Fatima, email: fatima@delinde.example }
            apply_email: werk@delinde.example
            summary: Kom ons team versterken.
            ---
            Je helpt [mantelzorgers](/verhalen/).
            """);
        _site.Write("input/vacancies/vrijwilliger.md", """
            ---
            title: Vrijwilliger taalcafé
            date: 2026-11-05
            closing_date: 2027-03-01
            kind: volunteer
            hours: 2-4
            location: Zeist
            contact: { name: Anouk, phone: 030 123 45 68 }
            apply_url: https://www.delinde.example/aanmelden/
            ---
            Help mee.
            """);
        _site.Write("input/vacancies/gesloten.md", """
            ---
            title: Gesloten vacature
            date: 2026-09-01
            closing_date: 2026-10-01
            kind: paid
            location: Utrecht
            contact: { name: Fatima, email: fatima@delinde.example }
            apply_email: werk@delinde.example
            ---
            Voorbij.
            """);
        _site.Write("input/vacancies/vervuld.md", """
            ---
            title: Vervulde vacature
            date: 2026-11-15
            closing_date: 2026-12-31
            kind: internship
            location: Utrecht
            filled: true
            contact: { name: Fatima, email: fatima@delinde.example }
            apply_email: werk@delinde.example
            ---
            Al gevonden.
            """);
        _site.Write("input/vacancies/concept-vacature.md", """
            ---
            title: Concept vacature
            date: 2026-11-18
            closing_date: 2026-12-31
            kind: paid
            location: Utrecht
            draft: true
            contact: { name: Fatima, email: fatima@delinde.example }
            apply_email: werk@delinde.example
            ---
            Nog niet af.
            """);
        _site.WriteBytes("input/assets/img/deel.png", FeedTestSupport.Png(1200, 630));
        _site.WriteBytes("input/assets/img/verhaal.png", FeedTestSupport.Png(800, 450));
        _site.WriteBytes("input/assets/img/anouk.png", FeedTestSupport.Png(400, 400));
        _site.Write("input/assets/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 240 60\"></svg>");
        Result = _site.Build();
        Drafts = _site.Build(drafts: true);
    }

    public Pipeline.BuildResult Result { get; }
    /// <summary>The same site as a preview build: drafts and scheduled stories are in the snapshot, marked.</summary>
    public Pipeline.BuildResult Drafts { get; }

    public void Dispose() => _site.Dispose();
}
