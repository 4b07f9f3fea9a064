using System.CommandLine;
using Thuisbasis.Content;
using Thuisbasis.Content.Settings;

namespace Thuisbasis.Cli;

/// <summary><c>new story|vacancy|testimonial|service|person|activity "Titel"</c>: a ready-to-edit file with every required key.</summary>
internal static class NewCommand
{
    /// <summary>The folder of <c>input/</c> for each kind: the engine's list, which its messages name too.</summary>
    private static readonly Dictionary<string, string> Folders = ContentReader.NewCommandKind.ToDictionary(f => f.Value, f => f.Key);

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var kind = new Argument<string>("soort") { Description = "story, vacancy, testimonial, service, person of activity." };
        kind.AcceptOnlyFromAmong([.. Folders.Keys]);
        var title = new Argument<string>("titel") { Description = "De titel (of bij een aanbeveling en medewerker: de naam), tussen aanhalingstekens." };
        var root = new Option<DirectoryInfo>("--root") { Description = "De map van de site.", DefaultValueFactory = _ => new DirectoryInfo(".") };
        var command = new Command("new", "Maak een nieuw bestand om in te vullen, met de datum van vandaag en alle verplichte gegevens.")
        {
            kind, title, root,
        };
        command.SetAction(parse =>
        {
            var k = parse.GetValue(kind)!;
            var t = parse.GetValue(title)!.Trim();
            var dir = parse.GetValue(root)!;
            var slug = Slug.From(t);
            if (slug.Length == 0)
            {
                stderr.WriteLine("error: geef een titel met letters of cijfers, bijvoorbeeld \"Nieuw koor in de wijk\".");
                return SiteHost.WrongUsage;
            }
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, SiteSettings.DefaultZone()).DateTime);
            var name = k == "story" ? $"{today:yyyy-MM-dd}-{slug}.md" : $"{slug}.md";
            var path = Path.Combine(dir.FullName, "input", Folders[k], name);
            if (File.Exists(path))
            {
                stderr.WriteLine($"error: {Report.Display(path)} bestaat al; er is niets overschreven. Kies een andere titel of open dat bestand.");
                return SiteHost.ContentProblems;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var author = Directory.Exists(Path.Combine(dir.FullName, "input", "team"))
                ? Directory.EnumerateFiles(Path.Combine(dir.FullName, "input", "team"), "*.md").Select(Path.GetFileNameWithoutExtension).Order().FirstOrDefault()
                : null;
            File.WriteAllText(path, NewFiles.For(k, t, today, author));
            stdout.WriteLine($"Gemaakt: {Report.Display(path)}. Vul de gegevens aan en bekijk het met `{SiteHost.Program} preview`.");
            return SiteHost.Ok;
        });
        return command;
    }
}
