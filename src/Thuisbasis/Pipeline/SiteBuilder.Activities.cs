using Thuisbasis.Content;
using Thuisbasis.Content.Settings;
using Thuisbasis.Model;

namespace Thuisbasis.Pipeline;

/// <summary>The agenda: the activities of the build day, their next dates, and the tag and audience filters.</summary>
public sealed partial class SiteBuilder
{
    /// <summary>How many coming dates an activity's page lists.</summary>
    public const int ComingDates = 8;

    internal sealed record Agenda(IReadOnlyList<ActivityView> All, IReadOnlyList<ActivityView> Coming,
        IReadOnlyList<ActivityIndexEntry> Tags, IReadOnlyList<ActivityIndexEntry> Audiences);

    private Agenda BuildAgenda(ContentSet content, SiteSettings settings, DateOnly today, bool drafts, Func<Entry, RawHtml> html,
        IReadOnlyDictionary<string, PersonView> people, IReadOnlyDictionary<string, ServiceView> services)
    {
        var all = new List<ActivityView>();
        var tagNames = Content.Readers.TagFolder.DisplayNames(
            content.Activities.OrderBy(a => a.Entry.SourcePath, StringComparer.Ordinal).SelectMany(a => a.Tags));
        foreach (var a in content.Activities.OrderBy(a => a.Entry.SourcePath, StringComparer.Ordinal))
        {
            var decision = PublishingRules.ForActivity(a, today, drafts);
            if (!decision.HasPage) continue;
            all.Add(Same("activity:", a.Entry.SourcePath, View(a, decision, settings, today, html(a.Entry), tagNames,
                a.ContactId is null ? null : people.GetValueOrDefault(a.ContactId),
                a.ServiceId is null ? null : services.GetValueOrDefault(a.ServiceId))));
        }
        var coming = all.Where(v => !v.HasEnded && v.Next is not null)
            .OrderBy(v => v.Next!.Start).ThenBy(v => v.Url, StringComparer.Ordinal).ToList();
        var tags = coming.SelectMany(v => v.Tags.Select(t => (t, v))).GroupBy(x => x.t.Slug)
            .Select(g => Same("activity-tag:", g.Key, new ActivityIndexEntry("tag", g.First().t.Name, g.Key, $"/activiteiten/onderwerp/{g.Key}/",
                g.Select(x => x.v).ToList())))
            .OrderBy(t => t.Name, DutchNames).ToList();
        var audiences = KnownKeys.Audiences.Select(key => (Link: AudienceOf(key), Items: coming.Where(v => v.Source.Audience.Contains(key)).ToList()))
            .Where(x => x.Items.Count > 0)
            .Select(x => Same("activity-audience:", x.Link.Key, new ActivityIndexEntry("audience", x.Link.Name, x.Link.Key, x.Link.Url, x.Items)))
            .ToList();
        return new Agenda(all, coming, tags, audiences);
    }

    private ActivityView View(Activity a, PublishingRules.Decision decision, SiteSettings settings, DateOnly today, RawHtml html,
        Dictionary<string, string> tagNames, PersonView? contact, ServiceView? service)
    {
        var zone = settings.TimeZone;
        var ended = decision.Visibility == Visibility.Ended;
        var weekEnd = today.AddDays(((int)DayOfWeek.Sunday - (int)today.DayOfWeek + 7) % 7);
        var coming = ended ? [] : ActivitySchedule.From(a, zone, today, ComingDates)
            .Select(o => OccurrenceView.Of(a, o, o.Date <= today ? "Vandaag" : o.Date <= weekEnd ? "Deze week" : "Later")).ToList();
        var next = coming.FirstOrDefault(o => !o.Cancelled) ?? coming.FirstOrDefault();
        var last = ActivitySchedule.LastDate(a);
        var r = a.Registration;
        return new ActivityView(a, a.Title, a.Entry.Url, settings.Url + a.Entry.Url, a.Summary ?? markdown.Excerpt(a.Entry), a.Image, html,
            decision.Marker, TagLinks(a.Tags, tagNames).Select(t => t with { Url = $"/activiteiten/onderwerp/{t.Slug}/" }).ToList(),
            a.Audience.Select(AudienceOf).ToList(), Place(a.Location, settings), a.Price,
            r is null ? null : new RegistrationView(r.Required, r.Url, r.Email, r.Phone, Links.DialHref(r.Phone), r.Places),
            contact, service, a.AllDay, RepeatText(a), a.CancelledAll, ended,
            ended && last is { } l ? $"De laatste keer was op {Dates.ToDutchWithDay(l)}." : null,
            next, coming, a.Entry.Url + "agenda.ics");
    }

    /// <summary>"Elke week op dinsdag", "Om de 2 weken op dinsdag", "Elke eerste dinsdag van de maand", with "tot en met …".</summary>
    public static string? RepeatText(Activity a)
    {
        if (a.Repeat is not { } r) return null;
        var day = Dates.DayName(a.Start.DayOfWeek);
        var nth = ActivitySchedule.WeekdayOfMonth(a.FirstDate) switch { 1 => "eerste", 2 => "tweede", 3 => "derde", 4 => "vierde", _ => "laatste" };
        var text = (r.Unit, r.Interval) switch
        {
            (RepeatUnit.Week, 1) => $"Elke week op {day}",
            (RepeatUnit.Week, var n) => $"Om de {Count(n)} weken op {day}",
            (RepeatUnit.Month, 1) => $"Elke {nth} {day} van de maand",
            (_, var n) => $"Om de {Count(n)} maanden op de {nth} {day} van de maand",
        };
        return r.Until is { } until ? $"{text}, tot en met {Dates.ToDutch(until)}" : text;
    }

    /// <summary>"twee" for 2, up to twaalf, as Dutch writes small numbers in a sentence; a larger one in digits.</summary>
    private static string Count(int n) => n is >= 2 and <= 12
        ? ((string[])["twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"])[n - 2]
        : n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static PlaceView Place(ActivityPlace p, SiteSettings settings)
    {
        var address = string.Join(", ", new[] { p.Street, string.Join(" ", new[] { p.PostalCode, p.City }.Where(x => x is not null)) }
            .Where(x => !string.IsNullOrWhiteSpace(x)));
        var text = p.Online ? "Online" : address.Length > 0 ? $"{p.Name}, {address}" : p.Name;
        // A search on OpenStreetMap: an ordinary link, so no map (and no request to a map service) is on the page itself.
        // A place written with its own address on one line names its city already: "…, 1094 XK Amsterdam, Amsterdam" was searched.
        var query = p.Online ? null : address.Length > 0 ? address
            : settings.Contact.City is { } city && !p.Name.Contains(city, StringComparison.OrdinalIgnoreCase) ? $"{p.Name}, {city}" : p.Name;
        var map = query is null ? null : "https://www.openstreetmap.org/search?query=" + Uri.EscapeDataString(query);
        return new PlaceView(p.Name, p.Street, p.PostalCode, p.City, p.Online, p.OnlineUrl, map, text);
    }

    public static AudienceLink AudienceOf(string key)
    {
        var name = key switch
        {
            "clients" => "cliënten", "carers" => "mantelzorgers", "volunteers" => "vrijwilligers", "professionals" => "professionals",
            "funders" => "financiers", _ => key,
        };
        return new AudienceLink(key, name, $"/activiteiten/voor/{Slug.From(name)}/");
    }
}
