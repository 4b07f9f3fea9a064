using Thuisbasis.Content;
using Thuisbasis.Diagnostics;
using Thuisbasis.Settings;

namespace Thuisbasis.Pipeline;

/// <summary>
/// For a snapshot made by patching the last one (the preview): that snapshot, and each object of it this one replaces.
/// Every object with an identity (<see cref="DependencyKeys.PartsOf"/>) that the new snapshot has and the old one had
/// not is the <c>New</c> of one pair, under the same key as its <c>Old</c>; so the dependency index can be updated for
/// these pairs instead of found again by walking 10,000 stories.
/// </summary>
public sealed record SitePatch(Site Previous, IReadOnlyList<(object Old, object New)> Replaced);

public sealed partial class SiteBuilder
{
    private const string SnapshotNote = "snapshot";

    /// <summary>At most this many changed stories are patched in; more (a checkout, a search and replace) build afresh.</summary>
    private const int MostPatched = 16;

    /// <summary>The preview's last snapshot, what it was made from, and what making it reported.</summary>
    private sealed record Snapshot(ContentSet Content, SiteSettings Settings, BuildOptions Options, DateOnly Today, Site Site,
        IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>
    /// The last snapshot with changed stories swapped in, when nothing but the text of a few stories changed: every other
    /// file read as the same object, the same settings and build day, and each changed story still in its place (same
    /// file, address, date, author, tags, audience, consent and draft state, so the same lists, order, tag spellings
    /// and author pages). Its title, summary, image, redirects and body may differ. Null when a full snapshot is needed.
    /// A full snapshot from the same input is the same as the patched one: the incremental tests compare every file.
    /// </summary>
    private Snapshot? Patch(Snapshot last, ContentSet content, SiteSettings settings, BuildOptions options, DateOnly today, DateTimeOffset now)
    {
        var was = last.Content;
        if (last.Today != today || !ReferenceEquals(last.Options, options) || was.Stories.Count != content.Stories.Count) return null;
        // Bodies show images at their sizes: a replaced image means every body is made again.
        if (last.Site.Media?.Version != images?.Version) return null;
        if (!SameObjects(was.Pages, content.Pages) || !SameObjects(was.Vacancies, content.Vacancies) ||
            !SameObjects(was.Testimonials, content.Testimonials) || !SameObjects(was.Services, content.Services) ||
            !SameObjects(was.People, content.People) || !SameObjects(was.Activities, content.Activities) || !was.Assets.SequenceEqual(content.Assets) ||
            !SameValue.Of(was.Data, content.Data) || !ReferenceEquals(last.Settings, settings) && !SameValue.Of(last.Settings, settings))
            return null;

        var changed = new List<(Story Old, Story New, StoryView View)>();
        for (var i = 0; i < content.Stories.Count; i++)
        {
            var (old, story) = (was.Stories[i], content.Stories[i]);
            if (ReferenceEquals(old, story)) continue;
            // A story that was left out (consent, draft, scheduled) has no view: whether it is now in needs the full rules.
            if (changed.Count == MostPatched || !SamePlace(old, story) || reuse!.MadeFrom<StoryView>(old) is not { } view) return null;
            changed.Add((old, story, view));
        }

        // A body that cannot be rendered is reported by the full snapshot, which renders it again; warnings (pasted
        // HTML left out) are reported with the patched one.
        var problems = new DiagnosticBag();
        var html = changed.ConvertAll(c => Body(c.New.Entry, problems, settings.Security.RawHtml));
        if (problems.HasErrors) return null;

        reuse!.CarryOver();
        var swap = new Dictionary<object, object>(ReferenceEqualityComparer.Instance);
        var replaced = new List<(object Old, object New)>();
        for (var k = 0; k < changed.Count; k++)
        {
            var (old, story, view) = changed[k];
            var path = story.Entry.SourcePath;
            var made = Same("story:", path, view with
            {
                Source = story,
                Title = story.Title,
                Summary = story.Summary ?? markdown.Excerpt(story.Entry),
                Image = story.Image,
                Html = html[k],
                Audience = story.Audience,
            });
            reuse.Drop(old);
            reuse.Keep("story:", path, story, made);
            if (ReferenceEquals(made, view)) continue;
            swap[view] = made;
            replaced.Add((view, made));
            replaced.Add((old, story));
        }

        var site = last.Site;
        if (swap.Count > 0)
        {
            var slugs = swap.Keys.SelectMany(v => ((StoryView)v).Tags.Select(t => t.Slug)).ToHashSet(StringComparer.Ordinal);
            var tags = Patched(site.Tags, t => slugs.Contains(t.Slug)
                ? Same("tag:", t.Slug, t with { Stories = Swapped(t.Stories, swap) }) : t, replaced);
            var people = swap.Keys.Select(v => ((StoryView)v).Author.Person?.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var authors = Patched(site.Authors, a => people.Contains(a.Person.Id)
                ? Same("author:", a.Person.Id, a with { Stories = Swapped(a.Stories, swap) }) : a, replaced);
            site = site.With(Swapped(site.Stories, swap), Swapped(site.ClientStories, swap), tags, authors, now);
        }
        else site = site.With(site.Stories, site.ClientStories, site.Tags, site.Authors, now);
        site.PatchedFrom = new SitePatch(last.Site, replaced);
        last.Site.PatchedFrom = null; // no chain of old snapshots kept alive
        var reported = last.Diagnostics.Where(d => !changed.Exists(c => c.New.Entry.SourcePath == d.Path)).Concat(problems.All()).ToList();
        return new Snapshot(content, last.Settings, options, today, site, reported);
    }

    /// <summary>Whether a changed story keeps its place in every list, index and order of the site.</summary>
    private static bool SamePlace(Story old, Story story) =>
        old.Entry.SourcePath == story.Entry.SourcePath && old.Entry.Url == story.Entry.Url && old.Entry.Slug == story.Entry.Slug &&
        old.Date.EqualsExact(story.Date) && old.Author == story.Author && old.Consent == story.Consent && old.Draft == story.Draft &&
        old.Tags.SequenceEqual(story.Tags) && old.Audience.SequenceEqual(story.Audience, StringComparer.Ordinal);

    private static bool SameObjects<T>(IReadOnlyList<T> a, IReadOnlyList<T> b) where T : class
    {
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
            if (!ReferenceEquals(a[i], b[i])) return false;
        return true;
    }

    private static List<T> Swapped<T>(IReadOnlyList<T> items, Dictionary<object, object> swap) where T : class
    {
        var result = new List<T>(items.Count);
        foreach (var item in items) result.Add(swap.TryGetValue(item, out var now) ? (T)now : item);
        return result;
    }

    private static IReadOnlyList<T> Patched<T>(IReadOnlyList<T> items, Func<T, T> patch, List<(object Old, object New)> replaced) where T : class
    {
        List<T>? result = null;
        for (var i = 0; i < items.Count; i++)
        {
            var now = patch(items[i]);
            if (ReferenceEquals(now, items[i])) continue;
            result ??= [.. items];
            result[i] = now;
            replaced.Add((items[i], now));
        }
        return result ?? items;
    }
}
