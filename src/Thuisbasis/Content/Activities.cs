namespace Thuisbasis.Content;

/// <summary>
/// An activity of the agenda (<c>input/activities/*.md</c>). Times are wall-clock times in the site's time zone, kept
/// without an offset: a weekly 19:30 stays 19:30 on both sides of the change to summer time, and only
/// <see cref="ActivitySchedule"/> turns a date into a moment.
/// </summary>
/// <param name="Start">The first date and its start time (midnight for an all-day activity).</param>
/// <param name="End">The end of the first date: later than <paramref name="Start"/>; for an all-day activity the
/// midnight after its last day.</param>
public sealed record Activity(Entry Entry, string Title, DateTime Start, DateTime End, bool AllDay, ActivityRepeat? Repeat,
    ActivityPlace Location, string? Price, Registration? Registration, bool CancelledAll, IReadOnlyList<DateOnly> CancelledDates,
    string? ContactId, string? ServiceId, string? Summary, IReadOnlyList<Tag> Tags, IReadOnlyList<string> Audience, ImageRef? Image,
    bool Draft) : IContentRecord
{
    /// <summary>
    /// <c>date</c>: when the feed announces it (newsletters and social media send an item once, by its date and id); by
    /// default the first date. A later <c>date</c> announces it again; before that day it is not in the feed.
    /// </summary>
    public DateTimeOffset? Announced { get; init; }

    /// <summary>
    /// <c>cancelled_on</c>: the day the writer called it off, which dates the feed's notice of the cancellation (see
    /// <c>Feeds.CancellationNotices</c>); by default the date that is cancelled.
    /// </summary>
    public DateTimeOffset? CancelledOn { get; init; }

    /// <summary><c>redirect_from</c>: the activity's old addresses (a new file name; an address printed on a flyer).</summary>
    public IReadOnlyList<string> RedirectFrom { get; init; } = [];

    public TimeSpan Duration => End - Start;
    public DateOnly FirstDate => DateOnly.FromDateTime(Start);
}

public enum RepeatUnit { Week, Month }

/// <summary>
/// <c>repeat: { every: 2 weeks, until: …, except: […] }</c>. A monthly repeat keeps the weekday of the month of the first
/// date ("the first Tuesday"); a first date in the last seven days of its month that is a fifth weekday means "the last
/// Tuesday", since most months have no fifth one.
/// </summary>
public sealed record ActivityRepeat(RepeatUnit Unit, int Interval, DateOnly? Until, IReadOnlyList<DateOnly> Except);

/// <summary>Where it happens: a place name, an address, or online (<see cref="Online"/>) with its link. A place with an
/// <see cref="OnlineUrl"/> as well is both: people come, or join online.</summary>
public sealed record ActivityPlace(string Name, string? Street, string? PostalCode, string? City, bool Online, string? OnlineUrl);

/// <summary>How to sign up: <c>registration: { required, url, email, phone, places }</c>.</summary>
public sealed record Registration(bool Required, string? Url, string? Email, string? Phone, int? Places);
