using Thuisbasis.Content;
using Thuisbasis.Content.Settings;

namespace Thuisbasis.Pipeline;

/// <summary>
/// <c>input/assets/</c> is published whole, so a client's portrait on a testimonial with <c>consent: false</c>, the photos
/// in a client's story without consent, or the cover of a draft or of a story that appears next month, would be online
/// at a guessable address while the words are not. The images only such content names are left out with the words;
/// one that published content or the settings also name stays. A drafts build (the preview) shows drafts and scheduled
/// items, and their images with them. The portrait of a team member who left (<c>former: true</c>) is left out too.
/// </summary>
internal static class WithheldImages
{
    public static IReadOnlyList<Asset> Published(ContentSet content, SiteSettings settings, DateOnly today, bool includeDrafts)
    {
        var withheldFiles = PublishingRules.WithoutPage(content, today, includeDrafts).ToDictionary(e => e.SourcePath, StringComparer.Ordinal);
        // The portrait of someone who left (`former: true`) goes with their contact details.
        var former = content.People.Where(p => p.Former).Select(p => p.Entry.SourcePath).ToHashSet(StringComparer.Ordinal);
        if (withheldFiles.Count == 0 && former.Count == 0) return content.Assets;
        bool Withheld(Content.Readers.PendingImage i) => withheldFiles.ContainsKey(i.At.Path) || i.Key == "photo" && former.Contains(i.At.Path);

        var candidates = content.ImageRefs.Where(Withheld).Select(i => i.Url)
            .Concat(withheldFiles.Values.SelectMany(e => Images.ImageChecks.InBody(e, settings.OwnUrl)).Select(i => i.Url))
            .ToHashSet(StringComparer.Ordinal);
        if (candidates.Count == 0) return content.Assets;

        candidates.ExceptWith(content.ImageRefs.Where(i => !Withheld(i)).Select(i => i.Url));
        candidates.ExceptWith(new[] { settings.Logo, settings.ShareImage }.OfType<string>());
        var bodies = content.Entries.Where(e => !withheldFiles.ContainsKey(e.SourcePath)).Select(e => e.Body).ToList();
        candidates.RemoveWhere(url => bodies.Any(b => b.Contains(url, StringComparison.Ordinal)));
        return candidates.Count == 0 ? content.Assets : content.Assets.Where(a => !candidates.Contains(a.Url)).ToList();
    }

}
