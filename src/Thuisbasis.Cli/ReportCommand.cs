using System.CommandLine;
using Thuisbasis.Reporting;

namespace Thuisbasis.Cli;

/// <summary>
/// <c>report</c>: the content health report. Builds the site in memory as production would, writes
/// <c>report/index.html</c> next to <c>output/</c> (never into it: the report names staff) and prints a short summary,
/// or with <c>--json</c> only the figures.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var common = new CommonOptions();
        var json = new Option<bool>("--json") { Description = "Druk alleen de cijfers af, als JSON (voor scripts)." };
        var command = new Command("report", "Maak het gezondheidsrapport van de inhoud in report/index.html: ritme, stemmen, ambassadeurs, vacatures, toestemming, leesbaarheid, vindbaarheid en een deelkit.");
        command.Options.Add(common.Root);
        command.Options.Add(common.Date);
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            var options = common.Read(parse, stderr);
            if (options is null) return SiteHost.WrongUsage;
            var (report, diagnostics) = HealthReport.Make(options.Root, options.Date);
            if (report is null)
            {
                foreach (var d in diagnostics.Where(d => d.IsError)) stderr.WriteLine(d.ToString());
                stderr.WriteLine("Er is geen rapport gemaakt: de site bouwt niet. Los eerst de fouten hierboven op.");
                return SiteHost.ContentProblems;
            }
            var path = report.Write(options.Root);
            if (parse.GetValue(json))
            {
                stdout.WriteLine(report.Json());
                return SiteHost.Ok;
            }
            Summary(report.Figures, path, stdout);
            return SiteHost.Ok;
        });
        return command;
    }

    private static void Summary(HealthFigures f, string path, TextWriter stdout)
    {
        var r = f.Rhythm;
        stdout.WriteLine($"Gezondheidsrapport: {Report.Display(path)} (alleen voor het team; niet in output/ en niet in Git).");
        stdout.WriteLine($"  Ritme: {Report.Count(r.StoriesLast12Months, "verhaal", "verhalen")} in 12 maanden, gemiddeld {ReportPage.N(r.StoriesPerMonth)} per maand (doel {r.TargetStoriesPerMonth})" +
            (r.DaysSinceLastStory is { } days ? $"; het laatste {Report.Count(days, "dag", "dagen")} geleden." : "; nog geen verhaal.") +
            $" Activiteiten begonnen in 12 maanden: {r.Series.Single(x => x.Key == "activities").Total}.");
        stdout.WriteLine($"  Stemmen: {f.Voices.ClientSharePercent}% van de verhalen in de eigen woorden van een cliënt; {Report.Count(f.Voices.ServicesWithoutVoice.Count, "dienst", "diensten")} zonder verhaal of aanbeveling.");
        stdout.WriteLine($"  Ambassadeurs: {Report.Count(f.Ambassadors.NeverWrote.Count, "medewerker schreef", "medewerkers schreven")} nog nooit een verhaal.");
        stdout.WriteLine($"  Vacatures: {f.Vacancies.Open} open, {f.Vacancies.ClosingWithinTwoWeeks} sluiten binnen twee weken.");
        stdout.WriteLine($"  Toestemming: {f.Consent.AskAgain.Count} opnieuw vragen (ouder dan twee jaar), {f.Consent.MissingDate.Count} zonder datum.");
        int Of(string kind) => f.ShareKit.Count(i => i.Kind == kind);
        stdout.WriteLine($"  Deelkit: {Report.Count(f.ShareKit.Sum(i => i.Posts.Count), "bericht", "berichten")} klaar om te plaatsen, voor " +
            $"{Report.Count(Of("story"), "verhaal", "verhalen")}, {Report.Count(Of("vacancy"), "vacature", "vacatures")} en {Report.Count(Of("activity"), "activiteit", "activiteiten")}.");
    }
}
