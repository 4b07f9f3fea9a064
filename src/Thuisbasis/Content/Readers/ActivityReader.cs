using YamlDotNet.RepresentationModel;

namespace Thuisbasis.Content.Readers;

/// <summary>Reads <c>input/activities/*.md</c>: when, how often, where, and how to sign up.</summary>
internal static class ActivityReader
{
    public static Activity? Read(SourceFile file, FrontMatter fm, ReadContext ctx)
    {
        var r = new FieldReader(fm, ctx.Diagnostics, ctx.Today);
        r.WarnUnknownKeys(KnownKeys.Activity);
        var (slug, url) = ContentAddress.Of("activities", file.Path, ctx.Settings);
        var title = r.Title("Geef de activiteit een titel: `title: Taalcafé`.");
        var when = ActivityWhenReader.Read(r, ctx.Settings.TimeZone);
        List<(DateOnly Date, Diagnostics.SourcePosition At, string Text)> except = [];
        // A wrong `end` still leaves a usable `start`, so `repeat` is checked too: all mistakes at once.
        var repeat = when is null ? null : ActivityRepeatReader.Read(r, when.Value.Start, out except);
        var location = ReadPlace(r);
        var registration = ReadRegistration(r, ctx.Settings);
        var contact = r.Text("contact");
        if (contact is not null) ctx.ContactRefs.Add(new PendingRef(file.Path, contact, r.At("contact")));
        var service = r.Text("service");
        if (service is not null) ctx.ServiceRefs.Add(new PendingRef(file.Path, service, r.At("service")));
        var image = CommonFields.Image(r, "image", "image_alt", ctx.Images(file.Path), ctx.Settings.OwnUrl);
        var tags = CommonFields.Tags(r, ctx.Tags);
        var audience = CommonFields.Audience(r);
        var draft = r.Flag("draft") ?? false;
        var announced = r.Date("date", ctx.Settings.TimeZone);
        var cancelledOn = r.Date("cancelled_on", ctx.Settings.TimeZone);
        SummaryMarkup.Check(r, r.Text("summary"));
        if (when is null) return null;
        // Without a title or place, or with a wrong end, the dates are still known: their mistakes are reported too.
        var (start, end, allDay, endOk) = when.Value;
        var activity = new Activity(CommonFields.Entry(fm, file, slug, url), title ?? "", start, end, allDay, repeat,
            location ?? new ActivityPlace("", null, null, null, false, null), r.Text("price"), registration, false, [], contact, service,
            r.Text("summary"), tags, audience, image, draft) { Announced = announced, CancelledOn = cancelledOn, RedirectFrom = CommonFields.RedirectFrom(r) };
        if (repeat is not null) activity = activity with { Repeat = ActivityRepeatReader.CheckExcept(r, activity, except) };
        var clockOk = allDay || ActivityWhenReader.CheckClockChange(r, activity, ctx.Settings.TimeZone);
        // A `repeat` that could not be read makes every cancelled date look wrong; its own message comes first.
        var (all, dates) = repeat is null && r.Has("repeat") ? (false, []) : ReadCancelled(r, activity);
        CheckAnnouncedAfterItEnds(r, activity);
        if (cancelledOn is { } said && NothingCancelled(r)) NothingCancelledYet(r, activity, said);
        return clockOk && title is not null && endOk && location is not null ? activity with { CancelledAll = all, CancelledDates = dates } : null;
    }

    /// <summary>TB0148, with the first date of the activity from <c>cancelled_on</c> on as the example: a date it does not
    /// have would only give the next message (TB0143).</summary>
    private static void NothingCancelledYet(FieldReader r, Activity activity, DateTimeOffset said)
    {
        var from = DateOnly.FromDateTime(said.DateTime);
        var next = ActivitySchedule.Dates(activity).SkipWhile(d => d < from).Cast<DateOnly?>().FirstOrDefault();
        r.Diagnostics.Warning("TB0148", r.At("cancelled_on"), "`cancelled_on` zegt wanneer u iets afzegde, maar bij `cancelled` staat niets.",
            (next is { } d
                ? $"Zet de datum die niet doorgaat bij `cancelled`, zoals `cancelled: [{d:yyyy-MM-dd}]` voor {Dates.ToDutchWithDay(d)}, de eerste keer vanaf `cancelled_on`"
                : "Zet de datum die niet doorgaat bij `cancelled`")
            + " (of `cancelled: true` als de hele activiteit niet doorgaat), of haal `cancelled_on` weg.");
    }

    internal static void NotADate(FieldReader r, string key, string text, string help)
    {
        if (ImpossibleDate(r, r.At(key), key, text)) return;
        r.Diagnostics.Error("TB0102", r.At(key), $"`{key}` is `{text}`; dat is geen datum.",
            Dates.SuggestFromWords(text, r.Today, coming: true) is { } iso ? $"Schrijf de datum in cijfers: `{iso}`." : help);
    }

    /// <summary>
    /// A date that does not exist (<c>2026-13-01 10:00</c>, <c>31-02-2027</c>) said as for a story's <c>date</c>: what is
    /// wrong with it and the date it most likely is, the time kept. False when <paramref name="text"/> is no such date.
    /// </summary>
    /// <param name="own">The activity's dates when the date is one of a list (<c>except</c>, <c>cancelled</c>): the
    /// suggestion is the date alone, and when the nearest existing date is not one of them, the nearest that is.</param>
    internal static bool ImpossibleDate(FieldReader r, Diagnostics.SourcePosition at, string key, string text, IEnumerable<DateOnly>? own = null)
    {
        var t = text.Trim();
        var space = t.IndexOf(' ');
        var (date, time) = space < 0 ? (t, "") : (t[..space], t[space..]);
        if (Dates.Impossible(date) is not var (why, instead)) return false;
        var listed = own is not null;
        var meant = $"`{(listed ? "" : key + ": ")}{instead}{time}`";
        if (own is not null && Dates.TryParseLocal(instead, out var near, out _) && DateOnly.FromDateTime(near) is var day
            && !ActivityRepeatReader.IsOneOf(own, day) && ActivityRepeatReader.Nearest(own, day) is { } ownDay)
            meant = $"{Dates.ToDutchWithDay(ownDay)} ({ToWritersForm(ownDay, instead)})";
        r.Diagnostics.Error("TB0102", at, $"`{key}` {(listed ? "noemt" : "is")} `{text}`; die datum bestaat niet: {why}.",
            $"Controleer de datum. Bedoelde u {meant}?");
        return true;
    }

    /// <summary><paramref name="date"/> in backticks, written as <paramref name="like"/> is: 2026-12-01 or 01-12-2026.</summary>
    private static string ToWritersForm(DateOnly date, string like) =>
        $"`{date.ToString(like.IndexOf('-') == 4 ? "yyyy-MM-dd" : "dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture)}`";

    private static ActivityPlace? ReadPlace(FieldReader r)
    {
        var onlineUrl = WebAddress(r, "online_url", "online_url", "Schrijf het volledige adres van de online bijeenkomst, met https:// ervoor.");
        if (r.IsMap("location"))
        {
            var m = r.Map("location")!;
            m.WarnUnknownKeys(KnownKeys.Place);
            var name = m.Text("name", required: true, help: "Schrijf de naam van de plek: `location: { name: Buurthuis De Linde, street: ..., postal_code: ..., city: ... }`.");
            // The web editor's form has no other way to say "online" than as the name of the place.
            if (name is not null && IsOnline(name)) return OnlinePlace(r, onlineUrl);
            return name is null ? null : new ActivityPlace(name, m.Text("street"), m.Text("postal_code"), m.Text("city"), false, onlineUrl);
        }
        var place = r.Text("location", required: true,
            help: "Schrijf waar het is: de naam van de plek met het adres erbij (straat, postcode en plaats, zodat Google de activiteit toont), of `location: online` met `online_url:`.");
        if (place is null) return null;
        return IsOnline(place) ? OnlinePlace(r, onlineUrl) : new ActivityPlace(place, null, null, null, false, onlineUrl);
    }

    private static bool IsOnline(string place) => string.Equals(place.Trim(), "online", StringComparison.OrdinalIgnoreCase);

    private static ActivityPlace? OnlinePlace(FieldReader r, string? onlineUrl)
    {
        if (onlineUrl is null && !r.Has("online_url"))
        {
            r.Diagnostics.Error("TB0144", r.At("location"), "De activiteit is `online`, maar `online_url` ontbreekt.",
                "Voeg de link toe waarmee mensen meedoen: `online_url: https://...`.");
            return null;
        }
        return new ActivityPlace("Online", null, null, null, true, onlineUrl);
    }

    /// <summary>
    /// A web address; one that starts with <c>www.</c> is used with <c>https://</c> before it and reported as TB0139 is
    /// for such a link in the text (its meaning is beyond doubt), anything else that is no web address is an error.
    /// </summary>
    private static string? WebAddress(FieldReader r, string key, string name, string help)
    {
        var text = r.Text(key);
        if (text is null) return null;
        if (Links.IsWebAddress(text)) return Settings.SiteAddress.Read(text, r.Diagnostics, r.At(key), "TB0111", name);
        if (text.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && !text.Contains('@') && Links.IsWebAddress("https://" + text))
        {
            r.Diagnostics.Warning("TB0139", r.At(key), $"`{name}` is `{text}`, zonder `https://`; de site zet het ervoor.", $"Schrijf `{key}: https://{text}`.");
            return Settings.SiteAddress.Read("https://" + text, r.Diagnostics, r.At(key), "TB0111", name);
        }
        r.Diagnostics.Error("TB0111", r.At(key), $"`{name}` is `{text}`; dat is geen webadres.", help);
        return null;
    }

    private static Registration? ReadRegistration(FieldReader r, Settings.SiteSettings settings)
    {
        var m = r.Map("registration",
            help: $"Schrijf hoe mensen zich aanmelden: `registration: {{ required: true, email: {NewFiles.ExampleAddress(settings, "aanmelden")}, places: 12 }}`.");
        if (m is null) return null;
        m.WarnUnknownKeys(KnownKeys.Registration);
        var url = WebAddress(m, "url", "registration.url", "Schrijf het volledige adres, met https:// ervoor.");
        var email = m.EmailText("email");
        if (email is not null && !Links.IsEmail(email))
        {
            m.Diagnostics.Error("TB0111", m.At("email"), $"`registration.email` is `{email}`; dat is geen e-mailadres.", $"Schrijf het adres zoals `{NewFiles.ExampleAddress(settings, "aanmelden")}`.");
            email = null;
        }
        return new Registration(m.Flag("required") ?? false, url, email, m.Phone("phone"), Places(m));
    }

    /// <summary><c>places</c>: a whole number, at least one ("0 plaatsen" and "-5 plaatsen" were shown as written).</summary>
    private static int? Places(FieldReader m)
    {
        if (m.Number("places") is not { } places) return null;
        var text = m.Text("places");
        if (places != decimal.Truncate(places))
            m.Diagnostics.Error("TB0108", m.At("places"), $"`registration.places` is `{text}`; dat is geen heel getal.",
                "Schrijf het aantal plaatsen, bijvoorbeeld `places: 12`.");
        else if (places < 1)
            m.Diagnostics.Error("TB0108", m.At("places"), $"`registration.places` is `{text}`; er moet minstens één plaats zijn.",
                "Schrijf hoeveel plaatsen er zijn. Is het vol? Zet dat in de tekst en haal `places` weg.");
        else if (places <= int.MaxValue) return (int)places;
        return null;
    }

    /// <summary>
    /// TB0147: announced (<c>date</c>) after its last date, so never in the feed; mostly a year typed wrong in December
    /// (<c>2026-01-14</c> for next January). The file alone shows it, whatever the build day, and an activity that took
    /// place was announced before it, so one kept in the folder stays quiet. Where a year later fits, that is the line given.
    /// </summary>
    private static void CheckAnnouncedAfterItEnds(FieldReader r, Activity a)
    {
        if (a.Announced is not { } announced || ActivitySchedule.LastDate(a) is not { } last) return;
        var day = DateOnly.FromDateTime(announced.DateTime);
        if (day <= last) return;
        var (year, startText, dateText) = (a.Start.Year, r.Text("start")!, r.Text("date")!);
        if (a.Repeat is null && DateOnly.FromDateTime(a.End.AddYears(1).AddTicks(-1)) >= day && YearLater(startText, year) is { } start)
        {
            var end = r.Text("end") is { } e && YearLater(e, year) is { } laterEnd ? $" en `end: {laterEnd}`" : "";
            r.Diagnostics.Warning("TB0147", r.At("start"),
                $"`start` is `{startText}`: dat is voorbij vóór de dag van de aankondiging (`date: {dateText}`), dus de activiteit komt nooit in de feed.",
                $"Bedoelt u {year + 1}? Schrijf dan `start: {start}`{end}.");
            return;
        }
        r.Diagnostics.Warning("TB0147", r.At("date"),
            $"`date` is `{dateText}`: na de laatste keer ({Dates.ToDutch(last)}), dus de activiteit komt nooit in de feed.",
            $"Klopt het jaar bij `start`? Zet anders bij `date` een dag vóór {Dates.ToDutch(last)}, of haal `date` weg.");
    }

    /// <summary>The text with its one year one higher, as the writer wrote it (<c>14-01-2026</c> → <c>14-01-2027</c>).</summary>
    private static string? YearLater(string text, int year)
    {
        var found = System.Text.RegularExpressions.Regex.Matches(text, $@"(?<!\d){year}(?!\d)");
        return found.Count == 1 ? text[..found[0].Index] + (year + 1) + text[(found[0].Index + found[0].Length)..] : null;
    }

    /// <summary>No <c>cancelled</c>, <c>cancelled: false</c> or an empty list: a <c>cancelled_on</c> then dates nothing.</summary>
    private static bool NothingCancelled(FieldReader r) => r.Node("cancelled") switch
    {
        null => true,
        YamlSequenceNode list => list.Children.Count == 0,
        YamlScalarNode s => !r.Has("cancelled") || s.Value?.Trim().ToLowerInvariant() is "false" or "no" or "nee",
        _ => false,
    };

    /// <summary><c>cancelled: true</c> (all of it) or a list of dates, each one of the activity's dates.</summary>
    private static (bool All, IReadOnlyList<DateOnly> Dates) ReadCancelled(FieldReader r, Activity a)
    {
        if (r.Node("cancelled") is YamlScalarNode s && s.Value?.Trim().ToLowerInvariant() is "true" or "false" or "yes" or "no" or "ja" or "nee")
            return (r.Flag("cancelled") ?? false, []);
        var own = ActivitySchedule.Dates(a);
        var dates = ActivityRepeatReader.DateList(r, "cancelled", own);
        var result = new List<DateOnly>();
        foreach (var (date, at, text) in dates)
        {
            if (ActivityRepeatReader.IsOneOf(own, date)) { result.Add(date); continue; }
            if (a.Repeat is { } repeat && ActivityRepeatReader.CancelledButNoDate(r, at, text, date, a, repeat)) continue;
            ActivityRepeatReader.NotOneOfItsDates(r, at, "cancelled", text, date, own);
        }
        return (false, result);
    }
}
