using System.CommandLine;
using Thuisbasis.Checks;
using Thuisbasis.Diagnostics;
using Thuisbasis.Pipeline;

namespace Thuisbasis.Cli;

/// <summary><c>check</c>: builds into a temporary folder and checks every internal link, anchor and file the pages refer to.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var common = new CommonOptions();
        var command = new Command("check", "Controleer de site: bouwt in een tijdelijke map en test elke link, elk #anker en elk plaatje.");
        common.AddTo(command);
        command.SetAction(parse =>
        {
            var temp = Path.Combine(Path.GetTempPath(), "thuisbasis-check-" + Guid.NewGuid().ToString("N")[..12]);
            var options = common.Read(parse, stderr, temp);
            if (options is null) return SiteHost.WrongUsage;
            try
            {
                var result = new SiteEngine(options).BuildAndWrite();
                var diagnostics = new DiagnosticBag();
                diagnostics.AddRange(result.Diagnostics);
                var links = new LinkChecker(options.Root);
                if (result.Succeeded) links.Check(result, diagnostics);
                var all = diagnostics.Sorted();
                foreach (var d in all) (d.IsError ? stderr : stdout).WriteLine(d.ToString());
                var errors = all.Count(d => d.IsError);
                stdout.WriteLine($"Gecontroleerd: {Report.Count(links.PagesChecked, "pagina", "pagina's")}, {Report.Count(links.LinksChecked, "link", "links")}; " +
                                 $"{Report.Count(errors, "fout", "fouten")}, {Report.Count(all.Count - errors, "waarschuwing", "waarschuwingen")}.");
                return errors > 0 ? SiteHost.ContentProblems : SiteHost.Ok;
            }
            finally
            {
                if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
            }
        });
        return command;
    }
}
