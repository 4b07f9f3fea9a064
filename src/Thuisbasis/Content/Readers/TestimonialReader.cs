namespace Thuisbasis.Content.Readers;

/// <summary>Reads <c>input/testimonials/*.md</c>. Without <c>consent: true</c> a testimonial never reaches any output file.</summary>
internal static class TestimonialReader
{
    public static Testimonial? Read(SourceFile file, FrontMatter fm, ReadContext ctx)
    {
        var r = new FieldReader(fm, ctx.Diagnostics);
        r.WarnUnknownKeys(KnownKeys.Testimonial);
        var id = Slug.FromFileName(file.Path);
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
        var photo = CommonFields.Image(r, "photo", "photo_alt", ctx.Images(file.Path));
        // Every key is read before giving up on a file, so all its mistakes are reported at once.
        var (consentDate, featured) = (r.Date("consent_date", ctx.Settings.TimeZone), r.Flag("featured") ?? false);
        if (name is null || role is null) return null;
        return new Testimonial(CommonFields.Entry(fm, file, id, ""), name, role, consent, consentDate, featured, serviceId, photo);
    }
}
