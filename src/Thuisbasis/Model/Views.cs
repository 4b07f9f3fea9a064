using Thuisbasis.Content;
using Thuisbasis.Content.Settings;

namespace Thuisbasis.Model;

// What templates see. Scriban names members in snake_case: StoryView.DateText is `story.date_text`.
// Every string here is plain text (escaped when written); only RawHtml values are written as HTML.

public sealed record TagLink(string Name, string Slug, string Url);

public sealed record AuthorView(string Name, string? Role, string? Url, ImageRef? Photo, bool IsClient, PersonView? Person);

public sealed record StoryView(
    Story Source, string Title, string Url, string AbsoluteUrl, DateTimeOffset Date, string DateText, string DateIso,
    AuthorView Author, IReadOnlyList<TagLink> Tags, string Summary, ImageRef? Image, RawHtml Html, string? Marker,
    IReadOnlyList<string> Audience) : IHasIdentity
{
    (string Kind, string Id) IHasIdentity.Identity => ("view:", SourcePath);
    [Derived] public string SourcePath => Source.Entry.SourcePath;
}

public sealed record SalaryView(decimal? Min, decimal? Max, string Period, string? Scale, string Text);

public sealed record VacancyView(
    Vacancy Source, string Title, string Url, string AbsoluteUrl, DateTimeOffset Date, string DateText, DateOnly ClosingDate,
    string ClosingText, string Kind, string KindText, string? Hours, string Location, SalaryView? Salary, ContactPerson Contact,
    string? ApplyUrl, string? ApplyEmail, string ApplyHref, bool IsOpen, string? ClosedReason, string Summary,
    IReadOnlyList<TagLink> Tags, ImageRef? Image, RawHtml Html, string? Marker) : IHasIdentity
{
    (string Kind, string Id) IHasIdentity.Identity => ("view:", SourcePath);
    [Derived] public string SourcePath => Source.Entry.SourcePath;
    /// <summary>The hours as the page says them: "24-32 uur per week" (see <see cref="WorkHours.PerWeek"/>).</summary>
    [Derived] public string? HoursText => WorkHours.PerWeek(Hours);
}

public sealed record ServiceView(Service Source, string Title, string Url, string Summary, ImageRef? Image, RawHtml Html,
    IReadOnlyList<string> Audience, int Order) : IHasIdentity
{
    (string Kind, string Id) IHasIdentity.Identity => ("view:", SourcePath);
    [Derived] public string SourcePath => Source.Entry.SourcePath;
}

public sealed record TestimonialView(Testimonial Source, string Name, string Role, RawHtml Quote, bool Featured,
    ServiceView? Service, ImageRef? Photo) : IHasIdentity
{
    (string Kind, string Id) IHasIdentity.Identity => ("view:", SourcePath);
    [Derived] public string SourcePath => Source.Entry.SourcePath;
}

public sealed record PersonView(Person Source, string Id, string Name, string Role, ImageRef? Photo, string? Email, string? Phone,
    string? PhoneHref, IReadOnlyList<SocialLink> Socials, RawHtml Bio, string? Url, int Order) : IHasIdentity
{
    (string Kind, string Id) IHasIdentity.Identity => ("view:", SourcePath);
    [Derived] public string SourcePath => Source.Entry.SourcePath;
    /// <summary><c>former: true</c>: not on the team page; photo and contact details are left out (see <see cref="Person.Former"/>).</summary>
    [Derived] public bool Former => Source.Former;
}

public sealed record PageView(Page Source, string? Role, string Title, string Url, string? Description, string MenuTitle, RawHtml Html,
    int Order) : IHasIdentity
{
    (string Kind, string Id) IHasIdentity.Identity => ("view:", SourcePath);
    [Derived] public string SourcePath => Source.Entry.SourcePath;
}

public sealed record NavItem(string Role, string Title, string Url);

public sealed record TagIndexEntry(string Name, string Slug, string Url, IReadOnlyList<StoryView> Stories) : IHasIdentity
{
    (string Kind, string Id) IHasIdentity.Identity => ("tag:", Slug);
    [Derived] public int Count => Stories.Count;
    /// <summary>The open vacancies with this tag: a topic's page and feed show them with its stories.</summary>
    public IReadOnlyList<VacancyView> Vacancies { get; init; } = [];
}

public sealed record AuthorIndexEntry(PersonView Person, IReadOnlyList<StoryView> Stories) : IHasIdentity
{
    (string Kind, string Id) IHasIdentity.Identity => ("author:", Person.Id);
}

/// <summary>A link to a feed, for <c>&lt;link rel="alternate"&gt;</c> in the head.</summary>
public sealed record FeedLink(string Title, string Url, string Type);
