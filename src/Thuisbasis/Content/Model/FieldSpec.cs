namespace Thuisbasis.Content.Model;

/// <summary>What kind of value a front-matter key holds; the web editor picks its widget from this.</summary>
public enum FieldKind
{
    Text,
    LongText,
    Date,
    /// <summary>A date with an optional time, written <c>2026-12-08 10:00</c>; a date alone means the whole day.</summary>
    DateTime,
    /// <summary>A list of dates (days an activity skips or is cancelled).</summary>
    DateList,
    /// <summary>An activity's <c>cancelled</c>: a list of dates, or <c>true</c> when the whole activity is off.</summary>
    CancelledDates,
    Flag,
    Number,
    /// <summary>One of <see cref="FieldSpec.Options"/>.</summary>
    Choice,
    /// <summary>Any of <see cref="FieldSpec.Options"/>, as a list.</summary>
    Choices,
    /// <summary>A list of free texts (tags, old addresses).</summary>
    TextList,
    /// <summary>A group of keys under this one (<see cref="FieldSpec.Fields"/>).</summary>
    Group,
    /// <summary>A file in <c>input/assets/img/</c>, written as <c>/assets/img/…</c>.</summary>
    Image,
    /// <summary>The alt text of the image named by <see cref="FieldSpec.AltFor"/>: required whenever that image is set.</summary>
    ImageAlt,
    /// <summary>The id of a service (a file name in <c>input/services/</c>).</summary>
    Service,
    /// <summary>A staff id from <c>input/team/</c>, or a client as <c>{ name, role }</c>.</summary>
    Author,
    /// <summary>A staff id: a file name in <c>input/team/</c>.</summary>
    Staff,
    /// <summary>A colour code such as <c>#0b5f7a</c>.</summary>
    Colour,
}

/// <summary>
/// One front-matter key as CONTENT-MODEL.md describes it: the readers warn about every key not described here, and the
/// web editor's form is made from the same list, so the two cannot drift apart.
/// </summary>
public sealed record FieldSpec(string Key, FieldKind Kind, string Label)
{
    /// <summary>The build fails without it (the readers report TB0101).</summary>
    public bool Required { get; init; }
    /// <summary>One plain Dutch sentence under the field, in the words of the handleiding.</summary>
    public string? Hint { get; init; }
    /// <summary>The allowed values of a choice, with the Dutch word the editor shows for each.</summary>
    public IReadOnlyList<(string Value, string Label)> Options { get; init; } = [];
    /// <summary>The keys of a group.</summary>
    public IReadOnlyList<FieldSpec> Fields { get; init; } = [];
    /// <summary>For <see cref="FieldKind.ImageAlt"/>: the key of the image it describes.</summary>
    public string? AltFor { get; init; }
    /// <summary>Shown prominently and off by default: the permission of the person whose words these are.</summary>
    public bool IsConsent { get; init; }
    /// <summary>
    /// A group that a file may also hold as one line of text (an activity's <c>location: online</c>): the editor shows
    /// that line as the group's first key.
    /// </summary>
    public bool MayBeOneLine { get; init; }
    /// <summary>
    /// For a key of an optional group that the readers need once any other key of the group is there (an activity's
    /// <c>repeat.every</c>): what the editor says when it is empty then. The form cannot mark it required, or no
    /// activity without a repeat could be saved.
    /// </summary>
    public string? NeededWithGroup { get; init; }
    /// <summary>
    /// For one of two keys of which the readers need at least one (a vacancy's <c>apply_email</c> or <c>apply_url</c>):
    /// the other key, and what the editor says when both are empty.
    /// </summary>
    public (string Other, string Message)? OneOf { get; init; }
    /// <summary>For <see cref="FieldKind.Number"/>: an amount with cents (an hourly wage of 14,50), not a whole number.</summary>
    public bool Cents { get; init; }

    public static FieldSpec Text(string key, string label, bool required = false, string? hint = null) =>
        new(key, FieldKind.Text, label) { Required = required, Hint = hint };

    /// <summary>An image and its alt text, the pair every content type writes the same way.</summary>
    public static FieldSpec[] ImageWithAlt(string key, string altKey, string label, string? hint = null) =>
    [
        new(key, FieldKind.Image, label) { Hint = hint },
        new(altKey, FieldKind.ImageAlt, $"Beschrijving van de {label.ToLowerInvariant()} (alt-tekst)")
        {
            AltFor = key,
            Hint = "Beschrijf in één zin wat er op de afbeelding staat, voor wie hem niet kan zien. Verplicht als er een afbeelding is.",
        },
    ];
}

/// <summary>A content type: one folder of <c>input/</c>, one file per item, with these keys and (usually) a Markdown body.</summary>
public sealed record ContentType(string Name, string Folder, string Label, string LabelSingular, IReadOnlyList<FieldSpec> Fields)
{
    /// <summary>What the Markdown body under the front matter is, in the editor's words; null when the type has none.</summary>
    public string? BodyLabel { get; init; } = "Tekst";
    public string? BodyHint { get; init; }
    /// <summary>How the editor names a new file: a Decap slug template.</summary>
    public string NewFileName { get; init; } = "{{slug}}";
    /// <summary>Which key is the item's title in lists.</summary>
    public string TitleKey { get; init; } = "title";
    /// <summary>False for the seven pages: they are there from the start and their file names matter.</summary>
    public bool CanCreate { get; init; } = true;

    /// <summary>Every top-level key, for the readers' unknown-key warnings.</summary>
    public string[] Keys => [.. Fields.Select(f => f.Key)];

    public FieldSpec Field(string key) => Fields.First(f => f.Key == key);
}
