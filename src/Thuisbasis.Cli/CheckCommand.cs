using System.CommandLine;
using Thuisbasis.Checks;
using Thuisbasis.Diagnostics;
using Thuisbasis.Images;
using Thuisbasis.Pipeline;
using Thuisbasis.Content.Settings;

namespace Thuisbasis.Cli;

/// <summary>
/// <c>check</c>: builds into a temporary folder and checks every internal link, anchor and file, the accessibility gates
/// (alt text, one h1, heading order, well-formed HTML) and plain language; exits 1 when any error was found.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var common = new CommonOptions();
        var command = new Command("check", "Controleer de site: bouwt in een tijdelijke map en test links (ook naar een plek op een pagina), plaatjes, koppen, alt-teksten en eenvoudige taal.");
        common.AddTo(command);
        command.SetAction(parse =>
        {
            var temp = Path.Combine(Path.GetTempPath(), "thuisbasis-check-" + Guid.NewGuid().ToString("N")[..12]);
            var options = common.Read(parse, stderr, temp);
            if (options is null) return SiteHost.WrongUsage;
            try
            {
                if (WhileFilesChange.Build(() => new SiteEngine(options) { Incremental = false, IndexSearch = false }.BuildAndWrite(), stderr) is not { } result)
                    return SiteHost.ContentProblems;
                var diagnostics = new DiagnosticBag();
                // A link that leads nowhere fails check, also when the build only warned that it names a missing file or an
                // address that is not on the site (the link checker leaves those links to these messages).
                // A photo without a description in a text is an error here (TB0502, at the same place): the build's warning
                // about it (TB0164) is not said a second time.
                diagnostics.AddRange(result.Diagnostics.Where(d => d.Code != ImageChecks.NothingBetweenTheBracketsCode)
                    .Select(d => d.Code is LinkChecker.FileLinkCode or DeadTextLinks.Code ? d with { Severity = Severity.Error } : d));
                var links = new LinkChecker(options.Root);
                var plain = new PlainLanguageChecker(options.Root, result.Site?.Settings.PlainLanguage ?? new PlainLanguageSettings());
                if (result.Succeeded)
                {
                    links.Check(result, diagnostics);
                    var pages = BuiltPages.Parse(result);
                    new HtmlQualityChecker(options.Root).Check(pages, diagnostics);
                    plain.Check(pages, diagnostics);
                    BrandContrast.Check(options.Root, result.Site!.Settings.Brand, diagnostics);
                    EventPlaceCheck.Check(options.Root, result.Site!, diagnostics);
                    PrivacyStatementCheck.Check(options.Root, result.Site!, diagnostics);
                }
                var all = diagnostics.Sorted();
                Report.Print(all, stdout, stderr);
                var errors = all.Count(d => d.IsError);
                CheckReport.Write(new CheckReport.Totals(links.PagesChecked, links.LinksChecked, all, plain.Scores), stdout);
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
