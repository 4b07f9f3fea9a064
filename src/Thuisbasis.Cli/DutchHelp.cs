using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Thuisbasis.Cli;

/// <summary>
/// <c>--help</c> in Dutch, like every other message of the program: System.CommandLine writes its own headings and its
/// help and version lines in English (it has no Dutch translation), which a comms person reads as "something went wrong".
/// The same parts as its help: what the command does, how to type it, its arguments, options and commands.
/// </summary>
internal sealed class DutchHelp(string program) : SynchronousCommandLineAction
{
    public const string HelpText = "Toon deze hulp";
    public const string VersionText = "Toon het versienummer van Thuisbasis";

    /// <summary>Puts the Dutch help and texts on the root command's help and version options (every command shares them).</summary>
    public static void Apply(RootCommand root, string program)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption help)
            {
                help.Description = HelpText;
                help.Action = new DutchHelp(program);
            }
            else if (option is VersionOption version) version.Description = VersionText;
        }
    }

    public override int Invoke(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var w = parse.InvocationConfiguration.Output;
        if (!string.IsNullOrEmpty(command.Description)) w.WriteLine(command.Description + Environment.NewLine);

        var path = command is RootCommand ? program : $"{program} {command.Name}";
        var arguments = command.Arguments.Where(a => !a.Hidden).ToList();
        var options = Options(command).ToList();
        var usage = string.Join(' ', new[] { path }
            .Concat(arguments.Select(Label))
            .Concat(command.Subcommands.Count > 0 ? ["[opdracht]"] : [])
            .Concat(options.Count > 0 ? ["[opties]"] : []));
        w.WriteLine("Gebruik:");
        w.WriteLine("  " + usage);

        Section(w, "Argumenten:", arguments.Select(a => (Label(a), Text(a.Description, a.HasDefaultValue ? a.GetDefaultValue() : null))));
        Section(w, "Opties:", options.Select(o => (OptionLabel(o), Text(o.Description, o.HasDefaultValue && o is not HelpOption and not VersionOption ? o.GetDefaultValue() : null))));
        Section(w, "Opdrachten:", command.Subcommands.Where(c => !c.Hidden)
            .Select(c => (string.Join(' ', new[] { c.Name }.Concat(c.Arguments.Where(a => !a.Hidden).Select(Label))), c.Description ?? "")));
        return SiteHost.Ok;
    }

    /// <summary>The command's own options, then the ones the commands above it share with it (help).</summary>
    private static IEnumerable<Option> Options(Command command)
    {
        var options = command.Options.Where(o => !o.Hidden).ToList();
        for (var c = command.Parents.OfType<Command>().FirstOrDefault(); c is not null; c = c.Parents.OfType<Command>().FirstOrDefault())
            options.AddRange(c.Options.Where(o => o.Recursive && !o.Hidden && !options.Contains(o)));
        return options;
    }

    private static void Section(TextWriter w, string title, IEnumerable<(string Left, string Right)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0) return;
        w.WriteLine();
        w.WriteLine(title);
        var width = list.Max(r => r.Left.Length);
        foreach (var (left, right) in list) w.WriteLine($"  {left.PadRight(width)}  {right}".TrimEnd());
    }

    private static string Text(string? description, object? defaultValue)
    {
        var text = description ?? "";
        var value = defaultValue switch
        {
            null => null,
            DirectoryInfo d when d.ToString() == "." => "de huidige map",
            DirectoryInfo d => d.ToString(),
            bool => null, // a switch is off unless given
            var v => v.ToString(),
        };
        // A description that says its default in words ("Standaard: de huidige map") needs no "[standaard: .]".
        return string.IsNullOrEmpty(value) || text.Contains("Standaard", StringComparison.Ordinal) ? text : $"{text} [standaard: {value}]".TrimStart();
    }

    /// <summary><c>&lt;activity|person|…&gt;</c> where the values are fixed, else <c>&lt;titel&gt;</c>.</summary>
    internal static string Label(Argument a)
    {
        var choices = a.GetCompletions(CompletionContext.Empty).Select(c => c.Label).ToList();
        return choices.Count > 0 ? $"<{string.Join('|', choices)}>" : $"<{a.HelpName ?? a.Name}>";
    }

    private static string OptionLabel(Option o)
    {
        var names = string.Join(", ", o.Aliases.Where(a => !a.StartsWith('/')).Order(StringComparer.Ordinal).Append(o.Name));
        if (o.Arity.MaximumNumberOfValues == 0 || o.ValueType == typeof(bool) || o is HelpOption or VersionOption) return names;
        var choices = o.GetCompletions(CompletionContext.Empty).Select(c => c.Label).ToList();
        return choices.Count > 0 ? $"{names} <{string.Join('|', choices)}>" : $"{names} <{o.HelpName ?? o.Name.TrimStart('-')}>";
    }
}
