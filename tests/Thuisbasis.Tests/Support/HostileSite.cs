using System.Text;

namespace Thuisbasis.Tests.Support;

/// <summary>
/// Well-known XSS payloads, and a whole site with them in every free-text front-matter field and every settings value.
/// Shared by the unit tests (parsed with AngleSharp) and the browser tests (run in Chromium), which link this file.
/// </summary>
public static class HostileSite
{
    public static readonly string[] Payloads =
    [
        "<script>alert(1)</script>", "\"><script>alert(2)</script>", "'><script>alert(3)</script>", "<img src=x onerror=alert(4)>",
        "<svg onload=alert(5)>", "<svg><script>alert(6)</script></svg>", "javascript:alert(7)", "JaVaScRiPt:alert(8)",
        "java\tscript:alert(9)", "&#106;avascript:alert(10)", "\" onmouseover=\"alert(11)", "' onfocus='alert(12)' autofocus='",
        "\" autofocus onfocus=\"alert(13)", "<body onload=alert(14)>", "<iframe src=\"javascript:alert(15)\"></iframe>",
        "<iframe srcdoc=\"<script>alert(16)</script>\"></iframe>", "<a href=\"javascript:alert(17)\">klik</a>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(18)>", "</title><script>alert(19)</script>",
        "</textarea><script>alert(20)</script>", "</script><script>alert(21)</script>", "<!--<img src=x onerror=alert(22)>-->",
        "--><script>alert(23)</script>", "<details open ontoggle=alert(24)>", "<input autofocus onfocus=alert(25)>",
        "<video><source onerror=alert(26)></video>", "<audio src=x onerror=alert(27)>", "<object data=\"javascript:alert(28)\">",
        "<embed src=\"javascript:alert(29)\">", "<base href=\"javascript:alert(30)//\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(31)\">", "<form action=\"javascript:alert(32)\"><button>x</button></form>",
        "<button formaction=\"javascript:alert(33)\">x</button>", "<style>@import 'javascript:alert(34)';</style>",
        "<div style=\"background:url(javascript:alert(35))\">", "<link rel=import href=\"data:text/html,<script>alert(36)</script>\">",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgzNyk8L3NjcmlwdD4=", "{{ 7*7 }}{{ alert(38) }}", "{{ include 'layouts/base.sbn-html' }}",
        "${alert(40)}", "\\u003cscript\\u003ealert(41)\\u003c/script\\u003e", "</script><img src=x onerror=alert(42)>",
        "\"}]}</script><script>alert(43)</script>", "<![CDATA[<script>alert(44)</script>]]>", "]]><script>alert(45)</script>",
        "<xss onafterscriptexecute=alert(46)>", "<marquee onstart=alert(47)>", "<select autofocus onfocus=alert(48)>",
        "<keygen autofocus onfocus=alert(49)>", "<isindex type=image src=1 onerror=alert(50)>",
        "<img src=\"x` `<script>alert(51)</script>\"` `>", "<scr<script>ipt>alert(52)</scr</script>ipt>",
        "%3Cscript%3Ealert(53)%3C/script%3E", "&lt;script&gt;alert(54)&lt;/script&gt;",
        "<svg><animate onbegin=alert(55) attributeName=x dur=1s>", "<a href=\"&#x6A;avascript:alert(56)\">x</a>",
        "+ADw-script+AD4-alert(57)+ADw-/script+AD4-", "\"><img src=x onerror=alert(58)>\u202E", "<noscript><p title=\"</noscript><img src=x onerror=alert(59)>\">",
        "javascript://%0aalert(60)", "\u2028<script>alert(61)</script>\u2029", "';alert(62)//\\';alert(62)//\";alert(62)//",
    ];

    /// <summary>
    /// HTML a writer might paste into a body (from e-mail, social media or an attacker): each must be cleaned away while
    /// the text around it stays. The body of file <c>k</c> holds two of them; the "alles" file holds all.
    /// </summary>
    // Pasted images point at the site's real foto.png: a pasted image of a missing file is an error of its own (TB0107).
    public static readonly string[] BodyPayloads =
    [
        "<script>alert('body-1')</script>",
        "Een foto <img src=/assets/img/foto.png onerror=alert('body-2')> in een zin.",
        "<a href=\"javascript:alert('body-3')\">klik hier</a>",
        "<iframe src=\"javascript:alert('body-4')\"></iframe>",
        "<svg onload=alert('body-5')><circle r=\"5\"></circle></svg>",
        "<style>@import 'javascript:alert(6)'; main { display: none }</style>",
        "<form action=\"javascript:alert('body-7')\"><input name=\"pin\"><button formaction=\"javascript:alert(7)\">Verstuur</button></form>",
        "<details open ontoggle=alert('body-8')><summary>Meer</summary>Tekst</details>",
        "<a href=\"&#106;avascript&#58;alert('body-9')\">klik</a>",
        "<object data=\"data:text/html,<script>alert('body-10')</script>\"></object>",
        "Hallo <ScRiPt>alert('body-11')</sCrIpT> wereld.",
        "[klik](javascript:alert('body-12'))",
        "<body onload=alert('body-14')>",
        "<input autofocus onfocus=alert('body-15')>",
        "<video><source onerror=alert('body-16')></video>",
        "<embed src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxNyk8L3NjcmlwdD4=\">",
        "<div style=\"background:url(javascript:alert('body-18'))\">achtergrond</div>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert('body-19')\">",
        "<base href=\"javascript:alert('body-20')//\">",
        "<noscript><p title=\"</noscript><img src=/assets/img/foto.png onerror=alert('body-21')>\"></noscript>",
        "<template><script>alert('body-22')</script></template>",
        "<a href=\"  JAVASCRIPT:alert('body-23')\">klik</a>",
        "<img src=\"/assets/img/foto.png\" alt=\"\" onmouseover=alert('body-24') style=\"position:fixed;inset:0;width:100%;height:100%\">",
        "<p style=\"display:none\">verborgen</p><span style=\"font-size:0\">onzichtbaar</span>",
        "<a href=\"vbscript:msgbox('body-26')\">klik</a> <a href=\"data:text/html,<script>alert('body-26')</script>\">klik</a>",
        "<img src=\"data:image/svg+xml,<svg onload=alert('body-27')>\" alt=\"x\">",
        "<![CDATA[<script>alert('body-28')</script>]]> <!--<script>alert('body-28')</script>-->",
        "<abbr title=\"Wet maatschappelijke ondersteuning\">Wmo</abbr> <details><summary>Onschuldig</summary>Blijft staan.</details>",
        // Left open, it takes the rest of the body with it (as it would in a browser): last.
        "<math><mtext><table><mglyph><style><img src=/assets/img/foto.png onerror=alert('body-13')>",
    ];

    /// <summary>The body of file <paramref name="k"/>: a sentence and two pasted payloads (all of them for <c>k</c> = -1).</summary>
    public static string Body(int k) => "Tekst.\n\n" + (k < 0
        ? string.Join("\n\n", BodyPayloads)
        : BodyPayloads[k % BodyPayloads.Length] + "\n\n" + BodyPayloads[(k + 11) % BodyPayloads.Length]) + "\n";

    /// <summary>A YAML double-quoted string holding <paramref name="value"/> exactly.</summary>
    public static string Q(string value)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '"': sb.Append("\\\""); break;
                case '\t': sb.Append("\\t"); break;
                case '\n': sb.Append("\\n"); break;
                case < ' ' or '\u2028' or '\u2029' or '\u202E': sb.Append($"\\u{(int)c:X4}"); break;
                default: sb.Append(c); break;
            }
        }
        return sb.Append('"').ToString();
    }

    /// <summary>A real 1200×630 PNG of one colour.</summary>
    public static byte[] Photo()
    {
        using var bitmap = new SkiaSharp.SKBitmap(1200, 630);
        bitmap.Erase(new SkiaSharp.SKColor(30, 110, 140));
        using var data = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>
    /// Writes the site through <paramref name="write"/> (relative path, text). File <c>k</c> of each content type puts payload
    /// <c>k + f</c> in its field <c>f</c>, so over <paramref name="filesPerType"/> ≥ payload count every field holds every payload;
    /// one more file of each type holds all payloads at once in every field.
    /// </summary>
    /// <param name="writeBytes">Writes a binary file: the photo every page shows is a real PNG, processed like any photo.</param>
    public static void Write(Action<string, string> write, int filesPerType, Action<string, byte[]> writeBytes)
    {
        var all = string.Join(" ", Payloads);
        string P(int k, int f) => k < 0 ? all : Payloads[(k + f) % Payloads.Length];

        write("statiq.config", Settings(f => P(-1, f)));
        writeBytes("input/assets/img/foto.png", Photo());
        foreach (var role in new[] { "home", "clients", "method", "services", "about", "extra", "contact" })
            write($"input/pages/{role}.md", $"---\ntitle: {Q(P(-1, 0))}\ndescription: {Q(P(-1, 1))}\nmenu_title: {Q(P(-1, 2))}\n---\n{Body(-1)}");
        write("input/team/anouk-visser.md", Person(-1, P));
        for (var k = -1; k < filesPerType; k++)
        {
            var n = k < 0 ? "alles" : k.ToString("00");
            write($"input/pages/extra-{n}.md", $"---\ntitle: {Q(P(k, 0))}\ndescription: {Q(P(k, 1))}\nmenu_title: {Q(P(k, 2))}\n---\n{Body(k)}");
            write($"input/stories/staff-{n}.md", $"""
                ---
                title: {Q(P(k, 3))}
                date: 2026-01-{1 + (k + 1) % 28:00}
                author: anouk-visser
                summary: {Q(P(k, 4))}
                tags: [{Q(P(k, 5))}, {Q("#" + P(k, 6))}]
                image: /assets/img/foto.png
                image_alt: {Q(P(k, 7))}
                ---
                {Body(k)}
                """);
            write($"input/stories/client-{n}.md", $"---\ntitle: {Q(P(k, 8))}\ndate: 2026-02-01\nauthor: {{ name: {Q(P(k, 9))}, role: {Q(P(k, 10))} }}\nconsent: true\n---\n{Body(k)}");
            write($"input/vacancies/v-{n}.md", $$"""
                ---
                title: {{Q(P(k, 11))}}
                date: 2026-10-01
                closing_date: {{(k % 2 == 0 ? "2026-10-31" : "2027-01-31")}}
                kind: paid
                hours: {{Q(P(k, 12))}}
                location: {{Q(P(k, 13))}}
                summary: {{Q(P(k, 14))}}
                tags: [{{Q(P(k, 15))}}]
                salary: { min: 2800, max: 3600, period: month, scale: {{Q(P(k, 16))}} }
                contact: { name: {{Q(P(k, 17))}}, email: a@test.example, phone: {{Q(P(k, 18))}} }
                apply_email: werk@test.example
                image: /assets/img/foto.png
                image_alt: {{Q(P(k, 19))}}
                ---
                {{Body(k)}}
                """);
            write($"input/services/s-{n}.md", $"---\ntitle: {Q(P(k, 20))}\nsummary: {Q(P(k, 21))}\nimage: /assets/img/foto.png\nimage_alt: {Q(P(k, 22))}\n---\n{Body(k)}");
            write($"input/testimonials/t-{n}.md", $"---\nname: {Q(P(k, 23))}\nrole: {Q(P(k, 24))}\nconsent: true\nfeatured: true\nservice: s-{n}\nphoto: /assets/img/foto.png\nphoto_alt: {Q(P(k, 25))}\n---\n{Body(k)}");
            if (k >= 0) write($"input/team/p-{n}.md", Person(k, P));
        }
    }

    private static string Person(int k, Func<int, int, string> p) =>
        $"---\nname: {Q(p(k, 26))}\nrole: {Q(p(k, 27))}\nphone: {Q(p(k, 28))}\nphoto: /assets/img/foto.png\nphoto_alt: {Q(p(k, 29))}\n---\n{Body(k)}";

    private static string Settings(Func<int, string> p) => $$"""
        name: {{Q(p(30))}}
        url: https://www.test.example
        language: nl
        description: {{Q(p(31))}}
        tagline: {{Q(p(32))}}
        logo: /assets/img/foto.png
        logo_alt: {{Q(p(33))}}
        share_image: /assets/img/foto.png
        share_image_alt: {{Q(p(34))}}
        contact:
          street: {{Q(p(35))}}
          postal_code: {{Q(p(36))}}
          city: {{Q(p(37))}}
          phone: {{Q(p(38))}}
          email: info@test.example
          whatsapp: {{Q(p(39))}}
          kvk: {{Q(p(40))}}
          opening_hours: {{Q(p(41))}}
        pages:
          home: { title: {{Q(p(42))}} }
          clients: { title: {{Q(p(43))}} }
          method: { title: {{Q(p(44))}} }
          services: { title: {{Q(p(45))}} }
          about: { title: {{Q(p(46))}} }
          extra: { title: {{Q(p(47))}} }
          contact: { title: {{Q(p(48))}} }
        accessibility:
          checked: 2026-11-01
          status: voldoet gedeeltelijk
          contact_email: toegankelijkheid@test.example
        plain_language:
          max_sentence_words: 25
          jargon: { {{Q(p(51))}}: {{Q(p(52))}} }
        """;
}
