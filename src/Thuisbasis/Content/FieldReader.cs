using System.Globalization;
using Thuisbasis.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Thuisbasis.Content;

/// <summary>
/// Reads typed values out of one YAML mapping (front matter or a nested map such as <c>contact:</c>) and turns
/// every problem into a diagnostic with a position and a plain-Dutch fix, instead of throwing.
/// </summary>
public sealed partial class FieldReader
{
    private readonly FrontMatter _source;
    private readonly YamlMappingNode _map;
    private readonly string _prefix;

    /// <param name="today">The build day: a date written in words without a year is suggested in its year.</param>
    public FieldReader(FrontMatter source, DiagnosticBag diagnostics, DateOnly today)
        : this(source, source.Map, diagnostics, today, "") { }

    private FieldReader(FrontMatter source, YamlMappingNode map, DiagnosticBag diagnostics, DateOnly today, string prefix)
    {
        _source = source;
        _map = map;
        Diagnostics = diagnostics;
        Today = today;
        _prefix = prefix;
    }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>The day the site is built for (<c>--date</c>, or today in the site's time zone).</summary>
    public DateOnly Today { get; }
    public string Path => _source.Path;

    private string Name(string key) => _prefix + key;

    /// <summary>
    /// The value of <paramref name="key"/>; when it is absent, the value written under the name a version renamed it
    /// from (<see cref="Upgrading.Migrations"/>), so an upgraded site keeps its settings until the writer renames the key
    /// as TB0280 asks.
    /// </summary>
    public YamlNode? Node(string key) => Upgrading.Migrations.Value(_map, key) ?? Upgrading.Migrations.RenamedTo(_source.Path, _source.Map, Name(key));

    public bool Has(string key) => Node(key) is { } n && !IsNull(n);

    public IEnumerable<string> Keys => _map.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    /// <summary>Where the value of <paramref name="key"/> starts; the start of the mapping when it is absent.</summary>
    public SourcePosition At(string key) =>
        Node(key) is { } n ? _source.PositionOf(n) : MapStart;

    private SourcePosition MapStart =>
        _map.Children.Count > 0 ? _source.PositionOf(_map.Children.Keys.First()) : _source.Start;

    public SourcePosition KeyAt(string key)
    {
        foreach (var k in _map.Children.Keys)
            if (k is YamlScalarNode s && s.Value == key) return _source.PositionOf(k);
        return MapStart;
    }

    /// <summary>A required key that is absent, or written without a value (<c>role:</c>): then at its own line.</summary>
    public void Missing(string key, string help)
    {
        if (Node(key) is not null) Diagnostics.Error("TB0101", KeyAt(key), $"`{Name(key)}` is leeg.", help);
        else Diagnostics.Error("TB0101", MapStart, $"`{Name(key)}` ontbreekt.", help);
    }

    public string? Text(string key, bool required = false, string? help = null)
    {
        var node = Node(key);
        if (node is null || IsNull(node))
        {
            if (required) Missing(key, help ?? $"Voeg een regel `{key}: ...` toe.");
            return null;
        }
        if (node is YamlScalarNode s)
        {
            var value = Decoded(s.Value ?? "").Trim();
            if (value.Length == 0 && required) Missing(key, help ?? $"Vul `{key}` in.");
            return value.Length == 0 ? null : value;
        }
        WrongKind(key, node, "een tekst", $"Schrijf het als `{key}: tekst`.");
        return null;
    }

    /// <summary>Characters (as a reader counts them: an emoji is one) above which a title is a paragraph, not a title.</summary>
    public const int LongestTitle = 100;

    /// <summary>The required <c>title</c>, with a warning when it is so long that search results and shared links cut it.</summary>
    public string? Title(string help)
    {
        var title = Text("title", required: true, help: help);
        if (title is not null && new System.Globalization.StringInfo(title).LengthInTextElements is var length and > LongestTitle)
            Diagnostics.Warning("TB0264", At("title"),
                $"De titel is {length} tekens lang; zoekmachines en sociale media laten er ongeveer 60 zien, de rest valt weg.",
                $"Maak de titel korter: liefst onder de 60 tekens, zeker onder de {LongestTitle}. Wat u nog meer wilt zeggen, past in de eerste zin van de tekst.");
        if (title is not null) Readers.SummaryMarkup.Check(this, title, "title");
        return title;
    }

    /// <param name="suggestAhead">A missing required date is suggested as the build day plus this many days (a closing
    /// date that is not past already).</param>
    public DateTimeOffset? Date(string key, TimeZoneInfo zone, bool required = false, int suggestAhead = 0)
    {
        var text = Text(key, required, $"Voeg een regel `{key}: {Today.AddDays(suggestAhead):yyyy-MM-dd}` toe.");
        if (text is null) return null;
        if (Dates.TryParse(text, zone, out var value)) return value;
        if (Dates.Impossible(text) is var (why, instead))
        {
            Diagnostics.Error("TB0102", At(key), $"`{Name(key)}` is `{text}`; die datum bestaat niet: {why}.",
                $"Controleer de datum. Bedoelde u `{key}: {instead}`?");
            return null;
        }
        Diagnostics.Error("TB0102", At(key), $"`{Name(key)}` is `{text}`; dat is geen datum.",
            Dates.SuggestFromWords(text, Today) is { } iso ? $"Schrijf de datum in cijfers: `{key}: {iso}`." : "Schrijf 2026-11-23 of 23-11-2026.");
        return null;
    }

    public bool? Flag(string key)
    {
        if (Node(key) is { } node && !IsNull(node) && node is not YamlScalarNode)
        {
            // `consent: [true]`: the help is the same as for a word that is not yes or no, not "write it as text".
            WrongKind(key, node, "`true` of `false`", $"Schrijf `{key}: true` (ja) of `{key}: false` (nee).");
            return null;
        }
        var text = Text(key);
        if (text is null) return null;
        switch (text.ToLowerInvariant())
        {
            case "true" or "yes" or "ja" or "on": return true;
            case "false" or "no" or "nee" or "off": return false;
        }
        Diagnostics.Error("TB0103", At(key), $"`{Name(key)}` is `{text}`, maar hier past alleen `true` of `false`.",
            $"Schrijf `{key}: true` (ja) of `{key}: false` (nee).");
        return null;
    }

    /// <summary>
    /// A phone number, with a warning when a tap-to-call link made of it would dial nonsense (two numbers, a word, too few
    /// digits). The value is kept as written: it is shown as text, and the build goes on.
    /// </summary>
    public string? Phone(string key)
    {
        var text = Text(key);
        if (text is not null && !Links.IsPhoneNumber(text))
            Diagnostics.Warning("TB0263", At(key), $"`{Name(key)}` is `{text}`; daar kan de site geen belknop van maken.",
                "Schrijf één telefoonnummer met alleen cijfers, spaties en streepjes, zoals `020 123 45 67` of `+31 6 12 34 56 78`. "
                + "Andere tekst, zoals een tweede nummer of wanneer u bereikbaar bent, past in de tekst van de pagina.");
        return text;
    }

    /// <summary>
    /// An e-mail address as written, without a <c>mailto:</c> in front: the site puts that there itself, and with two the
    /// link (the button to apply, to register) mailed nobody. Written with one, it is taken off with a warning (TB0170).
    /// </summary>
    public string? EmailText(string key)
    {
        var text = Text(key);
        if (text is null || !text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)) return text;
        var address = text["mailto:".Length..].Trim();
        if (address.IndexOf('?') is var query and >= 0) address = address[..query].Trim(); // ?subject=…: the site writes its own link
        Diagnostics.Warning("TB0170", At(key), $"`{Name(key)}` begint met `mailto:`; de site zet dat er zelf voor.",
            $"Schrijf alleen het e-mailadres: `{key}: {(address.Length > 0 ? address : "naam@organisatie.nl")}`.");
        return address.Length == 0 ? null : address;
    }

    /// <summary>
    /// A whole number from <paramref name="min"/> to <paramref name="max"/>; anything else is TB0108 at the value, with
    /// <paramref name="example"/> as the line to write. (A cast of <c>99999999999</c> stopped the build with an exception,
    /// and <c>2.7</c> was cut to 2 without a word.)
    /// </summary>
    public int? WholeNumber(string key, int min, int max, string example)
    {
        var text = Text(key);
        var n = Number(key);
        if (n is not { } value) return null;
        if (value == decimal.Truncate(value) && value >= min && value <= max) return (int)value;
        Diagnostics.Error("TB0108", At(key), $"`{Name(key)}` is `{text}`; hier hoort een heel getal van {min} tot en met {max}.",
            $"Schrijf bijvoorbeeld `{example}`.");
        return null;
    }

    public decimal? Number(string key)
    {
        var text = Text(key);
        if (text is null) return null;
        if (decimal.TryParse(text.Replace("_", ""), NumberStyles.Number, CultureInfo.InvariantCulture, out var n)) return n;
        Diagnostics.Error("TB0108", At(key), $"`{Name(key)}` is `{text}`; dat is geen getal.",
            $"Schrijf alleen cijfers, bijvoorbeeld `{key}: 3`.");
        return null;
    }

    /// <summary>A value from a fixed set; the error lists what is allowed and suggests the closest.</summary>
    public string? OneOf(string key, IReadOnlyList<string> allowed, bool required = false)
    {
        var text = Text(key, required, $"Voeg `{key}: {allowed[0]}` toe; mogelijk zijn {List(allowed)}.");
        if (text is null) return null;
        var hit = allowed.FirstOrDefault(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase));
        if (hit is not null) return hit;
        var near = KnownKeys.DutchValue(text, allowed) ?? Suggest.Closest(text, allowed);
        Diagnostics.Error("TB0103", At(key), $"`{Name(key)}` is `{text}`, maar dat kan niet.",
            (near is not null ? $"Bedoelde u `{near}`? " : "") + $"Kies uit {List(allowed)}.");
        return null;
    }

    /// <summary>
    /// A value with its HTML character references as the characters they stand for: an export from WordPress writes
    /// titles as <c>Henk&amp;#8217;s verhaal</c>, which every page, feed and share card showed as it stands.
    /// </summary>
    private static string Decoded(string value) => value.Contains('&') ? System.Net.WebUtility.HtmlDecode(value) : value;

    /// <summary>A list (<c>[a, b]</c> or lines with <c>- a</c>); a single value or <c>a, b</c> on one line is accepted as well.</summary>
    public IReadOnlyList<(string Value, SourcePosition At)> List(string key)
    {
        var node = Node(key);
        if (node is null || IsNull(node)) return [];
        if (node is YamlSequenceNode seq)
        {
            var items = new List<(string, SourcePosition)>();
            foreach (var item in seq.Children)
            {
                if (item is YamlScalarNode s && !string.IsNullOrWhiteSpace(s.Value))
                    items.Add((Decoded(s.Value!).Trim(), _source.PositionOf(s)));
                else if (item is not YamlScalarNode)
                    WrongKind(key, item, "een woord", $"Zet in de lijst `{key}` alleen losse woorden.");
            }
            return items;
        }
        if (node is YamlScalarNode scalar)
        {
            var at = _source.PositionOf(scalar);
            if (ListSentence.Looks(scalar.Value ?? "", scalar.Style))
            {
                Diagnostics.Error("TB0119", at, $"`{Name(key)}` is geschreven als een zin (`{scalar.Value}`), maar hier hoort een lijst.",
                    $"Schrijf de woorden tussen blokhaken met komma's ertussen: `{key}: [{ListSentence.Suggest(scalar.Value ?? "")}]`. Horen twee woorden bij één onderwerp, schrijf ze dan aan elkaar.");
                return [];
            }
            return Decoded(scalar.Value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(v => (v, at)).ToList();
        }
        WrongKind(key, node, "een lijst", $"Schrijf `{key}: [eerste, tweede]`.");
        return [];
    }

    /// <summary>A nested map such as <c>contact: {{ name: …, email: … }}</c>.</summary>
    public FieldReader? Map(string key, bool required = false, string? help = null)
    {
        var node = Node(key);
        if (node is null || IsNull(node))
        {
            if (required) Missing(key, help ?? $"Voeg `{key}:` toe.");
            return null;
        }
        if (node is YamlMappingNode map) return new FieldReader(_source, map, Diagnostics, Today, Name(key) + ".");
        WrongKind(key, node, "een groepje gegevens", help ?? $"Schrijf `{key}: {{ naam: waarde }}`.");
        return null;
    }

    public bool IsMap(string key) => Node(key) is YamlMappingNode;

    public void WrongKind(string key, YamlNode node, string expected, string help)
    {
        var got = node switch
        {
            YamlSequenceNode => "een lijst",
            YamlMappingNode => "een groepje gegevens",
            _ => "een tekst",
        };
        Diagnostics.Error("TB0108", _source.PositionOf(node), $"`{Name(key)}` is {got}, maar hier hoort {expected}.", help);
    }

    /// <summary>Warns about every key that is not in <paramref name="known"/>, with the closest known key as a hint, or the new name of a renamed one.</summary>
    public void WarnUnknownKeys(IReadOnlyCollection<string> known)
    {
        foreach (var k in _map.Children.Keys)
        {
            var key = (k as YamlScalarNode)?.Value ?? "";
            if (known.Contains(key)) continue;
            // A key an earlier version knew: say what it is called now (Upgrading/Migrations), not just "unknown".
            if (Upgrading.Migrations.ForKey(_source.Path, Name(key)) is { } migration)
            {
                Upgrading.Migrations.ReportKey(Diagnostics, _source.PositionOf(k), migration,
                    newAlsoWritten: migration.New is { } renamed && Upgrading.Migrations.At(_source.Map, renamed) is not null);
                continue;
            }
            // What another program (WordPress, Jekyll, Hugo) writes to keep a post off its site: here it would be published.
            if (KnownKeys.KeepsOffline(key, (_map.Children[k] as YamlScalarNode)?.Value) is { } said)
            {
                Diagnostics.Error("TB0169", _source.PositionOf(k),
                    $"`{Name(key)}: {said}` komt uit een ander programma (zoals WordPress). Deze site kent het niet: zo komt dit bestand gewoon online.",
                    known.Contains("draft")
                        ? "Mag het nog niet online? Schrijf dan `draft: true` in plaats van deze regel. Mag het wel online, haal de regel dan weg."
                        : "Mag het niet online? Haal het bestand dan uit `input/`. Mag het wel online, haal de regel dan weg.");
                continue;
            }
            if (key == "slug" && Content.Slug.From((_map.Children[k] as YamlScalarNode)?.Value ?? "") is { Length: > 0 } slug)
            {
                // A team member's or service's file name is also the code other files name them by.
                var code = _source.Path.StartsWith("input/team/", StringComparison.Ordinal) ? "`author:` en `contact:`"
                    : _source.Path.StartsWith("input/services/", StringComparison.Ordinal) ? "`service:`" : null;
                Diagnostics.Warning("TB0201", _source.PositionOf(k), "`slug` wordt niet gebruikt: het adres van de pagina komt uit de naam van het bestand.",
                    (code is not null
                        ? $"Wilt u het adres `{slug}`? Noem het bestand dan `{slug}.md` en haal de regel weg. Let op: de bestandsnaam is ook de code bij {code} in andere bestanden; verander die overal mee."
                        : $"Wilt u het adres `{slug}`? Noem het bestand dan `{slug}.md` (een datum ervoor mag) en haal de regel weg. " +
                          (known.Contains("redirect_from") ? "Staat de pagina al online, zet dan het oude adres onder `redirect_from`, zodat links blijven werken." : "")).TrimEnd());
                continue;
            }
            // `title:` + a non-breaking space (a Mac's Option+Space, Word) + a text with a colon: YAML reads it all as a key.
            if (GluedKey().Match(key) is { Success: true } glued && known.Contains(glued.Groups[1].Value))
            {
                var name = glued.Groups[1].Value;
                var value = (glued.Groups[2].Value.Trim('\u00A0', ' ') + ": " + ((_map.Children[k] as YamlScalarNode)?.Value ?? "")).Trim();
                var hard = glued.Groups[2].Value.StartsWith('\u00A0');
                Diagnostics.Warning("TB0201", _source.PositionOf(k),
                    hard ? $"Na `{name}:` staat een harde spatie (die maakt Word, of een Mac met Option+spatie), geen gewone spatie; zo wordt `{name}` niet gelezen."
                         : $"Na `{name}:` staat geen gewone spatie; zo wordt `{name}` niet gelezen.",
                    hard ? $"Haal het teken na de dubbele punt weg en typ een gewone spatie: `{name}: {YamlValue.Written(value)}`."
                         : $"Schrijf `{name}: {YamlValue.Written(value)}`: de sleutel, een dubbele punt, een spatie en dan de waarde.");
                continue;
            }
            // `email: …` that lost its spaces under `contact:`: it follows a block of keys and is one of that kind.
            if (BlockAbove(k) is var (block, lastInBlock) && !known.Contains(key) && NestedKeys.Contains(key) &&
                KnownKeys.DutchAlias(key, known) is null && Suggest.Closest(key, known) is null)
            {
                var indent = _source.PositionOf(lastInBlock).Column - 1;
                Diagnostics.Warning("TB0201", _source.PositionOf(k), $"`{key}` staat onder `{block}`, maar zonder spaties ervoor; zo hoort het niet bij `{block}` en wordt het niet gebruikt.",
                    $"Zet {indent} spaties vóór `{key}`, recht onder `{(lastInBlock as YamlScalarNode)?.Value}`.");
                continue;
            }
            if (KnownKeys.DutchAlias(key, known) is null && KnownKeys.OtherTypes(key, known) is { } other)
            {
                var (here, elsewhere) = other;
                Diagnostics.Warning("TB0201", _source.PositionOf(k),
                    $"`{Name(key)}` hoort bij {Either(elsewhere.Select(e => e.Name).ToList())}, niet bij {here}; hier wordt het niet gebruikt.",
                    $"Haal de regel weg, of zet het bestand in `input/{elsewhere[0].Folder}/` als het {elsewhere[0].Name} is.");
                continue;
            }
            // `except:` on a line of its own next to `repeat: { every: week }`: it belongs inside that block, and the dates
            // it names stayed in the agenda without a word on where to put it.
            if (KnownKeys.DutchAlias(key, known) is null && Suggest.Closest(key, known) is null &&
                BlockOf(key, known) is { } parent && _map.Children.Keys.OfType<YamlScalarNode>().Any(n => n.Value == parent))
            {
                Diagnostics.Warning("TB0201", _source.PositionOf(k), $"`{key}` hoort binnen `{parent}`; los ervan wordt het niet gebruikt.",
                    $"Zet `{key}` in het blok van `{parent}`: tussen de haakjes van `{parent}: {{ … }}`, of op een eigen regel onder `{parent}:` met 2 spaties ervoor.");
                continue;
            }
            var near = KnownKeys.DutchAlias(key, known) ?? Suggest.Closest(key, known);
            var help = near is not null
                ? $"Bedoelde u `{near}`?"
                : known.Count > 12
                    ? $"Deze sleutel wordt niet gebruikt. Bekende sleutels zijn onder andere {List(known.Take(12).ToList())}."
                    : $"Deze sleutel wordt niet gebruikt. Bekende sleutels zijn {List(known)}.";
            Diagnostics.Warning("TB0201", _source.PositionOf(k), $"Onbekende sleutel `{Name(key)}`.", help);
        }
    }

    /// <summary>The key of this kind of file whose block holds <paramref name="key"/> (<c>repeat</c> for <c>except</c>), or null.</summary>
    private static string? BlockOf(string key, IReadOnlyCollection<string> known) =>
        Model.ContentTypes.All.SelectMany(t => t.Fields).FirstOrDefault(f => known.Contains(f.Key) && f.Fields.Any(n => n.Key == key))?.Key;

    /// <summary>The keys that live inside a block of another key (<c>contact.email</c>, <c>location.city</c>, <c>salary.min</c>).</summary>
    private static readonly HashSet<string> NestedKeys =
    [
        .. Model.ContentTypes.All.SelectMany(t => t.Fields).SelectMany(f => f.Fields).Select(f => f.Key),
        .. Model.SettingsScreen.Contact.Fields.Select(f => f.Key),
    ];

    /// <summary>The key just before <paramref name="key"/> when its value is a block of keys (not <c>{ … }</c>), with the last key in it.</summary>
    private (string Block, YamlNode LastInBlock)? BlockAbove(YamlNode key)
    {
        YamlNode? before = null;
        foreach (var k in _map.Children.Keys)
        {
            if (ReferenceEquals(k, key)) break;
            before = k;
        }
        return before is YamlScalarNode { Value: { } name } && _map.Children[before] is YamlMappingNode { Style: not YamlDotNet.Core.Events.MappingStyle.Flow } block &&
               block.Children.Count > 0 && block.Children.Keys.Last() is YamlScalarNode last && _source.PositionOf(last).Column > _source.PositionOf(key).Column
            ? (name, last) : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^([a-z_]+):([\u00A0\S].*)$", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex GluedKey();

    /// <summary>"a", "a of b", "a, b of c".</summary>
    private static string Either(IReadOnlyList<string> names) =>
        names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " of " + names[^1];

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode s && s.Style == YamlDotNet.Core.ScalarStyle.Plain &&
        (s.Value is null || s.Value is "" or "~" or "null" or "Null" or "NULL");

    /// <summary>The values, each with what it means in Dutch when the value is an English word (`volunteer` (vrijwilligerswerk)).</summary>
    private static string List(IEnumerable<string> values) =>
        string.Join(", ", values.Select(v => Meaning.TryGetValue(v, out var dutch) ? $"`{v}` ({dutch})" : $"`{v}`"));

    /// <summary>What the content model's English values mean, for the writers who choose among them.</summary>
    internal static readonly IReadOnlyDictionary<string, string> Meaning = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["paid"] = "betaald", ["volunteer"] = "vrijwilligerswerk", ["internship"] = "stage",
        ["clients"] = "cliënten", ["carers"] = "mantelzorgers", ["volunteers"] = "vrijwilligers", ["funders"] = "financiers",
        ["week"] = "elke week", ["month"] = "elke maand", ["2 weeks"] = "om de twee weken",
    };
}
