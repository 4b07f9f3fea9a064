using System.Buffers;
using System.Collections.Frozen;
using Thuisbasis.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Thuisbasis.Content;

/// <summary>
/// The files <c>new story|vacancy|testimonial|service|person|activity "Titel"</c> writes, with every required key and
/// example text to replace. A file that still has a piece of that example text gets warning TB0209 where it stands:
/// a service or team member has no draft to hide behind, so "naam@voorbeeld.nl" would otherwise reach the site.
/// </summary>
public static class NewFiles
{
    /// <summary>How long a new vacancy is open: its closing date, and the one suggested when it is missing.</summary>
    public const int VacancyOpenDays = 42;

    private const string StorySummary = "Eén of twee zinnen over dit verhaal.";
    private const string StoryText = "Schrijf hier het verhaal. Korte zinnen lezen het prettigst.";
    private const string Place = "Plaatsnaam";
    private const string ContactName = "Naam contactpersoon";
    private const string Email = "naam@voorbeeld.nl";
    private const string ApplyEmail = "werken@voorbeeld.nl";
    private const string VacancySummary = "Eén zin over deze vacature.";
    private const string TestimonialText = "Schrijf hier wat deze persoon zei, in eigen woorden.";
    private const string Venue = "Naam van de plek";
    private const string RegistrationEmail = "aanmelden@voorbeeld.nl";
    private const string ActivitySummary = "In één zin: wat doen we en voor wie?";
    private const string ActivityText = "Schrijf hier wat mensen kunnen verwachten, en of ze iets mee moeten nemen.";
    private const string ServiceSummary = "In één of twee zinnen: wat is het en voor wie?";
    private const string Role = "Functie";
    private const string PersonText = "Twee of drie zinnen over wie je bent en wat je doet.";

    /// <summary>The example values of the front matter, each a whole value.</summary>
    private static readonly FrozenSet<string> ExampleValues = new[]
    {
        StorySummary, Place, ContactName, Email, ApplyEmail, VacancySummary, Venue, RegistrationEmail, ActivitySummary,
        ServiceSummary, Role,
        // The dots a message shows for what the writer fills in (`street: ...` in TB0307's help): copied as they are,
        // they went on the page, into the calendar and into Google's event data as the address.
        "...", "…",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The example sentences of the text below the front matter.</summary>
    private static readonly string[] ExampleSentences = [StoryText, TestimonialText, ActivityText, PersonText];

    private static readonly SearchValues<string> Sentences = SearchValues.Create(ExampleSentences, StringComparison.Ordinal);

    /// <summary>A week from today, so a new activity does not start in the past.</summary>
    private static DateOnly NextWeekday(DateOnly today) => today.AddDays(7);

    private static string Q(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>The file of <paramref name="kind"/> (story, vacancy, testimonial, activity, service; anything else: a person).</summary>
    /// <param name="author">The first team member's id, for a story's author and an activity's contact; null writes a placeholder.</param>
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
            summary: "{StorySummary}"
            draft: true
            ---

            {StoryText}
            """ + "\n",
        "vacancy" => $"""
            ---
            title: {Q(title)}
            date: {today:yyyy-MM-dd}
            closing_date: {today.AddDays(VacancyOpenDays):yyyy-MM-dd}
            kind: paid            # paid, volunteer of internship
            hours: "24-32"
            location: "{Place}"
            # Met een telefoonnummer erbij: contact: {"{"} name: …, email: …, phone: "…" {"}"}
            contact: {"{"} name: "{ContactName}", email: "{Email}" {"}"}
            apply_email: "{ApplyEmail}"
            summary: "{VacancySummary}"
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
            # De dag waarop de persoon ja zei: haal het # weg en zet die dag erin, samen met consent: true.
            # consent_date: {today:yyyy-MM-dd}
            featured: false
            ---

            {TestimonialText}
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
            location: "{Venue}"
            price: "gratis"
            registration: {"{"} required: false, email: "{RegistrationEmail}" {"}"}
            # Gaat een keer niet door? Zet de datum hier; de activiteit blijft dan zichtbaar als "gaat niet door".
            cancelled: []
            contact: {author ?? "vul-hier-de-id-in"}
            tags: []
            summary: "{ActivitySummary}"
            draft: true
            ---

            {ActivityText}
            """ + "\n",
        "service" => $"""
            ---
            title: {Q(title)}
            summary: "{ServiceSummary}"
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
            role: "{Role}"
            email: "{Email}"
            order: 10
            ---

            {PersonText}
            """ + "\n",
    };

    /// <summary>
    /// An e-mail address at the site's own domain, for a message that shows how to write one (`werken@buurtkracht-oost.nl`
    /// for https://www.buurtkracht-oost.nl): what a writer copies from it is not example text that goes on the site.
    /// </summary>
    internal static string ExampleAddress(Settings.SiteSettings settings, string mailbox)
    {
        var host = Uri.TryCreate(settings.Url, UriKind.Absolute, out var url) && url.Host.Contains('.') ? url.Host : "voorbeeld.nl";
        return mailbox + "@" + (host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host);
    }

    /// <summary>TB0209 for every piece of example text still in a file: values in its front matter and sentences below it.</summary>
    internal static void WarnExampleText(FrontMatter fm, DiagnosticBag diagnostics)
    {
        WarnValues(fm.Map, fm, diagnostics);
        var body = fm.Body;
        for (var at = 0; body.AsSpan(at).IndexOfAny(Sentences) is var found and >= 0; at += found + 1)
        {
            var index = at + found;
            var sentence = ExampleSentences.First(s => body.AsSpan(index).StartsWith(s, StringComparison.Ordinal));
            var lineStart = body.LastIndexOf('\n', Math.Max(index - 1, 0)) + 1;
            Warn(diagnostics, new SourcePosition(fm.Path, fm.BodyLine + body.AsSpan(0, index).Count('\n'), index - lineStart + 1), sentence,
                "Vervang de voorbeeldzin door uw eigen tekst, of haal hem weg; anders komt hij zo op de site.");
        }
    }

    private static void WarnValues(YamlNode node, FrontMatter fm, DiagnosticBag diagnostics)
    {
        switch (node)
        {
            case YamlScalarNode { Value: { } value } scalar when ExampleValues.Contains(value):
                Warn(diagnostics, fm.PositionOf(scalar), value);
                break;
            case YamlMappingNode map:
                foreach (var (_, child) in map.Children) WarnValues(child, fm, diagnostics);
                break;
            case YamlSequenceNode list:
                foreach (var child in list.Children) WarnValues(child, fm, diagnostics);
                break;
        }
    }

    /// <param name="help">What to do; for a value: put the real one in (taking a required value away is another error).</param>
    private static void Warn(DiagnosticBag diagnostics, SourcePosition at, string example,
        string help = "Vervang deze voorbeeldtekst door de echte gegevens; anders komt hij zo op de site.") =>
        diagnostics.Warning("TB0209", at, $"Hier staat nog voorbeeldtekst: `{example}`.", help);
}
