using System.CommandLine;
using Thuisbasis.Rendering;

namespace Thuisbasis.Cli;

/// <summary>
/// <c>override partials/footer.sbn-html</c>: copies a file of the built-in theme into the site's <c>overrides/</c>, where
/// it wins. A site made with <c>dotnet new thuisbasis</c> has no <c>themes/</c> folder: the theme is inside the program,
/// so without this nobody can find the original to start from.
/// </summary>
internal static class OverrideCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string?>("bestand")
        {
            Description = "Het bestand uit het ingebouwde thema, bijvoorbeeld partials/footer.sbn-html of assets/css/site.css. Zonder bestandsnaam: de lijst van bestanden.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var root = new Option<DirectoryInfo>("--root") { Description = "De map van de site.", DefaultValueFactory = _ => new DirectoryInfo(".") };
        var fresh = new Option<bool>("--nieuw")
        {
            Description = "Zet het bestand van deze versie naast uw eigen kopie, als .nieuw, om te vergelijken na een nieuwe versie (melding TB0283).",
        };
        var command = new Command("override", "Zet een kopie van een bestand uit het ingebouwde thema in overrides/, om de opmaak zelf aan te passen.")
        {
            file, root, fresh,
        };
        command.SetAction(parse =>
        {
            if (BuiltInTheme.Folder is not { } theme)
            {
                stderr.WriteLine("error: dit programma heeft geen ingebouwd thema om uit te kopiëren.");
                return SiteHost.ContentProblems;
            }
            // The editor's bundle is not a file to restyle; everything else (layouts, partials, assets) is.
            var files = Directory.EnumerateFiles(theme, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(theme, f).Replace('\\', '/'))
                .Where(f => !f.StartsWith("editor/", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal).ToList();
            var wanted = parse.GetValue(file)?.Trim().Replace('\\', '/').TrimStart('/');
            if (wanted?.StartsWith("overrides/", StringComparison.Ordinal) == true) wanted = wanted["overrides/".Length..];
            if (string.IsNullOrEmpty(wanted))
            {
                // Asked without a name: the list is the answer, not a mistake.
                stdout.WriteLine($"Deze bestanden van het ingebouwde thema kunt u aanpassen, bijvoorbeeld met `{SiteHost.Program} override assets/css/site.css`:");
                foreach (var f in files) stdout.WriteLine("  " + f);
                return SiteHost.Ok;
            }
            if (!files.Contains(wanted, StringComparer.Ordinal))
            {
                stderr.WriteLine($"error: `{wanted}` staat niet in het ingebouwde thema. Kies een van deze bestanden:");
                foreach (var f in files) stderr.WriteLine("  " + f);
                return SiteHost.WrongUsage;
            }
            var target = Path.Combine(parse.GetValue(root)!.FullName, "overrides", wanted);
            var bytes = File.ReadAllBytes(Path.Combine(theme, wanted));
            // The first line says which file this copies, and how it was: a new version that changes it is then noticed (TB0283).
            var copy = System.Text.Encoding.UTF8.GetBytes(OverrideCopies.Header(wanted, bytes)).Concat(bytes).ToArray();
            if (parse.GetValue(fresh))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target + ".nieuw", copy);
                stdout.WriteLine($"Gezet: overrides/{wanted}.nieuw, het bestand van deze versie. Vergelijk het met uw kopie, neem over wat u nodig hebt, en haal het .nieuw-bestand daarna weg.");
                return SiteHost.Ok;
            }
            if (File.Exists(target))
            {
                stderr.WriteLine($"error: overrides/{wanted} bestaat al; er is niets overschreven. Wilt u opnieuw beginnen? Haal dat bestand dan eerst weg.");
                return SiteHost.ContentProblems;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, copy);
            stdout.WriteLine($"Gekopieerd: overrides/{wanted}. Pas het aan; het gaat nu voor het ingebouwde bestand.");
            return SiteHost.Ok;
        });
        return command;
    }
}
