using Thuisbasis.Output;
using Thuisbasis.Rendering;
using Thuisbasis.Model;

namespace Thuisbasis.Calendars;

/// <summary>
/// Writes <c>/activiteiten/agenda.ics</c> (every coming activity) and, next to each activity's page,
/// <c>/activiteiten/&lt;slug&gt;/agenda.ics</c>: the "Zet in mijn agenda" link. Inside the page's own folder, so no
/// activity's name can clash with the agenda's file. An ended activity keeps no calendar of its own, but stays in the
/// agenda for <see cref="EndedKeptDays"/> days; a draft gets one only in a build that shows drafts.
/// </summary>
public sealed class CalendarGenerator : IOutputGenerator
{
    public const string AgendaPath = "/activiteiten/agenda.ics";
    public const string MediaType = "text/calendar";

    /// <summary>How long an ended activity stays in <see cref="AgendaPath"/> after its last date (about three months).</summary>
    public const int EndedKeptDays = 92;

    public IEnumerable<OutputFile> Generate(Site site, IReadOnlyList<PageModel> pages)
    {
        // An activity that ended lately stays in the subscribed agenda: a calendar app removes what the feed no longer has,
        // and the Tuesdays someone went to would vanish from their calendar the day after the last one.
        var since = site.Today.AddDays(-EndedKeptDays);
        var listed = site.Activities.Where(a => a.Marker is null)
            .Concat(site.AllActivities.Where(a => a.HasEnded && !a.Source.Draft && Content.ActivitySchedule.LastDate(a.Source) >= since))
            .ToList();
        yield return OutputFile.Text(AgendaPath.TrimStart('/'),
            AgendaCalendar.Write(site, listed, $"{site.Settings.Name}: agenda"), "(agenda)");
        foreach (var a in site.Activities)
            yield return OutputFile.Text(a.IcsUrl.TrimStart('/'), AgendaCalendar.Write(site, [a], a.Title), a.SourcePath);
    }
}
