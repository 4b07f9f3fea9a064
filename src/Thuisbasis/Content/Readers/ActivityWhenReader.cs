using System.Globalization;
using System.Text.RegularExpressions;

namespace Thuisbasis.Content.Readers;

/// <summary>
/// Reads an activity's <c>start</c> and <c>end</c> as wall-clock times. What cannot be read gets a message that shows
/// the writer's own value written the way that works (<c>9u</c> → <c>09:00</c>, <c>14:00-16:00</c> → <c>start</c> and
/// <c>end</c>); a time that does not exist because the clocks go forward is reported by <see cref="CheckClockChange"/>.
/// </summary>
internal static partial class ActivityWhenReader
{
    /// <summary>
    /// <c>start</c> and <c>end</c> as wall-clock times; null (with a message) without a usable start, and <c>EndOk</c>
    /// false (with a message) when only <c>end</c> is wrong, so the rest of the activity is still checked.
    /// </summary>
    public static (DateTime Start, DateTime End, bool AllDay, bool EndOk)? Read(FieldReader r, TimeZoneInfo zone)
    {
        var startText = r.Text("start", required: true, help: "Schrijf wanneer het begint: `start: 2026-12-08 10:00` (of alleen een datum voor de hele dag).");
        if (startText is null) return null;
        if (!Dates.TryParseLocal(startText, out var start, out var hasTime))
        {
            if (WithZone(r, "start", startText, zone)) return null;
            if (Said(r, "start", startText, null) is var (said, sure))
            {
                if (!sure) return null;
                (start, hasTime) = (said, true);
            }
            else
            {
                if (!ActivityReader.ImpossibleDate(r, r.At("start"), "start", startText))
                    r.Diagnostics.Error("TB0102", r.At("start"), WithRange(startText)
                            ? $"`start` is `{startText}`: een begin- en een eindtijd; bij `start` hoort alleen het begin."
                            : $"`start` is `{startText}`; dat is geen datum.", StartHelp(startText, r.Today));
                return null;
            }
        }
        var allDay = !hasTime;
        var endWrong = (start, allDay ? start.AddDays(1) : start.AddHours(1), allDay, false);
        var endText = r.Text("end");
        DateTime end;
        if (endText is null) end = allDay ? start.AddDays(1) : start.AddHours(1);
        else if (Dates.TryParseTime(endText, out var time))
        {
            if (allDay)
            {
                r.Diagnostics.Error("TB0140", r.At("end"), $"`end` is een tijd (`{endText}`), maar `start` heeft geen tijd.",
                    $"Zet de begintijd achter de datum: `start: {Iso(start)} 10:00`, of haal `end` weg voor een activiteit van de hele dag.");
                return endWrong;
            }
            end = start.Date + time.ToTimeSpan();
        }
        else if (Dates.TryParseLocal(endText, out var endDate, out var endHasTime))
        {
            if (!endHasTime && !allDay)
            {
                r.Diagnostics.Error("TB0140", r.At("end"), $"`end` is een datum zonder tijd (`{endText}`), maar `start` heeft een tijd.",
                    $"Zet de eindtijd achter de datum: `end: {Iso(endDate)} 16:00`.");
                return endWrong;
            }
            if (endHasTime && allDay)
            {
                r.Diagnostics.Error("TB0140", r.At("end"), $"`end` heeft een tijd (`{endText}`), maar `start` heeft geen tijd.",
                    $"Zet de begintijd achter de datum: `start: {Iso(start)} 10:00`, of schrijf bij `end` alleen de laatste dag: `end: {Iso(endDate)}`.");
                return endWrong;
            }
            end = endHasTime ? endDate : endDate.AddDays(1);
        }
        else if (Said(r, "end", endText, start) is var (said, sure))
        {
            if (!sure) return endWrong;
            end = said;
        }
        else
        {
            if (!WithZone(r, "end", endText, zone)) NotAnEnd(r, endText, start);
            return endWrong;
        }
        if (end <= start)
        {
            var help = allDay ? "Zet bij `end` de laatste dag, op of na `start`; of haal `end` weg (dan duurt het de hele dag)."
                : endText is not null && Dates.TryParseTime(endText, out var t) && end < start && t.Hour < 6
                    ? $"Gaat het door na middernacht? Schrijf dan de datum erbij: `end: {Iso(start.AddDays(1))} {Clock(t)}`."
                    : "Zet bij `end` een tijd later dan het begin, of een latere datum; of haal `end` weg (dan duurt het een uur).";
            r.Diagnostics.Error("TB0140", r.At("end"), $"`end` (`{endText}`) ligt niet na `start` (`{startText}`).", help);
            return endWrong;
        }
        return (start, end, allDay, true);
    }

    /// <summary>
    /// Whether <paramref name="text"/> is a date with a time range (<c>2026-12-10 19:30 - 21:00</c>): the date is right,
    /// so "dat is geen datum" named the wrong mistake.
    /// </summary>
    private static bool WithRange(string text) =>
        DateAndTime().Match(text.Trim()) is { Success: true } parts && Range(parts.Groups["t"].Value) is not null;

    /// <summary>How to write a <c>start</c> that is not a date: its date and time apart, each as it works.</summary>
    private static string StartHelp(string text, DateOnly today)
    {
        if (DateAndTime().Match(text.Trim()) is { Success: true } parts)
        {
            var written = Dates.TryParseLocal(parts.Groups["d"].Value, out var d, out var dHasTime) && !dHasTime;
            var date = written ? Iso(d) : Dates.SuggestFromWords(parts.Groups["d"].Value, today, coming: true);
            var timeText = parts.Groups["t"].Value;
            if (date is not null && Range(timeText) is var (from, to))
                return $"Schrijf het begin en het einde apart: `start: {date} {from}` en `end: \"{to}\"`.";
            var time = Dates.TryParseTime(timeText, out var t) ? Clock(t) : SpokenTime(timeText) is (var said, null) ? Clock(said) : null;
            if (date is not null && time is not null)
                return written ? $"Schrijf de tijd met een dubbele punt: `start: {date} {time}`."
                    : $"Schrijf de datum in cijfers: `start: {date} {time}`." + WeekdayNote(parts.Groups["d"].Value, date);
        }
        // `07-12-26 10:00`: the year in two digits. The fixed example below looked like the correction, and copying it
        // moved the activity to another day.
        if (ShortYear().Match(text.Trim()) is { Success: true } y && DateOnly.TryParseExact(
                $"20{y.Groups["y"].Value}-{y.Groups["m"].Value.PadLeft(2, '0')}-{y.Groups["d"].Value.PadLeft(2, '0')}", "yyyy-MM-dd",
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var full))
        {
            var time = y.Groups["t"].Success && Dates.TryParseTime(y.Groups["t"].Value, out var t) ? " " + Clock(t) : "";
            return $"Schrijf het jaar helemaal: `start: {full:yyyy-MM-dd}{time}`.";
        }
        return Dates.SuggestFromWords(text, today, coming: true) is { } iso ? $"Schrijf de datum in cijfers: `start: {iso}`." + WeekdayNote(text, iso)
            : "Schrijf de datum als jaar-maand-dag en de tijd met een dubbele punt, zoals 2026-12-08 10:00 voor 8 december 2026 om tien uur.";
    }

    [GeneratedRegex(@"^(?<d>\d{1,2})[-/.](?<m>\d{1,2})[-/.](?<y>\d{2})(?:\s+(?<t>\d{1,2}[:.]\d{2}))?$")]
    private static partial Regex ShortYear();

    /// <summary>" Let op: 5 december 2026 is een zaterdag, geen vrijdag." when the writer named a day that the date is not.</summary>
    internal static string WeekdayNote(string text, string iso)
    {
        var first = text.Trim().Split(' ', 2)[0].ToLowerInvariant();
        var named = Enum.GetValues<DayOfWeek>().Cast<DayOfWeek?>().FirstOrDefault(d => Dates.DayName(d!.Value) == first);
        var date = DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return named is { } day && day != date.DayOfWeek
            ? $" Let op: {Dates.ToDutch(date)} is een {Dates.DayName(date.DayOfWeek)}, geen {Dates.DayName(day)}." : "";
    }

    /// <summary>
    /// A date and time with a zone (<c>Z</c>, <c>+01:00</c>), as calendar exports write them: reported with the same moment
    /// as a wall-clock time in the site's zone, which is what the writer should put.
    /// </summary>
    private static bool WithZone(FieldReader r, string key, string text, TimeZoneInfo zone)
    {
        // "10:00-12:00" after a date reads as an offset of -12:00 too; writers mean a range by it, exports write a T.
        var t = text.Trim();
        if (!(t.Contains('T') || t.EndsWith('Z') || t.EndsWith('z') || t.Contains('+'))) return false;
        if (!Dates.TryParse(t, zone, out var moment) || Dates.TryParseLocal(t, out _, out _)) return false;
        var local = TimeZoneInfo.ConvertTime(moment, zone).DateTime;
        var whose = AgendaZoneName(zone);
        r.Diagnostics.Error("TB0102", r.At(key), $"`{key}` is `{text}`; daar staat een tijdzone achter.",
            $"Alle tijden zijn {whose}. Schrijf `{key}: {Iso(local)} {Clock(local)}`.");
        return true;
    }

    private static string AgendaZoneName(TimeZoneInfo zone) =>
        zone.Id is "Europe/Amsterdam" or "W. Europe Standard Time" ? "Nederlandse tijd" : $"tijden van de site (`timezone: {zone.Id}`)";

    /// <summary>An <c>end</c> that is neither a time nor a date: 24:00, a range, or something else.</summary>
    private static void NotAnEnd(FieldReader r, string text, DateTime start)
    {
        var at = r.At("end");
        if (Midnight().IsMatch(text.Trim()))
            r.Diagnostics.Error("TB0102", at, $"`end` is `{text}`; die tijd bestaat niet.",
                $"Eindigt het om middernacht? Schrijf dan de volgende dag: `end: {Iso(start.AddDays(1))} 00:00`.");
        else if (Range(text) is var (_, to))
            r.Diagnostics.Error("TB0102", at, $"`end` is `{text}`; dat is geen tijd.", $"Zet bij `end` alleen de eindtijd: `end: \"{to}\"`.");
        else
            ActivityReader.NotADate(r, "end", text, "Schrijf een tijd (`end: \"12:00\"`) of een datum met tijd (`end: 2026-12-08 12:00`).");
    }

    /// <summary>
    /// Reports a <c>start</c> or <c>end</c> (as written) that does not exist on one of the activity's dates: the hour the
    /// clocks skip when summer time starts. Moved on by that hour, 02:30 to 03:30 became "03:30 tot 03:30"; the writer
    /// knows what was meant. An end the writer did not write (an hour after the start) is that hour, summer time or not.
    /// </summary>
    public static bool CheckClockChange(FieldReader r, Activity a, TimeZoneInfo zone)
    {
        var time = TimeOnly.FromDateTime(a.Start).ToTimeSpan();
        var endWritten = r.Has("end");
        bool startSkipped = false, endSkipped = false;
        foreach (var date in ActivitySchedule.Dates(a).Take(ActivitySchedule.MostDates))
        {
            var start = date.ToDateTime(TimeOnly.MinValue) + time;
            var end = start + a.Duration;
            if (!startSkipped && zone.IsInvalidTime(start))
            {
                Skipped(r, "start", start, zone, a.Repeat is null ? null : date);
                startSkipped = true;
            }
            if (endWritten && !endSkipped && zone.IsInvalidTime(end))
            {
                Skipped(r, "end", end, zone, a.Repeat is null ? null : date);
                endSkipped = true;
            }
            if (startSkipped && (endSkipped || !endWritten)) break;
        }
        return !startSkipped && !endSkipped;
    }

    /// <param name="except">For a repeating activity, the date to skip instead (the date it starts, also for an end after midnight).</param>
    private static void Skipped(FieldReader r, string key, DateTime local, TimeZoneInfo zone, DateOnly? except)
    {
        var (from, to) = (local, local);
        while (zone.IsInvalidTime(from.AddMinutes(-1))) from = from.AddMinutes(-1);
        while (zone.IsInvalidTime(to)) to = to.AddMinutes(1);
        r.Diagnostics.Error("TB0145", r.At(key),
            $"`{key}` is `{r.Text(key)}`, maar op {Dates.ToDutchWithDay(DateOnly.FromDateTime(local))} bestaat {Clock(local)} niet: die nacht gaat de klok van {Clock(from)} naar {Clock(to)}.",
            $"Kies een tijd vóór {Clock(from)} of vanaf {Clock(to)}" + (except is { } d ? $", of zet {d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} bij `repeat.except`." : "."));
    }

    /// <summary>
    /// A time as people say it, after a date in digits or (for <c>end</c>) alone: <c>14.00 uur</c>, <c>14u</c>,
    /// <c>9.30 uur</c>, <c>2 uur 's middags</c>. One that can mean only one time is error TB0146 with the line to write;
    /// <c>2 uur</c> or <c>8u</c> (night or afternoon, morning or evening) is an error that names both. Null: not a time said that way, for the other messages to explain.
    /// </summary>
    private static (DateTime Value, bool Sure)? Said(FieldReader r, string key, string text, DateTime? start)
    {
        var t = text.Trim();
        string? datePart = null;
        var timePart = t;
        DateTime day;
        if (start is { } s && SpokenTime(t) is not null) day = s.Date;
        else
        {
            var m = DateThenRest().Match(t);
            if (!m.Success || !Dates.TryParseLocal(m.Groups["d"].Value, out day, out var dateHasTime) || dateHasTime) return null;
            (datePart, timePart) = (m.Groups["d"].Value, m.Groups["t"].Value);
        }
        if (SpokenTime(timePart) is not var (early, late)) return null;
        // An end hour on the day itself is the one of its two readings after the start ("4 uur" after 14:00 is 16:00).
        if (late is { } other && start is { } from && datePart is null)
            (early, late) = (early.ToTimeSpan() > from.TimeOfDay ? early : other, null);
        string Write(TimeOnly x) => datePart is null ? $"`{key}: \"{Clock(x)}\"`" : $"`{key}: {datePart} {Clock(x)}`";
        if (late is not { } later)
        {
            // The content model accepts dates and times in two ways and calls anything else an error; this one says exactly
            // what to write, and the value is kept so no second message (an end before the start) follows from it.
            r.Diagnostics.Error("TB0146", r.At(key), $"`{key}` is `{text}`; zo kan het programma de tijd niet lezen. U bedoelt {Clock(early)}.", $"Schrijf {Write(early)}.");
            return (day + early.ToTimeSpan(), true);
        }
        var which = early.Hour < 6 ? "'s nachts of 's middags" : "'s ochtends of 's avonds";
        r.Diagnostics.Error("TB0102", r.At(key), $"`{key}` is `{text}`; dat kan {Clock(early)} of {Clock(later)} zijn.",
            $"Bedoelt u {which}? Schrijf {Write(early)} of {Write(later)}.");
        return (default, false);
    }

    /// <summary>The time a spoken time means, or its two readings (<c>Late</c>) when the hour can be either half of the day.</summary>
    private static (TimeOnly Early, TimeOnly? Late)? SpokenTime(string text)
    {
        var m = Spoken().Match(text.Trim().ToLowerInvariant().Replace('’', '\'').Replace('‘', '\''));
        if (!m.Success || !m.Groups["u"].Success && !m.Groups["part"].Success) return null;
        var hText = m.Groups["h"].Value;
        var h = int.Parse(hText, CultureInfo.InvariantCulture);
        var minutes = m.Groups["m"].Success ? m.Groups["m"].Value : m.Groups["m2"].Success ? m.Groups["m2"].Value : null;
        var mi = minutes is null ? 0 : int.Parse(minutes, CultureInfo.InvariantCulture);
        if (h > 23 || mi > 59) return null;
        var part = m.Groups["part"].Value;
        int? hour = part switch
        {
            "" => h,
            _ when part.Contains("ochtend") || part.Contains("morgen") => h < 12 ? h : null,
            _ when part.Contains("nacht") => h <= 5 ? h : h is 10 or 11 ? h + 12 : h == 12 ? 0 : null,
            _ => h < 12 ? h + 12 : h,
        };
        if (hour is not { } sure) return null;
        var time = new TimeOnly(sure, mi);
        var either = part.Length == 0 && minutes is null && h is >= 1 and <= 11 && !hText.StartsWith('0');
        return either ? (time, time.AddHours(12)) : (time, null);
    }

    /// <summary><c>14:00-16:00</c> or <c>14.00 tot 16.00 uur</c> as its two times.</summary>
    private static (string From, string To)? Range(string text)
    {
        var m = TimeRange().Match(text.Trim().ToLowerInvariant());
        if (!m.Success) return null;
        return Dates.TryParseTime(m.Groups["a"].Value, out var a) && Dates.TryParseTime(m.Groups["b"].Value, out var b) ? (Clock(a), Clock(b)) : null;
    }

    private static string Iso(DateTime d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static string Clock(TimeOnly t) => t.ToString("HH:mm", CultureInfo.InvariantCulture);
    private static string Clock(DateTime t) => t.ToString("HH:mm", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<d>.*?[\da-z])\.?\s+(?<t>\d{1,2}(?:[:.]\d{2})?\s*(?:u|uur|h)?(?:\d{2})?(?:\s*(?:-|–|tot)\s*\d{1,2}[:.]\d{2}(?:\s*uur)?)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex DateAndTime();

    [GeneratedRegex(@"^(?<a>\d{1,2}[:.]\d{2})\s*(?:-|–|tot)\s*(?<b>\d{1,2}[:.]\d{2})(?:\s*uur)?$")]
    private static partial Regex TimeRange();

    [GeneratedRegex(@"^(?<h>\d{1,2})(?:[:.](?<m>\d{2}))?\s*(?<u>uur|u|h)?(?<m2>\d{2})?(?:\s*(?<part>'s\s*(?:ochtends|morgens|middags|avonds|nachts)|in de (?:ochtend|morgen|middag|avond|nacht)))?$")]
    private static partial Regex Spoken();

    [GeneratedRegex(@"^(?<d>\S+)\s+(?<t>.+)$")]
    private static partial Regex DateThenRest();

    [GeneratedRegex(@"^24[:.]00$")]
    private static partial Regex Midnight();
}
