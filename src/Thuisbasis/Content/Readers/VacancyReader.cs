namespace Thuisbasis.Content.Readers;

/// <summary>Reads <c>input/vacancies/*.md</c>.</summary>
internal static class VacancyReader
{
    public static Vacancy? Read(SourceFile file, FrontMatter fm, ReadContext ctx)
    {
        var r = new FieldReader(fm, ctx.Diagnostics, ctx.Today);
        r.WarnUnknownKeys(KnownKeys.Vacancy);
        var (slug, url) = ContentAddress.Of("vacancies", file.Path, ctx.Settings);
        var zone = ctx.Settings.TimeZone;
        var title = r.Title("Geef de vacature een titel: `title: ...`.");
        var date = r.Date("date", zone, required: true);
        var closing = r.Date("closing_date", zone, required: true, suggestAhead: NewFiles.VacancyOpenDays);
        if (date is not null && closing is not null && closing.Value.Date < date.Value.Date)
            WarnClosedBeforePosted(r, DateOnly.FromDateTime(date.Value.DateTime), DateOnly.FromDateTime(closing.Value.DateTime));
        var kind = r.OneOf("kind", KnownKeys.VacancyKinds, required: true);
        var location = r.Text("location", required: true, help: "Schrijf de plaats van het werk: `location: Amsterdam`.");
        var contact = ReadContact(r, ctx.Settings);
        var applyUrl = r.Text("apply_url");
        var applyEmail = r.Text("apply_email");
        if (applyUrl is null && applyEmail is null)
            ctx.Diagnostics.Error("TB0109", r.At("title"), "Er staat niet bij hoe iemand kan solliciteren.",
                $"Voeg `apply_email: {NewFiles.ExampleAddress(ctx.Settings, "werken")}` of `apply_url: https://...` toe.");
        if (applyUrl is not null && !Links.IsWebAddress(applyUrl))
        {
            ctx.Diagnostics.Error("TB0111", r.At("apply_url"), $"`apply_url` is `{applyUrl}`; dat is geen webadres.",
                "Schrijf het volledige adres, met https:// ervoor.");
            applyUrl = null;
        }
        else if (applyUrl is not null) applyUrl = Settings.SiteAddress.Read(applyUrl, ctx.Diagnostics, r.At("apply_url"), "TB0111", "apply_url");
        if (applyEmail is not null && !Links.IsEmail(applyEmail))
        {
            ctx.Diagnostics.Error("TB0111", r.At("apply_email"), $"`apply_email` is `{applyEmail}`; dat is geen e-mailadres.",
                $"Schrijf het adres zoals `{NewFiles.ExampleAddress(ctx.Settings, "werken")}`.");
            applyEmail = null;
        }
        var image = CommonFields.Image(r, "image", "image_alt", ctx.Images(file.Path));
        // Every key is read before giving up on a file, so all its mistakes are reported at once.
        var (salary, filled, tags, draft, redirects, summary) = (ReadSalary(r), r.Flag("filled") ?? false, CommonFields.Tags(r, ctx.Tags),
            r.Flag("draft") ?? false, CommonFields.RedirectFrom(r), CommonFields.Summary(r, fm, "Deze vacature"));
        if (title is null || date is null || closing is null || kind is null || location is null || contact is null) return null;
        return new Vacancy(
            CommonFields.Entry(fm, file, slug, url),
            title, date.Value, DateOnly.FromDateTime(closing.Value.DateTime), kind, r.Text("hours"), location, salary,
            contact, applyUrl, applyEmail, filled, summary, tags, draft, image, redirects);
    }

    /// <summary>A closing date before the posting date is nearly always last year's number: the vacancy would be
    /// closed the day it goes online, so say so and show the date with the year that makes sense.</summary>
    private static void WarnClosedBeforePosted(FieldReader r, DateOnly posted, DateOnly closing)
    {
        var written = r.Text("closing_date") ?? "";
        var year = posted.Year;
        if (new DateOnly(year, closing.Month, Math.Min(closing.Day, DateTime.DaysInMonth(year, closing.Month))) < posted) year++;
        var (wrong, meant) = (closing.Year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture), year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture));
        var suggestion = written.Contains(wrong, StringComparison.Ordinal) ? written.Replace(wrong, meant, StringComparison.Ordinal) : null;
        r.Diagnostics.Warning("TB0207", r.At("closing_date"), "`closing_date` ligt vóór `date`: de vacature is gesloten zodra hij online staat.",
            suggestion is null ? "Controleer de datum, vooral het jaar." : $"Controleer het jaar. Bedoelde u `closing_date: {suggestion}`?");
    }

    private static ContactPerson? ReadContact(FieldReader r, Settings.SiteSettings settings)
    {
        var c = r.Map("contact", required: true,
            help: $"Schrijf wie vragen beantwoordt: `contact: {{ name: Anouk Visser, email: {NewFiles.ExampleAddress(settings, "anouk")}, phone: 020 123 45 67 }}`.");
        if (c is null) return null;
        c.WarnUnknownKeys(KnownKeys.Contact);
        var name = c.Text("name", required: true, help: "Schrijf de naam van de contactpersoon: `name: ...`.");
        var email = c.Text("email");
        var phone = c.Phone("phone");
        if (email is not null && !Links.IsEmail(email))
        {
            c.Diagnostics.Error("TB0111", c.At("email"), $"`contact.email` is `{email}`; dat is geen e-mailadres.",
                $"Schrijf het adres zoals `{NewFiles.ExampleAddress(settings, "naam")}`.");
            email = null;
        }
        if (email is null && phone is null && !c.Has("email"))
            c.Diagnostics.Error("TB0101", c.At("name"), "Bij `contact` staat geen e-mailadres en geen telefoonnummer.",
                "Voeg `email:` of `phone:` toe, zodat mensen hun vragen kwijt kunnen.");
        return name is null ? null : new ContactPerson(name, email, phone);
    }

    private static Salary? ReadSalary(FieldReader r)
    {
        var s = r.Map("salary");
        if (s is null) return null;
        s.WarnUnknownKeys(KnownKeys.Salary);
        var min = s.Number("min");
        var max = s.Number("max");
        if (min is not null && max is not null && min > max)
        {
            s.Diagnostics.Error("TB0103", s.At("max"), $"`salary.max` ({max}) is lager dan `salary.min` ({min}).",
                "Zet het laagste bedrag bij `min` en het hoogste bij `max`.");
        }
        return new Salary(min, max, s.OneOf("period", KnownKeys.SalaryPeriods) ?? "month", s.Text("scale"));
    }
}
