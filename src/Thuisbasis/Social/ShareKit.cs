using Thuisbasis.Content;
using Thuisbasis.Content.Settings;
using Thuisbasis.Model;

namespace Thuisbasis.Social;

/// <summary>One ready-to-copy post: the whole text (link and hashtags included) and the tagged link on its own.</summary>
public sealed record SharePost(string Channel, string Label, string Text, string Link, int Limit);

/// <summary>A story, vacancy or activity (<see cref="Kind"/>: story, vacancy, activity) with a post for each channel the site has in <c>socials:</c>.</summary>
public sealed record ShareItem(string Kind, string Title, string Url, string Slug, DateOnly Date, IReadOnlyList<SharePost> Posts);

/// <summary>
/// The share kit: for each new item, a post per channel that fits that channel, with hashtags from the item's tags
/// and the item's link tagged <c>utm_source=&lt;channel&gt;&amp;utm_medium=social&amp;utm_campaign=&lt;slug&gt;</c>, so the
/// statistics show which channel brought visitors. Organisations post by hand; this saves the retyping.
/// </summary>
public static class ShareKit
{
    /// <summary>A channel's posting limits, as each network documents them (characters; X counts every character here,
    /// which is stricter than its own count of 23 per link).</summary>
    public sealed record Channel(string Key, string Label, int Limit, bool Summary, int MaxHashtags);

    /// <summary>Facebook 63,206; LinkedIn 3,000; Instagram 2,200 with at most 30 hashtags; X 280; a WhatsApp status 700
    /// (WhatsApp has no hashtags, so none are added there).</summary>
    public static readonly IReadOnlyList<Channel> Channels =
    [
        new("facebook", "Facebook", 63_206, Summary: true, MaxHashtags: 10),
        new("linkedin", "LinkedIn", 3_000, Summary: true, MaxHashtags: 5),
        new("instagram", "Instagram", 2_200, Summary: true, MaxHashtags: 30),
        new("x", "X", 280, Summary: false, MaxHashtags: 3),
        new("whatsapp", "WhatsApp-status", 700, Summary: true, MaxHashtags: 0),
    ];

    /// <summary>The channels of <see cref="Channels"/> that the site lists in <c>socials:</c>, in this order.</summary>
    public static IReadOnlyList<Channel> ChannelsOf(SiteSettings settings) =>
        Channels.Where(c => settings.Socials.Any(s => s.Network == c.Key)).ToList();

    /// <summary>
    /// Posts for what is on the site now and still news: stories of the last <paramref name="days"/> days, every open
    /// vacancy and every coming activity, newest first (an activity is dated by its first date, as in the rhythm). Drafts,
    /// scheduled, closed and ended items never get a post. <paramref name="publicUrl"/> is the
    /// site's own address (the preview serves on localhost, but a post must link to the real site).
    /// </summary>
    public static IReadOnlyList<ShareItem> Recent(Site site, string publicUrl, int days = 60)
    {
        var channels = ChannelsOf(site.Settings);
        var since = site.Today.AddDays(-days);
        var stories = site.Stories.Where(s => s.Marker is null && DateOnly.FromDateTime(s.Date.DateTime) >= since).Select(s => For(s, publicUrl, channels));
        var vacancies = site.Vacancies.Where(v => v.IsOpen && v.Marker is null).Select(v => For(v, publicUrl, channels));
        var activities = site.Activities.Where(Shareable).Select(a => For(a, publicUrl, channels));
        return stories.Concat(vacancies).Concat(activities).OrderByDescending(i => i.Date).ThenBy(i => i.Url, StringComparer.Ordinal).ToList();
    }

    public static ShareItem For(StoryView s, string publicUrl, IReadOnlyList<Channel> channels)
    {
        var url = publicUrl.TrimEnd('/') + s.Url;
        var slug = s.Source.Entry.Slug;
        return new ShareItem("story", s.Title, url, slug, DateOnly.FromDateTime(s.Date.DateTime),
            channels.Select(c => Post(c, s.Title, PlainText.Of(s.Summary), url, slug, s.Tags)).ToList());
    }

    public static ShareItem For(VacancyView v, string publicUrl, IReadOnlyList<Channel> channels)
    {
        var url = publicUrl.TrimEnd('/') + v.Url;
        var slug = v.Source.Entry.Slug;
        var title = $"Vacature: {v.Title}";
        var summary = $"{PlainText.Of(v.Summary)} Reageren kan tot en met {v.ClosingText}.";
        return new ShareItem("vacancy", v.Title, url, slug, DateOnly.FromDateTime(v.Date.DateTime),
            channels.Select(c => Post(c, title, summary, url, slug, v.Tags)).ToList());
    }

    /// <summary>A coming activity with a date that goes ahead: not ended, not a draft, not cancelled.</summary>
    public static bool Shareable(ActivityView a) =>
        a.Marker is null && !a.Source.Draft && !a.HasEnded && !a.CancelledAll && a.Next is { Cancelled: false };

    /// <summary>An activity's post names its next date and time in the title line, so even X (no summary) says when.</summary>
    public static ShareItem For(ActivityView a, string publicUrl, IReadOnlyList<Channel> channels)
    {
        var url = publicUrl.TrimEnd('/') + a.Url;
        var slug = a.Source.Entry.Slug;
        var when = a.Next is { } next ? When(next, a.AllDay) : null;
        var title = when is null ? a.Title : $"{a.Title}, {when}";
        var summary = $"{PlainText.Of(a.Summary)} Waar: {a.Place.Text}.".Trim();
        return new ShareItem("activity", a.Title, url, slug, a.Source.FirstDate,
            channels.Select(c => Post(c, title, summary, url, slug, a.Tags)).ToList());
    }

    /// <summary>"dinsdag 8 december, 10.00 uur": the next date is always coming, so day and month are clear without the
    /// year; an all-day date has no time.</summary>
    public static string When(OccurrenceView next, bool allDay)
    {
        var date = $"{Dates.DayName(next.Date.DayOfWeek)} {next.Date.Day} {Dates.ToDutch(next.Date).Split(' ')[1]}";
        return allDay ? date : $"{date}, {next.Start.ToString("HH'.'mm", System.Globalization.CultureInfo.InvariantCulture)} uur";
    }

    /// <summary>
    /// Title, summary, link and hashtags, one block each. When that is too long for the channel the summary is cut at
    /// a word, then hashtags are left off from the end, then the title is cut; the link is never cut.
    /// </summary>
    public static SharePost Post(Channel channel, string title, string summary, string pageUrl, string slug, IReadOnlyList<TagLink> tags)
    {
        var link = Utm.Tag(pageUrl, channel.Key, Utm.Social, slug);
        // A hashtag of digits alone (#2026, #50 from "50+") is no hashtag to any network: it would show as plain text.
        var hashtags = tags.Select(t => Hashtag(t.Name)).Where(h => h.Skip(1).Any(char.IsLetter))
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(channel.MaxHashtags).ToList();
        var body = channel.Summary ? summary.Trim() : "";
        string Text() => string.Join("\n\n", new[] { title, body, link, string.Join(' ', hashtags) }.Where(p => p.Length > 0));
        var text = Text();
        if (text.Length > channel.Limit && body.Length > 0)
        {
            body = Shorten(body, body.Length - (text.Length - channel.Limit));
            text = Text();
        }
        while (text.Length > channel.Limit && hashtags.Count > 0)
        {
            hashtags.RemoveAt(hashtags.Count - 1);
            text = Text();
        }
        if (text.Length > channel.Limit)
        {
            title = Shorten(title, title.Length - (text.Length - channel.Limit));
            text = Text();
        }
        return new SharePost(channel.Key, channel.Label, text, link, channel.Limit);
    }

    /// <summary>
    /// A tag as a hashtag: its folded display name (the first spelling, see <see cref="Content.Readers.TagFolder"/>)
    /// without spaces or punctuation; words after the first start with a capital, so screen readers read
    /// <c>#VrijwilligeInzet</c> as two words.
    /// </summary>
    public static string Hashtag(string tagName)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var c in Folder.Fold(tagName).Name)
        {
            if (char.IsLetterOrDigit(c)) { current.Append(c); continue; }
            if (current.Length > 0) { words.Add(current.ToString()); current.Clear(); }
        }
        if (current.Length > 0) words.Add(current.ToString());
        return "#" + string.Concat(words.Select((w, i) => i == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));
    }

    private static readonly Content.Readers.TagFolder Folder = new();

    /// <summary>At most <paramref name="max"/> characters, cut after a whole word with an ellipsis; empty when too little room.</summary>
    private static string Shorten(string text, int max)
    {
        if (text.Length <= max) return text;
        if (max < 12) return "";
        var cut = PlainText.Prefix(text, max - 1);
        var space = cut.LastIndexOf(' ');
        if (space > max / 2) cut = cut[..space];
        return cut.TrimEnd(' ', ',', ';', ':', '.') + "…";
    }
}
