using System.Globalization;
using System.Text.RegularExpressions;
using Thuisbasis.Diagnostics;

namespace Thuisbasis.Content.Readers;

/// <summary>Reads <c>repeat: { every, until, except }</c> and checks its dates against the activity's own.</summary>
internal static partial class ActivityRepeatReader
{
    /// <param name="except">The <c>except</c> dates with their places in the file, for <see cref="CheckExcept"/>.</param>
    public static ActivityRepeat? Read(FieldReader r, DateTime start, out List<(DateOnly Date, SourcePosition At, string Text)> except)
    {
        except = [];
        if (r.Node("repeat") is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } daily } && IsEveryDay(daily))
        {
            EveryDay(r, "repeat", daily);
            return null;
        }
        if (r.Node("repeat") is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } said } && RepeatInWords.Read(said, start) is var (value, note))
        {
            r.Diagnostics.Error("TB0141", r.At("repeat"), $"`repeat` is `{said}`; zo kan het programma het niet lezen.",
                $"Schrijf `repeat: {{ every: {value} }}`; dan komt de activiteit {Meaning(value, start)}." + (note is null ? "" : " " + note));
            return null;
        }
        var m = r.Map("repeat", help: "Schrijf hoe vaak het terugkomt: `repeat: { every: week }`, `{ every: 2 weeks }` of `{ every: month }`.");
        if (m is null) return null;
        m.WarnUnknownKeys(KnownKeys.Repeat);
        var every = m.Text("every", required: true, help: "Schrijf hoe vaak: `every: week`, `every: 2 weeks` of `every: month`.");
        if (every is null) return null;
        if (Every(every) is not var (unit, interval))
        {
            if (IsEveryDay(every))
            {
                EveryDay(m, "every", every);
                return null;
            }
            if (RepeatInWords.Read(every, start) is var (meant, aside))
            {
                m.Diagnostics.Error("TB0141", m.At("every"), $"`repeat.every` is `{every}`; zo kan het programma het niet lezen.",
                    $"Schrijf `every: {meant}`; dan komt de activiteit {Meaning(meant, start)}." + (aside is null ? "" : " " + aside));
                return null;
            }
            var near = every.Trim().ToLowerInvariant() switch
            {
                "weeks" or "weken" or "wekelijk" => "week",
                "months" or "maanden" => "month",
                var other => Suggest.Closest(other, ["week", "2 weeks", "month"]),
            };
            m.Diagnostics.Error("TB0141", m.At("every"), $"`repeat.every` is `{every}`, maar dat kan niet.",
                (near is not null ? $"Bedoelde u `{near}`? " : "") + "Schrijf `week`, een aantal weken (`2 weeks`) of `month`.");
            return null;
        }
        DateOnly? until = null;
        if (m.Text("until") is { } untilText)
        {
            if (!Dates.TryParseLocal(untilText, out var u, out _))
                ActivityReader.NotADate(m, "until", untilText, "Schrijf de laatste datum: `until: 2027-06-30` of `until: 30-06-2027`.");
            else if (DateOnly.FromDateTime(u) < DateOnly.FromDateTime(start))
                m.Diagnostics.Error("TB0142", m.At("until"), $"`repeat.until` (`{untilText}`) ligt vóór `start` ({start:yyyy-MM-dd}).",
                    "Zet bij `until` de laatste datum waarop de activiteit nog is; die ligt na de eerste.");
            else until = DateOnly.FromDateTime(u);
        }
        except = DateList(m, "except", ActivitySchedule.RuleDates(DateOnly.FromDateTime(start), new ActivityRepeat(unit, interval, until, [])));
        return new ActivityRepeat(unit, interval, until, except.Select(d => d.Date).ToList());
    }

    /// <summary>
    /// Every day (or every working day) is no repeat of the agenda. "Write `week` or `month`" would be followed, and give one
    /// day a week; a few fixed days a week are an activity each.
    /// </summary>
    private static void EveryDay(FieldReader r, string key, string said) =>
        r.Diagnostics.Error("TB0141", r.At(key), $"`{(key == "every" ? "repeat.every" : key)}` is `{said}`, maar elke dag terugkomen kan niet.",
            "Komt het op vaste dagen van de week? Maak dan voor elke dag een eigen activiteit met `repeat: { every: week }`, zoals `inloop-maandag.md` en `inloop-dinsdag.md`.");

    private static bool IsEveryDay(string text) => Daily().IsMatch(text.Trim().ToLowerInvariant());

    [GeneratedRegex(@"^(?:(?:elke|iedere|ieder|alle|om de(?: \d+)?|\d+)\s+)?(?:werk)?(?:dag|dagen|days?|weekdays?|workdays?)$|^(?:dagelijks|daily|every ?day|werkdagelijks)$")]
    private static partial Regex Daily();

    private static string Meaning(string every, DateTime start) => every switch
    {
        "week" => "elke week terug op de dag van `start`",
        "month" => $"elke maand terug op dezelfde weekdag als `start`: nu de {RepeatInWords.OrdinalOf(DateOnly.FromDateTime(start))} {Dates.DayName(start.DayOfWeek)} van de maand",
        _ => $"om de {every.Split(' ')[0]} weken terug op de dag van `start`",
    };

    /// <summary><c>week</c>, <c>2 weeks</c>, <c>month</c> (and the Dutch words for them).</summary>
    private static (RepeatUnit, int)? Every(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        if (t is "week" or "weekly" or "wekelijks" or "1 week") return (RepeatUnit.Week, 1);
        if (t is "month" or "monthly" or "maand" or "maandelijks" or "1 month" or "1 maand") return (RepeatUnit.Month, 1);
        var m = Counted().Match(t);
        if (!m.Success || !int.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 1 or > 52)
            return null;
        return m.Groups["u"].Value.StartsWith('w') ? (RepeatUnit.Week, n) : (RepeatUnit.Month, n);
    }

    [GeneratedRegex(@"^(?<n>\d+)\s*(?<u>weeks|weken|months|maanden)$")]
    private static partial Regex Counted();

    /// <summary>A list of dates; each one that is not a date is reported, and left out.</summary>
    /// <param name="own">The activity's dates: a date that does not exist is suggested as the nearest of them.</param>
    public static List<(DateOnly Date, SourcePosition At, string Text)> DateList(FieldReader r, string key, IEnumerable<DateOnly> own)
    {
        var result = new List<(DateOnly, SourcePosition, string)>();
        foreach (var (text, at) in r.List(key))
        {
            if (Dates.TryParseLocal(text, out var d, out _)) result.Add((DateOnly.FromDateTime(d), at, text));
            else if (!ActivityReader.ImpossibleDate(r, at, key, text, own)) r.Diagnostics.Error("TB0102", at, $"`{key}` noemt `{text}`; dat is geen datum.",
                Dates.SuggestFromWords(text, r.Today, coming: true) is { } iso ? $"Schrijf de datum in cijfers: `{iso}`." : "Schrijf 2026-12-08 of 08-12-2026.");
        }
        return result;
    }

    /// <summary>Keeps the <c>except</c> dates that are dates of the rule; reports the others.</summary>
    public static ActivityRepeat CheckExcept(FieldReader r, Activity a, List<(DateOnly Date, SourcePosition At, string Text)> except)
    {
        var repeat = a.Repeat!;
        var rule = ActivitySchedule.RuleDates(a);
        var kept = new List<DateOnly>();
        foreach (var (date, at, text) in except)
        {
            if (IsOneOf(rule, date)) kept.Add(date);
            else NotOneOfItsDates(r, at, "repeat.except", text, date, rule);
        }
        return repeat with { Except = kept };
    }

    public static bool IsOneOf(IEnumerable<DateOnly> dates, DateOnly date) => dates.TakeWhile(d => d <= date).Contains(date);

    /// <summary>The date of <paramref name="dates"/> (in order) nearest to <paramref name="date"/>, within two months after it.</summary>
    public static DateOnly? Nearest(IEnumerable<DateOnly> dates, DateOnly date) =>
        dates.TakeWhile(d => d <= date.AddDays(62)).OrderBy(d => Math.Abs(d.DayNumber - date.DayNumber)).Cast<DateOnly?>().FirstOrDefault();

    /// <summary>
    /// TB0143 for a cancelled date a repeating activity never had for a reason the writer gave: it is one of
    /// <c>repeat.except</c>, or after <c>repeat.until</c>. The nearest other date was offered instead, and copying it called
    /// off a session that does take place. True when it said so.
    /// </summary>
    public static bool CancelledButNoDate(FieldReader r, SourcePosition at, string text, DateOnly date, Activity a, ActivityRepeat repeat)
    {
        var day = Dates.ToDutchWithDay(date);
        if (repeat.Except.Contains(date))
            r.Diagnostics.Error("TB0143", at, $"`cancelled` noemt `{text}` ({day}), maar die datum staat ook bij `repeat.except`: op die dag is de activiteit er al niet.",
                "Laat de datum alleen bij `except` staan en haal hem bij `cancelled` weg. Wilt u bezoekers laten weten dat het die dag niet doorgaat, zet hem dan alleen bij `cancelled`.");
        else if (repeat.Until is { } until && date > until)
            r.Diagnostics.Error("TB0143", at, $"`cancelled` noemt `{text}` ({day}), maar de activiteit herhaalt tot en met {Dates.ToDutchWithDay(until)} (`until`).",
                "Is er die dag toch een keer, zet `until` dan op die datum of later; anders kan de datum bij `cancelled` weg.");
        else return false;
        return true;
    }

    public static void NotOneOfItsDates(FieldReader r, SourcePosition at, string key, string text, DateOnly date, IEnumerable<DateOnly> dates)
    {
        var nearest = Nearest(dates, date);
        r.Diagnostics.Error("TB0143", at, $"`{key}` noemt `{text}` ({Dates.ToDutchWithDay(date)}), maar dat is geen datum van deze activiteit.",
            nearest is { } n
                ? $"Bedoelde u {Dates.ToDutchWithDay(n)} (`{n:yyyy-MM-dd}`)? Zet hier alleen datums waarop de activiteit anders zou zijn."
                : "Zet hier alleen datums waarop de activiteit anders zou zijn.");
    }
}
