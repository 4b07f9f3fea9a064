namespace Thuisbasis.Content;

/// <summary>
/// Whose words a testimonial is, by its <c>role</c>: Onze klanten shows what clients and the people around them
/// (cliënt, mantelzorger, bewoner, ouder) say, not a volunteer's, a partner's or a professional's, who have their place
/// on Extra and the home page. Written roles vary (<c>moeder van Sem</c>, <c>buurtbewoner</c>), so a role counts as a
/// client's unless it names one of those others.
/// </summary>
public static class ClientRoles
{
    private static readonly string[] Others =
    [
        "vrijwillig", "partner", "medewerker", "collega", "stagiair", "huisarts", "verpleegkundige", "wijkagent", "gemeente",
        "wethouder", "financier", "sponsor", "fonds", "professional", "docent", "leerkracht", "directeur", "bestuur", "coördinator",
        "coordinator", "organisatie", "woningcorporatie",
    ];

    public static bool IsClients(string role) => !Others.Any(o => role.Contains(o, StringComparison.OrdinalIgnoreCase));
}
