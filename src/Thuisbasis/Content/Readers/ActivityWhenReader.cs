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
            r.Diagnostics.Error("TB0102", r.At("start"), $"`start` is `{startText}`; dat is geen datum.", StartHelp(startText));
            return null;
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
            end = endHasTime ? endDate : endDate.AddDays(1);
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

    /// <summary>How to write a <c>start</c> that is not a date: its date and time apart, each as it works.</summary>
    private static string StartHelp(string text)
    {
        if (DateAndTime().Match(text.Trim()) is { Success: true } parts)
        {
            var written = Dates.TryParseLocal(parts.Groups["d"].Value, out var d, out var dHasTime) && !dHasTime;
            var date = written ? Iso(d) : Dates.SuggestFromWords(parts.Groups["d"].Value, coming: true);
            var timeText = parts.Groups["t"].Value;
            if (date is not null && Range(timeText) is var (from, to))
                return $"Schrijf het begin en het einde apart: `start: {date} {from}` en `end: \"{to}\"`.";
            var time = Dates.TryParseTime(timeText, out var t) ? Clock(t) : LooseTime(timeText);
            if (date is not null && time is not null)
                return written ? $"Schrijf de tijd met een dubbele punt: `start: {date} {time}`." : $"Schrijf de datum in cijfers: `start: {date} {time}`.";
        }
        return Dates.SuggestFromWords(text, coming: true) is { } iso ? $"Schrijf de datum in cijfers: `{iso}`."
            : "Schrijf `start: 2026-12-08 10:00` of `start: 08-12-2026 10:00`.";
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

    /// <summary>An <c>end</c> that is neither a time nor a date: 24:00, a range, a time with "uur", or something else.</summary>
    private static void NotAnEnd(FieldReader r, string text, DateTime start)
    {
        var at = r.At("end");
        if (Midnight().IsMatch(text.Trim()))
            r.Diagnostics.Error("TB0102", at, $"`end` is `{text}`; die tijd bestaat niet.",
                $"Eindigt het om middernacht? Schrijf dan de volgende dag: `end: {Iso(start.AddDays(1))} 00:00`.");
        else if (Range(text) is var (_, to))
            r.Diagnostics.Error("TB0102", at, $"`end` is `{text}`; dat is geen tijd.", $"Zet bij `end` alleen de eindtijd: `end: \"{to}\"`.");
        else if (LooseTime(text) is { } time)
            r.Diagnostics.Error("TB0102", at, $"`end` is `{text}`; dat is geen tijd.", $"Schrijf de tijd zo: `end: \"{time}\"`.");
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

    /// <summary>A time as writers also put it, <c>9u</c>, <c>9 uur</c>, <c>14.00 uur</c>, <c>14u30</c>, as <c>HH:mm</c>; null otherwise.</summary>
    private static string? LooseTime(string text)
    {
        var m = Loose().Match(text.Trim().ToLowerInvariant());
        if (!m.Success) return null;
        var h = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minutes = m.Groups["m"].Success ? m.Groups["m"].Value : m.Groups["m2"].Success ? m.Groups["m2"].Value : "00";
        var mi = int.Parse(minutes, CultureInfo.InvariantCulture);
        return h <= 23 && mi <= 59 ? $"{h:00}:{mi:00}" : null;
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

    [GeneratedRegex(@"^(?<d>.*?\d)\s+(?<t>\d{1,2}(?:[:.]\d{2})?\s*(?:u|uur|h)?(?:\d{2})?(?:\s*(?:-|–|tot)\s*\d{1,2}[:.]\d{2}(?:\s*uur)?)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex DateAndTime();

    [GeneratedRegex(@"^(?<h>\d{1,2})(?:[:.](?<m>\d{2}))?\s*(?:uur|u|h)(?<m2>\d{2})?$")]
    private static partial Regex Loose();

    [GeneratedRegex(@"^(?<a>\d{1,2}[:.]\d{2})\s*(?:-|–|tot)\s*(?<b>\d{1,2}[:.]\d{2})(?:\s*uur)?$")]
    private static partial Regex TimeRange();

    [GeneratedRegex(@"^24[:.]00$")]
    private static partial Regex Midnight();
}
