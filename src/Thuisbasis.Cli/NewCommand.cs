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
            File.WriteAllText(path, Templates.For(k, t, today, author));
            stdout.WriteLine($"Gemaakt: {Report.Display(path)}. Vul de gegevens aan en bekijk het met `dotnet run -- preview`.");
            return SiteHost.Ok;
        });
        return command;
    }

    internal static class Templates
    {
        /// <summary>A week from today, so a new activity does not start in the past.</summary>
        private static DateOnly NextWeekday(DateOnly today) => today.AddDays(7);

        private static string Q(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

        public static string For(string kind, string title, DateOnly today, string? author = null) => kind switch
        {
            "story" => $"""
                ---
                title: {Q(title)}
                date: {today:yyyy-MM-dd}
                # Een medewerker: de bestandsnaam uit input/team/ (zonder .md).
                # Een cliënt: author: {"{"} name: Ria, role: cliënt {"}"} en dan ook consent: true
                author: {author ?? "vul-hier-de-id-in"}
                tags: []
                summary: "Eén of twee zinnen over dit verhaal."
                draft: true
                ---

                Schrijf hier het verhaal. Korte zinnen lezen het prettigst.
                """ + "\n",
            "vacancy" => $"""
                ---
                title: {Q(title)}
                date: {today:yyyy-MM-dd}
                closing_date: {today.AddDays(42):yyyy-MM-dd}
                kind: paid            # paid, volunteer of internship
                hours: "24-32"
                location: "Plaatsnaam"
                contact: {"{"} name: "Naam contactpersoon", email: "naam@voorbeeld.nl", phone: "020 123 45 67" {"}"}
                apply_email: "werken@voorbeeld.nl"
                summary: "Eén zin over deze vacature."
                draft: true
                ---

                ## Wat ga je doen?

                ## Wat vragen wij?

                ## Wat bieden wij?
                """ + "\n",
            "testimonial" => $"""
                ---
                name: {Q(title)}
                role: "cliënt"
                # Alleen met toestemming: zet consent pas op true als de persoon ja heeft gezegd.
                consent: false
                consent_date: {today:yyyy-MM-dd}
                featured: false
                ---

                Schrijf hier wat deze persoon zei, in eigen woorden.
                """ + "\n",
            "activity" => $"""
                ---
                title: {Q(title)}
                # Datum en begintijd. Alleen een datum (zonder tijd) is een activiteit van de hele dag.
                start: {NextWeekday(today):yyyy-MM-dd} 10:00
                end: "12:00"
                # Komt het terug? every: week, every: 2 weeks of every: month (zelfde weekdag van de maand).
                # Haal de regel weg als het één keer is.
                repeat: {"{"} every: week, until: {today.AddMonths(6):yyyy-MM-dd}, except: [] {"}"}
                # Een plek, een adres (name, street, postal_code, city), of: online (en dan ook online_url: https://...)
                location: "Naam van de plek"
                price: "gratis"
                registration: {"{"} required: false, email: "aanmelden@voorbeeld.nl" {"}"}
                # Gaat een keer niet door? Zet de datum hier; de activiteit blijft dan zichtbaar als "gaat niet door".
                cancelled: []
                contact: {author ?? "vul-hier-de-id-in"}
                tags: []
                summary: "In één zin: wat doen we en voor wie?"
                draft: true
                ---

                Schrijf hier wat mensen kunnen verwachten, en of ze iets mee moeten nemen.
                """ + "\n",
            "service" => $"""
                ---
                title: {Q(title)}
                summary: "In één of twee zinnen: wat is het en voor wie?"
                order: 10
                audience: [clients]
                ---

                ## Voor wie?

                ## Wat krijgt u?

                ## Hoe meldt u zich aan?
                """ + "\n",
            _ => $"""
                ---
                name: {Q(title)}
                role: "Functie"
                email: "naam@voorbeeld.nl"
                order: 10
                ---

                Twee of drie zinnen over wie je bent en wat je doet.
                """ + "\n",
        };
    }
}
