using System.Globalization;
using System.Text;
using Calendar = Ical.Net.Calendar;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Thuisbasis.Content;
using Thuisbasis.Model;

namespace Thuisbasis.Calendars;

/// <summary>
/// Activities as iCalendar (RFC 5545), written with Ical.Net. A repeating activity is one event with its RRULE and
/// EXDATEs (the <c>except</c> dates); a cancelled date is an override of that event (same UID, RECURRENCE-ID,
/// STATUS:CANCELLED), so calendars show it as cancelled rather than dropping it. Whatever is cancelled (a date, a one-off,
/// all of it) starts its SUMMARY with "Gaat niet door:", for the apps that do not show STATUS. Times carry the site's TZID with its
/// VTIMEZONE. Nothing depends on the clock: DTSTAMP is the build day, so the same input and build day give the same bytes.
/// </summary>
public static class AgendaCalendar
{
    public static string Write(Site site, IReadOnlyList<ActivityView> activities, string name)
    {
        var tzid = ZoneId(site.Settings.TimeZone);
        var calendar = new Calendar { ProductId = "-//Thuisbasis//Agenda//NL" };
        calendar.AddProperty("X-WR-CALNAME", Text(name));
        calendar.AddProperty("X-WR-TIMEZONE", tzid);
        // RFC 5545 wants at least one component, so an empty agenda carries the zone as well.
        if (activities.Count == 0 || activities.Any(a => !a.AllDay))
            calendar.AddTimeZone(Zone(tzid, site.Settings.TimeZone, activities.Where(a => !a.AllDay).Select(a => a.Source.Start)));
        var stamp = new CalDateTime(site.Today.Year, site.Today.Month, site.Today.Day, 0, 0, 0, "UTC");
        var host = Uri.TryCreate(site.Settings.Url, UriKind.Absolute, out var u) ? u.Host : "thuisbasis";
        foreach (var view in activities)
        {
            var a = view.Source;
            // The UID of the address it had first: a phone that added the event updates it after a new file name.
            var uid = $"{(Content.FirstAddress.Of(view.Url, a.RedirectFrom) is { } first ? Content.FirstAddress.LastPart(first) : a.Entry.Slug)}@{host}";
            var master = Event(view, uid, stamp, At(a, a.FirstDate, tzid), tzid, site.Settings.TimeZone);
            master.Status = a.CancelledAll ? "CANCELLED" : "CONFIRMED";
            master.Sequence = Revision(site.Today, a.CancelledAll);
            // Not every app shows STATUS: the title says it too.
            if (a.CancelledAll) master.Summary = Cancelled(view);
            if (a.Repeat is { } repeat)
            {
                master.RecurrenceRule = new RecurrenceRule(Rule(a, repeat, site.Settings.TimeZone));
                foreach (var date in repeat.Except) master.ExceptionDates.Add(At(a, date, tzid));
            }
            calendar.Events.Add(master);
            if (a.CancelledAll) continue;
            foreach (var date in ClockChangeNights(a, site.Settings.TimeZone, site.Today))
            {
                var start = At(a, date, tzid);
                var moved = Event(view, uid, stamp, start, tzid, site.Settings.TimeZone);
                moved.Sequence = master.Sequence;
                moved.RecurrenceIdentifier = new RecurrenceIdentifier(start, null);
                calendar.Events.Add(moved);
            }
            foreach (var date in a.CancelledDates)
            {
                var start = At(a, date, tzid);
                var cancelled = Event(view, uid, stamp, start, tzid, site.Settings.TimeZone);
                cancelled.Summary = Cancelled(view);
                cancelled.Status = "CANCELLED";
                cancelled.Sequence = Revision(site.Today, cancelled: true);
                if (a.Repeat is not null) cancelled.RecurrenceIdentifier = new RecurrenceIdentifier(start, null);
                else calendar.Events.Remove(master);
                calendar.Events.Add(cancelled);
            }
        }
        return Fold(new CalendarSerializer().SerializeToString(calendar) ?? "");
    }

    /// <summary>
    /// The coming dates (a year ahead; the calendar is made again every day) of a repeating activity that runs through a
    /// night the clock changes: from 22:00 to 04:00 is six hours in winter but five or seven that night. RFC 5545 gives
    /// every date of a rule the first one's length in hours, so calendar apps ended it at 05:00 or 03:00 where the page
    /// says 04:00; each such date gets its own event with its own end (not a cancelled one: that one says so already).
    /// </summary>
    private static IEnumerable<DateOnly> ClockChangeNights(Activity a, TimeZoneInfo zone, DateOnly today)
    {
        if (a.Repeat is null || a.AllDay) return [];
        var first = ActivitySchedule.From(a, zone, a.FirstDate, 1);
        if (first.Count == 0) return [];
        var length = first[0].End - first[0].Start;
        return ActivitySchedule.From(a, zone, today, 400).TakeWhile(o => o.Date <= today.AddDays(366))
            .Where(o => !o.Cancelled && o.Date != a.FirstDate && o.End - o.Start != length).Select(o => o.Date);
    }

    /// <summary>
    /// The SEQUENCE of an event. RFC 5545 wants a higher one for a change an app must take over: Outlook and Apple
    /// Calendar keep an event they imported from an activity's <c>.ics</c> when the same UID comes again with the same
    /// or a lower SEQUENCE. The build keeps no history to count edits, so the number grows with the day of the build,
    /// two a day, and a cancellation is one more than that day's event: called off, it replaces what an app imported
    /// that day or before; taken back the next day (a fixed 1 for a cancellation left it called off in every app that
    /// had it), it replaces the cancellation.
    /// </summary>
    internal static int Revision(DateOnly today, bool cancelled) =>
        Math.Max(0, today.DayNumber - FirstDay.DayNumber) * 2 + (cancelled ? 1 : 0);

    private static readonly DateOnly FirstDay = new(2026, 1, 1);

    /// <summary>
    /// Every line folded again at 75 octets (RFC 5545 3.1), between characters. Ical.Net counts the octets but cuts between
    /// the two halves of an emoji, which UTF-8 cannot write: 🎄 came out as two U+FFFD in every calendar app.
    /// </summary>
    internal static string Fold(string ics)
    {
        var text = new StringBuilder(ics.Length + ics.Length / 64);
        foreach (var line in ics.Replace("\r\n ", "").Replace("\r\n\t", "").Split("\r\n"))
        {
            if (line.Length == 0) continue;
            var octets = 0;
            for (var i = 0; i < line.Length;)
            {
                Rune.DecodeFromUtf16(line.AsSpan(i), out var rune, out var chars);
                var size = rune.Utf8SequenceLength;
                if (octets + size > 75) { text.Append("\r\n "); octets = 1; }
                text.Append(line, i, chars);
                octets += size;
                i += chars;
            }
            text.Append("\r\n");
        }
        return text.ToString();
    }

    /// <summary>
    /// A text as a calendar holds it: clean (RFC 5545 allows no control character but the tab), and a Unicode line or
    /// paragraph separator as the line end it is (Ical.Net writes <c>\n</c>). node-ical, under many calendar widgets,
    /// took U+2028 for the end of the line and lost the whole title, place or description.
    /// </summary>
    private static string Text(string text) => PastedText.Clean(text).Replace('\u2028', '\n').Replace('\u2029', '\n');

    private static string? TextOrNull(string? text) => text is null ? null : Text(text);

    private static CalendarEvent Event(ActivityView view, string uid, CalDateTime stamp, CalDateTime start, string tzid, TimeZoneInfo zone)
    {
        var a = view.Source;
        var end = a.AllDay
            ? new CalDateTime(DateOnly.FromDateTime(start.Value + a.Duration))
            : new CalDateTime(OnTheClock(start.Value + a.Duration, zone), tzid, true);
        var place = view.Place;
        var description = string.Join("\n\n", new[] { view.Summary, view.RepeatText, view.Price is null ? null : $"Kosten: {view.Price}",
            place.OnlineUrl is null ? null : $"Online meedoen: {place.OnlineUrl}", $"Meer informatie: {view.AbsoluteUrl}" }
            .Where(x => !string.IsNullOrWhiteSpace(x)));
        return new CalendarEvent
        {
            Uid = uid,
            DtStamp = stamp,
            DtStart = start,
            DtEnd = end,
            // RFC 5545 allows no control character in a text but the tab (Ical.Net escapes line ends itself).
            Summary = Text(view.Title),
            Description = Text(description),
            Location = TextOrNull(place.Online ? place.OnlineUrl ?? place.Text : place.Text),
            Url = new Uri(view.AbsoluteUrl),
        };
    }

    /// <summary>
    /// A wall-clock time as the clock shows it: an end in the hour skipped when summer time starts (the default hour
    /// after a start of 01:30 on that night) is the time it is then, 03:30, as the page says. Written as 02:30, calendar
    /// apps read it as the start's own moment: an activity of no minutes.
    /// </summary>
    private static DateTime OnTheClock(DateTime local, TimeZoneInfo zone) =>
        zone.IsInvalidTime(local) ? TimeZoneInfo.ConvertTime(ActivitySchedule.Moment(local, zone), zone).DateTime : local;

    private static string Cancelled(ActivityView view) => Text($"Gaat niet door: {view.Title}");

    /// <summary>The start of the activity on <paramref name="date"/>: a date for an all-day one, else the wall-clock time with the TZID.</summary>
    private static CalDateTime At(Activity a, DateOnly date, string tzid) =>
        a.AllDay ? new CalDateTime(date) : new CalDateTime(date.ToDateTime(TimeOnly.FromDateTime(a.Start)), tzid, true);

    /// <summary>
    /// FREQ=WEEKLY;INTERVAL=2 or FREQ=MONTHLY;BYDAY=1TU (-1TU for "the last"), with UNTIL: a date for an all-day
    /// activity, else the last start as UTC, as RFC 5545 requires next to a DTSTART with a TZID.
    /// </summary>
    public static string Rule(Activity a, ActivityRepeat r, TimeZoneInfo zone)
    {
        var day = a.Start.DayOfWeek.ToString()[..2].ToUpperInvariant();
        var rule = r.Unit == RepeatUnit.Week ? "FREQ=WEEKLY" : $"FREQ=MONTHLY;BYDAY={ActivitySchedule.WeekdayOfMonth(a.FirstDate)}{day}";
        if (r.Interval > 1) rule += $";INTERVAL={r.Interval}";
        if (r.Until is { } until)
        {
            var last = until.ToDateTime(TimeOnly.FromDateTime(a.Start));
            rule += a.AllDay
                ? $";UNTIL={until:yyyyMMdd}"
                : $";UNTIL={ActivitySchedule.Moment(last, zone).UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}";
        }
        return rule;
    }

    /// <summary>Before every coming activity and before any build's clock: where the zone's observances start.</summary>
    private static readonly DateTime ZoneFrom = new(2000, 1, 1);

    /// <summary>
    /// The zone's summer and winter time as observances with yearly rules, from <see cref="ZoneFrom"/> (or an earlier
    /// start). Ical.Net works the rules out from the date it is given up to the machine's clock, and throws when that date
    /// lies more than a year ahead; a fixed date in the past gives the same VTIMEZONE in every build. A zone whose clock
    /// has not changed since then (Caribbean Netherlands, Suriname) is one standard time: Ical.Net would write its last
    /// change, decades ago, as one that comes back every year.
    /// </summary>
    private static VTimeZone Zone(string tzid, TimeZoneInfo zone, IEnumerable<DateTime> starts)
    {
        var from = starts.Append(ZoneFrom).Min();
        var written = VTimeZone.FromDateTimeZone(tzid, from, includeHistoricalData: false);
        if (zone.GetAdjustmentRules().Any(r => r.DateEnd >= from && (r.DaylightDelta != TimeSpan.Zero || r.BaseUtcOffsetDelta != TimeSpan.Zero)))
            return written;
        var offset = new UtcOffset(zone.GetUtcOffset(from));
        var standard = new VTimeZoneInfo("STANDARD") { DtStart = new CalDateTime(from.Date), OffsetFrom = offset, OffsetTo = offset };
        if (written.TimeZoneInfos.LastOrDefault()?.TimeZoneName is { } name) standard.TimeZoneName = name;
        var fixedZone = new VTimeZone(tzid) { Location = written.Location };
        fixedZone.TimeZoneInfos.Add(standard);
        return fixedZone;
    }

    /// <summary>The IANA name of the zone (<c>Europe/Amsterdam</c>), which calendars know, also where the system calls it otherwise.</summary>
    public static string ZoneId(TimeZoneInfo zone) =>
        zone.HasIanaId ? zone.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : zone.Id;
}
