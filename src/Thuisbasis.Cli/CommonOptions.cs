using System.CommandLine;
using Thuisbasis.Model;

namespace Thuisbasis.Cli;

/// <summary>The options that build, check and preview share.</summary>
internal sealed class CommonOptions
{
    public Option<DirectoryInfo> Root { get; } = new("--root")
    {
        Description = "De map van de site (met statiq.config en input/). Standaard: de huidige map.",
        DefaultValueFactory = _ => new DirectoryInfo("."),
    };

    public Option<string?> Date { get; } = new("--date")
    {
        Description = "Bouw alsof het vandaag deze dag is (JJJJ-MM-DD). Ingeplande verhalen en sluitingsdata volgen die dag.",
    };

    public Option<string?> BaseUrl { get; } = new("--base-url")
    {
        Description = "Gebruik dit webadres in plaats van `url` uit statiq.config.",
    };

    public Option<bool> Drafts { get; } = new("--drafts")
    {
        Description = "Neem concepten en ingeplande verhalen op (duidelijk gemarkeerd). Zo'n versie wordt niet geïndexeerd.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Root);
        command.Options.Add(Drafts);
        command.Options.Add(Date);
        command.Options.Add(BaseUrl);
    }

    /// <summary>Reads the options into build options; null (and a message) when a value is wrong.</summary>
    public BuildOptions? Read(ParseResult parse, TextWriter errors, string? output = null, string mode = "production")
    {
        var root = parse.GetValue(Root)!;
        if (!root.Exists)
        {
            errors.WriteLine($"error: de map `{root.FullName}` bestaat niet. Geef met --root de map van de site.");
            return null;
        }
        if (!SiteHost.TryParseDate(parse.GetValue(Date), out var date))
        {
            errors.WriteLine($"error: --date `{parse.GetValue(Date)}` is geen datum. Schrijf 2026-11-23.");
            return null;
        }
        var baseUrl = parse.GetValue(BaseUrl);
        if (baseUrl is not null && !Content.Links.IsWebAddress(baseUrl))
        {
            errors.WriteLine($"error: --base-url `{baseUrl}` is geen webadres. Schrijf bijvoorbeeld https://voorbeeld.netlify.app.");
            return null;
        }
        return new BuildOptions
        {
            Root = root.FullName,
            Output = output,
            IncludeDrafts = parse.GetValue(Drafts),
            Date = date,
            BaseUrl = baseUrl,
            Mode = mode,
        };
    }
}
