using System.Text.RegularExpressions;
using Thuisbasis.Content;
using Thuisbasis.Diagnostics;

namespace Thuisbasis.Images;

/// <summary>
/// What a writer hears about the images they use, with file and line, in every build: an image in a text or a logo or
/// share image in the settings that does not exist (with the file they probably meant), an image too small for its
/// place, and alt text that says nothing ("foto", a file name).
/// </summary>
public static partial class ImageChecks
{
    /// <summary>A cover fills the text column (48rem, 768 px); narrower than this it looks blurred on most screens.</summary>
    public const int CoverWidth = 800;
    /// <summary>A portrait is shown at 64–96 px, twice that on a sharp screen.</summary>
    public const int PhotoWidth = 160;
    /// <summary>An image in a text.</summary>
    public const int BodyWidth = 480;

    private static readonly HashSet<string> EmptyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "foto", "afbeelding", "plaatje", "beeld", "image", "img", "photo", "picture", "illustratie", "logo", "foto1", "afbeelding1",
    };

    public static void Check(ContentSet content, Content.Settings.SiteSettings settings, SiteImages images, DiagnosticBag diagnostics)
    {
        var shown = images.FileProblems.Count == 0 ? null : new HashSet<string>(StringComparer.Ordinal);
        foreach (var image in content.ImageRefs)
        {
            shown?.Add(image.Url);
            if (images.Unreadable.TryGetValue(image.Url, out var heic))
                UnreadableImages.Used(diagnostics, image.At, $"`{image.Key}` toont", image.Url, heic);
            var min = image.Key == "photo" ? PhotoWidth : CoverWidth;
            if (images.Get(image.Url) is { } p && p.Width < min)
                TooSmall(diagnostics, image.At, image.Url, p.Width, min, image.Key == "photo" ? "een portretfoto" : "een grote foto bovenaan de pagina");
            if (SaysNothing(image.Alt, image.Url))
                EmptyAlt(diagnostics, image.AltAt, image.Alt);
        }
        var assets = content.Assets.Select(a => a.Url).ToHashSet(StringComparer.Ordinal);
        InSettings(settings, assets, images, diagnostics);
        foreach (var entry in content.CheckedTexts)
        foreach (var (url, alt, at, spaced) in InBody(entry, settings.OwnUrl))
        {
            shown?.Add(url);
            if (spaced)
            {
                // Markdown reads no image here at all; the writer meant the whole name.
                if (assets.Contains(url)) diagnostics.Error("TB0107", at, $"De tekst toont het plaatje `{url}` niet: in Markdown houdt een adres op bij een spatie.", SpaceHelp(url));
                else Missing(diagnostics, at, url, assets);
                continue;
            }
            if (!assets.Contains(url))
            {
                if (CutShort(url, assets) is { } cut) diagnostics.Error("TB0107", at, cut.Message, cut.Help);
                else Missing(diagnostics, at, url, assets);
                continue;
            }
            if (images.Unreadable.TryGetValue(url, out var unreadableHeic))
                UnreadableImages.Used(diagnostics, at, "De tekst toont", url, unreadableHeic);
            if (images.Get(url) is { } p && p.Width < BodyWidth) TooSmall(diagnostics, at, url, p.Width, BodyWidth, "een foto in de tekst");
            if (alt is null) NoAlt(diagnostics, at, url);
            else if (alt.Trim().Length == 0 && WrittenInMarkdown(entry, at)) NothingBetweenTheBrackets(diagnostics, at, url);
            else if (SaysNothing(alt, url)) EmptyAlt(diagnostics, at, alt);
        }
        if (shown is null) return;
        if (settings.Logo is { } logo) shown.Add(logo.Normalized());
        if (settings.ShareImage is { } share) shown.Add(share.Normalized());
        foreach (var problem in images.FileProblems)
        {
            var url = (problem.Path.StartsWith("input/", StringComparison.Ordinal) ? problem.Path["input".Length..] : problem.Path).Normalized();
            diagnostics.Add(shown.Contains(url) ? problem : problem with
            {
                Severity = Severity.Warning,
                Message = problem.Message + " Geen pagina toont het, en het komt niet op de site.",
                Help = problem.Help + " Of haal het bestand weg als het niet meer nodig is.",
            });
        }
    }

    /// <summary>
    /// Images of this site named in a Markdown body (<c>![alt](/assets/…)</c> or <c>&lt;img src&gt;</c>), with their place.
    /// <c>Spaced</c>: a Markdown address with a space outside <c>&lt;…&gt;</c> (<c>![…](WhatsApp Image 2025-03-12.jpeg)</c>),
    /// which Markdown shows as text; its address is the whole name the writer wrote. An image at a full address on
    /// the site's own domain (<paramref name="ownSite"/>, see <see cref="BrowserAddress.OwnPath"/>) is one of the site.
    /// </summary>
    public static IEnumerable<(string Url, string? Alt, SourcePosition At, bool Spaced)> InBody(Entry entry, string? ownSite = null)
    {
        var body = entry.Body;
        if (!entry.MayShowImages) yield break;
        // Each address as the browser gets it: Markdig percent-encodes a backslash, HTML has entities (`&#9;`).
        var found = MarkdownImage().Matches(body).Select(m => (m.Index, Url: Written(WholeName(m, out var spaced), ownSite), Alt: (string?)m.Groups["alt"].Value, Spaced: spaced))
            .Concat(HtmlImage().Matches(body).Select(m => (m.Index, Url: OwnOrAsWritten(System.Net.WebUtility.HtmlDecode(m.Groups["url"].Value), ownSite),
                Alt: AltAttribute().Match(m.Value) is { Success: true } a ? (string?)a.Groups["alt"].Value : null, Spaced: false)))
            .OrderBy(f => f.Index);
        foreach (var (index, raw, alt, spaced) in found)
        {
            if (SitePath(raw) is not { } url) continue;
            var line = entry.BodyLine + body.AsSpan(0, index).Count('\n');
            var newline = index == 0 ? -1 : body.LastIndexOf('\n', index - 1);
            yield return (url, alt, new SourcePosition(entry.SourcePath, line, index - newline), spaced);
        }
    }

    private static string OwnOrAsWritten(string url, string? ownSite) => BrowserAddress.OwnPath(url, ownSite) ?? url;

    /// <summary>A Markdown image's address as the page has it (see <see cref="Rendering.SafeHtml.LinkAddresses"/>).</summary>
    private static string Written(string destination, string? ownSite) =>
        BrowserAddress.OwnPath(destination, ownSite) ?? BrowserAddress.FromMarkdown(destination);

    /// <summary>
    /// A site path for an image address, or null for another site's image (as a browser reads it: <c>/\host/x.png</c> is
    /// one, see <see cref="BrowserAddress"/>), a data: address and the like. A writer's <c>../assets/img/x.jpg</c> or
    /// <c>assets/img/x.jpg</c> means <c>/assets/img/x.jpg</c>: the check and the page agree on that.
    /// </summary>
    public static string? SitePath(string url)
    {
        if (url.Length == 0 || LocalFiles.IsOnOwnComputer(url) || BrowserAddress.IsOtherSite(url)) return null;
        url = BrowserAddress.Read(url);
        if (url.Contains(':')) return null;
        var path = Uri.UnescapeDataString(url.Split('?', '#')[0]);
        path = path.Normalized(); // é written as e + accent, as a Mac names files
        return path.StartsWith('/') ? path : "/" + path.TrimStart('.', '/');
    }

    /// <summary>"foto", "IMG_2041.jpg", "DSC0001", or the file's own name: words that tell someone who cannot see the image nothing.</summary>
    public static bool SaysNothing(string alt, string url)
    {
        var text = alt.Trim().TrimEnd('.');
        if (text.Length == 0) return false; // empty alt: a decorative image, which is a choice
        if (EmptyWords.Contains(text)) return true;
        if (FileName().IsMatch(text) || CameraName().IsMatch(text)) return true;
        var stem = Path.GetFileNameWithoutExtension(url.Split('?', '#')[0]);
        return string.Equals(text, stem, StringComparison.OrdinalIgnoreCase);
    }

    private static void TooSmall(DiagnosticBag d, SourcePosition at, string url, int width, int min, string place) =>
        d.Warning("TB0133", at, $"`{url}` is {width} pixels breed; voor {place} is dat te klein en ziet hij er wazig uit.",
            $"Gebruik een foto van minstens {min} pixels breed (een foto van een telefoon is groot genoeg).");

    private static void EmptyAlt(DiagnosticBag d, SourcePosition at, string alt) =>
        d.Warning("TB0134", at, $"De beschrijving van het plaatje is `{alt}`; daar heeft iemand die het plaatje niet kan zien niets aan.",
            "Beschrijf in één zin wat er op de foto te zien is, bijvoorbeeld `Ria en haar buurvrouw drinken koffie in de tuin`.");

    /// <summary>
    /// An <c>&lt;img&gt;</c> in a text (HTML pasted from a newsletter or a website) without an <c>alt</c> at all: a screen
    /// reader reads out the file name. An empty <c>alt=""</c> is a choice (a decorative image) and stays without a word.
    /// </summary>
    private static void NoAlt(DiagnosticBag d, SourcePosition at, string url) =>
        d.Warning("TB0136", at, $"Het plaatje `{url}` in de tekst heeft geen beschrijving (`alt`); een schermlezer leest dan de bestandsnaam voor.",
            "Schrijf in de tag wat er op de foto te zien is, zoals `alt=\"Ria en haar buurvrouw drinken koffie\"`, of schrijf het plaatje in Markdown: `![Ria en haar buurvrouw drinken koffie](/assets/img/koffie.jpg)`.");

    /// <summary>The build's warning for <c>![](…)</c>; <c>check</c> reports the same image as the error TB0502.</summary>
    public const string NothingBetweenTheBracketsCode = "TB0164";

    /// <summary>
    /// <c>![](/assets/img/koffie.jpg)</c>: in Markdown the description is simply forgotten far more often than chosen
    /// to be empty, and the page would then say nothing about the photo to someone who cannot see it (WCAG 1.1.1).
    /// Pasted HTML with <c>alt=""</c> stays a choice (a decorative image) and stays without a word.
    /// </summary>
    private static void NothingBetweenTheBrackets(DiagnosticBag d, SourcePosition at, string url) =>
        d.Warning(NothingBetweenTheBracketsCode, at, $"Het plaatje `{url}` heeft geen beschrijving: tussen de blokhaken staat niets. Wie het plaatje niet kan zien, hoort dan niet wat erop staat.",
            $"Schrijf tussen de blokhaken in één zin wat er op de foto te zien is, zoals `![Ria en haar buurvrouw drinken koffie]({url})`.");

    internal static bool WrittenInMarkdown(Entry entry, SourcePosition at)
    {
        var lines = entry.Body.Split('\n');
        var index = at.Line - entry.BodyLine;
        return index >= 0 && index < lines.Length && at.Column >= 1 && at.Column <= lines[index].Length
            && lines[index].AsSpan(at.Column - 1).StartsWith("![", StringComparison.Ordinal);
    }

    /// <summary>
    /// The logo and share image of <c>statiq.config</c>: a missing one is a broken image in the header of every page
    /// and an Open Graph image that leads nowhere. Another site's address is not checked.
    /// </summary>
    private static void InSettings(Content.Settings.SiteSettings s, HashSet<string> assets, SiteImages images, DiagnosticBag d)
    {
        foreach (var (key, value, at) in new[] { ("logo", s.Logo, s.LogoAt), ("share_image", s.ShareImage, s.ShareImageAt) })
        {
            if (value is null || at is not { } pos || BrowserAddress.IsOtherSite(value)) continue;
            var url = value.Normalized();
            if (!assets.Contains(url)) Missing(d, pos, url, assets, $"`{key}` wijst naar `{url}`, maar dat bestand bestaat niet.", key);
            else if (images.Unreadable.TryGetValue(url, out var heic)) UnreadableImages.Used(d, pos, $"`{key}` toont", url, heic);
        }
    }

    /// <summary>
    /// An address that Markdown or HTML ended inside a file's name: at a space (<c>![…](/assets/img/Koffie Café.jpg)</c>
    /// names <c>/assets/img/Koffie</c>), or at a <c>#</c> or <c>?</c>, which start another part of an address
    /// (<c>Foto #2.jpg</c>). The message names the file and how to write its address.
    /// </summary>
    /// <summary>A Markdown image's address: inside <c>&lt;…&gt;</c>, or up to its title, or (spaces and all) up to the parenthesis.</summary>
    private static string WholeName(Match m, out bool spaced)
    {
        var url = m.Groups["url"].Value;
        var rest = m.Groups["rest"].Value;
        var title = rest.TrimStart();
        spaced = !url.StartsWith('<') && title.Length > 0 && rest.Length > title.Length && title[0] is not ('"' or '\'' or '(');
        return spaced ? url + TitleAtEnd().Replace(rest, "").TrimEnd() : url.Trim('<', '>');
    }

    private static string SpaceHelp(string file) =>
        $"De naam van het bestand `{file}` heeft een spatie. Zet het adres tussen < en >: `![…](<{file}>)`, of geef het bestand een naam zonder spaties.";

    private static (string Message, string Help)? CutShort(string url, HashSet<string> assets)
    {
        var file = assets.Where(a => a.Length > url.Length && a.StartsWith(url, StringComparison.Ordinal) && a[url.Length] is ' ' or '#' or '?')
            .Order(StringComparer.Ordinal).FirstOrDefault();
        if (file is null) return null;
        var sign = file[url.Length];
        return sign == ' '
            ? ($"De tekst toont het plaatje `{url}`, maar dat bestand bestaat niet.", SpaceHelp(file))
            : ($"De naam van het plaatje `{file}` heeft een `{sign}`; in een adres begint daar een ander deel, dus het plaatje wordt niet gevonden.",
                $"Schrijf het adres als `{Model.UrlPath.Escape(file)}` (`{sign}` wordt `{Model.UrlPath.Escape(sign.ToString())}`), of geef het bestand een naam zonder `{sign}`.");
    }

    private static void Missing(DiagnosticBag d, SourcePosition at, string url, HashSet<string> assets, string? message = null, string? key = null)
    {
        var insensitive = assets.FirstOrDefault(a => string.Equals(a, url, StringComparison.OrdinalIgnoreCase));
        // Only a file a page can show is meant: an iPhone's Live Photo puts IMG_1234.MOV beside IMG_1234.HEIC, and a
        // suggestion to show the film as a picture sent the writer the wrong way.
        var near = insensitive ?? Suggest.File(url, assets.Where(a => ImageCatalog.MediaTypeFromName(a) is not null).ToList());
        d.Error("TB0107", at, message ?? $"De tekst toont het plaatje `{url}`, maar dat bestand bestaat niet.",
            insensitive is not null ? $"Let op hoofdletters: het bestand heet `{insensitive}`."
            : near is not null ? $"Bedoelde u `{near}`?"
            : References.WhereToPut(url, key));
    }

    // Bounded repetitions: a body of 100,000 `![` or `<img` must not make the search quadratic in its length.
    [GeneratedRegex(@"!\[(?<alt>[^\]]{0,1000})\]\(\s{0,100}(?<url><[^>]{0,2000}>|[^)\s]{1,2000})(?<rest>[^)\n]{0,2000})")]
    private static partial Regex MarkdownImage();

    [GeneratedRegex(@"\s+(""[^""]{0,1000}""|'[^']{0,1000}')\s*$")]
    private static partial Regex TitleAtEnd();

    [GeneratedRegex(@"<img\b[^>]{0,2000}?\bsrc\s*=\s*(?:""(?<url>[^""]{1,2000})""|'(?<url>[^']{1,2000})'|(?<url>[^""'\s>]{1,2000}))[^>]{0,2000}>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlImage();

    [GeneratedRegex(@"\balt\s*=\s*(?:""(?<alt>[^""]*)""|'(?<alt>[^']*)')", RegexOptions.IgnoreCase)]
    private static partial Regex AltAttribute();

    [GeneratedRegex(@"^[\w\-. ]+\.(jpe?g|png|webp|gif|svg|heic|avif)$", RegexOptions.IgnoreCase)]
    private static partial Regex FileName();

    [GeneratedRegex(@"^(img|dsc|dscn|pxl|photo|foto|image|whatsapp image)[\s_\-]*\d[\d_\-\s.at]*$", RegexOptions.IgnoreCase)]
    private static partial Regex CameraName();
}
