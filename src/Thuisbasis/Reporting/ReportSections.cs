using System.Text;
using static Thuisbasis.Reporting.ReportPage;

namespace Thuisbasis.Reporting;

/// <summary>The report's sections, one method each, in the order of the page. Sentences are built from the figures only.</summary>
internal static class ReportSections
{
    public static void Rhythm(StringBuilder h, RhythmFigures r)
    {
        h.Append("<h2 id=\"ritme\">Ritme</h2>\n");
        var behind = r.StoriesPerMonth < r.TargetStoriesPerMonth;
        Finding(h, $"In de afgelopen 12 maanden {(r.StoriesLast12Months == 1 ? "verscheen" : "verschenen")} {Count(r.StoriesLast12Months, "verhaal", "verhalen")}: gemiddeld {N(r.StoriesPerMonth)} per maand. Uw doel is {r.TargetStoriesPerMonth} per maand.",
            behind
                ? "Spreek vaste schrijfmomenten af, bijvoorbeeld elke week één verhaal, en zet verhalen alvast klaar met een datum in de toekomst: ze verschijnen dan vanzelf op die dag."
                : "Houd dit ritme vast. Wilt u een ander doel, zet dan `rhythm: { stories_per_month: 4 }` in statiq.config.");
        if (r.DaysSinceLastStory is { } days)
            Finding(h, $"Het laatste verhaal verscheen {Count(days, "dag", "dagen")} geleden.",
                days > 30 / r.TargetStoriesPerMonth * 2
                    ? "Het is stil op de site. Schrijf deze week een kort verhaal: één ervaring, één foto, een paar alinea's is genoeg."
                    : "Dat past bij uw doel. Kijk alvast welk verhaal hierna komt.");
        else
            Finding(h, "Er staat nog geen verhaal op de site.", "Begin met één verhaal: `dotnet run -- new story \"Titel\"` zet een bestand klaar.");
        if (r.LongestSilences.Count > 0)
            Finding(h, $"De langste {(r.LongestSilences.Count == 1 ? "stilte" : "stiltes")} zonder nieuw verhaal:",
                "Stiltes vallen vaak in vakanties en drukke weken. Schrijf vooraf en plan verhalen in met een datum in de toekomst.",
                Items(r.LongestSilences.Select(s => $"{Count(s.Days, "dag", "dagen")}: van {Day(s.From)} tot {Day(s.To)}")));
        h.Append("<p>Een verhaal en een vacature tellen mee in de week van hun datum. Een activiteit telt één keer mee, in de week van haar eerste datum (<code>start</code>, in de tijdzone van de site); een activiteit die nog moet beginnen, telt pas mee als die week er is.</p>\n");
        h.Append($"<figure>\n<figcaption>{E(RhythmChart.Title(r))}</figcaption>\n{RhythmChart.Svg(r)}\n<p>{E(RhythmChart.Description(r))}</p>\n</figure>\n");
        h.Append("<details>\n<summary>De cijfers per week als tabel</summary>\n<table>\n<caption>Aantal per week (de week begint op maandag)</caption>\n<thead><tr><th scope=\"col\">Week van</th>");
        foreach (var s in r.Series) h.Append($"<th scope=\"col\" class=\"n\">{E(s.Label)}</th>");
        h.Append("</tr></thead>\n<tbody>\n");
        for (var w = 0; w < r.Weeks.Count; w++)
        {
            h.Append($"<tr><th scope=\"row\">{E(Day(r.Weeks[w]))}</th>");
            foreach (var s in r.Series) h.Append($"<td class=\"n\">{s.PerWeek[w]}</td>");
            h.Append("</tr>\n");
        }
        h.Append("</tbody>\n<tfoot><tr><th scope=\"row\">Totaal</th>");
        foreach (var s in r.Series) h.Append($"<td class=\"n\">{s.Total}</td>");
        h.Append("</tr></tfoot>\n</table>\n</details>\n");
    }

    public static void Voices(StringBuilder h, VoiceFigures v)
    {
        h.Append("<h2 id=\"stemmen\">Stemmen</h2>\n");
        var total = v.ClientStories + v.StaffStories;
        Finding(h, $"{v.ClientSharePercent}% van de verhalen is in de eigen woorden van een cliënt: {v.ClientStories} van de {total}. {Count(v.StaffStories, "verhaal is", "verhalen zijn")} van medewerkers.",
            "Een cliënt en de medewerker die hielp, naast elkaar: dat is het sterkste verhaal. Vraag een cliënt om een verhaal in eigen woorden, en leg de toestemming vast met `consent: true` en `consent_date`.");
        h.Append("<table>\n<caption>Wie aan het woord is, per doelgroep</caption>\n<thead><tr><th scope=\"col\">Doelgroep</th><th scope=\"col\" class=\"n\">Verhalen van cliënten</th><th scope=\"col\" class=\"n\">Verhalen van medewerkers</th></tr></thead>\n<tbody>\n");
        foreach (var a in v.ByAudience)
            h.Append($"<tr><th scope=\"row\">{E(a.Label)}</th><td class=\"n\">{a.ClientStories}</td><td class=\"n\">{a.StaffStories}</td></tr>\n");
        h.Append("</tbody>\n</table>\n");
        if (v.ByService.Count == 0) return;
        h.Append("<table>\n<caption>Per dienst: verhalen (met een link naar de dienst of de dienst als onderwerp) en aanbevelingen met toestemming</caption>\n")
         .Append("<thead><tr><th scope=\"col\">Dienst</th><th scope=\"col\" class=\"n\">Verhalen</th><th scope=\"col\" class=\"n\">Waarvan van cliënten</th><th scope=\"col\" class=\"n\">Aanbevelingen</th></tr></thead>\n<tbody>\n");
        foreach (var s in v.ByService)
            h.Append($"<tr><th scope=\"row\">{E(s.Title)}</th><td class=\"n\">{s.Stories}</td><td class=\"n\">{s.ClientStories}</td><td class=\"n\">{s.Testimonials}</td></tr>\n");
        h.Append("</tbody>\n</table>\n");
        var silent = v.ByService.Where(s => v.ServicesWithoutVoice.Contains(s.Service)).Select(s => s.Title).ToList();
        if (silent.Count > 0)
            Finding(h, $"Over {(silent.Count == 1 ? "deze dienst gaat" : "deze diensten gaat")} geen verhaal en geen aanbeveling: {List(silent)}.",
                "Vraag iemand die de dienst gebruikt om een aanbeveling (met toestemming), of schrijf een verhaal met een link naar de dienst of met de dienst als onderwerp.");
    }

    public static void Ambassadors(StringBuilder h, AmbassadorFigures a)
    {
        h.Append("<h2 id=\"ambassadeurs\">Ambassadeurs</h2>\n<table>\n<caption>Verhalen per medewerker</caption>\n")
         .Append("<thead><tr><th scope=\"col\">Naam</th><th scope=\"col\" class=\"n\">Verhalen</th><th scope=\"col\">Laatste verhaal</th></tr></thead>\n<tbody>\n");
        foreach (var p in a.Team)
            h.Append($"<tr><th scope=\"row\">{E(p.Name)}</th><td class=\"n\">{p.Stories}</td><td>{E(Day(p.LastStory))}</td></tr>\n");
        h.Append("</tbody>\n</table>\n");
        if (a.NeverWrote.Count > 0)
            Finding(h, $"Nog nooit een verhaal geschreven: {List(a.NeverWrote)}.",
                "Nodig hen uit: een kort verhaal over een dag uit hun werk is genoeg. Schrijf het samen, of laat hen vertellen en schrijf het op.");
        else if (a.Team.Count > 0)
            Finding(h, "Iedereen in het team heeft al eens een verhaal geschreven.", "Vraag wie het langst niets schreef om het volgende verhaal.");
    }

    public static void Vacancies(StringBuilder h, VacancyFigures v)
    {
        h.Append("<h2 id=\"vacatures\">Vacatures</h2>\n");
        Finding(h, $"Er {(v.Open == 1 ? "staat" : "staan")} {Count(v.Open, "vacature", "vacatures")} open; {v.ClosingWithinTwoWeeks} daarvan {(v.ClosingWithinTwoWeeks == 1 ? "sluit" : "sluiten")} binnen twee weken. In het afgelopen jaar {(v.ClosedLastYear == 1 ? "sloot" : "sloten")} {Count(v.ClosedLastYear, "vacature", "vacatures")}.",
            "De vacaturefeed (/vacatures/feed.xml) is wat sociale media bereikt: koppel hem aan Buffer, Hootsuite of LinkedIn, dan wordt elke nieuwe vacature vanzelf gedeeld.");
        if (v.DaysWithoutOpenVacancy is null)
            Finding(h, "De site heeft nog nooit een vacature gehad.",
                "Ook vrijwilligerswerk en stages zijn vacatures. Zet er een online met `dotnet run -- new vacancy \"Titel\"`.");
        else if (v.DaysWithoutOpenVacancy >= HealthAnalysis.LongWithoutVacancy)
            Finding(h, $"Er staat al {Count(v.DaysWithoutOpenVacancy.Value, "dag", "dagen")} geen vacature open.",
                "Wie wil helpen, vindt nu niets. Zet vrijwilligerswerk of een open sollicitatie online, zodat de vacaturepagina en de feed niet leeg blijven.");
    }

    public static void Consent(StringBuilder h, ConsentFigures c)
    {
        h.Append("<h2 id=\"toestemming\">Toestemming</h2>\n");
        string Line(ConsentItem i) => $"{i.Name} ({(i.Kind == "story" ? "verhaal" : "aanbeveling")}, {i.Source}){(i.ConsentDate is { } d ? ", toestemming van " + Day(d) : "")}";
        if (c.AskAgain.Count > 0)
            Finding(h, $"{Count(c.AskAgain.Count, "toestemming is", "toestemmingen zijn")} ouder dan twee jaar:",
                "Vraag opnieuw of de woorden online mogen blijven, en zet dan de nieuwe datum in `consent_date`. Wil iemand dat niet meer, zet dan `consent: false`.",
                Items(c.AskAgain.Select(Line)));
        if (c.MissingDate.Count > 0)
            Finding(h, $"Bij {Count(c.MissingDate.Count, "toestemming", "toestemmingen")} staat geen datum:",
                "Zoek op wanneer de toestemming gegeven is en zet die dag in `consent_date: 2026-11-23`; weet niemand het meer, vraag het dan opnieuw.",
                Items(c.MissingDate.Select(Line)));
        if (c.AskAgain.Count == 0 && c.MissingDate.Count == 0)
            Finding(h, "Elke toestemming heeft een datum en is jonger dan twee jaar.", "Niets te doen; kijk over een maand weer.");
        if (c.WithoutConsent > 0)
            Finding(h, $"{Count(c.WithoutConsent, "verhaal of aanbeveling heeft", "verhalen of aanbevelingen hebben")} geen toestemming (`consent: false`) en {(c.WithoutConsent == 1 ? "staat" : "staan")} dus niet op de site.",
                "Vraag toestemming, of haal het bestand weg als het niet meer nodig is.");
    }

    public static void Readability(StringBuilder h, ReadabilityFigures r)
    {
        h.Append("<h2 id=\"leesbaarheid\">Leesbaarheid</h2>\n");
        var hard = r.Stories.Count(s => s.Score < 60);
        Finding(h, $"{Count(hard, "verhaal is", "verhalen zijn")} moeilijker dan taalniveau B1 (score onder 60). Samen hebben de verhalen {Count(r.LongSentences, "lange zin", "lange zinnen")} en {Count(r.HardWords, "moeilijk woord", "moeilijke woorden")}.",
            "Begin bij het bovenste verhaal in de tabel: maak lange zinnen korter en kies gewone woorden. `dotnet run -- check` wijst de zinnen en woorden aan.");
        if (r.Stories.Count == 0) return;
        h.Append("<table>\n<caption>Verhalen, het moeilijkst te lezen eerst (Flesch-Douma: hoger is makkelijker; 60 tot 70 is B1)</caption>\n")
         .Append("<thead><tr><th scope=\"col\">Verhaal</th><th scope=\"col\" class=\"n\">Score</th><th scope=\"col\">Niveau</th><th scope=\"col\" class=\"n\">Lange zinnen</th><th scope=\"col\" class=\"n\">Moeilijke woorden</th></tr></thead>\n<tbody>\n");
        foreach (var s in r.Stories)
            h.Append($"<tr><th scope=\"row\">{E(s.Title)}<br><code>{E(s.Source)}</code></th><td class=\"n\">{N(s.Score)}</td><td>{E(s.Level)}</td><td class=\"n\">{s.LongSentences}</td><td class=\"n\">{s.HardWords}</td></tr>\n");
        h.Append("</tbody>\n</table>\n");
    }

    public static void Findability(StringBuilder h, FindabilityFigures f)
    {
        h.Append("<h2 id=\"vindbaarheid\">Vindbaarheid</h2>\n");
        void Part(IReadOnlyList<string> files, string what, string todo)
        {
            if (files.Count == 0) return;
            Finding(h, $"{Count(files.Count, "verhaal", "verhalen")} {what}:", todo, Items(files));
        }
        Part(f.WithoutTags, "zonder onderwerpen (`tags`)", "Geef elk verhaal twee of drie onderwerpen, zoals `tags: [mantelzorg, eenzaamheid]`: ze worden hashtags en onderwerppagina's.");
        Part(f.WithoutSummary, "zonder samenvatting (`summary`)", "Schrijf in `summary:` één of twee zinnen: die staan in overzichten, feeds en als voorbeeld op sociale media.");
        Part(f.WithoutImage, "zonder afbeelding (`image`)", "Een foto van de mensen in het verhaal (met toestemming) valt op in overzichten en op sociale media. Vergeet `image_alt` niet.");
        if (f.TagsUsedOnce.Count > 0)
            Finding(h, $"{Count(f.TagsUsedOnce.Count, "onderwerp komt", "onderwerpen komen")} maar één keer voor: {List(f.TagsUsedOnce)}.",
                "Kijk of er een bestaand onderwerp is met bijna dezelfde naam, en gebruik dat; dan vinden lezers meer verhalen over hetzelfde.");
        if (f.WithoutTags.Count + f.WithoutSummary.Count + f.WithoutImage.Count + f.TagsUsedOnce.Count == 0)
            Finding(h, "Elk verhaal heeft onderwerpen, een samenvatting en een afbeelding.", "Niets te doen.");
    }
}
