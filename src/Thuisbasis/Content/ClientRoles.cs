namespace Thuisbasis.Content;

/// <summary>
/// Whose words a testimonial is, by its <c>role</c>: Onze klanten shows what clients and the people around them
/// (cliënt, mantelzorger, bewoner, ouder) say, not a volunteer's, a partner's or a professional's, who have their place
/// on Extra and the home page. Written roles vary (<c>moeder van Sem</c>, <c>buurtbewoner</c>), so a role counts as a
/// client's unless its first two words name one of those others; a role that starts with a client's word
/// (<c>mantelzorger voor haar partner</c>) is a client's whatever follows.
/// </summary>
public static class ClientRoles
{
    // Whole words at the start of the role (`mantelzorger voor haar partner` is a carer, `sociaal werker bij het wijkteam`
    // is not a client): the first word or two say who someone is.
    private static readonly string[] Clients = ["cliënt", "client", "mantelzorger", "collega-mantelzorger", "bewoner", "buurtbewoner", "deelnemer", "ouder", "moeder", "vader", "bezoeker"];
    private static readonly string[] Others =
    [
        "vrijwilliger", "vrijwilligster", "maatje", "buddy", "partner", "samenwerkingspartner", "medewerker", "collega", "stagiair", "stagiaire",
        "huisarts", "verpleegkundige", "wijkverpleegkundige", "wijkagent", "gemeente", "wethouder", "financier", "sponsor", "fonds",
        "professional", "docent", "leerkracht", "directeur", "bestuurder", "coördinator", "coordinator", "sociaal", "opbouwwerker",
        "buurtwerker", "jongerenwerker", "wijkteam", "organisatie", "woningcorporatie",
    ];

    public static bool IsClients(string role)
    {
        var words = role.ToLowerInvariant().Split([' ', ',', '(', ')', '/', '.'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return true;
        if (Clients.Contains(words[0])) return true;
        return !words.Take(2).Any(w => Others.Contains(w));
    }
}
