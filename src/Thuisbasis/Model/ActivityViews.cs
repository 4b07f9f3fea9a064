using System.Globalization;
using Thuisbasis.Content;

namespace Thuisbasis.Model;

// What templates see of the agenda. Plain text everywhere (escaped when written); only Html is HTML.

/// <summary>One date of an activity as shown: "dinsdag 8 december 2026", "10:00 tot 12:00", and which group of the
/// agenda it falls in on the build day ("Vandaag", "Deze week", "Later").</summary>
public sealed record OccurrenceView(DateOnly Date, string DateText, DateTimeOffset Start, DateTimeOffset End, string StartIso,
    string EndIso, string TimeText, bool Cancelled, string Group)
{
    /// <summary><c>2026-12-17</c>: the date in an address (the id a cancellation notice in the feed points at).</summary>
    [Derived] public string Day => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>One date of <paramref name="a"/> as shown, in the agenda's <paramref name="group"/>.</summary>
    public static OccurrenceView Of(Activity a, Occurrence o, string group)
    {
        var lastDay = DateOnly.FromDateTime(o.End.DateTime.AddTicks(-1));
        var time = a.AllDay
            ? lastDay > o.Date ? $"tot en met {Dates.ToDutchWithDay(lastDay)}" : "hele dag"
            : lastDay > o.Date ? $"{o.Start:HH:mm} tot {Dates.ToDutchWithDay(DateOnly.FromDateTime(o.End.DateTime))} {o.End:HH:mm}" : $"{o.Start:HH:mm} tot {o.End:HH:mm}";
        string Iso(DateTimeOffset d) => a.AllDay ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture);
        return new OccurrenceView(o.Date, Dates.ToDutchWithDay(o.Date), o.Start, o.End, Iso(o.Start), Iso(a.AllDay ? o.End.AddDays(-1) : o.End),
            time, o.Cancelled, group);
    }
}

/// <summary>Where: the place as one line, and a plain link to a map (nothing is loaded on the page itself).</summary>
public sealed record PlaceView(string Name, string? Street, string? PostalCode, string? City, bool Online, string? OnlineUrl,
    string? MapUrl, string Text);

public sealed record RegistrationView(bool Required, string? Url, string? Email, string? Phone, string? PhoneHref, int? Places);

/// <summary>An audience as a filter of the agenda: <c>carers</c> → "mantelzorgers" at <c>/activiteiten/voor/mantelzorgers/</c>.</summary>
public sealed record AudienceLink(string Key, string Name, string Url);

public sealed record ActivityView(
    Activity Source, string Title, string Url, string AbsoluteUrl, string Summary, ImageRef? Image, RawHtml Html, string? Marker,
    IReadOnlyList<TagLink> Tags, IReadOnlyList<AudienceLink> Audience, PlaceView Place, string? Price, RegistrationView? Registration,
    PersonView? Contact, ServiceView? Service, bool AllDay, string? RepeatText, bool CancelledAll, bool HasEnded, string? EndedText,
    OccurrenceView? Next, IReadOnlyList<OccurrenceView> Coming, string IcsUrl) : IHasIdentity
{
    (string Kind, string Id) IHasIdentity.Identity => ("view:", SourcePath);
    [Derived] public string SourcePath => Source.Entry.SourcePath;
    /// <summary>A cancelled date before the next one that goes ahead, to mention in listings.</summary>
    [Derived] public OccurrenceView? CancelledFirst => Coming.Count > 0 && Coming[0].Cancelled && !ReferenceEquals(Coming[0], Next) ? Coming[0] : null;
}

/// <summary>The coming activities with one tag, or for one audience: a filter page of the agenda.</summary>
public sealed record ActivityIndexEntry(string Kind, string Name, string Slug, string Url, IReadOnlyList<ActivityView> Activities) : IHasIdentity
{
    (string Kind, string Id) IHasIdentity.Identity => ("activities:", Url);
    [Derived] public int Count => Activities.Count;
}
