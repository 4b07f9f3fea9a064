using System.Text.RegularExpressions;
using Thuisbasis.Content.Model;
using Thuisbasis.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Thuisbasis.Content.Settings;

/// <summary>Reads and validates <c>statiq.config</c> with the same care as content: positions, plain fixes, did-you-mean.</summary>
public static partial class SettingsReader
{
    public const string FileName = "statiq.config";

    /// <summary>The settings screen's keys (the web editor shows those) and the ones only written by hand.</summary>
    private static readonly string[] CoreKeys =
        [.. SettingsScreen.Fields.Select(f => f.Key), "language", "timezone", "pages", "page_size", "theme", "newsletter", "editor",
         "images", "search", "rhythm", "contact_form"];

    /// <summary>Sections read by extensions (analytics, accessibility statement, headers), passed on as plain values.</summary>
    private static readonly string[] ExtensionSections =
        ["analytics", "accessibility", "security", "netlify", "plain_language"];

    private static readonly string[] Known = [.. CoreKeys, .. ExtensionSections];

    private static readonly string[] ContactKeys = SettingsScreen.Keys(SettingsScreen.Contact);
    private static readonly string[] BrandKeys = SettingsScreen.Keys(SettingsScreen.Brand);
    private static readonly string[] FeedKeys = SettingsScreen.Keys(SettingsScreen.Feeds);

    /// <param name="today">The build day, for the year a date in words without one is suggested in (the settings are read
    /// before the site's time zone is known, so a build passes its day in the default zone). Without it, the computer's day:
    /// only outside a build (the preview toolbar's address, tests), where no message is kept.</param>
    public static SiteSettings Read(string root, DiagnosticBag diagnostics, string? baseUrlOverride = null, DateOnly? today = null)
    {
        var full = Path.Combine(root, FileName);
        if (!File.Exists(full))
        {
            diagnostics.Error("TB0300", SourcePosition.StartOf(FileName), $"`{FileName}` ontbreekt in de map van de site.",
                "Maak het bestand aan met minstens `name:` (de naam van de organisatie) en `url:` (het webadres).");
            return SiteSettings.Default;
        }
        var file = ContentFiles.Read(full, FileName, diagnostics);
        return file is null ? SiteSettings.Default : Parse(file, diagnostics, baseUrlOverride, today, root);
    }

    /// <param name="root">The site's folder, when known: a logo written without its folder is then looked up in <c>input/</c>.</param>
    public static SiteSettings Parse(SourceFile file, DiagnosticBag diagnostics, string? baseUrlOverride = null, DateOnly? today = null, string? root = null)
    {
        var fm = FrontMatter.ParseYamlFile(file, diagnostics);
        if (fm is null) return SiteSettings.Default;
        var r = new FieldReader(fm, diagnostics, today ?? DateOnly.FromDateTime(DateTime.Now));
        r.WarnUnknownKeys(Known);

        var name = r.Text("name", required: true, help: "Schrijf de naam van de organisatie, bijvoorbeeld `name: Buurtkracht Oost`.") ?? "Mijn organisatie";
        var written = baseUrlOverride ?? r.Text("url", required: true, help: "Schrijf het webadres, bijvoorbeeld `url: https://www.voorbeeld.nl`.") ?? "http://localhost:5080";
        var url = Uri.TryCreate(written, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" ? SiteAddress.Ascii(uri) : null;
        var valid = url is not null;
        if (url is null)
        {
            diagnostics.Error("TB0302", baseUrlOverride is null ? r.At("url") : SourcePosition.StartOf(FileName),
                $"`url` is `{written}`; dat is geen volledig webadres.", WithHttps(written) is { } fixedUrl
                    ? $"Schrijf het adres met https:// ervoor: `url: {fixedUrl}`."
                    : "Schrijf het adres met https:// ervoor, bijvoorbeeld `https://www.voorbeeld.nl`.");
            url = "http://localhost:5080";
        }
        else if (baseUrlOverride is null && uri!.Scheme == "http" && !uri.IsLoopback)
            diagnostics.Warning("TB0304", r.At("url"), $"`url` begint met http:// in plaats van https://; browsers noemen de site dan onveilig.",
                $"Schrijf `url: https://{written["http://".Length..]}`.");
        if (baseUrlOverride is null && valid && uri!.AbsolutePath != "/")
            // Menus, styles and images are linked from the root (/assets/…), so a site in a folder of its domain breaks:
            // an error, so no such site goes online (it did, with only a warning, on GitLab Pages or in a folder of a site).
            diagnostics.Error("TB0305", r.At("url"), $"`url` wijst naar een map (`{Uri.UnescapeDataString(uri.AbsolutePath)}`); de site moet in de hoofdmap van een domein staan, anders werken het menu, de opmaak en de plaatjes niet.",
                "Geef de site een eigen domeinnaam of subdomein (zoals `https://www.buurtkracht.nl`) en schrijf dat adres bij `url`.");

        var zone = SiteSettings.DefaultZone();
        if (r.Text("timezone") is { } tz)
        {
            try { zone = TimeZoneInfo.FindSystemTimeZoneById(tz); }
            catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                diagnostics.Error("TB0302", r.At("timezone"), $"`timezone` is `{tz}`; die tijdzone bestaat niet.",
                    "Laat de regel weg voor Nederlandse tijd, of schrijf `timezone: Europe/Amsterdam`.");
            }
        }

        var contactForm = ReadContactForm(r, diagnostics);
        var ownUrl = baseUrlOverride is null ? url
            : r.Text("url") is { } own && Uri.TryCreate(own, UriKind.Absolute, out var ownUri) && ownUri.Scheme is "https" or "http" ? SiteAddress.Ascii(ownUri) : null;
        return new SiteSettings
        {
            Name = name,
            Url = url,
            OwnUrl = ownUrl,
            Language = Language(r),
            TimeZone = zone,
            Description = r.Text("description"),
            Tagline = r.Text("tagline"),
            Logo = SiteLink(r, "logo", root, ownUrl),
            LogoAlt = r.Text("logo_alt"),
            ShareImage = SiteLink(r, "share_image", root, ownUrl),
            ShareImageAlt = r.Text("share_image_alt"),
            LogoAt = r.Has("logo") ? r.At("logo") : null,
            ShareImageAt = r.Has("share_image") ? r.At("share_image") : null,
            Contact = ReadContact(r),
            Socials = ReadSocials(r),
            Pages = ReadPages(r),
            Brand = ReadBrand(r),
            Feeds = ReadFeeds(r),
            Newsletter = ReadNewsletter(r),
            ContactForm = contactForm,
            Images = ReadImages(r),
            Search = ReadSearch(r),
            PageSize = r.WholeNumber("page_size", 1, 100, "page_size: 10") ?? 10,
            Theme = ThemeName(r),
            Extra = Plain(fm.Map, ExtensionSections),
            Analytics = AnalyticsSettingsReader.Read(r),
            Security = SecuritySettings.Read(r, contactForm),
            Accessibility = AccessibilitySettings.Read(r, zone),
            PlainLanguage = PlainLanguageSettings.Read(r),
            Rhythm = RhythmSettings.Read(r),
            Editor = EditorSettings.Read(r),
        };
    }

    /// <summary>The address with https:// before it, when that makes one with a domain name (`www.voorbeeld.nl`).</summary>
    private static string? WithHttps(string written) =>
        !written.Contains("://", StringComparison.Ordinal) && Uri.TryCreate("https://" + written.Trim(), UriKind.Absolute, out var u) && u.Host.Contains('.')
            ? "https://" + written.Trim().TrimEnd('/') : null;

    /// <summary>A file on this site or a web address; anything else (<c>javascript:</c>, <c>../</c>) never reaches a page.</summary>
    /// <param name="ownUrl">The site's own address: a full address on its domain (<c>https://www.buurtkracht.nl/assets/logo.svg</c>,
    /// as a site moved from its old home has it) is the site's file at that path, checked as one (see <see cref="BrowserAddress.OwnPath"/>).</param>
    private static string? SiteLink(FieldReader r, string key, string? root, string? ownUrl)
    {
        static bool Acceptable(string v) => Links.IsSafeLink(v) && !v.Contains("..") && v.All(c => c > ' ' && c is not ('"' or '<' or '>'));
        var value = r.Text(key);
        if (value is not null && BrowserAddress.OwnPath(value, ownUrl) is { } own && own.Split('?', '#')[0] is var path && Acceptable(path)) return path;
        if (value is not null && Links.IsWebAddress(value)) return SiteAddress.Read(value, r.Diagnostics, r.At(key), "TB0302", key);
        if (value is null || Acceptable(value)) return value;
        // A file named "Logo Buurt.png" is there, so "geen bestand op deze site" would send the writer looking for it.
        var unspaced = string.Join('-', value.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        // Only a file that is there can be renamed as the help says; for another, the help names what is there.
        var there = root is not null && value.StartsWith('/') && File.Exists(Path.Combine(root, "input", value.TrimStart('/')));
        if (value.Contains(' ') && Acceptable(unspaced) && there)
            r.Diagnostics.Error("TB0302", r.At(key), $"`{key}` is `{value}`; een pad met een spatie kan hier niet.",
                $"Geef het bestand een naam met kleine letters en streepjes, zonder spaties, en schrijf die hier: `{unspaced}`.");
        else
            r.Diagnostics.Error("TB0302", r.At(key), $"`{key}` is `{value}`; dat is geen bestand op deze site.",
                FoundInInput(root, value) is { } found
                    ? $"Het bestand staat in `input{found}`; schrijf `{key}: {found}`."
                    : SameKindNearby(root, value) is { } near
                        ? $"Bedoelde u `{key}: {near}`?"
                        : $"Schrijf het pad van het bestand, beginnend met /, bijvoorbeeld `{key}: /assets/img/logo.png`.");
        return null;
    }

    /// <summary>
    /// The file of the same kind in the folder <paramref name="value"/> names whose name is closest (<c>/assets/img/logo.svg</c>
    /// for <c>/assets/img/Logo Buurt.svg</c>), or the only one of that kind there; null when there is none.
    /// </summary>
    private static string? SameKindNearby(string? root, string value)
    {
        var slash = value.LastIndexOf('/');
        var extension = Path.GetExtension(value);
        if (root is null || slash < 0 || extension.Length == 0) return null;
        var folder = Path.Combine(root, "input", value[..slash].TrimStart('/'));
        if (!Directory.Exists(folder) || !SiteFiles.IsInside(Path.GetFullPath(Path.Combine(root, "input")), folder)) return null;
        var names = Directory.EnumerateFiles(folder, "*" + extension).Select(Path.GetFileName).OfType<string>().Where(n => !SiteFiles.IsIgnored(n)).ToList();
        var name = names.Count == 1 ? names[0]
            : Suggest.Closest(value[(slash + 1)..].ToLowerInvariant(), names) ??
              names.FirstOrDefault(n => n.Contains(Path.GetFileNameWithoutExtension(value).Split(' ', '-')[0], StringComparison.OrdinalIgnoreCase));
        return name is null ? null : value[..(slash + 1)] + name;
    }

    /// <summary>The address of the one file in <c>input/</c> with the name <paramref name="value"/> ends in (<c>logo.png</c>
    /// for <c>/assets/logo.png</c>), so the help names the writer's own file instead of an example that is not there.</summary>
    private static string? FoundInInput(string? root, string value)
    {
        var name = value.Replace('\\', '/').Split('/').Last();
        var input = root is null ? null : Path.Combine(root, "input");
        if (input is null || name.Length == 0 || name.IndexOfAny(['*', '?']) >= 0 || !Directory.Exists(input)) return null;
        var found = Directory.EnumerateFiles(input, name, new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseSensitive })
            .Take(2).ToList();
        return found.Count == 1 ? "/" + Path.GetRelativePath(input, found[0]).Replace('\\', '/') : null;
    }

    /// <summary>Only the name of a folder in <c>themes/</c>, so settings can never pull templates from outside the site.</summary>
    private static string ThemeName(FieldReader r)
    {
        var value = r.Text("theme");
        if (value is null || Slug.From(value) == value) return value ?? "default";
        r.Diagnostics.Error("TB0302", r.At("theme"), $"`theme` is `{value}`; dat is geen naam van een thema.",
            "Schrijf alleen de naam van een map in `themes/`, bijvoorbeeld `theme: default`.");
        return "default";
    }

    private static ContactSettings ReadContact(FieldReader r)
    {
        if (r.Map("contact") is not { } c) return new ContactSettings();
        c.WarnUnknownKeys(ContactKeys);
        var email = c.EmailText("email");
        if (email is not null && !Links.IsEmail(email))
            c.Diagnostics.Error("TB0302", c.At("email"), $"`contact.email` is `{email}`; dat is geen e-mailadres.",
                "Schrijf het adres zoals `info@voorbeeld.nl`.");
        return new ContactSettings
        {
            Street = c.Text("street"), PostalCode = c.Text("postal_code"), City = c.Text("city"), Phone = c.Phone("phone"),
            Email = email, Whatsapp = c.Phone("whatsapp"), Kvk = c.Text("kvk"), OpeningHours = c.Text("opening_hours"),
        };
    }

    private static IReadOnlyList<SocialLink> ReadSocials(FieldReader r)
    {
        if (r.Map("socials") is not { } s) return [];
        s.WarnUnknownKeys(KnownKeys.Socials);
        var list = new List<SocialLink>();
        foreach (var key in s.Keys)
        {
            if (s.Text(key) is not { } url) continue;
            if (!Links.IsWebAddress(url))
            {
                s.Diagnostics.Error("TB0302", s.At(key), $"`socials.{key}` is `{url}`; dat is geen webadres.",
                    Links.IsWebAddress("https://" + url)
                        ? $"Schrijf het adres met https:// ervoor: `{key}: https://{url}`."
                        : "Schrijf het volledige adres van het profiel, met https:// ervoor.");
                continue;
            }
            if (SiteAddress.Read(url, s.Diagnostics, s.At(key), "TB0302", $"socials.{key}") is { } ascii)
                list.Add(new SocialLink(key, SocialNetworks.Label(key), ascii));
        }
        return list;
    }

    private static IReadOnlyDictionary<string, PageSetting> ReadPages(FieldReader r)
    {
        var pages = new Dictionary<string, PageSetting>(PageRoles.Defaults);
        if (r.Map("pages") is not { } p) return pages;
        p.WarnUnknownKeys(PageRoles.All);
        var written = new Dictionary<string, SourcePosition>();
        foreach (var role in PageRoles.All)
        {
            if (p.Map(role) is not { } one) continue;
            one.WarnUnknownKeys(["title", "url"]);
            var title = one.Text("title") ?? pages[role].Title;
            var url = one.Text("url") ?? pages[role].Url;
            if (!UrlPath().IsMatch(url))
            {
                one.Diagnostics.Error("TB0302", one.At("url"), $"`pages.{role}.url` is `{url}`; dat is geen adres op deze site.",
                    "Schrijf het als `/woord/`, met een schuine streep aan het begin en eind, alleen kleine letters, cijfers en streepjes.");
                url = pages[role].Url;
            }
            if (one.Has("url")) written[role] = one.At("url");
            pages[role] = new PageSetting(title, url);
        }
        SameAddress(pages, written, r.Diagnostics);
        return pages;
    }

    /// <summary>
    /// Two of the seven pages given one address: said at the `url` that was written (the later one when both were),
    /// instead of later as two page files fighting over one address. That page keeps its default address.
    /// </summary>
    private static void SameAddress(Dictionary<string, PageSetting> pages, Dictionary<string, SourcePosition> written, DiagnosticBag diagnostics)
    {
        foreach (var group in PageRoles.All.GroupBy(role => pages[role].Url).Where(g => g.Count() > 1))
        {
            var first = group.FirstOrDefault(role => !written.ContainsKey(role)) ?? group.First();
            foreach (var role in group.Where(role => role != first && written.ContainsKey(role)))
            {
                diagnostics.Error("TB0110", written[role], $"`pages.{role}.url` is `{group.Key}`, maar dat is ook het adres van de pagina `{first}`.",
                    $"Geef `pages.{role}.url` een eigen adres, zoals `{PageRoles.Defaults[role].Url}`, of laat de regel weg.");
                pages[role] = pages[role] with { Url = PageRoles.Defaults[role].Url };
            }
        }
    }

    private static BrandSettings ReadBrand(FieldReader r)
    {
        if (r.Map("brand") is not { } b) return new BrandSettings();
        b.WarnUnknownKeys(BrandKeys);
        var result = new BrandSettings();
        string? Colour(string key)
        {
            var v = b.Text(key);
            if (v is null) return null;
            if (HexColour().IsMatch(v)) return v;
            b.Diagnostics.Error("TB0302", b.At(key), $"`brand.{key}` is `{v}`; dat is geen kleurcode.",
                $"Schrijf een kleur als `\"#0b5f7a\"` (met aanhalingstekens, want # begint anders een opmerking).");
            return null;
        }
        return result with { Primary = Colour("primary") ?? result.Primary, Accent = Colour("accent") ?? result.Accent };
    }

    private static ImageSettings ReadImages(FieldReader r)
    {
        if (r.Map("images") is not { } i) return new ImageSettings();
        i.WarnUnknownKeys(["publish_originals"]);
        return new ImageSettings { PublishOriginals = i.Flag("publish_originals") ?? false };
    }

    private static FeedSettings ReadFeeds(FieldReader r)
    {
        if (r.Map("feeds") is not { } f) return new FeedSettings();
        f.WarnUnknownKeys(FeedKeys);
        var d = new FeedSettings();
        var items = f.Number("items");
        if (items is < 1 or > 1000)
        {
            f.Diagnostics.Error("TB0302", f.At("items"), $"`feeds.items` is `{items}`.", "Kies een aantal tussen 1 en 1000; 20 is gebruikelijk.");
            items = null;
        }
        var written = f.List("formats");
        var formats = written.Select(x => x.Value.ToLowerInvariant()).ToList();
        // At the format itself, not at the start of the list: that is what the writer changes.
        foreach (var (bad, at) in written.Where(x => x.Value.ToLowerInvariant() is not ("rss" or "atom" or "json")))
            f.Diagnostics.Error("TB0302", at, $"`feeds.formats` noemt `{bad}`.", "Kies uit `rss`, `atom` en `json`.");
        return new FeedSettings
        {
            Items = (int)(items ?? d.Items),
            Content = f.OneOf("content", ["full", "summary"]) ?? d.Content,
            Formats = f.Has("formats") ? formats.Where(x => x is "rss" or "atom" or "json").Distinct().ToList() : d.Formats,
            Utm = f.Flag("utm") ?? d.Utm,
        };
    }

    /// <summary>The named sections as plain dictionaries, lists and strings, for templates.</summary>
    private static Dictionary<string, object?> Plain(YamlMappingNode map, IEnumerable<string> keys)
    {
        var wanted = keys.ToHashSet();
        var result = new Dictionary<string, object?>();
        foreach (var (k, v) in map.Children)
            if (k is YamlScalarNode s && s.Value is { } key && wanted.Contains(key)) result[key] = ToPlain(v);
        return result;
    }

    internal static object? ToPlain(YamlNode node) => node switch
    {
        YamlScalarNode s => s.Value,
        YamlSequenceNode q => q.Children.Select(ToPlain).ToList(),
        YamlMappingNode m => m.Children.Where(kv => kv.Key is YamlScalarNode)
            .ToDictionary(kv => ((YamlScalarNode)kv.Key).Value ?? "", kv => ToPlain(kv.Value)),
        _ => null,
    };

    /// <summary>
    /// <c>language</c> as a language tag (<c>nl</c>, <c>en</c>, <c>nl-BE</c>, <c>fy</c>): it is the page's <c>lang</c>, which
    /// screen readers and search engines read, and Pagefind's; anything else stopped Pagefind with a message about its install.
    /// </summary>
    private static string Language(FieldReader r)
    {
        var value = r.Text("language");
        if (value is null) return "nl";
        if (LanguageTag().IsMatch(value)) return value;
        r.Diagnostics.Error("TB0302", r.At("language"), $"`language` is `{value}`; dat is geen taalcode.",
            "Schrijf de code van de taal van de site: `language: nl` (Nederlands), of bijvoorbeeld `nl-BE`, `fy` of `en`.");
        return "nl";
    }

    [GeneratedRegex("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$|^#[0-9a-fA-F]{3}$")]
    private static partial Regex HexColour();

    [GeneratedRegex("^/([a-z0-9-]+/)*$")]
    private static partial Regex UrlPath();
}
