using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Parsing;

namespace Thuisbasis.Cli;

/// <summary>
/// What was typed wrong, in Dutch with what to type instead: System.CommandLine's own messages are English
/// ("Unrecognized command or argument 'bouw'."). A word it does not know gets the nearest command or option, and the
/// Dutch word for a command (<c>bouw</c>, <c>controleer</c>, <c>bekijk</c>, <c>nieuw</c>) its English name.
/// </summary>
internal static class UsageErrors
{
    private static readonly Dictionary<string, string> DutchWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["bouw"] = "build", ["bouwen"] = "build", ["maak"] = "build", ["controleer"] = "check", ["controleren"] = "check",
        ["test"] = "check", ["bekijk"] = "preview", ["bekijken"] = "preview", ["voorbeeld"] = "preview", ["nieuw"] = "new",
        ["rapport"] = "report", ["verslag"] = "report", ["aanpassen"] = "override",
    };

    public static IEnumerable<string> Describe(ParseResult parse, string program)
    {
        var command = parse.CommandResult.Command;
        var unknown = parse.UnmatchedTokens.ToList();
        foreach (var token in unknown)
            yield return $"`{token}` kent Thuisbasis niet.{Suggestion(token, command)}";
        var said = new HashSet<string>(StringComparer.Ordinal);
        foreach (var error in parse.Errors)
        {
            var text = error.SymbolResult switch
            {
                // "Unrecognized command or argument": said above, with a suggestion.
                _ when unknown.Any(t => error.Message.Contains($"'{t}'", StringComparison.Ordinal)) => null,
                CommandResult { Command: RootCommand } when error.SymbolResult.Tokens.Count == 0 =>
                    unknown.Count > 0 ? null : $"Zeg wat Thuisbasis moet doen: {string.Join(", ", command.Subcommands.Select(c => c.Name))}.",
                ArgumentResult a when Wrong(a.Argument.GetCompletions(CompletionContext.Empty), a.Tokens) is { } wrong => wrong,
                OptionResult o when Wrong(o.Option.GetCompletions(CompletionContext.Empty), o.Tokens) is { } wrong => $"{o.Option.Name}: {wrong}",
                OptionResult { Tokens.Count: 0 } o => $"Na `{o.Option.Name}` hoort een waarde, bijvoorbeeld `{o.Option.Name} {Sample(o.Option)}`.",
                // A value of the wrong kind (`--port abc`).
                ArgumentResult { Parent: OptionResult o, Tokens.Count: > 0 } a => Unfit(a.Tokens[0].Value, o.Option),
                OptionResult { Tokens.Count: > 0 } o => Unfit(o.Tokens[0].Value, o.Option),
                ArgumentResult { Tokens.Count: 0 } or CommandResult when command.Arguments.Count > 0 =>
                    $"Bij `{command.Name}` hoort nog: {string.Join(' ', command.Arguments.Select(DutchHelp.Label))}. Bijvoorbeeld: `{program} {Example(command)}`.",
                _ => error.Message,
            };
            if (text is not null && said.Add(text)) yield return text;
        }
    }

    /// <summary>A value that is not one of the fixed ones: which to choose from.</summary>
    private static string? Wrong(IEnumerable<CompletionItem> completions, IReadOnlyList<Token> tokens)
    {
        var choices = completions.Select(c => c.Label).ToList();
        var bad = tokens.Select(t => t.Value).FirstOrDefault(v => choices.Count > 0 && !choices.Contains(v, StringComparer.Ordinal));
        return bad is null ? null : $"`{bad}` kan hier niet; kies uit {string.Join(", ", choices)}.";
    }

    private static string Suggestion(string token, Command command)
    {
        if (DutchWords.TryGetValue(token, out var english) && command.Subcommands.Any(c => c.Name == english))
            return $" Bedoelde u `{english}`?";
        var names = command.Subcommands.Select(c => c.Name)
            .Concat(command.Options.Concat(command.Parents.OfType<Command>().SelectMany(p => p.Options.Where(o => o.Recursive))).Select(o => o.Name))
            .ToList();
        return Thuisbasis.Content.Suggest.Closest(token, names, maxDistance: 2) is { } best ? $" Bedoelde u `{best}`?" : "";
    }

    private static string Unfit(string value, Option o) => $"`{value}` past niet bij `{o.Name}`; schrijf bijvoorbeeld `{o.Name} {Sample(o)}`.";

    private static string Sample(Option o) => o.Name switch
    {
        "--date" => "2026-12-01",
        "--root" => "mijn-site",
        "--port" => "5080",
        _ => o.GetCompletions(CompletionContext.Empty).Select(c => c.Label).FirstOrDefault() ?? $"<{o.HelpName ?? o.Name.TrimStart('-')}>",
    };

    private static string Example(Command c) => c.Name == "new" ? "new story \"Een middag in de moestuin\"" : $"{c.Name} {string.Join(' ', c.Arguments.Select(a => a.Name))}";
}
