using Thuisbasis.Content.Model;

namespace Thuisbasis.Content;

/// <summary>
/// The front-matter keys of every content type (CONTENT-MODEL.md), taken from <see cref="ContentTypes"/> so the readers and
/// the web editor know the same keys, and the Dutch words writers use for them.
/// </summary>
public static class KnownKeys
{
    public static readonly string[] Page = ContentTypes.Page.Keys;
    public static readonly string[] Story = ContentTypes.Story.Keys;
    public static readonly string[] Vacancy = ContentTypes.Vacancy.Keys;
    public static readonly string[] Testimonial = ContentTypes.Testimonial.Keys;
    public static readonly string[] Service = ContentTypes.Service.Keys;
    public static readonly string[] Person = ContentTypes.Person.Keys;
    public static readonly string[] Activity = ContentTypes.Activity.Keys;
    public static readonly string[] Repeat = [.. ContentTypes.Activity.Field("repeat").Fields.Select(f => f.Key)];
    public static readonly string[] Place = [.. ContentTypes.Activity.Field("location").Fields.Select(f => f.Key)];
    public static readonly string[] Registration = [.. ContentTypes.Activity.Field("registration").Fields.Select(f => f.Key)];
    public static readonly string[] ClientAuthor = ["name", "role"];
    public static readonly string[] Salary = [.. ContentTypes.Vacancy.Field("salary").Fields.Select(f => f.Key)];
    public static readonly string[] Contact = [.. ContentTypes.Vacancy.Field("contact").Fields.Select(f => f.Key)];
    public static readonly string[] Socials = SocialNetworks.Keys;

    public static readonly string[] Audiences = [.. ContentTypes.Audiences.Select(a => a.Value)];
    public static readonly string[] VacancyKinds = [.. ContentTypes.VacancyKinds.Select(a => a.Value)];
    public static readonly string[] SalaryPeriods = [.. ContentTypes.SalaryPeriods.Select(a => a.Value)];

    private static readonly Dictionary<string, string> Dutch = new(StringComparer.OrdinalIgnoreCase)
    {
        ["titel"] = "title", ["datum"] = "date", ["auteur"] = "author", ["schrijver"] = "author",
        ["toestemming"] = "consent", ["samenvatting"] = "summary", ["afbeelding"] = "image", ["plaatje"] = "image",
        ["foto"] = "photo", ["alt"] = "image_alt", ["concept"] = "draft", ["sluitingsdatum"] = "closing_date",
        ["einddatum"] = "closing_date", ["soort"] = "kind", ["uren"] = "hours", ["plaats"] = "location",
        ["locatie"] = "location", ["salaris"] = "salary", ["naam"] = "name", ["rol"] = "role", ["functie"] = "role",
        ["uitgelicht"] = "featured", ["dienst"] = "service", ["volgorde"] = "order", ["doelgroep"] = "audience",
        ["omschrijving"] = "description", ["beschrijving"] = "description", ["telefoon"] = "phone", ["mail"] = "email",
        ["e-mail"] = "email", ["vervuld"] = "filled", ["onderwerpen"] = "tags", ["labels"] = "tags",
        ["begin"] = "start", ["begintijd"] = "start", ["eind"] = "end", ["einde"] = "end", ["eindtijd"] = "end",
        ["herhaal"] = "repeat", ["herhaling"] = "repeat", ["herhalen"] = "repeat", ["prijs"] = "price", ["kosten"] = "price",
        ["aanmelden"] = "registration", ["aanmelding"] = "registration", ["inschrijven"] = "registration",
        ["afgelast"] = "cancelled", ["geannuleerd"] = "cancelled", ["vervalt"] = "cancelled", ["contactpersoon"] = "contact",
        ["elke"] = "every", ["iedere"] = "every", ["tot"] = "until", ["behalve"] = "except", ["uitgezonderd"] = "except",
        ["straat"] = "street", ["adres"] = "street", ["postcode"] = "postal_code", ["woonplaats"] = "city", ["stad"] = "city",
        ["plekken"] = "places", ["plaatsen"] = "places", ["verplicht"] = "required", ["link"] = "online_url",
    };

    /// <summary>What other programs call a key (WordPress exports, Jekyll, Hugo): a site that moves here brings them along.</summary>
    private static readonly Dictionary<string, string> OtherPrograms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["categories"] = "tags", ["category"] = "tags", ["coverImage"] = "image", ["cover_image"] = "image",
        ["featured_image"] = "image", ["featuredImage"] = "image", ["thumbnail"] = "image", ["excerpt"] = "summary",
        ["permalink"] = "redirect_from", ["aliases"] = "redirect_from", ["pubDate"] = "date",
    };

    /// <summary>
    /// The value of a key another program uses to keep a post off its site (<c>status: draft</c>, <c>published: false</c>,
    /// <c>private: true</c>); null for any other key or value. This site knows none of them, so such a file would go online.
    /// </summary>
    public static string? KeepsOffline(string key, string? value)
    {
        var v = value?.Trim().ToLowerInvariant();
        return key.ToLowerInvariant() switch
        {
            "status" when v is "draft" or "private" or "pending" or "future" or "trash" or "concept" or "prive" or "privé" => value!.Trim(),
            "published" when v is "false" or "no" or "nee" or "off" => value!.Trim(),
            "private" or "hidden" when v is "true" or "yes" or "ja" or "on" => value!.Trim(),
            _ => null,
        };
    }

    private static readonly Dictionary<string, string> DutchValues = new(StringComparer.OrdinalIgnoreCase)
    {
        ["betaald"] = "paid", ["baan"] = "paid", ["vrijwillig"] = "volunteer", ["vrijwilliger"] = "volunteer",
        ["vrijwilligerswerk"] = "volunteer", ["stage"] = "internship", ["stagiair"] = "internship",
        ["uur"] = "hour", ["maand"] = "month", ["jaar"] = "year", ["cliënten"] = "clients", ["klanten"] = "clients",
        ["mantelzorgers"] = "carers", ["vrijwilligers"] = "volunteers", ["professionals"] = "professionals",
        ["verwijzers"] = "professionals", ["financiers"] = "funders", ["volledig"] = "full", ["samenvatting"] = "summary",
    };

    /// <summary>The allowed value a Dutch word stands for ("betaald" → "paid"), when that value is allowed here.</summary>
    public static string? DutchValue(string value, IReadOnlyCollection<string> allowed) =>
        DutchValues.TryGetValue(value.Trim(), out var v) && allowed.Contains(v) ? v : null;

    /// <summary>Each content type's own keys with what a writer calls it and its folder, for a key put in the wrong type.</summary>
    private static readonly (string[] Keys, string[] Required, string Name, string Folder)[] Types =
    [
        Of(ContentTypes.Story, Story, "een verhaal"), Of(ContentTypes.Vacancy, Vacancy, "een vacature"),
        Of(ContentTypes.Testimonial, Testimonial, "een aanbeveling"), Of(ContentTypes.Service, Service, "een dienst"),
        Of(ContentTypes.Person, Person, "een medewerker"), Of(ContentTypes.Activity, Activity, "een activiteit"),
        Of(ContentTypes.Page, Page, "een pagina"),
    ];

    /// <remarks><paramref name="keys"/> is the very array the readers pass as "known" (<see cref="OtherTypes"/> finds it by reference).</remarks>
    private static (string[], string[], string, string) Of(ContentType type, string[] keys, string name) =>
        (keys, [.. type.Fields.Where(f => f.Required).Select(f => f.Key)], name, type.Name);

    /// <summary>
    /// When <paramref name="known"/> is a content type's keys and <paramref name="key"/> belongs to other types only
    /// (<c>closing_date</c> in a story): this type's name and the others', so the message says where the key belongs
    /// instead of guessing a look-alike key.
    /// </summary>
    public static (string Here, IReadOnlyList<(string Name, string Folder)> Elsewhere)? OtherTypes(string key, IReadOnlyCollection<string> known)
    {
        var here = Array.FindIndex(Types, t => ReferenceEquals(t.Keys, known));
        if (here < 0) return null;
        var elsewhere = Types.Where(t => t.Keys.Contains(key, StringComparer.Ordinal)).Select(t => (t.Name, t.Folder)).ToList();
        return elsewhere.Count > 0 ? (Types[here].Name, elsewhere) : null;
    }

    /// <summary>
    /// The content type a file in <paramref name="folder"/> really is, when it cannot be what its folder says (a key
    /// this folder's type needs is missing) and plainly is another type: it has a key only that type knows here, and
    /// more of its keys fit there than here (a vacancy saved in <c>input/stories/</c>). Null when nothing is missing,
    /// so a page with a stray <c>image</c> stays a page with a TB0201.
    /// </summary>
    public static (string Name, string Folder, IReadOnlyList<string> Keys)? WrongFolder(string folder, IReadOnlyList<string> keys)
    {
        var here = Array.FindIndex(Types, t => t.Folder == folder);
        if (here < 0 || Types[here].Required.All(k => keys.Contains(k, StringComparer.Ordinal))) return null;
        var own = Types[here].Keys;
        var fitHere = keys.Count(k => own.Contains(k, StringComparer.Ordinal));
        var best = Types.Where((_, i) => i != here)
            .Select(t => (Type: t, Fit: keys.Count(k => t.Keys.Contains(k, StringComparer.Ordinal)),
                Only: keys.Where(k => t.Keys.Contains(k, StringComparer.Ordinal) && !own.Contains(k, StringComparer.Ordinal)).ToList()))
            .Where(x => x.Only.Count > 0 && x.Fit > fitHere)
            .OrderByDescending(x => x.Fit).ThenByDescending(x => x.Only.Count)
            .FirstOrDefault();
        return best.Only is null ? null : (best.Type.Name, best.Type.Folder, best.Only);
    }

    /// <summary>The key a Dutch word, or another program's name for it, stands for, when that key is allowed here.</summary>
    public static string? DutchAlias(string key, IReadOnlyCollection<string> known) =>
        (Dutch.TryGetValue(key, out var k) || OtherPrograms.TryGetValue(key, out k)) && known.Contains(k) ? k : null;
}
