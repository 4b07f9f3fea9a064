namespace Thuisbasis.Content.Settings;

/// <summary>
/// <c>plain_language:</c> in <c>statiq.config</c>: the limits of <c>check</c>'s plain-language warnings. The sector writes
/// at language level B1, so long sentences and officialese get a friendly nudge with a simpler word.
/// </summary>
public sealed record PlainLanguageSettings
{
    public int MaxSentenceWords { get; init; } = 25;
    /// <summary>Word (lower case) → simpler alternative. The site's own list is added to the default list.</summary>
    public IReadOnlyDictionary<string, string> Jargon { get; init; } = DefaultJargon;

    /// <summary>Officialese that welfare sites often use, with the B1 word (after the Dutch "Klare taal" word lists).</summary>
    public static readonly IReadOnlyDictionary<string, string> DefaultJargon = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["aanvraag indienen"] = "aanvragen", ["alsmede"] = "en", ["betreffende"] = "over", ["c.q."] = "of",
        ["conform"] = "volgens", ["derhalve"] = "daarom", ["dienen te"] = "moeten", ["doch"] = "maar",
        ["echter"] = "maar", ["evenals"] = "en ook", ["faciliteren"] = "mogelijk maken", ["hetgeen"] = "wat",
        ["indien"] = "als", ["inzake"] = "over", ["middels"] = "met", ["mits"] = "als", ["nadien"] = "daarna",
        ["omtrent"] = "over", ["ontvangstbevestiging"] = "bevestiging", ["op basis van"] = "volgens", ["participeren"] = "meedoen",
        ["preventief"] = "om te voorkomen", ["retour"] = "terug", ["teneinde"] = "om", ["ten behoeve van"] = "voor",
        ["ten aanzien van"] = "over", ["tevens"] = "ook", ["thans"] = "nu", ["trachten"] = "proberen", ["uiteraard"] = "natuurlijk",
        ["verstrekken"] = "geven", ["voorafgaand aan"] = "voor", ["woonachtig"] = "wonend", ["zulks"] = "dat",
        ["zorgvrager"] = "cliënt", ["casuïstiek"] = "voorbeelden", ["signaleren"] = "zien", ["laagdrempelig"] = "makkelijk te bereiken",
        ["integraal"] = "samen", ["eigen regie"] = "zelf beslissen", ["zelfredzaamheid"] = "zelf kunnen redden",
        ["maatwerkvoorziening"] = "hulp op maat", ["indicatie"] = "besluit over uw zorg", ["mantelzorgondersteuning"] = "hulp voor mantelzorgers",
    };

    internal static PlainLanguageSettings Read(FieldReader root)
    {
        if (root.Map("plain_language") is not { } p) return new PlainLanguageSettings();
        p.WarnUnknownKeys(["max_sentence_words", "jargon"]);
        var max = p.Number("max_sentence_words");
        if (max is < 5 or > 100)
        {
            p.Diagnostics.Error("TB0302", p.At("max_sentence_words"), $"`plain_language.max_sentence_words` is `{max}`.",
                "Kies een aantal woorden tussen 5 en 100; voor taalniveau B1 is 25 gebruikelijk.");
            max = null;
        }
        var jargon = new Dictionary<string, string>(DefaultJargon, StringComparer.OrdinalIgnoreCase);
        if (p.Map("jargon", help: "Schrijf `jargon: { moeilijk woord: eenvoudiger woord }`.") is { } j)
            foreach (var word in j.Keys)
                if (j.Text(word) is { } simpler && word.Trim().Length > 0) jargon[word.Trim()] = simpler;
        return new PlainLanguageSettings { MaxSentenceWords = (int)(max ?? 25), Jargon = jargon };
    }
}
