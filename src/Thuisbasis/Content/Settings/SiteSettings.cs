namespace Thuisbasis.Content.Settings;

/// <summary>The site's settings from <c>statiq.config</c>, validated and with every default filled in.</summary>
public sealed record SiteSettings
{
    public required string Name { get; init; }
    /// <summary>The public address without a trailing slash, e.g. <c>https://www.buurtkracht-oost.nl</c>.</summary>
    public required string Url { get; init; }
    /// <summary>
    /// The site's own address as <c>url</c> in <c>statiq.config</c> says, also in the preview and a deploy preview (whose
    /// <see cref="Url"/> is their own): a full address on its domain in a text is a link of the site (see
    /// <see cref="BrowserAddress.OwnPath"/>).
    /// </summary>
    public string? OwnUrl { get; init; }
    public string Language { get; init; } = "nl";
    public TimeZoneInfo TimeZone { get; init; } = DefaultZone();
    public string? Description { get; init; }
    public string? Tagline { get; init; }
    public string? Logo { get; init; }
    public string? LogoAlt { get; init; }
    public string? ShareImage { get; init; }
    public string? ShareImageAlt { get; init; }
    /// <summary>Where <c>logo</c> and <c>share_image</c> stand in <c>statiq.config</c>: the image check says there when the file is missing.</summary>
    internal Diagnostics.SourcePosition? LogoAt { get; init; }
    internal Diagnostics.SourcePosition? ShareImageAt { get; init; }
    public ContactSettings Contact { get; init; } = new();
    /// <summary>Social profile links by network name, in the order they were written.</summary>
    public IReadOnlyList<SocialLink> Socials { get; init; } = [];
    public IReadOnlyDictionary<string, PageSetting> Pages { get; init; } = PageRoles.Defaults;
    public BrandSettings Brand { get; init; } = new();
    public ImageSettings Images { get; init; } = new();
    public FeedSettings Feeds { get; init; } = new();
    /// <summary>The newsletter signup; null when the site has none (and then nothing of it appears).</summary>
    public NewsletterSettings? Newsletter { get; init; }
    /// <summary>
    /// <c>contact_form:</c> where the contact form sends to: <see cref="SettingsReader.NetlifyForm"/> (the default),
    /// <see cref="SettingsReader.NoForm"/>, or a form service's https address.
    /// </summary>
    public string ContactForm { get; init; } = SettingsReader.NetlifyForm;
    /// <summary><c>search: true</c>: Pagefind indexes the built site, with a search box in the header and <c>/zoeken/</c>.</summary>
    public bool Search { get; init; }
    public int PageSize { get; init; } = 10;
    public string Theme { get; init; } = "default";
    /// <summary>Extra top-level sections (for example <c>analytics:</c>) as plain values, for templates and extensions.</summary>
    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();
    /// <summary><c>analytics:</c>, typed and validated; provider <c>none</c> when absent.</summary>
    public AnalyticsSettings Analytics { get; init; } = new();
    /// <summary><c>security:</c>, typed and validated; strict defaults when absent.</summary>
    public SecuritySettings Security { get; init; } = new();
    /// <summary><c>accessibility:</c>, for the generated accessibility statement.</summary>
    public AccessibilitySettings Accessibility { get; init; } = new();
    /// <summary><c>plain_language:</c>, the limits of the plain-language checks.</summary>
    public PlainLanguageSettings PlainLanguage { get; init; } = new();
    /// <summary><c>rhythm:</c>, the publishing target the health report measures against.</summary>
    public RhythmSettings Rhythm { get; init; } = new();
    /// <summary><c>editor:</c>, where the web editor saves online; null: no <c>/admin/</c> in a production build.</summary>
    public EditorSettings? Editor { get; init; }

    public static TimeZoneInfo DefaultZone() => TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static SiteSettings Default => new() { Name = "Mijn organisatie", Url = "http://localhost:5080" };
}

public sealed record ContactSettings
{
    public string? Street { get; init; }
    public string? PostalCode { get; init; }
    public string? City { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? Whatsapp { get; init; }
    public string? Kvk { get; init; }
    public string? OpeningHours { get; init; }
}

public sealed record SocialLink(string Network, string Label, string Url);

public sealed record PageSetting(string Title, string Url);

public sealed record BrandSettings
{
    public string Primary { get; init; } = "#0b5f7a";
    public string Accent { get; init; } = "#a4461b";
}

/// <summary>How images are published (<c>images:</c>).</summary>
public sealed record ImageSettings
{
    /// <summary>Also publish each photo's own file at its address (metadata and all); off by default, for privacy and speed.</summary>
    public bool PublishOriginals { get; init; }
}

public sealed record FeedSettings
{
    public int Items { get; init; } = 20;
    /// <summary><c>full</c> (the whole text) or <c>summary</c>.</summary>
    public string Content { get; init; } = "full";
    /// <summary>Formats besides RSS: <c>atom</c>, <c>json</c>.</summary>
    public IReadOnlyList<string> Formats { get; init; } = ["rss", "atom", "json"];
    /// <summary>
    /// <c>feeds.utm: true</c>: item links carry <c>utm_source=rss&amp;utm_medium=feed&amp;utm_campaign=&lt;slug&gt;</c>, so the
    /// statistics tell visits from feeds apart. Off by default; item ids never change (see docs/statistieken-en-privacy.md).
    /// </summary>
    public bool Utm { get; init; }
}

/// <summary>The seven pages of the skeleton: their file names in <c>input/pages/</c>, default titles and addresses.</summary>
public static class PageRoles
{
    public static readonly string[] All = ["home", "clients", "method", "services", "about", "extra", "contact"];

    /// <summary>
    /// The pages the default theme links to itself, besides the menu (the home page's tasks, every service's "Neem contact
    /// op", the breadcrumbs of service and author pages): they cannot be left out as a draft.
    /// </summary>
    public static readonly string[] LinkedByTheSite = ["home", "clients", "services", "about", "contact"];

    /// <summary>The place of a page of the skeleton in the menu when its file gives no <c>order</c>: 1 for home … 7 for contact.</summary>
    public static int Position(string role) => Array.IndexOf(All, role) + 1;

    public static readonly IReadOnlyDictionary<string, PageSetting> Defaults = new Dictionary<string, PageSetting>
    {
        ["home"] = new("Home", "/"),
        ["clients"] = new("Onze klanten", "/onze-klanten/"),
        ["method"] = new("Werkwijze", "/werkwijze/"),
        ["services"] = new("Diensten", "/diensten/"),
        ["about"] = new("Over ons", "/over-ons/"),
        ["extra"] = new("Extra", "/extra/"),
        ["contact"] = new("Contact", "/contact/"),
    };
}
