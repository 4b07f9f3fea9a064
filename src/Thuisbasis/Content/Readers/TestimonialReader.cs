namespace Thuisbasis.Content.Readers;

/// <summary>Reads <c>input/testimonials/*.md</c>. Without <c>consent: true</c> a testimonial never reaches any output file.</summary>
internal static partial class TestimonialReader
{
    public static Testimonial? Read(SourceFile file, FrontMatter fm, ReadContext ctx)
    {
        var r = new FieldReader(fm, ctx.Diagnostics, ctx.Today);
        r.WarnUnknownKeys(KnownKeys.Testimonial);
        var id = ContentAddress.Of("testimonials", file.Path, ctx.Settings).Slug;
        var name = r.Text("name", required: true, help: "Schrijf de naam zoals die online mag, bijvoorbeeld `name: Ria de Vries`.");
        var role = r.Text("role", required: true, help: "Schrijf wie het is, bijvoorbeeld `role: mantelzorger`.");
        var consent = r.Flag("consent");
        if (consent is null && !r.Has("consent"))
        {
            var empty = r.Keys.Contains("consent");
            ctx.Diagnostics.Error("TB0104", empty ? r.KeyAt("consent") : r.KeyAt("name"),
                empty ? "`consent` is leeg: er staat niet bij of deze persoon toestemming gaf."
                    : "`consent` ontbreekt: er staat niet bij of deze persoon toestemming gaf.",
                "Vraag toestemming en zet dan `consent: true`. Zonder toestemming komen iemands woorden niet online.");
        }
        var serviceId = r.Text("service");
        if (serviceId is not null) ctx.ServiceRefs.Add(new PendingRef(file.Path, serviceId, r.At("service")));
        var photo = CommonFields.Image(r, "photo", "photo_alt", ctx.Images(file.Path), ctx.Settings.OwnUrl);
        // Every key is read before giving up on a file, so all its mistakes are reported at once.
        var (consentDate, featured) = (r.Date("consent_date", ctx.Settings.TimeZone), r.Flag("featured") ?? false);
        CheckQuote(fm, ctx.Diagnostics);
        if (name is null || role is null) return null;
        return new Testimonial(CommonFields.Entry(fm, file, id, ""), name, role, consent, consentDate, featured, serviceId, photo)
        {
            ConsentAt = r.Has("consent") ? r.At("consent") : null,
        };
    }

    /// <summary>About 500 characters: three or four sentences, what a quote on the home page can carry.</summary>
    public const int LongQuote = 500;

    /// <summary>
    /// A quote is shown whole on the home page, Onze klanten and Extra: a very long one pushes everything else down, and
    /// a heading in it becomes a heading of each of those pages, out of their order.
    /// </summary>
    private static void CheckQuote(FrontMatter fm, Diagnostics.DiagnosticBag diagnostics)
    {
        var quote = fm.Body.Trim();
        // The body is the quote: without it the site showed an empty quotation with a name under it.
        if (quote.Length == 0)
            diagnostics.Error("TB0101", new Diagnostics.SourcePosition(fm.Path, Math.Max(1, fm.BodyLine - 1), 1),
                "Deze aanbeveling heeft geen tekst: de woorden van de persoon ontbreken.",
                "Schrijf de uitspraak onder de regel met `---`, in de woorden van de persoon zelf.");
        if (quote.Length > LongQuote)
            diagnostics.Warning("TB0261", new Diagnostics.SourcePosition(fm.Path, fm.BodyLine, 1),
                $"Deze aanbeveling is {quote.Length} tekens lang; ze staat helemaal op elke pagina die aanbevelingen laat zien.",
                $"Kies het sterkste stuk, tot ongeveer {LongQuote} tekens (drie of vier zinnen). Een langer verhaal kan een verhaal in `input/stories/` worden.");
        var lines = fm.Body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
            if (Heading().IsMatch(lines[i]))
            {
                diagnostics.Warning("TB0262", new Diagnostics.SourcePosition(fm.Path, fm.BodyLine + i, 1),
                    $"`{lines[i].Trim()}` is een kop in een aanbeveling; die kop komt tussen de koppen van elke pagina die de aanbeveling laat zien.",
                    "Haal de # weg en schrijf het als gewone zin, of maak het **vet**.");
                break;
            }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^ {0,3}#{1,6}(\s|$)")]
    private static partial System.Text.RegularExpressions.Regex Heading();
}
