using Thuisbasis.Diagnostics;

namespace Thuisbasis.Content.Readers;

/// <summary>Fields that several content types share, read the same way everywhere.</summary>
internal static class CommonFields
{
    public static Entry Entry(FrontMatter fm, SourceFile file, string slug, string url) =>
        new(file.Path, file.Hash, slug, url, fm.Body, fm.BodyLine) 
        {
            OnOwnComputer = LocalFiles.Find(fm.Body, fm.BodyLine),
            MayLinkToFiles = FileLinks.MayHoldOne(fm.Body),
            MayShowImages = Content.Entry.MayHoldImage(fm.Body),
            TitleAt = fm.Map.Children.Keys.FirstOrDefault(k => k is YamlDotNet.RepresentationModel.YamlScalarNode { Value: "title" }) is { } title
                ? fm.PositionOf(title) : null,
        };

    /// <summary>An image and its alt text: the alt text is required whenever there is an image.</summary>
    /// <param name="ownSite">The site's <c>url</c>: an image at a full address on its domain is one of the site's
    /// (<see cref="BrowserAddress.OwnPath"/>), as posts moved from the old site name their covers.</param>
    public static ImageRef? Image(FieldReader r, string key, string altKey, List<PendingImage> images, string? ownSite = null)
    {
        var url = r.Text(key);
        var alt = r.Text(altKey);
        if (url is null) return null;
        if (BrowserAddress.OwnPath(url, ownSite) is { } own) url = own.Split('?', '#')[0];
        if (Links.IsWebAddress(url) || url.StartsWith("//", StringComparison.Ordinal))
        {
            // Made into `/https://…` it was "that file does not exist", which sent the writer looking in input/.
            r.Diagnostics.Error("TB0107", r.At(key), $"`{key}` is `{url}`: dat plaatje staat op een andere website.",
                $"Sla de foto op in de map `input/assets/img/` en schrijf hier `{key}: /assets/img/{OwnName(url)}`. Een plaatje van een andere " +
                "site laat die site zien wie de pagina bekijkt, en verdwijnt als die site het weghaalt.");
            return null;
        }
        if (alt is null)
        {
            r.Diagnostics.Error("TB0105", r.KeyAt(key), $"`{altKey}` ontbreekt bij `{key}`.",
                $"Beschrijf in `{altKey}:` in één zin wat er op de afbeelding staat, voor wie hem niet kan zien.");
            alt = "";
        }
        if (!url.StartsWith('/')) url = "/" + url.TrimStart('.', '/');
        url = url.Normalized(); // a name pasted from a Mac's Finder: see ContentReader's assets
        images.Add(new PendingImage(url, r.At(key), key, alt, r.Has(altKey) ? r.At(altKey) : r.At(key)));
        return new ImageRef(url, alt);
    }

    /// <summary>The file name at the end of an address (<c>markt.jpg</c>), or <c>foto.jpg</c> when it has none.</summary>
    private static string OwnName(string url)
    {
        var name = Uri.UnescapeDataString(url.Split('?', '#')[0].TrimEnd('/').Split('/')[^1]);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        var stem = Slug.From(Path.GetFileNameWithoutExtension(name));
        return extension is ".jpg" or ".jpeg" or ".png" or ".webp" or ".gif" or ".svg" && stem.Length > 0 ? stem + extension : "foto.jpg";
    }

    /// <summary>
    /// The summary, with a warning when there is neither a summary nor any text: the page would be empty, and the
    /// feeds that Buffer, Hootsuite and Mailchimp read would post nothing but the title.
    /// </summary>
    public static string? Summary(FieldReader r, FrontMatter fm, string what)
    {
        var summary = r.Text("summary");
        SummaryMarkup.Check(r, summary);
        if (summary is null && string.IsNullOrWhiteSpace(fm.Body))
            r.Diagnostics.Warning("TB0208", new SourcePosition(fm.Path, fm.BodyLine - 1, 1),
                $"{what} heeft nog geen tekst en geen `summary:`; de pagina en de berichten op sociale media blijven dan leeg.",
                "Schrijf de tekst onder deze regel, of zet bovenaan een korte `summary:` van één of twee zinnen.");
        return summary;
    }

    public static IReadOnlyList<Tag> Tags(FieldReader r, TagFolder tags)
    {
        var list = r.List("tags");
        foreach (var (value, at) in list.Where(t => t.Value.Trim().TrimStart('#').Trim().Contains(' ')))
            r.Diagnostics.Warning("TB0121", at, $"Het onderwerp `{value}` heeft een spatie; een hashtag heeft er geen.",
                // "ouderen en vrijwilligers" is two topics; "ouderenenvrijwilligers" would be no word at all.
                ListSentence.Several(value)
                    ? $"Bedoelt u losse onderwerpen? Zet er komma's tussen: `{ListSentence.Suggest(value.Trim().TrimStart('#'))}`. Hoort het bij elkaar, schrijf het dan als één woord."
                    : $"Schrijf het als één woord (`{OneWord(value)}`), of zet een komma tussen twee onderwerpen.");
        var folded = list.Select(t => (Tag: tags.Fold(t.Value), t.Value, t.At)).ToList();
        foreach (var (_, value, at) in folded.Where(t => t.Tag.Slug.Length == 0 && t.Tag.Name.Length > 0))
            r.Diagnostics.Warning("TB0127", at, $"Het onderwerp `{value}` heeft geen letters of cijfers en wordt weggelaten; er kan geen pagina voor komen.",
                "Schrijf het onderwerp in woorden, bijvoorbeeld `mantelzorg` in plaats van een emoji.");
        return folded.Select(t => t.Tag).Where(t => t.Slug.Length > 0).DistinctBy(t => t.Slug).ToList();
    }

    /// <summary>
    /// A topic with spaces as one hashtag: <c>buurt hulp</c> as <c>buurthulp</c>; words with capitals keep a capital
    /// each, and <c>&amp;</c> becomes "en" (<c>Zorg &amp; Welzijn</c>: <c>ZorgEnWelzijn</c>, not <c>Zorg&amp;Welzijn</c>, which
    /// no network reads as one hashtag, nor <c>ZorgenWelzijn</c>, which reads as "zorgen").
    /// </summary>
    internal static string OneWord(string topic)
    {
        var words = topic.Trim().TrimStart('#').Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => w is "&" or "+" ? "en" : w).ToList();
        var capitals = words.Skip(1).Any(w => char.IsUpper(w[0])) || topic.Contains('&') || topic.Contains('+');
        return capitals ? string.Concat(words.Select(w => char.ToUpperInvariant(w[0]) + w[1..])) : string.Concat(words);
    }

    public static IReadOnlyList<string> Audience(FieldReader r)
    {
        var result = new List<string>();
        foreach (var (value, at) in r.List("audience"))
        {
            var hit = KnownKeys.Audiences.FirstOrDefault(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase));
            if (hit is not null) { result.Add(hit); continue; }
            var near = KnownKeys.DutchValue(value, KnownKeys.Audiences) ?? Suggest.Closest(value, KnownKeys.Audiences);
            r.Diagnostics.Error("TB0103", at, $"`audience` noemt `{value}`, maar die doelgroep bestaat niet.",
                (near is null ? "" : $"Bedoelde u `{near}`? ") + "Kies uit `clients` (cliënten), `carers` (mantelzorgers), `volunteers` (vrijwilligers), `professionals` en `funders` (financiers).");
        }
        return result;
    }

    public static IReadOnlyList<string> RedirectFrom(FieldReader r)
    {
        var result = new List<string>();
        foreach (var (value, at) in r.List("redirect_from"))
        {
            if (value.IndexOf('#') is var hash and > 0 && value.StartsWith('/'))
            {
                r.Diagnostics.Error("TB0111", at, $"`redirect_from` noemt `{value}`; het deel vanaf # stuurt een browser nooit naar de website, dus daarop kan niet worden doorverwezen.",
                    $"Laat het deel vanaf # weg: `{value[..hash]}`.");
                continue;
            }
            if (value.IndexOf('?') is var q and >= 0 && value[(q + 1)..].Split('&').Any(p => p.IndexOf('=') <= 0))
            {
                r.Diagnostics.Error("TB0111", at, $"`redirect_from` noemt `{value}`; na het ? staat iets anders dan naam=waarde.",
                    "Schrijf het oude adres met naam=waarde na het vraagteken, zoals de oude site het had, bijvoorbeeld `/index.php?id=12`.");
                continue;
            }
            // A space inside is allowed (the old site may have had one); it is written as %20 for Netlify.
            if (value.StartsWith('/') && !value.StartsWith("//") && !value.Contains("..") && !value.Contains('\\') &&
                value.All(c => c >= ' ' && c != '"' && c != '<' && c != '>'))
            {
                result.Add(value);
                continue;
            }
            r.Diagnostics.Error("TB0111", at, $"`redirect_from` noemt `{value}`; dat is geen oud adres op deze site.",
                "Schrijf het oude adres zonder de domeinnaam, beginnend met /, bijvoorbeeld `/nieuws/oud-bericht.html`.");
        }
        return result;
    }

    /// <summary>
    /// TB0171 for a <c>date</c> more than a year after the build day: a slip in the year (<c>2062</c> for <c>2026</c>)
    /// keeps the item off the site for decades, and only the list of scheduled items in the build's output says so. The
    /// help offers the date in the file's name when it has one, else the same day in this year or the next.
    /// </summary>
    public static void FarAhead(FieldReader r, DateTimeOffset? date, string path, string noun)
    {
        if (date is not { } d) return;
        var day = DateOnly.FromDateTime(d.DateTime);
        if (day <= r.Today.AddYears(1)) return;
        var named = System.Text.RegularExpressions.Regex.Match(Path.GetFileName(path), @"^(\d{4}-\d{2}-\d{2})-");
        var meant = named.Success && DateOnly.TryParseExact(named.Groups[1].Value, "yyyy-MM-dd", out var inName) && inName != day && inName <= r.Today.AddYears(1)
            ? inName
            : SameDayIn(day, r.Today.Year) is { } thisYear && thisYear >= r.Today ? thisYear : SameDayIn(day, r.Today.Year + 1);
        r.Diagnostics.Warning("TB0171", r.At("date"), $"`date` is {Dates.ToDutch(d)}: meer dan een jaar na vandaag, dus {noun} komt pas dan online.",
            meant is { } m ? $"Klopt het jaar niet? Schrijf dan `date: {m:yyyy-MM-dd}`. Klopt het wel, dan kunt u deze melding laten staan."
                : "Kijk of het jaar klopt. Klopt het, dan kunt u deze melding laten staan.");
    }

    private static DateOnly? SameDayIn(DateOnly day, int year) =>
        day.Day <= DateTime.DaysInMonth(year, day.Month) ? new DateOnly(year, day.Month, day.Day) : null;

    public static int Order(FieldReader r) => r.WholeNumber("order", -9999, 9999, "order: 2") ?? 0;
}

/// <summary>An image path to check once every asset is known, with its alt text (checked once the image's size is known).</summary>
public sealed record PendingImage(string Url, SourcePosition At, string Key, string Alt = "", SourcePosition AltAt = default);

/// <summary>
/// Folds tags so <c>#Mantelzorg</c>, <c>mantelzorg</c> and <c> Mantelzorg </c> are one tag, displayed as first seen.
/// The first spelling wins by file order, so it does not depend on which thread read a file first.
/// </summary>
public sealed class TagFolder
{
    public Tag Fold(string raw)
    {
        var name = raw.Trim().TrimStart('#').Trim();
        return new Tag(name, Slug.From(name));
    }

    /// <summary>Gives every tag the display name of its first spelling in <paramref name="inOrder"/>.</summary>
    public static Dictionary<string, string> DisplayNames(IEnumerable<Tag> inOrder)
    {
        var names = new Dictionary<string, string>();
        foreach (var t in inOrder) names.TryAdd(t.Slug, t.Name);
        return names;
    }
}
