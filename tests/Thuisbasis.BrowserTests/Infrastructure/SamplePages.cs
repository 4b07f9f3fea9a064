namespace Thuisbasis.BrowserTests.Infrastructure;

/// <summary>One address of each kind of page in the sample site "Buurtkracht Oost", built on <see cref="SiteFixture.BuildDate"/>.</summary>
public static class SamplePages
{
    public const string Home = "/";
    public const string Story = "/verhalen/ria-gaat-weer-naar-de-markt/";
    public const string StoryListing = "/verhalen/";
    public const string OpenVacancy = "/vacatures/sociaal-werker-mantelzorg/";
    /// <summary>Closed on 2026-06-30, so shown as closed on the build date.</summary>
    public const string ClosedVacancy = "/vacatures/stagiair-sociaal-werk/";
    public const string Services = "/diensten/";
    public const string Service = "/diensten/maatjesproject/";
    public const string Contact = "/contact/";
    public const string Tag = "/onderwerp/mantelzorg/";
    public const string Author = "/auteur/anouk-visser/";
    /// <summary>The search page (the sample site has <c>search: true</c>); <c>?q=</c> is the query.</summary>
    public const string Search = "/zoeken/";
    /// <summary>A word that appears in one page of the whole sample site: <see cref="Story"/>.</summary>
    public const string WordInOneStory = "mandarijnen";
    /// <summary>No such page: the server answers with the site's 404.html.</summary>
    public const string Missing = "/deze-pagina-bestaat-niet/";
}
