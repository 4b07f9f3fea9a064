using System.CommandLine;
using Thuisbasis.Model;
using Thuisbasis.Pipeline;

namespace Thuisbasis.Cli;

internal static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var common = new CommonOptions();
        var output = new Option<string?>("--output") { Description = "Waar de site komt. Standaard: output/ in de map van de site." };
        var context = new Option<string>("--context")
        {
            Description = "Voor welke versie: production (de echte site), deploy-preview of branch-deploy (voorbeeldversies met concepten, niet geïndexeerd). Netlify geeft dit door als $CONTEXT.",
            DefaultValueFactory = _ => DeployContext.Production,
        };
        context.AcceptOnlyFromAmong([.. DeployContext.All]);
        var command = new Command("build", "Bouw de site in de map output/. Bij fouten blijft de vorige versie staan.");
        common.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(context);
        command.SetAction(parse =>
        {
            var deploy = parse.GetValue(context) ?? DeployContext.Production;
            var mode = DeployContext.IsPreviewDeploy(deploy) ? deploy : parse.GetValue(common.Drafts) ? "drafts" : "production";
            var options = common.Read(parse, stderr, parse.GetValue(output), mode);
            if (options is null) return SiteHost.WrongUsage;
            // A deploy preview or branch deploy shows what is coming: drafts and scheduled items, marked and never indexed.
            if (DeployContext.IsPreviewDeploy(deploy)) options = options with { IncludeDrafts = true };
            BuildResult? result;
            var phases = PhaseTimes.FromEnvironment(Environment.GetEnvironmentVariable);
            using (var progress = new BuildProgressView(stdout))
                result = WhileFilesChange.Build(() => new SiteEngine(options) { Progress = BothProgress.Of(progress, phases), Incremental = false, StreamToDisk = true }.BuildAndWrite(), stderr);
            if (result is null) return SiteHost.ContentProblems;
            phases?.Flush(stderr);
            Report.Diagnostics(result, stdout, stderr);
            if (!result.Succeeded)
            {
                stderr.WriteLine($"De site is niet gebouwd: {Report.Count(result.ErrorCount, "fout", "fouten")}. De vorige versie in {Report.Display(options.OutputPath)} is niet aangeraakt.");
                return SiteHost.ContentProblems;
            }
            Report.Summary(result, options, stdout);
            if (HostLimits.Check(options.OutputPath, Environment.GetEnvironmentVariable) is { } limit) stderr.WriteLine(limit);
            return SiteHost.Ok;
        });
        return command;
    }
}
