namespace Thuisbasis.Content;

/// <summary>Everything read from <c>input/</c> in one pass: typed, validated, not yet filtered for the build day.</summary>
public sealed record ContentSet(
    IReadOnlyList<Page> Pages,
    IReadOnlyList<Story> Stories,
    IReadOnlyList<Vacancy> Vacancies,
    IReadOnlyList<Testimonial> Testimonials,
    IReadOnlyList<Service> Services,
    IReadOnlyList<Person> People,
    IReadOnlyList<Asset> Assets,
    IReadOnlyDictionary<string, object?> Data,
    IReadOnlyList<Activity> Activities)
{
    /// <summary>Every image that front matter names, in file order: checked against the processed images (size, alt text).</summary>
    public IReadOnlyList<Readers.PendingImage> ImageRefs { get; init; } = [];

    /// <summary>
    /// The content files (<c>input/stories/x.md</c>) that are there but have an error of their own, so no entry: one of
    /// the seven pages among them is not "missing" (TB0206), and a link to one is not "to a file that is not there" (TB0138),
    /// nor one to its address "to a page that is not on the site" (TB0129): the file's own error says what to fix.
    /// </summary>
    public IReadOnlySet<string> FilesWithErrors { get; init; } = new HashSet<string>();

    /// <summary>
    /// The entries of <see cref="FilesWithErrors"/> whose front matter could be read: they make no page, but their text is
    /// checked like any other (a missing photo, a dead link), so a writer hears of every problem in one build.
    /// </summary>
    public IReadOnlyList<Entry> Unusable { get; init; } = [];

    /// <summary>Every content file's entry (its path, address and body), in the order of the content types.</summary>
    public IEnumerable<Entry> Entries =>
        Pages.Select(p => p.Entry).Concat(Stories.Select(s => s.Entry)).Concat(Vacancies.Select(v => v.Entry))
            .Concat(Testimonials.Select(t => t.Entry)).Concat(Services.Select(s => s.Entry)).Concat(People.Select(p => p.Entry))
            .Concat(Activities.Select(a => a.Entry));

    /// <summary>Every text that is checked: <see cref="Entries"/> and those of <see cref="Unusable"/>.</summary>
    public IEnumerable<Entry> CheckedTexts => Entries.Concat(Unusable);

    public static readonly ContentSet Empty = new([], [], [], [], [], [], [], new Dictionary<string, object?>(), []);
}
