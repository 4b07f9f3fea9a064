using System.CommandLine;
using Thuisbasis.Pipeline;

namespace Thuisbasis.Cli;

internal static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var common = new CommonOptions();
        var output = new Option<string?>("--output") { Description = "Waar de site komt. Standaard: output/ in de map van de site." };
        var command = new Command("build", "Bouw de site in de map output/. Bij fouten blijft de vorige versie staan.");
        common.AddTo(command);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            var options = common.Read(parse, stderr, parse.GetValue(output), parse.GetValue(common.Drafts) ? "drafts" : "production");
            if (options is null) return SiteHost.WrongUsage;
            var result = new SiteEngine(options).BuildAndWrite();
            Report.Diagnostics(result, stdout, stderr);
            if (!result.Succeeded)
            {
                stderr.WriteLine($"De site is niet gebouwd: {Report.Count(result.ErrorCount, "fout", "fouten")}. De vorige versie in {Report.Display(options.OutputPath)} is niet aangeraakt.");
                return SiteHost.ContentProblems;
            }
            Report.Summary(result, options, stdout);
            return SiteHost.Ok;
        });
        return command;
    }
}
