using System.Globalization;
namespace Thuisbasis.Content.Readers;

/// <summary>Reads <c>input/vacancies/*.md</c>.</summary>
internal static partial class VacancyReader
{
    public static Vacancy? Read(SourceFile file, FrontMatter fm, ReadContext ctx)
    {
        var r = new FieldReader(fm, ctx.Diagnostics, ctx.Today);
        r.WarnUnknownKeys(KnownKeys.Vacancy);
        var (slug, url) = ContentAddress.Of("vacancies", file.Path, ctx.Settings);
        var zone = ctx.Settings.TimeZone;
        var title = r.Title("Geef de vacature een titel: `title: ...`.");
        var date = r.Date("date", zone, required: true);
        CommonFields.FarAhead(r, date, file.Path, "de vacature");
        var closing = r.Date("closing_date", zone, required: true, suggestAhead: NewFiles.VacancyOpenDays);
        if (date is not null && closing is not null && closing.Value.Date < date.Value.Date)
            WarnClosedBeforePosted(r, DateOnly.FromDateTime(date.Value.DateTime), DateOnly.FromDateTime(closing.Value.DateTime));
        var kind = r.OneOf("kind", KnownKeys.VacancyKinds, required: true);
        var location = r.Text("location", required: true, help: "Schrijf de plaats van het werk: `location: Amsterdam`.");
        var contact = ReadContact(r, ctx.Settings);
        var applyUrl = r.Text("apply_url");
        var applyEmail = r.EmailText("apply_email");
        if (applyUrl is null && applyEmail is null)
            ctx.Diagnostics.Error("TB0109", r.At("title"), "Er staat niet bij hoe iemand kan solliciteren.",
                $"Zet erbij waar sollicitaties heen gaan: het e-mailadres dat ze ontvangt, zoals `apply_email: {NewFiles.ExampleAddress(ctx.Settings, "werken")}` (als dat adres bij u bestaat), of het adres van een sollicitatieformulier: `apply_url: https://…`.");
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
        var image = CommonFields.Image(r, "image", "image_alt", ctx.Images(file.Path), ctx.Settings.OwnUrl);
        // Every key is read before giving up on a file, so all its mistakes are reported at once.
        var (salary, filled, tags, draft, redirects, summary) = (ReadSalary(r, kind), r.Flag("filled") ?? false, CommonFields.Tags(r, ctx.Tags),
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
        // `contact: Mehmet Yilmaz`: the help shows that name in its place; the address and number are the writer's to
        // fill in (an example of them would go online as if it were the person's).
        var help = r.Node("contact") is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { Length: > 0 } written }
            ? $"Schrijf het als groepje, met het e-mailadres of telefoonnummer van {written} (of allebei): `contact: {{ name: {written}, email: …, phone: … }}`."
            : "Schrijf wie vragen beantwoordt, met e-mailadres of telefoonnummer (of allebei): `contact: { name: …, email: …, phone: … }`.";
        var c = r.Map("contact", required: true, help: help);
        if (c is null) return null;
        c.WarnUnknownKeys(KnownKeys.Contact);
        var name = c.Text("name", required: true, help: "Schrijf de naam van de contactpersoon: `name: ...`.");
        var email = c.EmailText("email");
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

    private static Salary? ReadSalary(FieldReader r, string? kind)
    {
        var s = r.Map("salary");
        if (s is null) return null;
        s.WarnUnknownKeys(KnownKeys.Salary);
        var min = Amount(s, "min");
        var max = Amount(s, "max");
        if (min is not null && max is not null && min > max)
        {
            s.Diagnostics.Error("TB0103", s.At("max"), $"`salary.max` ({max}) is lager dan `salary.min` ({min}).",
                "Zet het laagste bedrag bij `min` en het hoogste bij `max`.");
        }
        var period = s.OneOf("period", KnownKeys.SalaryPeriods) ?? "month";
        if (min is not null || max is not null) Plausible(s, period, min, max, volunteer: kind == "volunteer");
        return new Salary(min, max, period, s.Text("scale"));
    }

    /// <summary>
    /// TB0211: an amount that does not fit its period, on the page and in Google's job data: 42.000 per month (a year's
    /// pay), 14,50 per month for paid work (an hour's), 3.100 per hour (a month's), 14,50 per year. The default period is
    /// a month, so an amount written without <c>period</c> showed as a monthly wage that it is not. A volunteer's
    /// allowance may be small in any period (the tax-free most is about € 210 a month), so only its too large amounts
    /// count. Said at <c>period</c> when written.
    /// </summary>
    private static void Plausible(FieldReader s, string period, decimal? min, decimal? max, bool volunteer)
    {
        var (low, high) = (min ?? max!.Value, max ?? min!.Value);
        var (key, amount, meant) = period switch
        {
            "month" when high > 15_000 => (max is null ? "min" : "max", high, "year"),
            "month" when low < 100 && !volunteer => (min is null ? "max" : "min", low, "hour"),
            "hour" when high > 200 => (max is null ? "min" : "max", high, high > 15_000 ? "year" : "month"),
            "year" when low < 100 && !volunteer => (min is null ? "max" : "min", low, "hour"),
            _ => ((string?)null, 0m, (string?)null),
        };
        if (key is null) return;
        var words = new Dictionary<string, string> { ["hour"] = "uur", ["month"] = "maand", ["year"] = "jaar" };
        var shown = amount.ToString(amount == decimal.Truncate(amount) ? "#,0" : "#,0.00", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));
        s.Diagnostics.Warning("TB0211", s.Has("period") ? s.At("period") : s.At(key),
            $"`salary.{key}` is € {shown} per {words[period]}; dat lijkt een bedrag per {words[meant!]}.",
            $"Is het een bedrag per {words[meant!]}, schrijf dan `period: {meant}`. Is het toch per {words[period]}, kijk dan het bedrag na.");
    }

    /// <summary>
    /// An amount in euros as a Dutch writer writes it: <c>3100</c>, <c>3.100</c>, <c>€ 3.100,-</c>, <c>2.850,50</c>,
    /// <c>14,50</c> or <c>14.50</c>. A dot or comma followed by groups of exactly three digits separates thousands (no
    /// salary has three decimals); otherwise the last one is the decimal point. Read as a plain number, <c>3.100</c> was
    /// € 3,10 on the page and in Google's job data, without a word.
    /// </summary>
    internal static decimal? Amount(FieldReader s, string key)
    {
        var written = s.Text(key);
        if (written is null) return null;
        if (ReadAmount(written) is { } amount) return amount;
        s.Diagnostics.Error("TB0108", s.At(key), $"`salary.{key}` is `{written}`; dat is geen bedrag.",
            $"Schrijf alleen het bedrag in euro's, bijvoorbeeld `{key}: 3100` voor een maandloon of `{key}: 14,50` voor een uurloon.");
        return null;
    }

    /// <summary>Whole euros with thousands separated by one kind of mark: <c>2.850</c>, <c>1,250,000</c>.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{1,3}(?:(?<mark>[.,])\d{3})(?:\k<mark>\d{3})*$")]
    private static partial System.Text.RegularExpressions.Regex ThousandsGroups();

    internal static decimal? ReadAmount(string written)
    {
        var text = written.Replace("€", "").Replace("EUR", "", StringComparison.OrdinalIgnoreCase).Replace(" ", "").Replace("\u00A0", "").Replace("_", "");
        if (text.EndsWith(",-", StringComparison.Ordinal)) text = text[..^2];
        else if (text.EndsWith(",--", StringComparison.Ordinal)) text = text[..^3];
        if (text.Length == 0 || text.Any(c => !char.IsAsciiDigit(c) && c is not ('.' or ','))) return null;
        var groups = text.Split('.', ',');
        if (groups.Any(g => g.Length == 0)) return null;
        var last = Math.Max(text.LastIndexOf('.'), text.LastIndexOf(','));
        // Thousands only: 3.100, 1,250, 12.500.000; the first group has one to three digits, every other exactly three.
        var thousands = groups.Length > 1 && groups[0].Length <= 3 && groups.Skip(1).All(g => g.Length == 3) &&
                        (text.Contains('.') != text.Contains(','));
        if (!thousands && last >= 0 && text.AsSpan(0, last).ContainsAny('.', ',') && !ThousandsGroups().IsMatch(text[..last].Replace(text[last], '#')))
            return null; // 3.10.0: no amount a writer means
        var digits = thousands || last < 0 ? text.Replace(".", "").Replace(",", "")
            : text[..last].Replace(".", "").Replace(",", "") + "." + text[(last + 1)..];
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) ? amount : null;
    }
}
