namespace Thuisbasis.Content;

/// <summary>An image with the text that replaces it for people who cannot see it.</summary>
public sealed record ImageRef(string Url, string Alt);

/// <summary>The author of a story: a staff member from <c>team/</c>, or a client named in the story itself.</summary>
public sealed record Author(string Name, string? Role, string? PersonId)
{
    public bool IsClient => PersonId is null;
}

/// <summary>A tag as writers see it (<see cref="Name"/>, the first spelling) and as the web address has it (<see cref="Slug"/>).</summary>
public sealed record Tag(string Name, string Slug);

/// <summary>Where an item stands on a given build day.</summary>
public enum Visibility
{
    /// <summary>On the site.</summary>
    Published,
    /// <summary><c>draft: true</c>: only in preview and <c>--drafts</c> builds, marked.</summary>
    Draft,
    /// <summary>Dated in the future: appears on that day; before it, only in preview, marked.</summary>
    Scheduled,
    /// <summary>No permission from the person: never in any output file.</summary>
    NoConsent,
    /// <summary>After its last date (an activity): the page stays and says so; out of listings, feeds and calendars.</summary>
    Ended,
}

/// <summary>What every content file has: its source, its place on the site and its Markdown body.</summary>
public sealed record Entry(string SourcePath, ulong Hash, string Slug, string Url, string Body, int BodyLine)
{
    /// <summary>Addresses in the body of files on the writer's own computer (TB0137), found when the file is read.</summary>
    public IReadOnlyList<LocalFiles.Address> OnOwnComputer { get; init; } = [];

    /// <summary>Whether the body may link to another content file by its name (see <see cref="FileLinks"/>), found when the file is read.</summary>
    public bool MayLinkToFiles { get; init; }

    /// <summary>Whether the body may show an image (<see cref="MayHoldImage"/>), found when the file is read.</summary>
    public bool MayShowImages { get; init; } = true;

    /// <summary>Whether a body may show an image at all: a cheap test, so the image checks skip the rest on every build.</summary>
    public static bool MayHoldImage(string body) =>
        body.Contains("![", StringComparison.Ordinal) || body.Contains("<img", StringComparison.OrdinalIgnoreCase);

    /// <summary>Where the <c>title</c> line is (the start of the file without one): where a copy of another file is reported.</summary>
    public Diagnostics.SourcePosition? TitleAt { get; init; }
}

/// <param name="OrderWritten">False when <c>order</c> is the skeleton page's own place: a written order goes first on a tie.</param>
public sealed record Page(Entry Entry, string? Role, string Title, string? Description, string? MenuTitle, int Order, bool Draft,
    IReadOnlyList<string> RedirectFrom, string? Layout, bool OrderWritten = true) : IContentRecord;

public sealed record Story(Entry Entry, string Title, DateTimeOffset Date, Author Author, bool? Consent, IReadOnlyList<Tag> Tags,
    string? Summary, ImageRef? Image, IReadOnlyList<string> Audience, bool Draft, IReadOnlyList<string> RedirectFrom) : IContentRecord
{
    /// <summary><c>consent_date</c>: when the client said yes; the health report asks to ask again after two years.</summary>
    public DateTimeOffset? ConsentDate { get; init; }

    /// <summary>Where the value of <c>consent</c> is written: a <c>consent: false</c> is reported there, where it is changed.</summary>
    public Diagnostics.SourcePosition? ConsentAt { get; init; }
}

public sealed record Salary(decimal? Min, decimal? Max, string Period, string? Scale);

public sealed record ContactPerson(string Name, string? Email, string? Phone);

public sealed record Vacancy(Entry Entry, string Title, DateTimeOffset Date, DateOnly ClosingDate, string Kind, string? Hours,
    string Location, Salary? Salary, ContactPerson Contact, string? ApplyUrl, string? ApplyEmail, bool Filled, string? Summary,
    IReadOnlyList<Tag> Tags, bool Draft, ImageRef? Image, IReadOnlyList<string> RedirectFrom) : IContentRecord;

public sealed record Testimonial(Entry Entry, string Name, string Role, bool? Consent, DateTimeOffset? ConsentDate, bool Featured,
    string? ServiceId, ImageRef? Photo) : IContentRecord
{
    /// <summary>Where the value of <c>consent</c> is written: a <c>consent: false</c> is reported there, where it is changed.</summary>
    public Diagnostics.SourcePosition? ConsentAt { get; init; }
}

/// <param name="TitleAt">Where <c>title</c> is written, for a message about two services with one title.</param>
public sealed record Service(Entry Entry, string Title, string Summary, int Order, IReadOnlyList<string> Audience, ImageRef? Image,
    IReadOnlyList<string> RedirectFrom, Diagnostics.SourcePosition? TitleAt = null) : IContentRecord;

public sealed record Person(Entry Entry, string Id, string Name, string Role, ImageRef? Photo, string? Email, string? Phone,
    IReadOnlyDictionary<string, string> Socials, int Order) : IContentRecord
{
    /// <summary>
    /// <c>former: true</c>: no longer works here. The stories keep the name and role (and the author page), without
    /// photo, e-mail, phone or profiles; the person is not on the team page, and the photo is not published.
    /// </summary>
    public bool Former { get; init; }
}

/// <summary>A file under <c>assets/</c>, copied as is.</summary>
public sealed record Asset(string SourcePath, string FullPath, string Url);
