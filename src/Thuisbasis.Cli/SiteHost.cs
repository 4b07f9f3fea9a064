using System.CommandLine;
using System.Globalization;

namespace Thuisbasis.Cli;

/// <summary>
/// The command line of a Thuisbasis site: <c>build</c>, <c>check</c>, <c>preview</c>, <c>new</c>, <c>report</c> and <c>override</c>.
/// Exit codes: 0 success, 1 content problems, 2 wrong usage.
/// </summary>
public static class SiteHost
{
    public const int Ok = 0;
    public const int ContentProblems = 1;
    public const int WrongUsage = 2;

    /// <param name="cancel">Stops a long-running command (<c>preview</c>) as Ctrl+C would; for tests and hosts.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter? stdout = null, TextWriter? stderr = null, CancellationToken cancel = default)
    {
        var output = stdout ?? Console.Out;
        var errors = stderr ?? Console.Error;
        var root = new RootCommand("Thuisbasis: bouwt de website van uw organisatie uit de teksten in input/.");
        root.Subcommands.Add(BuildCommand.Create(output, errors));
        root.Subcommands.Add(CheckCommand.Create(output, errors));
        root.Subcommands.Add(PreviewCommand.Create(output, errors));
        root.Subcommands.Add(NewCommand.Create(output, errors));
        root.Subcommands.Add(ReportCommand.Create(output, errors));
        root.Subcommands.Add(OverrideCommand.Create(output, errors));
        DutchHelp.Apply(root, Program);

        var parse = root.Parse(args);
        // Help is shown even for a command typed half (`new --help` without its type and title).
        if (parse.Errors.Count > 0 && parse.Action is not DutchHelp)
        {
            foreach (var message in UsageErrors.Describe(parse, Program)) await errors.WriteLineAsync($"error: {message}");
            await errors.WriteLineAsync($"Typ `{Program} --help` voor de mogelijkheden.");
            return WrongUsage;
        }
        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = errors }, cancel);
    }

    /// <summary>
    /// How the writer started this program, for help and messages: what a starter script says it is
    /// (<see cref="CommandVariable"/>; a site's <c>thuisbasis.sh</c> says <c>bash thuisbasis.sh</c>); else a site's own
    /// host (<c>dotnet run --</c>); else the tool: <c>thuisbasis</c> when it was installed with a folder of its own
    /// (<c>dotnet tool install -g</c> or <c>--tool-path</c>, whose <c>.store/</c> it runs from), and <c>dotnet
    /// thuisbasis</c> as a site's local tool (<c>dotnet tool restore</c>), which runs from the NuGet folder and is on no path.
    /// </summary>
    internal static string Program =>
        Environment.GetEnvironmentVariable(CommandVariable) is { Length: > 0 } typed ? typed.Trim()
        : System.Reflection.Assembly.GetEntryAssembly()?.GetName().Name != "Thuisbasis.Tool" ? "dotnet run --"
        : AppContext.BaseDirectory.Replace('\\', '/').Contains("/.store/", StringComparison.Ordinal) ? "thuisbasis" : "dotnet thuisbasis";

    /// <summary>The environment variable in which a starter script names the command the writer typed.</summary>
    public const string CommandVariable = "THUISBASIS_OPDRACHT";

    internal static bool TryParseDate(string? text, out DateOnly? date)
    {
        date = null;
        if (text is null) return true;
        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "dd-MM-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            return true;
        }
        return false;
    }
}
