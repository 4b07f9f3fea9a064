namespace Thuisbasis.Tests.Support;

/// <summary>
/// A whole site with every content type and every kind of body text the theme renders: the hostile site's payloads in
/// every field, plus activities of every shape (repeating with skipped and cancelled dates, called off, online, all day),
/// videos, pasted HTML, Markdown tables, footnotes, headings (repeated, empty, named like the theme's own) and images.
/// For checks that look at the markup as a whole, such as an HTML validator.
/// </summary>
public static class EveryKindSite
{
    /// <summary>A body with everything Markdown and the theme can make of it; <paramref name="n"/> makes the text its own.</summary>
    public static string Body(string n) => $$"""
        Eerste alinea van {{n}}, met *nadruk*, **vet**, `code`, ~~doorgehaald~~ en een voetnoot.[^1] Nog een.[^uitleg]

        ## Wat we doen

        ### Wat we doen

        ## Delen

        ## Meer verhalen

        ## Inhoud

        ## Inhoud

        ## Wat wij doen

        ## Gaat niet door

        ## Status

        Naar [de kop Inhoud](#inhoud).

        ##

        ## <script>alert('kop')</script> & "kop" 'met' <b>tekens</b>

        #### Een kop die twee niveaus overslaat

        | Dag | Tijd | Waar |
        | --- | :---: | ---: |
        | maandag | 10:00 | Buurthuis <De Linde> |
        | dinsdag & woensdag | 14:00 | [online](https://meet.jit.si/test) |

        ![Foto van de markt](/assets/img/foto.png "Markt in Oost")

        Een foto in een zin ![klein](/assets/img/foto.png) en verder.

        [![Foto als link](/assets/img/foto.png)](https://www.test.example/)

        ![Ria vertelt over de markt](https://www.youtube.com/watch?v=dQw4w9WgXcQ)

        ![Wandelen in het park](https://vimeo.com/76979871)

        > Een citaat
        > over twee regels.

        1. een
        2. twee
           - drie
           - vier

        a. lijst met letters
        b. tweede

        ```
        <code> & "tekens"
        ```

        Een regel met een harde  
        regeleinde en een https://www.test.example/link die vanzelf een link wordt.

        <details><summary>Meer lezen</summary>Verborgen tekst.</details>

        <abbr title="Wet maatschappelijke ondersteuning">Wmo</abbr> en <kbd>Ctrl</kbd> en <mark>gemarkeerd</mark>.

        <table><tr><td>geplakte tabel</td></tr></table>

        <p>Geplakte alinea <div>met een blok erin</div></p>

        <a href="/verhalen/"><h3>Een kop in een link</h3></a>

        [^1]: De eerste voetnoot van {{n}}.
        [^uitleg]: Een voetnoot met een naam en [een link](https://www.test.example/).

        """;

    /// <summary>Writes the site: <see cref="HostileSite"/> with <paramref name="filesPerType"/> files per type, and the rest.</summary>
    /// <param name="rawHtml">Adds <c>security.raw_html: true</c>: pasted HTML comes out as written.</param>
    public static void Write(Action<string, string> write, int filesPerType, Action<string, byte[]> writeBytes, bool rawHtml = false)
    {
        HostileSite.Write((path, text) => write(path, rawHtml && path == "statiq.config" ? text + "\nsecurity:\n  raw_html: true\n" : text),
            filesPerType, writeBytes);
        var q = HostileSite.Q(string.Join(" ", HostileSite.Payloads));
        write("input/stories/alles-in-een.md", $"---\ntitle: Alles in een verhaal\ndate: 2026-03-01\nauthor: anouk-visser\ntags: [markt, \"#markt\"]\n" +
            "image: /assets/img/foto.png\nimage_alt: Markt\n---\n" + Body("het verhaal"));
        write("input/stories/klant-alles.md", $"---\ntitle: {q}\ndate: 2026-03-02\nauthor: {{ name: Ria, role: cliënt }}\nconsent: true\n---\n" + Body("de klant"));
        write("input/pages/method.md", "---\ntitle: Werkwijze\n---\n" + Body("de werkwijze"));
        write("input/services/alles.md", "---\ntitle: Alles\nsummary: Een dienst met alles.\n---\n" + Body("de dienst"));
        write("input/vacancies/alles.md", "---\ntitle: Alles\ndate: 2026-10-01\nclosing_date: 2027-01-31\nkind: volunteer\nlocation: Oost\n" +
            "contact: { name: A, email: a@test.example, phone: 020 123 45 67 }\napply_url: https://www.test.example/solliciteer\n---\n" + Body("de vacature"));
        for (var i = 1; i <= 2; i++)
        {
            write($"input/testimonials/alles-{i}.md", $"---\nname: Alles {i}\nrole: cliënt\nconsent: true\nfeatured: true\nservice: alles\n---\n" + Body($"aanbeveling {i}"));
            write($"input/team/alles-{i}.md", $"---\nname: Alles {i}\nrole: Opbouwwerker\nemail: alles{i}@test.example\nphone: 020 123 45 67\n" +
                $"socials: {{ linkedin: https://www.linkedin.com/in/alles{i}, x: https://x.com/alles{i} }}\n---\n" + Body($"medewerker {i}"));
        }
        var place = "{ name: Buurthuis De Linde, street: Lindenhof 12, postal_code: 1094 XK, city: Amsterdam }";
        write("input/activities/wekelijks.md", $"---\ntitle: {q}\nstart: 2026-11-24 10:00\nend: \"12:00\"\n" +
            "repeat: { every: week, until: 2027-03-30, except: [2026-12-29] }\ncancelled: [2026-12-01, 2027-01-05]\n" +
            $"location: {q}\nprice: {q}\nregistration: {{ required: true, url: https://www.test.example/aanmelden, email: a@test.example, phone: 020 123 45 67, places: 12 }}\n" +
            $"contact: alles-1\nservice: alles\ntags: [taal, \"#taal\"]\naudience: [clients, carers]\nsummary: {q}\nimage: /assets/img/foto.png\nimage_alt: {q}\n---\n" + Body("de activiteit"));
        write("input/activities/maandelijks.md", $"---\ntitle: Maandelijks\nstart: 03-12-2026 19:30\nend: \"21:30\"\nrepeat: {{ every: month }}\nlocation: {place}\nprice: gratis\n---\nElke maand.\n");
        write("input/activities/afgelast.md", $"---\ntitle: Afgelast\nstart: 2026-12-10 14:00\nlocation: {place}\ncancelled: true\n---\nGaat niet door.\n");
        write("input/activities/online.md", "---\ntitle: Online spreekuur\nstart: 2026-12-02 20:00\nend: \"20:45\"\nlocation: online\n" +
            "online_url: https://meet.jit.si/test\nregistration: { required: false }\n---\nVanuit huis.\n");
        write("input/activities/hele-dag.md", $"---\ntitle: Burendag\nstart: 2027-06-19\nlocation: {place}\n---\nDe hele dag.\n");
        write("input/activities/voorbij.md", $"---\ntitle: Voorbij\nstart: 2026-10-01 10:00\nlocation: {place}\n---\nAl geweest.\n");
    }
}
