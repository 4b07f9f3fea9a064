namespace Thuisbasis.Rendering.SafeHtml;

/// <summary>
/// Something the sanitizer left out of a body: where it was first (line in the body, 0-based), what it was, why it
/// cannot stay and what the writer can do instead. <paramref name="Count"/> is how often the same thing was left out.
/// </summary>
public sealed record Removal(int Line, string What, string Why, string Fix, int Count = 1)
{
    /// <summary>The warning's message, a sentence: "Het stuk `&lt;script&gt;` is weggelaten: … (nog 2 keer in deze tekst)".</summary>
    public string Message => $"{char.ToUpperInvariant(What[0])}{What[1..]} is weggelaten: {Why}" + (Count > 1 ? $" (nog {Count - 1} keer in deze tekst)" : "");

    /// <summary>
    /// The last body line an element left open took with it (a <c>&lt;style&gt;</c> without <c>&lt;/style&gt;</c> swallows
    /// what follows, in a browser too); null when it swallowed nothing.
    /// </summary>
    public int? SwallowedUntil { get; init; }

    /// <summary>
    /// For formatting that only changed how the text looked (<c>style</c>, <c>class</c>, <c>border</c>, Word's
    /// <c>&lt;o:p&gt;</c>), its short name as the warning lists it; null for anything else. A text with more than one kind
    /// of it (a paste from Word has five or more) gets one warning for all of them (see <see cref="PastedHtmlWarnings"/>).
    /// </summary>
    public string? Looks { get; init; }

    /// <summary>
    /// What the writer typed for it, as it may stand on its line (<c>&lt;script</c>, <c> style=</c>, the address): the
    /// warning's column is where the first of these is found, tried in order and ignoring case, and 1 when none is.
    /// </summary>
    public IReadOnlyList<string> Near { get; init; } = [];

    /// <summary>The message with the lines of the file: <paramref name="bodyLine"/> is the file's line of the body's first line.</summary>
    public string MessageIn(int bodyLine) => SwallowedUntil is { } last
        ? $"{Message} Het stuk is niet afgesloten, dus ook alles tot en met regel {bodyLine + last} is weggelaten."
        : Message;
}

/// <summary>The plain Dutch words for what the sanitizer removes, in terms of the kind of text it was in.</summary>
internal static class RemovalText
{
    private const string VideoForm = "`![titel van de video](adres van de video)`";

    /// <summary>Tags removed with everything in them: what they hold is code, a form or another site, never text to read.</summary>
    public static readonly HashSet<string> DroppedWhole = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "noscript", "template", "style", "link", "meta", "base", "title", "iframe", "frame", "frameset", "noframes",
        "object", "embed", "applet", "param", "portal", "fencedframe", "svg", "math", "form", "input", "button", "select", "option",
        "optgroup", "textarea", "datalist", "output", "audio", "video", "track", "canvas", "dialog", "xmp", "plaintext", "noembed",
    };

    public static Removal Tag(string name, string noun, int line) => TagText(name, noun, line) with { Near = [$"<{name}"] };

    private static Removal TagText(string name, string noun, int line)
    {
        var what = $"het stuk `<{name}>`";
        return name switch
        {
            "script" or "noscript" or "template" => new(line, what, $"{noun} mag geen scripts bevatten.",
                $"Haal het weg. Wilt u een video laten zien, schrijf dan {VideoForm} (zie de handleiding)."),
            "iframe" or "frame" or "frameset" or "noframes" or "object" or "embed" or "applet" or "param" or "portal" or "fencedframe" =>
                new(line, what, "een ingesloten stuk van een andere site laadt bij elke bezoeker iets van die site.",
                    $"Zet er een gewone link naar de pagina voor in de plaats; een video van YouTube of Vimeo schrijft u als {VideoForm}."),
            "audio" or "video" or "track" => new(line, what, "geluid en video in de tekst worden niet afgespeeld.",
                $"Zet een link naar het bestand, of schrijf een video van YouTube of Vimeo als {VideoForm}."),
            "form" or "input" or "button" or "select" or "option" or "optgroup" or "textarea" or "datalist" or "output" =>
                new(line, what, $"{noun} mag geen formulier bevatten: het kan gegevens van bezoekers naar een andere site sturen.",
                    "Verwijs naar de contactpagina, of zet een link naar het formulier."),
            "style" or "link" or "meta" or "base" or "title" => new(line, what, "opmaak en instellingen in de tekst kunnen delen van de pagina verbergen of veranderen.",
                "Haal het weg; de site zorgt zelf voor de opmaak."),
            "svg" or "math" or "canvas" => new(line, what, "een tekening in de tekst kan scripts bevatten.",
                "Sla de tekening op als bestand in `input/assets/` en zet hem erin met `![beschrijving](/assets/naam.svg)`."),
            _ => new(line, what, "deze site gebruikt het niet; de tekst erin blijft staan.",
                "Haal het weg, of gebruik Markdown voor opmaak: `**vet**`, `*schuin*`, `## Kopje` (zie de handleiding).") { Looks = $"`<{name}>`" },
        };
    }

    public static Removal Attribute(string tag, string name, string value, bool badAddress, string noun, int line) =>
        AttributeText(tag, name, value, badAddress, noun, line) with
        {
            Near = badAddress ? [value, $"<{tag}"] : [$" {name}=", $" {name}", $"<{tag}"],
        };

    private static Removal AttributeText(string tag, string name, string value, bool badAddress, string noun, int line)
    {
        if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            return new(line, $"het kenmerk `{name}` op `<{tag}>`", $"{noun} mag geen scripts bevatten.", $"Haal `{name}=…` weg.");
        if (badAddress)
        {
            var shown = Short(value);
            // A picture in an e-mail (Outlook, Gmail, Apple Mail) is named by its part of the mail: it is on no website.
            if (value.TrimStart().StartsWith("cid:", StringComparison.OrdinalIgnoreCase))
                return new(line, $"het adres `{shown}` in `<{tag}>`", "het is een plaatje uit een e-mail; het staat niet op internet, en bezoekers zien het niet.",
                    "Sla het plaatje uit de e-mail op in `input/assets/img/` en zet het erin met `![beschrijving](/assets/img/naam.png)`.");
            return value.TrimStart().StartsWith("data:", StringComparison.OrdinalIgnoreCase)
                ? new(line, $"het adres `{shown}` in `<{tag}>`", "een bestand dat in de tekst zelf is geplakt, kan van alles bevatten.",
                    tag == "img"
                        ? "Sla de afbeelding op in `input/assets/img/` en zet hem erin met `![beschrijving](/assets/img/naam.jpg)`."
                        : "Sla het bestand op in `input/assets/` en link ernaar met `[beschrijving](/assets/naam.pdf)`.")
                : new(line, $"het adres `{shown}` in `<{tag}>`", "alleen adressen met https://, http://, mailto: of tel:, of een pad op deze site, mogen in een link of afbeelding.",
                    "Schrijf het volledige webadres, bijvoorbeeld `https://www.voorbeeld.nl/pagina`.");
        }
        return new(line, $"het kenmerk `{name}` op `<{tag}>`", "deze site gebruikt het niet.", $"Haal `{name}=…` weg.") { Looks = $"`{name}`" };
    }

    /// <summary>An image on another website: as a link instead (<paramref name="linked"/>), or a <c>srcset</c> version left out.</summary>
    public static Removal OtherSite(string address, bool linked, int line) =>
        new(line, $"het plaatje `{Short(address)}`", "het staat op een andere website, en de site laadt niets van andere websites (die zien dan wie uw site bezoekt). " +
                (linked ? "Bezoekers zien op die plek een link naar het plaatje." : "Het plaatje van uw eigen site blijft staan."),
            "Mag u het plaatje gebruiken? Sla het op in `input/assets/img/` en schrijf `![beschrijving](/assets/img/naam.jpg)`.")
        { Near = [address, "<img", "!["] };

    /// <summary>A link through Outlook's or Google's redirect server, which now leads to <paramref name="meant"/> itself.</summary>
    public static Removal Redirect(string address, string meant, int line) =>
        new(line, $"het doorstuuradres `{Short(address)}`", "een link uit Outlook of Google Docs gaat via hun server, die ziet wie erop klikt, en het adres kan uw eigen " +
                $"e-mailadres bevatten. De link gaat nu rechtstreeks naar `{meant.Replace('`', '\'')}`.",
            "Zet dat adres in de tekst in de plaats van het lange adres.") { Near = [address, "<a"] };

    /// <summary>A pasted heading without text (an empty line in a heading style).</summary>
    public static Removal EmptyHeading(string tag, int line) =>
        new(line, $"een leeg kopje `<{tag}>`", "een schermlezer zou een kopje zonder tekst voorlezen.",
            "Haal het weg, of zet de tekst van het kopje erin.") { Near = [$"<{tag}"] };

    /// <summary>A class that came with pasted HTML (see <c>BodySanitizer.IsOwnClass</c>).</summary>
    public static Removal Class(string tag, int line) =>
        new(line, $"het kenmerk `class` op `<{tag}>`", "een naam in `class` kan tekst verbergen of hem laten lijken op een deel van de site " +
                "(zoals `visually-hidden`), en namen uit Word of een mailprogramma betekenen op de site niets.",
            "Haal `class=\"…\"` weg; de site zorgt zelf voor de opmaak.") { Looks = "`class`", Near = [" class=", $"<{tag}"] };

    public static Removal Style(string tag, int line) =>
        new(line, $"de opmaak `style` op `<{tag}>`", "opmaak in de tekst kan tekst verbergen of onleesbaar maken.",
            "Haal `style=\"…\"` weg; de site zorgt zelf voor de opmaak.") { Looks = "`style`", Near = [" style=", $"<{tag}"] };

    /// <summary>A value as a writer recognises it, short and without backticks that would break the message.</summary>
    private static string Short(string value)
    {
        var one = string.Join(' ', value.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Replace('`', '\'');
        return one.Length <= 40 ? one : one[..37] + "…";
    }

    /// <summary>"een verhaal", "een vacature": the kind of text, from the folder the file is in.</summary>
    public static string Noun(string sourcePath)
    {
        var parts = sourcePath.Split('/');
        var folder = parts.Length > 1 && parts[0] == "input" ? parts[1] : "";
        return folder switch
        {
            "stories" => "een verhaal",
            "vacancies" => "een vacature",
            "services" => "een dienst",
            "testimonials" => "een aanbeveling",
            "team" => "een profiel",
            "pages" => "een pagina",
            _ => "de tekst",
        };
    }
}
