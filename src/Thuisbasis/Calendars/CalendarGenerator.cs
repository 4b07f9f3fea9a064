using Thuisbasis.Output;
using Thuisbasis.Rendering;
using Thuisbasis.Model;

namespace Thuisbasis.Calendars;

/// <summary>
/// Writes <c>/activiteiten/agenda.ics</c> (every coming activity) and, next to each activity's page,
/// <c>/activiteiten/&lt;slug&gt;/agenda.ics</c>: the "Zet in mijn agenda" link. Inside the page's own folder, so no
/// activity's name can clash with the agenda's file. An ended activity keeps no calendar; a draft gets one only in a
/// build that shows drafts.
/// </summary>
public sealed class CalendarGenerator : IOutputGenerator
{
    public const string AgendaPath = "/activiteiten/agenda.ics";
    public const string MediaType = "text/calendar";

    public IEnumerable<OutputFile> Generate(Site site, IReadOnlyList<PageModel> pages)
    {
        var listed = site.Activities.Where(a => a.Marker is null).ToList();
        yield return OutputFile.Text(AgendaPath.TrimStart('/'),
            AgendaCalendar.Write(site, listed, $"{site.Settings.Name}: agenda"), "(agenda)");
        foreach (var a in site.Activities)
            yield return OutputFile.Text(a.IcsUrl.TrimStart('/'), AgendaCalendar.Write(site, [a], a.Title), a.SourcePath);
    }
}
